#!/usr/bin/python3
"""The tray app and its control socket (issue 16 items 8, 9): a directory at the socket path is reported as
blocked (the app neither quits silently nor deletes it, and a second start still sees the first instance); with
every client slot taken `respite status` says "too many clients", not "Broken pipe"."""
import os
import socket
import subprocess
import sys
import time

from harness import run_test


def test(s):
    sock = s.socket_path()
    os.makedirs(os.path.join(sock, "inside"))
    os.chmod(os.path.dirname(sock), 0o700)
    s.start_app()
    s.wait_for(lambda: "is blocked: a directory is in the way" in s.app_log(), 15, what="'blocked' message")
    time.sleep(1.0)
    assert s.app.poll() is None, "the app quit although only its socket path is blocked:\n" + s.app_log()
    assert os.path.isdir(os.path.join(sock, "inside")), "the blocking directory was removed"
    r = s.run_cli("status")
    assert r.returncode == 1 and "blocked" in r.stderr, (r.returncode, r.stderr)
    # A second start finds the first instance (it holds the claim) and leaves.
    second = subprocess.run([s.binary], env=s.env, capture_output=True, text=True, timeout=30)
    assert second.returncode == 0, (second.returncode, second.stderr)
    assert s.app.poll() is None, "the first instance died"
    assert os.path.isdir(os.path.join(sock, "inside"))
    s.stop_app()
    os.rmdir(os.path.join(sock, "inside"))
    os.rmdir(sock)

    # All 64 client slots taken: the CLI is told so.
    s.start_app(wait_socket=True)
    s.wait_for(lambda: s.run_cli("status").returncode == 0, 15, what="app answering")
    holders = []
    for _ in range(64):
        c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        c.connect(sock)
        holders.append(c)
    r = s.run_cli("status")
    assert r.returncode == 1, (r.returncode, r.stdout, r.stderr)
    assert "too many clients" in r.stderr, r.stderr
    assert "Broken pipe" not in r.stderr, r.stderr
    for c in holders:
        c.close()
    s.wait_for(lambda: s.run_cli("status").returncode == 0, 15, what="a free slot again")
    assert s.run_cli("quit").returncode == 0
    s.app.wait(10)


if __name__ == "__main__":
    sys.exit(run_test(test))
