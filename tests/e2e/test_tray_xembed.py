#!/usr/bin/python3
"""With no StatusNotifierWatcher but an XEmbed system tray, the app docks a wxTaskBarIcon there (and shows no
status window); clicking the icon pops up the same menu."""
import sys
import time

from harness import midday_timezone, run_test, workday_config


def test(s):
    tz = midday_timezone()
    s.write_config(workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz}, wait_socket=True)
    icon = s.wait_for(lambda: s.docked_icons() and s.docked_icons()[0], 15, what="icon docked in the XEmbed tray")
    time.sleep(1)
    big = [w for w in s.windows("^Respite$") if s.window_geometry(w)[2] > 64]
    assert not big, "a tray exists: no status window"
    assert not s.registrations()
    s.screenshot("docked")
    x, y, w, h = s.window_geometry(icon["window"])  # where the window manager put the tray
    s.mouse_click(x + w // 2, y + h // 2)
    time.sleep(1)
    s.screenshot("menu")
    s.key("Escape")


if __name__ == "__main__":
    sys.exit(run_test(test, watcher=False, xembed=True, wm=True))
