#!/usr/bin/python3
"""Regression: Postpone on a heads-up, then taking that break yourself (CLI or tray) before it is prompted,
opens the break and keeps it open; the postpone was meant for the announced prompt, not for a break the user
asked for, and it must not linger to swallow the next prompt either."""
import sys
import time

from harness import midday_timezone, run_test, workday_config
from test_notify_heads_up import CONFIG  # micro every 1m for 20s, heads-up 10s


def test(s):
    tz = midday_timezone()
    s.write_config(CONFIG + workday_config(tz))
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_registered()
    note = s.wait_for(lambda: [n for n in s.notifications() if n["summary"].startswith("Micro-break in")], 90,
                      interval=0.2, what="heads-up notification")[0]
    postpone = [k for k, label in note["actions"].items() if label == "Postpone"][0]
    s.invoke_notification_action(note["id"], postpone)
    time.sleep(1)  # the app keeps the request to itself (nothing is prompted yet): give the signal time to land
    r = s.run_cli("break", "micro")
    assert r.returncode == 0, r.stderr
    s.wait_window("^Micro-break$", timeout=10)
    time.sleep(2)
    assert s.windows("^Micro-break$"), "the break the user took was postponed away"
    s.screenshot("taken-after-postpone")
    s.xdotool("windowactivate", "--sync", s.windows("^Micro-break$")[0])
    s.key("Escape")  # "not now" for a break the user opened
    s.wait_no_window("^Micro-break$", timeout=10)

    # The next prompt comes as usual: the earlier Postpone click does not postpone it.
    s.wait_window("^Micro-break$", timeout=150)
    time.sleep(2)
    assert s.windows("^Micro-break$"), "the next prompt was postponed by a stale heads-up click"
    s.check_alive()


if __name__ == "__main__":
    sys.exit(run_test(test, caps="body actions body-markup"))
