#!/usr/bin/python3
"""Tray menu items reach the engine through the app (never directly): Pause ▸ 30 min / Resume, Start/Stop focus
session, Take a break now ▸ Micro-break, Breathing pattern ▸ + Quick meditation, Settings…, About, Quit (clean
exit, state saved)."""
import os
import sys
import time

from harness import run_test


def test(s):
    s.start_app(wait_socket=True)
    s.wait_registered()

    s.click(["Pause", "30 min"])
    st = s.wait_for(lambda: s.status()["paused"] and s.status(), 5, what="paused from the tray")
    s.wait_for(lambda: "Resume" in s.menu_labels(), 5, what="Resume in the menu")
    s.click(["Resume"])
    s.wait_for(lambda: not s.status()["paused"], 5, what="resumed from the tray")

    s.click(["Start focus session"])
    s.wait_for(lambda: s.status()["focus"]["active"], 5, what="focus from the tray")
    s.wait_for(lambda: "Stop focus session" in s.menu_labels(), 5, what="Stop focus session label")
    s.click(["Stop focus session"])
    s.wait_for(lambda: not s.status()["focus"]["active"], 5, what="focus stopped from the tray")

    s.click(["Take a break now", "Micro-break"])
    wid = s.wait_window("^Micro-break$")
    assert s.status()["prompt"] == "micro"
    s.xdotool("windowactivate", "--sync", wid)
    s.key("Escape")
    s.wait_no_window("^Micro-break$")

    s.click(["Breathing pattern", "Coherent (5.5 s in, 5.5 s out)"])
    s.click(["Quick meditation", "1 min"])
    s.wait_window("^Quick meditation$")
    s.wait_for(lambda: s.status()["breathing"]["active"], 5, what="breathing from the tray")
    time.sleep(1)
    s.screenshot("breathing-coherent")
    s.xdotool("windowactivate", "--sync", s.windows("^Quick meditation$")[0])
    s.key("Escape")
    s.wait_no_window("^Quick meditation$")
    s.wait_for(lambda: not s.status()["breathing"]["active"], 5, what="breathing stopped when its window closed")

    s.click(["Settings"])
    s.wait_window("^Respite Settings$")
    time.sleep(1)
    s.screenshot("settings")
    s.xdotool("windowactivate", "--sync", s.windows("^Respite Settings$")[0])
    s.key("Escape")
    s.wait_no_window("^Respite Settings$")

    s.click(["About"])
    time.sleep(1)
    s.screenshot("about")

    s.click(["Quit"])
    deadline = time.monotonic() + 10
    while s.app.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert s.app.returncode == 0, s.app.returncode
    assert os.path.exists(s.state_path())


if __name__ == "__main__":
    sys.exit(run_test(test, wm=True))
