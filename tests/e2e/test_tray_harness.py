#!/usr/bin/python3
"""Proves the e2e harness itself: Xvfb, private bus without activation, fake watcher, dbusmock notifications,
dbusmenu layout/click, xdotool and screenshots, using a tiny Python AppIndicator instead of respite."""
import os
import subprocess
import sys

from harness import PYTHON, HERE, run_test


def test(s):
    # No service activation: nothing but our fakes owns well-known names.
    assert s.name_has_owner("org.kde.StatusNotifierWatcher")
    assert s.name_has_owner("org.freedesktop.Notifications")
    clicked = os.path.join(s.tmp, "clicked.txt")
    s._spawn("selftest-app", [PYTHON, os.path.join(HERE, "harness_selftest_app.py"), clicked])
    item = s.wait_registered()
    assert item.startswith(":"), item
    labels = s.menu_labels()
    assert labels == ["Quick meditation", "Quit"], labels
    s.click(["Quick meditation", "3 min"])
    s.wait_for(lambda: os.path.exists(clicked) and open(clicked).read() == "3 min\n", 5, what="click")
    wid = s.wait_window("^Harness window$")
    assert s.window_geometry(wid)[2] > 0
    # A notification through the session bus reaches dbusmock and is read back.
    subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.Notifications", "--object-path",
                    "/org/freedesktop/Notifications", "--method", "org.freedesktop.Notifications.Notify",
                    "harness", "0", "", "Micro-break in 10 s", "body", "['start', 'Start now']", "{}", "5000"],
                   env=s.env, check=True, capture_output=True)
    notes = s.wait_for(s.notifications, 5, what="notification")
    assert notes[0]["summary"] == "Micro-break in 10 s" and notes[0]["actions"] == {"start": "Start now"}, notes
    # The CLI helper runs the given binary in the session env.
    r = s.run_cli("--version") if os.path.exists(s.binary) else None
    assert r is None or r.returncode == 0, r
    shot = s.screenshot("window")
    assert os.path.getsize(shot) > 0
    s.stop_watcher()
    s.wait_for(lambda: not s.name_has_owner("org.kde.StatusNotifierWatcher"), 5, what="watcher gone")


if __name__ == "__main__":
    sys.exit(run_test(test))
