#!/usr/bin/python3
"""The StatusNotifierItem's panel goes away and the session has no XEmbed tray to fall back on: the tray port
reports the item unreachable and the app shows its small "Respite" status window, so it stays reachable. While
the panel runs, no status window is shown."""
import sys

from harness import midday_timezone, run_test, workday_config


def test(s):
    tz = midday_timezone()
    s.write_config(workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_registered()
    assert not s.windows("^Respite$"), "a tray exists: no status window"
    s.stop_watcher()
    wid = s.wait_window("^Respite$", timeout=15)
    assert s.window_geometry(wid)[2] > 0
    assert "respite: tray: StatusNotifierItem" in s.app_log(), s.app_log()[-2000:]


if __name__ == "__main__":
    sys.exit(run_test(test))
