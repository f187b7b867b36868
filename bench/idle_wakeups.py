#!/usr/bin/python3
"""What wakes the tray app while nothing happens (issue 8 §1, wake-ups): in the same headless session as
bench/footprint.sh (Xvfb, xfce4-panel's systray, a notification daemon; run it through idle_wakeups.sh), it starts
respite-app, lets it settle, then watches every thread's context switches once a second for DURATION seconds (the
watcher reads /proc, it never wakes the app) and prints each second in which a thread ran, with the thread's name.
With STRACE=1 a second pass runs the app under `strace -f -ttt` for the same window and prints the system calls of
those instants, to name what each wake-up was (strace itself adds switches; the first pass is the figure).
    idle_wakeups.py RESPITE_BINARY TMPDIR
env: SETTLE=20 DURATION=300 STRACE=0 LINES=600 TRACE=0 (1: RESPITE_TRACE=1, the app logs its timer and checkpoint instants)
"""
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import footprint_proc as proc  # noqa: E402
import footprint_run as run  # noqa: E402

SETTLE = float(os.environ.get("SETTLE", "20"))
DURATION = float(os.environ.get("DURATION", "300"))
LINES = int(os.environ.get("LINES", "600"))


def _stamp(line):
    """The epoch time of an `strace -f -ttt` line ("PID SECONDS.MICROS call..."), 0 when it has none."""
    try:
        return float(line.split(None, 2)[1])
    except (IndexError, ValueError):
        return 0.0


def watch(pid, seconds):
    """[(t, {thread: switches})] for every second in which some thread of pid switched, and the totals."""
    names = proc.thread_names(pid)
    last, t0 = proc.threads(pid), time.monotonic()
    events, totals = [], {}
    while time.monotonic() - t0 < seconds:
        time.sleep(1.0)
        now = proc.threads(pid)
        names.update(proc.thread_names(pid))
        burst = {}
        for tid, (sw, _) in now.items():
            d = sw - last.get(tid, (0, 0))[0]
            if d:
                key = "%s/%d" % (names.get(tid, "?"), tid)
                burst[key] = d
                totals[key] = totals.get(key, 0) + d
        if burst:
            events.append((time.monotonic() - t0, burst))
        last = now
    return events, totals, time.monotonic() - t0


def main():
    binary, tmp = os.path.abspath(sys.argv[1]), sys.argv[2]
    app = os.path.join(os.path.dirname(binary), "respite-app")
    tz = run.write_midday_config()
    run.not_first_start(os.environ["XDG_STATE_HOME"])
    s = run.Session()
    env = {"TZ": tz}
    if os.environ.get("TRACE") == "1":
        env["RESPITE_TRACE"] = "1"
    passes = [("plain", [app])]
    if os.environ.get("STRACE") == "1":
        passes.append(("strace", ["strace", "-f", "-ttt", "-o", os.path.join(tmp, "strace.log"), app]))
    try:
        s.start()
        for label, argv in passes:
            p = s.spawn("respite-" + label, argv, env=dict(s.env, **env))
            time.sleep(2)
            pid = run.find_app_pid(p, "respite-app")
            time.sleep(max(0.0, SETTLE - 2))
            wall0 = time.time()
            events, totals, span = watch(pid, DURATION)
            total = sum(totals.values())
            print("\n== %s: %d context switches in %.0f s = %.3f /s (%s)" % (
                label, total, span, total / span, ", ".join("%s %d" % kv for kv in sorted(totals.items()))))
            for t, burst in events:
                print("  %s +%6.1f s  %s" % (time.strftime("%H:%M:%S", time.localtime(wall0 + t)), t,
                                            ", ".join("%s %d" % kv for kv in sorted(burst.items()))))
            s.stop("respite-" + label)
            log = s.log("respite-" + label)
            if env.get("RESPITE_TRACE"):
                print("  trace lines: " + "; ".join(re.findall(r"trace: (.*)", log)[-20:]))
            if label == "strace":
                with open(os.path.join(tmp, "strace.log"), errors="replace") as f:
                    lines = [line.rstrip() for line in f if _stamp(line) >= wall0]
                print("  system calls in the window (%d lines):" % len(lines))
                for line in lines[:LINES]:
                    print("    " + line[:220])
    finally:
        s.close()


if __name__ == "__main__":
    main()
