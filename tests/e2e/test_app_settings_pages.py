#!/usr/bin/python3
"""Issue 15, Settings rough edges: every page of the dialog opens without a Gtk-CRITICAL or Gtk-WARNING on
stderr, and each page is screenshot (settings-page-N.png) so a person can check nothing is cut off, that
labels carry no config syntax and that Inhale/Hold are greyed out for Box."""
import sys
import time

from harness import run_test

TITLE = "^Respite Settings$"
PAGES = 13  # the last one, Startup: the login switch (issue 9)


def test(s):
    s.start_wm()
    s.write_config('[micro_break]\nenabled = false\n')
    s.start_app(wait_socket=True)
    s.wait_registered()
    s.click(["Settings"])
    wid = s.wait_window(TITLE)
    time.sleep(1)
    s.xdotool("windowactivate", "--sync", wid)
    for page in range(PAGES):
        time.sleep(0.6)
        s.screenshot("settings-page-%d" % page)
        # The section list has the focus: Down shows the next page.
        s.xdotool("key", "--clearmodifiers", "Down")
    s.xdotool("key", "--clearmodifiers", "Escape")
    s.wait_no_window(TITLE)
    log = s.app_log()
    bad = [line for line in log.splitlines() if "Gtk-CRITICAL" in line or "Gtk-WARNING" in line]
    assert not bad, "\n".join(bad)


if __name__ == "__main__":
    sys.exit(run_test(test))
