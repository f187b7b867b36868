#!/usr/bin/python3
"""Issue 15, bug 2 and Breathing: the menu always offers "Stop breathing" while a breathing session runs (whatever
started it: the menu, `respite breathe`), and it ends the session and its window; `respite breathe --stop` does
the same from the command line and is refused when nothing runs. One list of patterns everywhere: the tray's
radio items are the config words' labels, "Follow your own breath" among them; ticking it saves
breathing.pattern = "follow" and a session then follows the user's breath; `breathe --pattern follow` is
accepted and a wrong pattern is refused with every choice named."""
import sys

from harness import midday_timezone, run_test, workday_config

PATTERNS = ["Box (4-4-4-4)", "4-7-8", "Coherent (5.5 s in, 5.5 s out)", "Custom", "Follow your own breath"]


def radios(s):
    return s.find_menu_item(["Breathing pattern"])["children"]


def test(s):
    tz = midday_timezone()
    path = s.write_config(workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz}, wait_socket=True)
    s.wait_registered()
    s.wait_for(lambda: s.menu_labels()[0].startswith("Micro-break in"), 10, what="status line")
    assert [r["label"] for r in radios(s)] == PATTERNS, radios(s)
    assert "Stop breathing" not in s.menu_labels(), s.menu_labels()

    # Started from the menu, stopped from the menu.
    s.click(["Quick meditation", "1 min"])
    s.wait_for(lambda: s.status()["breathing"]["active"], 5, what="breathing")
    s.wait_for(lambda: s.windows("^Quick meditation$"), 10, what="the meditation window")
    s.wait_for(lambda: "Stop breathing" in s.menu_labels(), 5, what="Stop breathing in the menu")
    s.click(["Stop breathing"])
    s.wait_for(lambda: not s.status()["breathing"]["active"], 5, what="breathing stopped from the menu")
    s.wait_for(lambda: not s.windows("^Quick meditation$"), 10, what="the window closed with the session")
    s.wait_for(lambda: "Stop breathing" not in s.menu_labels(), 5, what="Stop breathing gone")

    # Nothing to stop: refused, in words.
    r = s.run_cli("breathe", "--stop")
    assert r.returncode == 1 and "no breathing session" in r.stderr, (r.returncode, r.stdout, r.stderr)

    # A wrong pattern names every choice; follow is one.
    r = s.run_cli("breathe", "--pattern", "folow")
    assert r.returncode == 2, (r.returncode, r.stderr)
    for word in ["box", "4-7-8", "coherent", "custom", "follow"]:
        assert word in r.stderr, r.stderr
    r = s.run_cli("breathe", "--minutes", "2", "--pattern", "follow")
    assert r.returncode == 0, (r.stdout, r.stderr)
    s.wait_for(lambda: s.status()["breathing"]["active"], 5, what="breathing from the CLI")
    s.wait_for(lambda: s.windows("^Breathing$"), 10, what="the breathing window")
    s.wait_for(lambda: "Stop breathing" in s.menu_labels(), 5, what="Stop breathing for a CLI session")
    s.screenshot("follow-from-cli")
    r = s.run_cli("breathe", "--stop")
    assert r.returncode == 0 and r.stdout.startswith("Breathing stopped after"), (r.stdout, r.stderr)
    s.wait_for(lambda: not s.status()["breathing"]["active"], 5, what="breathing stopped from the CLI")
    s.wait_for(lambda: not s.windows("^Breathing$"), 10, what="the window closed")
    s.wait_for(lambda: "Stop breathing" not in s.menu_labels(), 5, what="Stop breathing gone again")

    # The tray's follow tick is the setting, saved, and survives a restart.
    s.click(["Breathing pattern", "Follow your own breath"])
    s.wait_for(lambda: [r["toggle-state"] for r in radios(s)] == [0, 0, 0, 0, 1], 5, what="Follow ticked")
    s.wait_for(lambda: 'pattern = "follow"' in open(path).read(), 5, what="the choice saved")
    r = s.run_cli("config", "check")
    assert r.returncode == 0, r.stderr
    s.stop_app()
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz}, wait_socket=True)
    s.wait_registered()
    s.wait_for(lambda: [r["toggle-state"] for r in radios(s)] == [0, 0, 0, 0, 1], 10,
               what="Follow ticked after a restart")


if __name__ == "__main__":
    sys.exit(run_test(test))
