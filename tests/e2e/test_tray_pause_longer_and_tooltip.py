#!/usr/bin/python3
"""Issue 15, Tray rough edges: a pause can be extended while paused (Resume first, then "Pause longer" ▸ 30 min
adds 30 min to the pause's end), and the item's title (the tooltip) gives the time to the next break."""
import datetime
import re
import sys

from harness import midday_timezone, run_test, workday_config


def paused_until(s):
    return datetime.datetime.fromisoformat(s.status()["paused_until"].replace("Z", "+00:00"))


def test(s):
    tz = midday_timezone()
    s.write_config(workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_registered()
    title = s.wait_for(lambda: (lambda t: re.match(r"^Respite · Micro-break in \d+ min · Rest in \d+ min$", t) and t)(
        s.item_properties()["Title"]), 10, what="tooltip with the next break")
    print("tooltip:", title)

    s.click(["Pause", "30 min"])
    s.wait_for(lambda: s.status()["paused"], 5, what="paused")
    labels = s.wait_for(lambda: "Resume" in s.menu_labels() and s.menu_labels(), 5, what="Resume")
    assert labels.index("Resume") + 1 == labels.index("Pause longer"), labels
    first = paused_until(s)
    s.wait_for(lambda: s.item_properties()["Title"].startswith("Respite · Paused until"), 5, what="paused tooltip")

    s.click(["Pause longer", "30 min"])
    s.wait_for(lambda: paused_until(s) > first, 5, what="the pause extended")
    gained = (paused_until(s) - first).total_seconds()
    assert 29 * 60 <= gained <= 31 * 60, gained

    s.click(["Resume"])
    s.wait_for(lambda: not s.status()["paused"], 5, what="resumed")
    labels = s.wait_for(lambda: "Pause" in s.menu_labels() and s.menu_labels(), 5, what="Pause back")
    assert "Resume" not in labels and "Pause longer" not in labels, labels


if __name__ == "__main__":
    sys.exit(run_test(test))
