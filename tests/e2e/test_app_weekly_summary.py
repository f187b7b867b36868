#!/usr/bin/python3
"""Issue 11: at the end of the week's last workday (today is the only workday here, ending a minute or two
ahead) the app notifies the week's summary from the history: "… this week, … overtime, … % of breaks taken."
Once: a second cutoff the same week brings no second summary."""
import re
import sys
import time

from harness import minute_ahead, run_test

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def test(s):
    now = time.time()
    end, end_hm = minute_ahead()
    today = DAYS[time.localtime(now).tm_wday]
    s.write_config("""
[workday]
days = ["%s"]
start = "00:00"
day_starts = "00:00"
end = "%s"
cutoff_heads_up = "30s"
""" % (today, end_hm))
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()
    assert s.run_cli("break", "micro").returncode == 0  # a break asked for: not one that was due

    def summaries():
        return [n for n in s.notifications() if n["summary"] == "Your week"]
    got = s.wait_for(summaries, end - time.time() + 30, what="the weekly summary")
    assert time.time() >= end - 2, "the summary came before the cutoff"
    body = got[0]["body"]
    assert re.fullmatch(r"\d+ (min|h)( \d+ min)? this week, (no overtime|.+ overtime)(, \d+ % of breaks taken)?\.",
                        body), body
    # The cutoff again (a reload re-derives the day; the dialog's Wrap up snoozes it): still one summary.
    wid = s.wait_window("^End of workday$", timeout=10)
    s.xdotool("windowactivate", "--sync", wid)
    s.key("Escape")
    time.sleep(2)
    assert len(summaries()) == 1, summaries()


if __name__ == "__main__":
    sys.exit(run_test(test))
