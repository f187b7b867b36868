#!/usr/bin/python3
"""Issue 13: reading mode survives a restart of the app the same day (state.json), with the same end."""
import sys

from harness import midday_timezone, run_test, workday_config


def test(s):
    tz = midday_timezone()
    s.write_config(workday_config(tz))
    env = {"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz}
    s.start_app(env=env, wait_socket=True)
    r = s.run_cli("reading", "on")
    assert r.returncode == 0, r.stderr
    until = s.status()["reading"]["until"]
    s.stop_app()
    s.start_app(env=env, wait_socket=True)
    reading = s.status()["reading"]
    assert reading["on"] and reading["why"] == "toggle" and reading["until"] == until, (reading, until)
    r = s.run_cli("reading", "status")
    assert r.returncode == 0 and r.stdout.startswith("Reading mode is on until "), r.stdout


if __name__ == "__main__":
    sys.exit(run_test(test))
