#!/usr/bin/python3
"""Issue 11, the stress check-in in the tray app: with checkin.enabled at the cutoff, the day's end comes first
(the cutoff dialog alone), then, once that is closed, "How did today feel?"; the answer (Tense, with a note) is
stored beside the day and `respite stats` shows it; the engine does not ask again that day."""
import json
import sys
import time

from harness import minute_ahead, run_test


def test(s):
    now = time.time()
    end, end_hm = minute_ahead()
    s.start_wm()
    s.write_config("""
[workday]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
start = "00:00"
day_starts = "00:00"
end = "%s"
cutoff_heads_up = "30s"

[checkin]
enabled = true
""" % end_hm)
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()

    cutoff = s.wait_window("^End of workday$", timeout=end - time.time() + 20)
    time.sleep(1.5)
    assert not s.windows("^Check-in$"), "the check-in came over the cutoff dialog"
    s.xdotool("windowactivate", "--sync", cutoff)
    s.key("Escape")
    s.wait_no_window("^End of workday$")
    wid = s.wait_window("^Check-in$", timeout=10)
    time.sleep(0.8)
    s.screenshot("checkin")
    s.xdotool("windowactivate", "--sync", wid)
    for keys in ("Right", "Right", "alt+n"):  # Calm -> Fine -> Tense, then the note
        s.key(keys)
        time.sleep(0.15)
    s.xdotool("type", "--delay", "40", "long day")
    s.key("Return")
    s.wait_no_window("^Check-in$")
    assert s.stop_app() == 0, s.app_log()[-2000:]

    r = s.run_cli("stats", "--day", time.strftime("%Y-%m-%d", time.localtime(now)), "--json")
    assert r.returncode == 0, r.stderr
    day = json.loads(r.stdout)["days"][0]
    assert day["feeling"] == "tense", day
    r = s.run_cli("history", "export", "--format", "json")
    answers = [e for e in json.loads(r.stdout)["effects"] if e["event"] == "checkin_answered"]
    assert len(answers) == 1, answers

    # A restart the same evening: the day was asked already.
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()
    time.sleep(3)
    assert not s.windows("^Check-in$"), "asked twice the same day"
    assert s.stop_app() == 0


if __name__ == "__main__":
    sys.exit(run_test(test))
