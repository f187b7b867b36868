#!/usr/bin/python3
"""`respite` without a command starts the tray app (respite-app, found beside it) detached and returns 0 at once;
run again it asks the running app to show itself; `respite quit` stops it (issue 12)."""
import os
import sys
import time

from harness import run_test


def test(s):
    assert os.path.basename(s.binary) == "respite-app" and os.path.basename(s.cli) == "respite", (s.binary, s.cli)
    started = time.monotonic()
    r = s.run_cli(timeout=10)
    assert r.returncode == 0, (r.returncode, r.stderr)
    assert time.monotonic() - started < 5, "respite waited for the app"
    assert r.stdout == "" and r.stderr == "", (r.stdout, r.stderr)
    item = s.wait_registered(timeout=20)
    assert item, item
    s.wait_for(lambda: s.run_cli("status").returncode == 0, 15, what="the started app answering")
    r = s.run_cli(timeout=20)  # a second `respite`: the running one shows itself
    assert r.returncode == 0, (r.returncode, r.stderr)
    s.wait_window("^Respite$")
    r = s.run_cli("quit")
    assert r.returncode == 0 and r.stdout == "Respite is quitting.\n", (r.returncode, r.stdout, r.stderr)
    s.wait_for(lambda: not os.path.exists(s.socket_path()), 10, what="the app gone")
    assert s.run_cli("status").returncode == 1


if __name__ == "__main__":
    sys.exit(run_test(test))
