#!/usr/bin/python3
"""The tray item registers at a StatusNotifierWatcher with the Respite icon, and its dbusmenu has the expected
labels; Pause ▸ 30 min swaps in Resume, the paused icon and "Paused until ..."; Resume swaps back."""
import re
import sys

from harness import midday_timezone, run_test, workday_config
from tray_menu_items import TOP

CONFIG = """
[micro_break]
every = "20m"
duration = "20s"

[rest_break]
every = "50m"
"""



def test(s):
    tz = midday_timezone()  # mid-workday whenever the test runs: no after-hours icon
    s.write_config(CONFIG + workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_registered()
    print("tray registered %.0f ms after launch" % (1000 * s.registration_latency()))
    props = s.item_properties()
    assert props["Id"] == "respite", props
    assert props["Status"] == "Active", props
    assert props["IconName"] == "respite", props
    assert props["IconThemePath"] == "" or props["IconThemePath"].endswith("icons"), props

    # The status line arrives with the first engine update.
    line = s.wait_for(lambda: (lambda l: re.match(r"^Micro-break in \d+ min · Rest in \d+ min$", l[0]) and l)(
        s.menu_labels()), 10, what="status line")
    assert line[1:] == TOP, line
    layout = s.menu_layout()
    assert not layout["children"][0]["enabled"], "the status line is informational"

    def sub(label):
        return [c["label"] for c in s.find_menu_item([label])["children"] if c["type"] != "separator"]
    assert sub("Take a break now") == ["Micro-break", "Rest break"]
    assert sub("Quick meditation") == ["1 min", "3 min", "5 min"]
    assert sub("Breathing pattern") == ["Box (4-4-4-4)", "4-7-8", "Coherent (5.5 s in, 5.5 s out)", "Custom",
                                       "Follow your own breath"]
    assert sub("Pause") == ["30 min", "1 hour", "2 hours", "Until tomorrow"]
    radios = s.find_menu_item(["Breathing pattern"])["children"]
    assert all(r["toggle-type"] == "radio" for r in radios), radios
    assert [r["toggle-state"] for r in radios] == [1, 0, 0, 0, 0], radios  # box is the default pattern
    s.screenshot("registered")

    s.click(["Pause", "30 min"])
    labels = s.wait_for(lambda: "Resume" in s.menu_labels() and s.menu_labels(), 10, what="Resume item")
    assert re.match(r"^Paused until \d\d:\d\d$", labels[0]), labels
    assert "Pause" not in labels, labels
    s.wait_for(lambda: s.item_properties()["IconName"] == "respite-paused", 5, what="paused icon")

    s.click(["Resume"])
    s.wait_for(lambda: "Pause" in s.menu_labels(), 10, what="Pause item back")
    s.wait_for(lambda: s.item_properties()["IconName"] == "respite", 5, what="normal icon")
    assert s.menu_labels()[0].startswith("Micro-break in"), s.menu_labels()

    s.click(["Start focus session"])
    s.wait_for(lambda: "Stop focus session" in s.menu_labels(), 10, what="Stop focus session")
    assert s.menu_labels()[0].startswith("Focus session"), s.menu_labels()
    s.click(["Stop focus session"])
    s.wait_for(lambda: "Start focus session" in s.menu_labels(), 10, what="Start focus session")

    s.click(["Quit"])
    assert s.wait_exit(10) == 0, s.app_log()


if __name__ == "__main__":
    sys.exit(run_test(test))
