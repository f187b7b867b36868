#!/usr/bin/python3
"""Issue 15 bug 7: Respite's own full-screen rest break made it report itself busy (fullscreen). Under a window
manager that makes the rest break window full screen and active, `status --json` says busy: false."""
import sys
import time

from harness import run_test


def test(s):
    s.write_config('[rest_break]\nevery = "2h"\nduration = "5m"\n[prompts]\nheads_up = "0s"\n')
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()
    assert s.run_cli("break", "rest").returncode == 0
    wid = s.wait_window("^Rest break$", timeout=10)
    s.xdotool("windowactivate", "--sync", wid)
    time.sleep(1.5)  # the fullscreen watcher follows _NET_ACTIVE_WINDOW and _NET_WM_STATE through X events
    state = s.xdotool("getactivewindow")
    assert state and int(state) == wid, (state, wid)
    st = s.status()
    assert not st["busy"], st
    assert st["busy_reason"] == "", st
    s.screenshot("own-fullscreen")


if __name__ == "__main__":
    sys.exit(run_test(test, wm=True))
