#!/usr/bin/python3
"""The cutoff dialog appears at the configured end of the workday (set a minute or two ahead), after a heads-up
notification; "Done for today" pauses until the next workday."""
import sys
import time

from harness import minute_ahead, run_test


def test(s):
    end, end_hm = minute_ahead()
    s.write_config("""
[workday]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
start = "00:00"
day_starts = "00:00"
end = "%s"
cutoff_heads_up = "30s"
""" % end_hm)
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()
    st = s.status()
    assert st["today"]["working_day"] and not st["today"]["after_hours"], st
    assert st["today"]["workday_end_local"][11:16] == end_hm, (end_hm, st)

    wid = s.wait_window("^End of workday$", timeout=end - time.time() + 20)
    assert time.time() >= end - 2, "cutoff dialog came early"
    assert any("end" in (n["summary"] + n["body"]).lower() for n in s.notifications()), s.notifications()
    time.sleep(1)
    s.screenshot("cutoff")
    s.xdotool("windowactivate", "--sync", wid)
    s.key("alt+d")
    s.wait_no_window("^End of workday$", timeout=10)
    st = s.wait_for(lambda: s.status()["paused"] and s.status(), 5, what="paused after Done for today")
    assert st["today"]["after_hours"], st


if __name__ == "__main__":
    sys.exit(run_test(test, wm=True))
