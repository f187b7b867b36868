#!/usr/bin/python3
"""The tray app writes its effects and presence into the history file on the engine thread (issue 11):
`respite stats` and `respite history export` read them back after a clean stop; with history.enabled = false
by policy nothing is opened or written."""
import json
import os
import sys

from harness import run_test


def history_file(s):
    return os.path.join(s.env["XDG_DATA_HOME"], "respite", "history.sqlite3")


def test(s):
    s.start_app(wait_socket=True)
    s.wait_registered()
    r = s.run_cli("break", "micro")
    assert r.returncode == 0, r.stderr
    s.wait_for(lambda: os.path.exists(history_file(s)), 10, what="the history file")
    assert oct(os.stat(history_file(s)).st_mode & 0o777) == oct(0o600)
    assert s.stop_app() == 0, s.app_log()[-2000:]

    r = s.run_cli("history", "export", "--format", "json")
    assert r.returncode == 0, r.stderr
    facts = json.loads(r.stdout)
    prompts = [e for e in facts["effects"] if e["event"] == "break_prompt"]
    assert prompts and prompts[0]["reason"] == "user" and prompts[0]["break"] == "micro", facts["effects"]
    assert any(p["state"] != "away" and p["end_ms"] > p["start_ms"] for p in facts["presence"]), facts["presence"]
    r = s.run_cli("stats", "--json")
    assert r.returncode == 0, r.stderr
    total = json.loads(r.stdout)["total"]
    assert total["breaks"]["prompted"] >= 1 and total["screen_s"] >= 0, total

    # Switched off by the administrator: not a byte more.
    os.remove(history_file(s))
    s.write_admin("[history]\nenabled = false\n", kind="policy")
    s.start_app(wait_socket=True)
    s.wait_registered()
    assert s.run_cli("break", "micro").returncode == 0
    assert s.run_cli("status").returncode == 0
    assert s.stop_app() == 0
    assert not os.path.exists(history_file(s)), os.listdir(os.path.dirname(history_file(s)))


if __name__ == "__main__":
    sys.exit(run_test(test))
