#!/usr/bin/python3
"""Garbage clients cannot disturb the app: random bytes, a 1 MiB line, invalid JSON, unknown commands, a client
that connects and stays silent, and many at once. `status` keeps answering and the app keeps running."""
import json
import os
import socket
import sys
import threading
import time

from harness import run_test


def connect(s):
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(s.socket_path())
    c.settimeout(10)
    return c


def read_reply(c):
    data = b""
    try:
        while b"\n" not in data:
            chunk = c.recv(65536)
            if not chunk:
                break
            data += chunk
    except (ConnectionResetError, socket.timeout):
        pass
    return data


def status_ok(s):
    r = s.run_cli("status", "--json")
    assert r.returncode == 0, (r.returncode, r.stderr)
    return json.loads(r.stdout)


def test(s):
    s.start_app(wait_socket=True)
    s.wait_registered()
    mode = os.stat(s.socket_path()).st_mode & 0o777
    assert mode == 0o600, oct(mode)
    assert os.stat(os.path.dirname(s.socket_path())).st_mode & 0o777 == 0o700

    silent = [connect(s) for _ in range(5)]  # connect and say nothing
    status_ok(s)

    c = connect(s)
    c.sendall(os.urandom(4096) + b"\n")
    reply = read_reply(c)
    assert reply == b"" or json.loads(reply.split(b"\n")[0])["ok"] is False, reply
    c.close()

    c = connect(s)
    big = b"x" * (1 << 20) + b"\n"

    def pump():
        try:
            c.sendall(big)
        except OSError:
            pass  # dropped mid-way, as it should be
    t = threading.Thread(target=pump)
    t.start()
    reply = read_reply(c)
    t.join(10)
    assert b"too long" in reply, reply[:200]
    c.close()

    for junk in (b"{not json}\n", b"[1,2]\n", b'{"cmd":"selfdestruct"}\n', b'{"cmd":42}\n', b"\xff\xfe\n"):
        c = connect(s)
        c.sendall(junk)
        reply = read_reply(c)
        assert json.loads(reply.split(b"\n")[0])["ok"] is False, (junk, reply)
        c.close()
    status_ok(s)

    # A crowd of well-behaved clients at once, while the silent ones still hang around.
    results = []

    def one():
        try:
            cc = connect(s)
            cc.sendall(b'{"cmd":"status"}\n')
            results.append(json.loads(read_reply(cc).split(b"\n")[0])["ok"])
            cc.close()
        except Exception as e:  # noqa
            results.append(repr(e))
    threads = [threading.Thread(target=one) for _ in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(15)
    assert results.count(True) == 30, results

    # The silent clients are dropped after the read timeout (5 s) with an error line.
    time.sleep(6)
    for c in silent:
        reply = read_reply(c)
        assert b"timeout" in reply, reply
        c.close()

    status_ok(s)
    s.check_alive()
    s.screenshot("after-garbage")


if __name__ == "__main__":
    sys.exit(run_test(test))
