#!/usr/bin/python3
"""What the command line tells a person (issue 15, "Rough edges: CLI"): successful actions say what happened,
a refusal is printed and exits 1 without also popping a desktop notification, a pause longer than a day is
refused with a pointer to --tomorrow (exit 2) and huge numbers are bounded before any arithmetic."""
import json
import re
import socket
import sys
import time

from harness import midday_timezone, run_test, workday_config


def ask(s, line):
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.settimeout(10)
    c.connect(s.socket_path())
    c.sendall(line + b"\n")
    data = b""
    while b"\n" not in data:
        chunk = c.recv(65536)
        if not chunk:
            break
        data += chunk
    c.close()
    return json.loads(data.split(b"\n")[0])


def ok(r, what):
    assert r.returncode == 0, "%s: exit %d\nstdout: %s\nstderr: %s" % (what, r.returncode, r.stdout, r.stderr)
    return r.stdout


def test(s):
    tz = midday_timezone()
    s.write_config(workday_config(tz))
    s.env["TZ"] = tz
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()
    before = len(s.notifications())

    # Refused from the command line: printed, exit 1, and no notification.
    r = s.run_cli("resume")
    assert r.returncode == 1 and "not paused" in r.stderr, (r.returncode, r.stderr)
    r = s.run_cli("focus", "stop")
    assert r.returncode == 1 and "no focus session" in r.stderr, (r.returncode, r.stderr)
    # A notification sent after the refusals, through the same queue to the GUI: when it has arrived, a
    # notification about the refusals would have arrived before it.
    s.write_config(workday_config(tz) + '[micro_break]\nevery = "soon"\n')
    r = s.run_cli("reload")
    assert r.returncode == 1, (r.returncode, r.stderr)
    notes = s.wait_for(lambda: s.notifications()[before:], 10, what="the config error notification")
    assert [n["summary"] for n in notes] == ["Your settings file has an error"], notes
    s.write_config(workday_config(tz))
    assert ok(s.run_cli("reload"), "reload") == "Settings reloaded.\n"

    # Successes say what happened.
    out = ok(s.run_cli("pause", "30m"), "pause 30m")
    assert out == "Paused until %s.\n" % s.status()["paused_until_local"][11:16], out
    assert ok(s.run_cli("resume"), "resume") == "Resumed: breaks count again.\n"
    out = ok(s.run_cli("pause", "--tomorrow"), "pause --tomorrow")
    assert re.fullmatch(r"Paused until \d{4}-\d\d-\d\d \d\d:\d\d\.\n", out), out
    ok(s.run_cli("resume"), "resume")
    assert ok(s.run_cli("focus", "start"), "focus start").startswith("Focus session started: 25 min of work.")
    assert ok(s.run_cli("focus", "stop"), "focus stop") == "Focus session stopped.\n"
    assert ok(s.run_cli("break", "rest"), "break rest") == "Rest break started (5 min).\n"
    s.wait_window("^Rest break$")

    # Longer than a day: refused before anything reaches the app, with the way to do it.
    for length in ("100h", "25h", "99999h", "1441m"):
        r = s.run_cli("pause", length)
        assert r.returncode == 2, (length, r.returncode, r.stderr)
        assert "longer than a day" in r.stderr and "--tomorrow" in r.stderr, r.stderr
    assert s.run_cli("pause", "9" * 40 + "h").returncode == 2
    assert not s.status()["paused"]
    out = ok(s.run_cli("pause", "24h"), "pause 24h")
    assert out.startswith("Paused until "), out
    ok(s.run_cli("resume"), "resume")
    # The app bounds what other clients send too, and answers mistyped members in words.
    for request, words in ((b'{"cmd":"pause","seconds":9223372036854775807}', "at most 24 hours"),
                           (b'{"cmd":"pause","seconds":18446744073709551615}', "from 1 to 86400"),
                           (b'{"cmd":"break","kind":42}', "kind must be micro or rest"),
                           (b'{"cmd":"breathe","minutes":"three"}', "minutes must be")):
        reply = ask(s, request)
        assert reply["ok"] is False and words in reply["error"], (request, reply)
    assert not s.status()["paused"]
    s.check_alive()
    time.sleep(0.5)
    assert s.notifications()[before:] == notes, s.notifications()[before:]


if __name__ == "__main__":
    sys.exit(run_test(test))
