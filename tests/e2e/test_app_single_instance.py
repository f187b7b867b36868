#!/usr/bin/python3
"""Single instance and lifecycle: a second `respite` asks the running one to show itself and exits 0; SIGTERM
exits cleanly and saves state; a corrupt state file is moved aside (never overwritten) and the user is told; a
stale socket left by a crashed app does not stop a new start."""
import glob
import json
import os
import signal
import socket
import sys
import time

from harness import run_test


def test(s):
    s.start_app(wait_socket=True)
    s.wait_registered()
    first = s.app

    r = s.run_cli(timeout=20)  # `respite` again, no command
    assert r.returncode == 0, (r.returncode, r.stderr)
    assert first.poll() is None, "the first instance died"
    s.wait_window("^Respite$")  # the running app showed its status window
    time.sleep(0.5)
    s.screenshot("second-start")
    assert s.run_cli("status").returncode == 0

    # SIGTERM: clean exit, state saved, socket removed.
    os.kill(first.pid, signal.SIGTERM)
    first.wait(10)
    assert first.returncode == 0, first.returncode
    assert os.path.exists(s.state_path()), "no state.json after SIGTERM"
    json.load(open(s.state_path()))
    assert not os.path.exists(s.socket_path())
    s.app = None

    # A corrupt state file is renamed aside and the user is told (a notification reaches the server).
    with open(s.state_path(), "w") as f:
        f.write("{ this is not json")
    # A stale socket (nobody listening) is replaced.
    os.makedirs(os.path.dirname(s.socket_path()), exist_ok=True)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(s.socket_path())
    stale.close()
    s.start_app(wait_socket=False)
    s.wait_for(lambda: s.run_cli("status").returncode == 0, 15, what="app answering over the stale socket")
    bad = glob.glob(s.state_path() + ".bad-*")
    assert len(bad) == 1, bad
    assert open(bad[0]).read() == "{ this is not json"
    s.wait_for(lambda: any("state" in (n["summary"] + n["body"]).lower() for n in s.notifications()), 10,
               what="notification about the state file")
    s.screenshot("restarted")
    assert s.run_cli("quit").returncode == 0
    s.app.wait(10)
    assert s.app.returncode == 0


if __name__ == "__main__":
    sys.exit(run_test(test))
