#!/usr/bin/python3
"""Issue 16 item 1: kill -9 the real app while the user is at the screen and start it again at once. The state
is checkpointed at most a minute apart, so the restarted app's `status --json` has lost at most 60 s of screen
time, and its break counters were not reset by a break nobody took (before: no checkpoint, every counter reset).
"""
import json
import os
import signal
import stat
import sys
import time

from harness import midday_timezone, run_test, workday_config

RUN_BEFORE_KILL = 100  # s: past the checkpoint at about 60 s, up to 40 s of accounting at risk


def config(tz):
    return workday_config(tz) + '[micro_break]\nevery = "20m"\nduration = "20s"\n' \
        '[rest_break]\nevery = "50m"\nduration = "5m"\n'


def start(s, tz):
    launched = time.time()
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz})
    s.wait_for(lambda: s.status()["presence"] == "active", 20, what="the engine running")
    return launched


def test(s):
    tz = midday_timezone()
    s.write_config(config(tz))
    start(s, tz)
    time.sleep(max(0.0, RUN_BEFORE_KILL - (time.time() - s.app_started_at)))
    # Nothing asked the app anything for a minute and a half: the checkpoint came from its own timer.
    with open(s.state_path()) as f:
        saved = json.load(f)
    age = time.time() - saved["last"]["wall_ms"] / 1000.0
    assert age <= 60 + 1, "the last checkpoint is %.1f s old" % age
    assert saved["last"]["checkpoint_slack_ms"] == 60000, saved["last"]
    before = s.status()
    assert before["today"]["screen_time_s"] >= RUN_BEFORE_KILL - 5, before
    assert stat.S_IMODE(os.stat(s.state_path()).st_mode) == 0o600

    os.killpg(s.app.pid, signal.SIGKILL)
    s.app.wait(5)
    s.app = None
    restarted = start(s, tz)
    after = s.status()
    ran_again = time.time() - restarted  # screen time the new run may have added by now

    lost = before["today"]["screen_time_s"] - (after["today"]["screen_time_s"] - ran_again)
    print("lost %.1f s of screen time; micro due in %d s before, %d s after" %
          (lost, before["micro"]["due_in_s"], after["micro"]["due_in_s"]))
    assert lost <= 60 + 1, (before, after)  # +1: status rounds seconds up
    # No break was credited: both counters kept their progress, give or take the lost minute.
    assert after["micro"]["due_in_s"] <= before["micro"]["due_in_s"] + 60 + 1, (before, after)
    assert after["rest"]["due_in_s"] <= before["rest"]["due_in_s"] + 60 + 1, (before, after)
    assert after["prompt"] is None, after


if __name__ == "__main__":
    sys.exit(run_test(test))
