#!/usr/bin/python3
"""With the always-present idle backend (input is never seen) a due break's countdown still runs: the app reports
idle while the break window is shown and active again when it closes; `status --json` names the backend."""
import sys

from harness import run_test

CONFIG = """
[micro_break]
every = "1m"
duration = "10s"

[rest_break]
every = "2h"
"""


def test(s):
    s.write_config(CONFIG)
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()
    st = s.wait_for(lambda: (lambda j: j["idle_backend"] and j)(s.status()), 10, what="idle backend named")
    assert st["idle_backend"] == "always-present", st
    assert st["idle_detected"] is False, st

    s.wait_window("^Micro-break$", timeout=90)
    st = s.wait_for(lambda: (lambda j: j["break_running"] and j)(s.status()), 5, what="the countdown running")
    assert st["presence"] == "idle", st
    s.wait_no_window("^Micro-break$", timeout=20)
    st = s.wait_for(lambda: (lambda j: j["presence"] == "active" and j)(s.status()), 5, what="active again")
    assert st["prompt"] is None, st


if __name__ == "__main__":
    sys.exit(run_test(test))
