#!/usr/bin/python3
"""Issue 16 item 2 and issue 15 bug 2: a break or a breathing session in progress at exit came back after a
restart without its window (status said `prompt: micro` or "Breathing · 44 s left", nothing on screen, later breaks
blocked). A restored prompt or breathing session is shown again; closing the breathing window ends the session."""
import sys

from harness import run_test


def restart(s):
    assert s.run_cli("quit").returncode == 0
    s.wait_exit(10)
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()


def test(s):
    s.write_config('[micro_break]\nevery = "20m"\nduration = "5m"\n[prompts]\nheads_up = "0s"\n')
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()

    assert s.run_cli("break", "micro").returncode == 0
    s.wait_window("^Micro-break$", timeout=10)
    restart(s)
    assert s.status()["prompt"] == "micro", s.status()
    s.wait_window("^Micro-break$", timeout=10)  # the restored prompt has its window
    s.screenshot("restored-break")
    s.xdotool("windowactivate", "--sync", s.windows("^Micro-break$")[0])
    s.key("alt+e")
    s.wait_no_window("^Micro-break$", timeout=10)
    assert s.status()["prompt"] is None

    assert s.run_cli("breathe", "--minutes", "2").returncode == 0
    s.wait_window("^Breathing$", timeout=10)
    restart(s)
    st = s.status()
    assert st["breathing"]["active"], st
    s.wait_window("^Breathing$", timeout=10)  # the restored session has its window
    s.screenshot("restored-breathing")
    # A second session is refused while this one runs, and stopping it (Escape closes the window) ends it.
    s.xdotool("windowactivate", "--sync", s.windows("^Breathing$")[0])
    s.key("Escape")
    s.wait_no_window("^Breathing$", timeout=10)
    s.wait_for(lambda: not s.status()["breathing"]["active"], 5, what="breathing ended with its window")


if __name__ == "__main__":
    sys.exit(run_test(test))
