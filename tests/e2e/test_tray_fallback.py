#!/usr/bin/python3
"""With no StatusNotifierWatcher and no XEmbed tray the app is still reachable: a small "Respite" status window
appears with the status line; its Pause button pauses the app; a second `respite` start raises it again after
it was closed (minimised)."""
import sys
import time

from harness import midday_timezone, run_test, workday_config


def test(s):
    tz = midday_timezone()
    s.write_config(workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz}, wait_socket=True)
    wid = s.wait_window("^Respite$", timeout=15)
    x, y, w, h = s.window_geometry(wid)
    assert 150 < w < 900 and 60 < h < 600, (w, h)
    assert not s.registrations(), "no watcher, nothing to register with"
    time.sleep(0.5)  # let the first status update paint
    s.screenshot("status-window")

    # Keyboard: the Pause button's mnemonic pauses for 30 min.
    s.xdotool("windowactivate", "--sync", wid)
    s.key("alt+p")
    st = s.wait_for(lambda: (lambda j: j.get("paused_until") and j)(s.status()), 10, what="paused")
    assert st["paused_until"], st
    time.sleep(0.5)
    s.screenshot("status-window-paused")

    # Closing only minimises it (no tray to come back from); a second start brings it back.
    s.xdotool("windowactivate", "--sync", wid)
    s.key("Escape")
    s.wait_for(lambda: not s.windows("^Respite$"), 10, what="window minimised")
    r = s.run_cli()
    assert r.returncode == 0, (r.returncode, r.stderr)
    s.wait_window("^Respite$", timeout=10)


if __name__ == "__main__":
    sys.exit(run_test(test, watcher=False, wm=True))
