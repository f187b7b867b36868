#!/usr/bin/python3
"""The heads-up notification's actions reach the engine: "Postpone" is an engine event that postpones the coming break
at once (one postpone spent, and no window when it would have fallen due); after that break, "Start now" on the next
heads-up opens the break at once."""
import sys
import time

from harness import run_test

CONFIG = """
[micro_break]
every = "1m"
duration = "20s"

[rest_break]
every = "2h"

[prompts]
heads_up = "20s"
postpone = "1m"
max_postpones = 3
"""


def heads_ups(s):
    return [n for n in s.notifications() if n["summary"].startswith("Micro-break in")]


def action_key(note, label):
    return next(k for k, v in note["actions"].items() if v == label)


def test(s):
    s.write_config(CONFIG)
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()

    note = s.wait_for(lambda: heads_ups(s) and heads_ups(s)[0], 70, what="heads-up notification")
    assert s.status()["prompt"] is None
    left = s.status()["micro"]["postpones_left"]
    s.invoke_notification_action(note["id"], action_key(note, "Postpone"))
    s.wait_for(lambda: s.status()["micro"]["postpones_left"] == left - 1, 10, what="postponed by the engine")
    time.sleep(22)  # past the instant the break would have fallen due
    assert not s.windows("^Micro-break$"), "the window showed although the heads-up postponed the break"
    assert s.status()["prompt"] is None

    # The postponed break comes back 1 min of screen time after it was due; skip it, so the counter starts again.
    wid = s.wait_window("^Micro-break$", timeout=75)
    s.xdotool("windowactivate", "--sync", wid)
    s.key("alt+s")
    s.wait_no_window("^Micro-break$")

    note = s.wait_for(lambda: len(heads_ups(s)) >= 2 and heads_ups(s)[-1], 70, what="the next heads-up")
    assert s.status()["prompt"] is None
    s.invoke_notification_action(note["id"], action_key(note, "Start now"))
    s.wait_window("^Micro-break$", timeout=5)
    assert s.status()["prompt"] == "micro"
    time.sleep(1)
    s.screenshot("started-from-heads-up")

if __name__ == "__main__":
    sys.exit(run_test(test, wm=True))
