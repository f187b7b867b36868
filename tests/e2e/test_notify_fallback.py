#!/usr/bin/python3
"""With no notification server on the bus (and no service activation), the heads-up shows in Respite's own
popup window instead, with its Start now / Postpone buttons."""
import sys
import time

from harness import midday_timezone, run_test, workday_config

CONFIG = """
[micro_break]
every = "1m"

[rest_break]
every = "2h"

[prompts]
heads_up = "50s"
"""


def test(s):
    assert not s.name_has_owner("org.freedesktop.Notifications")
    tz = midday_timezone()
    s.write_config(CONFIG + workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_registered()
    wid = s.wait_window("^Micro-break in", timeout=60)
    x, y, w, h = s.window_geometry(wid)
    assert w > 100 and h > 40, (w, h)
    time.sleep(0.5)
    s.screenshot("popup")


if __name__ == "__main__":
    sys.exit(run_test(test, notifications=False))
