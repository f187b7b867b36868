#!/usr/bin/python3
"""Issue 13, reading mode: `respite reading on` shows in status --json and the tray's status line and check item,
`respite reading off` ends it; clicking "Reading or watching" over D-Bus toggles it and the check follows."""
import sys

from harness import midday_timezone, run_test, workday_config


def item(s):
    return s.find_menu_item(["Reading or watching"])


def test(s):
    tz = midday_timezone()
    s.write_config(workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_registered()
    s.wait_for(lambda: s.menu_labels()[0].startswith("Micro-break in"), 10, what="status line")
    assert item(s)["toggle-type"] == "checkmark" and item(s)["toggle-state"] == 0, item(s)

    r = s.run_cli("reading", "on")
    assert r.returncode == 0 and r.stdout.startswith("Reading mode on until "), (r.returncode, r.stdout, r.stderr)
    reading = s.status()["reading"]
    assert reading["on"] and reading["why"] == "toggle" and reading["until"], reading
    s.wait_for(lambda: s.menu_labels()[0].startswith("Reading mode until "), 5, what="reading status line")
    s.wait_for(lambda: s.item_properties()["Title"].startswith("Respite · Reading mode until "), 5, what="tooltip")
    s.wait_for(lambda: item(s)["toggle-state"] == 1, 5, what="checked")
    r = s.run_cli("reading", "on")
    assert r.stdout.startswith("Reading mode is already on until "), r.stdout
    r = s.run_cli("reading", "off")
    assert r.returncode == 0 and r.stdout == "Reading mode off.\n", r.stdout
    assert not s.status()["reading"]["on"]
    s.wait_for(lambda: item(s)["toggle-state"] == 0, 5, what="unchecked")

    s.click(["Reading or watching"])
    s.wait_for(lambda: s.status()["reading"]["on"], 5, what="on from the tray")
    s.wait_for(lambda: item(s)["toggle-state"] == 1, 5, what="checked after the click")
    s.click(["Reading or watching"])
    s.wait_for(lambda: not s.status()["reading"]["on"], 5, what="off from the tray")
    s.wait_for(lambda: item(s)["toggle-state"] == 0, 5, what="unchecked after the click")


if __name__ == "__main__":
    sys.exit(run_test(test))
