#!/usr/bin/python3
"""Writes a seeded random activity trace for `respite plan --activity`: one-second resolution, workdays of
typing bursts and pauses (seconds long), meetings (busy), lunch and nights away."""
import random
import sys
from datetime import datetime, timedelta, timezone

def main():
    days = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 42
    rng = random.Random(seed)
    tz = timezone(timedelta(hours=1))
    start = datetime(2026, 11, 2, 0, 0, 0, tzinfo=tz)  # a Monday
    out = sys.stdout
    fmt = "%Y-%m-%dT%H:%M:%S+01:00"
    for d in range(days):
        day = start + timedelta(days=d)
        weekend = day.weekday() >= 5
        t = day + timedelta(hours=8, seconds=rng.randint(0, 3600))
        end = day + timedelta(hours=(13 if weekend else 18), seconds=rng.randint(0, 7200))
        if weekend and rng.random() < 0.6:
            continue
        while t < end:
            r = rng.random()
            if r < 0.55:
                state, length = "active", rng.randint(1, 20)
            elif r < 0.987:
                state, length = "idle", rng.randint(1, 10)
            elif r < 0.997:
                state, length = "idle", rng.randint(15, 400)
            elif r < 0.999:
                state, length = "busy", rng.randint(300, 3600)
            else:
                state, length = "away", rng.randint(60, 3600)
            nxt = t + timedelta(seconds=length)
            if state != "away":
                out.write(f"{t.strftime(fmt)},{nxt.strftime(fmt)},{state}\n")
            t = nxt

main()
