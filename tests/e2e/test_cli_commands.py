#!/usr/bin/python3
"""Every live CLI subcommand against the running tray app: status (text and JSON), pause (duration, --until,
--tomorrow), resume, break, breathe, focus, reload, quit; usage errors exit 2, a stopped app exits 1."""
import json
import os
import sys
import time

from harness import run_test

FIELDS = ["schema", "version", "at", "at_local", "timezone", "presence", "busy", "busy_reason", "paused",
          "paused_until", "paused_until_local", "micro", "rest", "prompt", "break_running", "break_left_s",
          "deferred", "deferred_reason", "skips_left", "focus", "breathing", "today", "week"]


def ok(r, what):
    assert r.returncode == 0, "%s: exit %d\nstdout: %s\nstderr: %s" % (what, r.returncode, r.stdout, r.stderr)
    return r


def status(s):
    return json.loads(ok(s.run_cli("status", "--json"), "status --json").stdout)


def test(s):
    s.write_config('[micro_break]\nevery = "20m"\n')
    r = s.run_cli("status")
    assert r.returncode == 1 and "not running" in r.stderr, (r.returncode, r.stderr)

    s.start_app(wait_socket=True)
    s.wait_registered()
    st = status(s)
    for key in FIELDS:
        assert key in st, "status --json lacks %r: %s" % (key, st)
    text = ok(s.run_cli("status"), "status").stdout
    assert "Micro-break in" in text or "Micro-break now" in text, text

    ok(s.run_cli("pause", "30m"), "pause 30m")
    st = status(s)
    assert st["paused"] and st["paused_until"], st
    assert "Paused until" in s.run_cli("status").stdout
    ok(s.run_cli("resume"), "resume")
    assert not status(s)["paused"]

    until = time.strftime("%H:%M", time.localtime(time.time() + 3600))
    ok(s.run_cli("pause", "--until", until), "pause --until")
    st = status(s)
    assert st["paused"] and st["paused_until_local"][11:16] == until, (until, st)
    ok(s.run_cli("resume"), "resume")
    ok(s.run_cli("pause", "--tomorrow"), "pause --tomorrow")
    assert status(s)["paused"]
    ok(s.run_cli("resume"), "resume")

    ok(s.run_cli("breathe", "--minutes", "1", "--pattern", "4-7-8"), "breathe")
    s.wait_window("^Breathing$")
    assert status(s)["breathing"]["active"]
    s.screenshot("breathing")
    s.xdotool("windowactivate", "--sync", s.windows("^Breathing$")[0])
    s.key("Escape")
    s.wait_no_window("^Breathing$")

    ok(s.run_cli("focus", "start"), "focus start")
    assert status(s)["focus"]["active"]
    ok(s.run_cli("focus", "stop"), "focus stop")
    assert not status(s)["focus"]["active"]

    ok(s.run_cli("break", "rest"), "break rest")
    s.wait_window("^Rest break$")
    assert status(s)["prompt"] == "rest"
    s.screenshot("rest-break")

    ok(s.run_cli("reload"), "reload")

    for args in (["pause"], ["pause", "soon"], ["pause", "--until", "25:00"], ["break", "nap"],
                 ["breathe", "--minutes", "0"], ["breathe", "--pattern", "square"], ["focus"],
                 ["status", "--yaml"], ["resume", "now"]):
        r = s.run_cli(*args)
        assert r.returncode == 2, "%s: expected usage error, got %d (%s)" % (args, r.returncode, r.stderr)

    ok(s.run_cli("quit"), "quit")
    deadline = time.monotonic() + 10
    while s.app.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert s.app.returncode == 0, s.app.returncode
    assert not os.path.exists(s.socket_path()), "socket left behind"
    assert os.path.exists(s.state_path()), "state not saved on quit"
    r = s.run_cli("status")
    assert r.returncode == 1, r.returncode


if __name__ == "__main__":
    sys.exit(run_test(test, wm=True))
