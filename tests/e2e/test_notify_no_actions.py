#!/usr/bin/python3
"""A notification server without the "actions" capability gets the heads-up as plain text: no action buttons."""
import sys

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
    tz = midday_timezone()
    s.write_config(CONFIG + workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    note = s.wait_for(lambda: [n for n in s.notifications() if n["summary"].startswith("Micro-break in")], 60,
                      interval=0.2, what="heads-up notification")[0]
    assert note["actions"] == {}, note
    assert note["body"], note
    assert not s.windows("^Micro-break in"), "the fallback popup must not show when a server answers"
    s.screenshot("plain")


if __name__ == "__main__":
    sys.exit(run_test(test, caps="body"))
