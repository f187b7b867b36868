#!/usr/bin/python3
"""A micro-break heads-up reaches the notification server (python3-dbusmock) as "Micro-break in 10 s" with the
actions Start now / Postpone (the server has the "actions" capability); clicking Start now starts the break."""
import re
import sys
import time

from harness import midday_timezone, run_test, workday_config

CONFIG = """
[micro_break]
every = "1m"
duration = "20s"

[rest_break]
every = "2h"

[prompts]
heads_up = "10s"
"""


def heads_up(s):
    return [n for n in s.notifications() if n["summary"].startswith("Micro-break in")]


def test(s):
    tz = midday_timezone()
    s.write_config(CONFIG + workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_registered()
    started = time.monotonic()
    note = s.wait_for(lambda: heads_up(s), 90, interval=0.2, what="heads-up notification")[0]
    print("heads-up after %.1f s: %r" % (time.monotonic() - started, note))
    assert re.match(r"^Micro-break in 10\s?s", note["summary"]), note
    assert note["app_name"] == "Respite", note
    assert note["body"], note
    assert sorted(note["actions"].values()) == ["Postpone", "Start now"], note
    assert note["hints"].get("desktop-entry") == "respite", note
    s.screenshot("heads-up")

    start_key = [k for k, label in note["actions"].items() if label == "Start now"][0]
    s.invoke_notification_action(note["id"], start_key)
    s.wait_window("^Micro-break$", timeout=5)
    time.sleep(0.5)
    s.screenshot("break-started")


if __name__ == "__main__":
    sys.exit(run_test(test, caps="body actions body-markup"))
