#!/usr/bin/python3
"""Clicking Quick meditation ▸ 1 min in the tray menu (over dbusmenu) opens the breathing window; the status
line then shows the breathing session."""
import sys
import time

from harness import midday_timezone, run_test, workday_config


def test(s):
    tz = midday_timezone()
    s.write_config(workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_registered()
    s.wait_for(lambda: s.menu_labels()[0].startswith("Micro-break in"), 10, what="first status")
    s.click(["Quick meditation", "1 min"])
    s.wait_window("^Quick meditation$", timeout=10)
    s.wait_for(lambda: s.menu_labels()[0].startswith("Breathing"), 10, what="breathing status line")
    time.sleep(1.5)
    s.screenshot("breathing")


if __name__ == "__main__":
    sys.exit(run_test(test, wm=True))
