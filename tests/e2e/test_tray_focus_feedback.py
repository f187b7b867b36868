#!/usr/bin/python3
"""Issue 15, Tray rough edges: starting a focus session from the tray gives feedback: a notification that
says how long it runs, and the status line (and tooltip) counting the session down."""
import re
import sys

from harness import midday_timezone, run_test, workday_config


def test(s):
    tz = midday_timezone()
    s.write_config('[focus]\nwork = "25m"\n' + workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_registered()
    s.wait_for(lambda: s.menu_labels()[0].startswith("Micro-break in"), 10, what="status line")
    s.click(["Start focus session"])
    note = s.wait_for(lambda: [n for n in s.notifications() if n["summary"] == "Focus session started"], 5,
                      what="a focus notification")[0]
    assert "25 min" in note["body"], note
    assert re.match(r"^Focus session · \d+ min left$", s.menu_labels()[0]), s.menu_labels()
    s.wait_for(lambda: s.item_properties()["Title"].startswith("Respite · Focus session"), 5, what="tooltip")
    s.click(["Stop focus session"])
    s.wait_for(lambda: not s.status()["focus"]["active"], 5, what="focus stopped")


if __name__ == "__main__":
    sys.exit(run_test(test))
