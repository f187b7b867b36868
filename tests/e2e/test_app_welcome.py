#!/usr/bin/python3
"""Issue 15, first start: a small welcome window appears once (it says Respite lives in the tray, the defaults it
runs with and how to change them), does not take the keyboard focus, and never appears again after it was
closed: a marker is written atomically in the state folder."""
import os
import sys
import time

from harness import run_test

TITLE = "^Welcome to Respite$"


def test(s):
    s.start_wm()
    marker = os.path.join(s.dirs["XDG_STATE_HOME"], "respite", "welcome-seen")
    s.start_app(wait_socket=True)
    s.wait_registered()
    wid = s.wait_window(TITLE)
    time.sleep(1)
    s.screenshot("welcome")
    x, y, w, h = s.window_geometry(wid)
    assert 300 < w < 900 and 150 < h < 700, (w, h)
    assert not os.path.exists(marker), "the marker was written before the window was closed"

    # Closing it by the keyboard ("Got it" is the default button) remembers it.
    # The window manager hands the focus over asynchronously: the key goes out once the window has it.
    s.xdotool("windowactivate", "--sync", wid)
    s.wait_for(lambda: s.xdotool("getactivewindow") == str(wid), 10, what="the welcome window focused")
    s.xdotool("key", "--clearmodifiers", "Return")
    s.wait_no_window(TITLE)
    s.wait_for(lambda: os.path.exists(marker), 5, what="the welcome-seen marker")
    leftovers = [n for n in os.listdir(os.path.dirname(marker)) if n.startswith("welcome-seen") and n != "welcome-seen"]
    assert not leftovers, leftovers

    s.stop_app()
    s.start_app(wait_socket=True)
    s.wait_registered()
    time.sleep(2)
    assert not s.windows(TITLE), "the welcome window came back after it was closed"

    # Quitting with the window open is not "seen": it shows again on the next start.
    os.remove(marker)
    s.stop_app()
    s.start_app(wait_socket=True)
    s.wait_registered()
    s.wait_window(TITLE)
    s.run_cli("quit")
    s.wait_exit(10)
    assert not os.path.exists(marker), "quitting marked the welcome as seen"


if __name__ == "__main__":
    sys.exit(run_test(test))
