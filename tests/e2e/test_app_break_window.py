#!/usr/bin/python3
"""A heads-up notification (Start now / Postpone) comes first; a break window appears when due and Postpone/Skip behave per policy: micro every 1m for 20s, one postpone
allowed. Escape postpones the first prompt; the re-prompt offers no postpone (Escape does nothing), Skip
closes it and spends one of the day's skips."""
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
heads_up = "10s"
postpone = "1m"
max_postpones = 1
daily_skip_budget = 3
"""


def test(s):
    s.write_config(CONFIG)
    # The user is always present: no natural break can take the prompt away while the test waits.
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()
    skips = s.status()["skips_left"]

    wid = s.wait_window("^Micro-break$", timeout=90)
    st = s.status()
    assert st["prompt"] == "micro", st
    heads_up = [n for n in s.notifications() if n["summary"].startswith("Micro-break in")]
    assert heads_up, s.notifications()
    assert sorted(heads_up[0]["actions"].values()) == ["Postpone", "Start now"], heads_up
    assert st["micro"]["postpones_left"] == 1, st
    time.sleep(1)
    s.screenshot("prompt")
    s.xdotool("windowactivate", "--sync", wid)
    s.key("Escape")
    s.wait_no_window("^Micro-break$", timeout=10)
    st = s.status()
    assert st["prompt"] is None, st

    wid = s.wait_window("^Micro-break$", timeout=90)
    st = s.status()
    assert st["micro"]["postpones_left"] == 0, st
    time.sleep(1)
    s.screenshot("no-postpone-left")
    s.xdotool("windowactivate", "--sync", wid)
    s.key("Escape")  # not allowed any more: the window stays
    time.sleep(1.5)
    assert s.windows("^Micro-break$"), "Escape closed a break that may not be postponed"
    s.key("alt+s")
    s.wait_no_window("^Micro-break$", timeout=10)
    st = s.status()
    assert st["skips_left"] == skips - 1, (skips, st)
    assert st["prompt"] is None


if __name__ == "__main__":
    sys.exit(run_test(test, wm=True))
