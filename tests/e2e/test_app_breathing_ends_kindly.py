#!/usr/bin/python3
"""Issue 15, Breathing rough edges: when a session runs its length the window stays with a kind word ("Well
done") instead of vanishing, the engine has finished it (status, and it counts as a break), and closing the
window afterwards stops nothing. A window opened from Quick meditation is titled "Quick meditation"."""
import sys
import time

from harness import midday_timezone, run_test, workday_config


def test(s):
    tz = midday_timezone()
    s.write_config(workday_config(tz))
    s.start_wm()
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz}, wait_socket=True)
    s.wait_registered()
    s.click(["Quick meditation", "1 min"])
    wid = s.wait_window("^Quick meditation$")
    assert s.status()["breathing"]["active"]
    s.wait_for(lambda: not s.status()["breathing"]["active"], 90, what="the session to run its minute")
    time.sleep(1.5)
    assert s.windows("^Quick meditation$"), "the window vanished at the end of the session"
    s.screenshot("breathing-done")
    s.xdotool("windowactivate", "--sync", wid)
    s.xdotool("key", "--clearmodifiers", "Return")  # Close, the default button
    s.wait_no_window("^Quick meditation$")
    assert not s.status()["breathing"]["active"]
    assert "refused" not in s.app_log().lower(), s.app_log()


if __name__ == "__main__":
    sys.exit(run_test(test))
