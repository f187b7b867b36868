#!/usr/bin/python3
"""A squatter on a control socket path, for the control-channel tests: binds SOCKET (creating its folder when
asked), optionally drops to another uid before listen(), prints "ready", accepts one client, reports on stdout
what the client sent (hex; empty when it sent nothing) and answers like the app would ("ok" with a forged
status, or "show").

Usage: fake_control_server.py SOCKET [--mkdir] [--drop-to UID]"""
import os
import socket
import sys


def main():
    path = sys.argv[1]
    args = sys.argv[2:]
    if "--mkdir" in args:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(path)
    os.chmod(path, 0o666)
    if "--drop-to" in args:
        uid = int(args[args.index("--drop-to") + 1])
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    s.listen(4)
    print("ready", flush=True)
    s.settimeout(4)  # a client that checks and refuses never connects
    try:
        c, _ = s.accept()
    except socket.timeout:
        print("received none", flush=True)
        return
    c.settimeout(3)
    data = b""
    try:
        while not data.endswith(b"\n"):
            chunk = c.recv(4096)
            if not chunk:
                break
            data += chunk
    except socket.timeout:
        pass
    try:
        c.sendall(b'{"ok":true,"status":{"state":"forged"}}\n')
    except OSError:
        pass
    print("received " + (data.hex() or "nothing"), flush=True)


if __name__ == "__main__":
    main()
