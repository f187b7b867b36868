#!/usr/bin/python3
"""Issue 8 §3: `respite break rest` mapped three windows within 12 ms (Rest break, Micro-break, Rest break): the
effects and the status they produced reached the GUI in two tasks, so the window was first built from a stale
status. Now one window maps, once, watched through X map events. A break the user asked for offers "End break"
(not Skip or Postpone) and ending it spends no skip."""
import sys
import time

from harness import run_test
from harness_engine import MapWatcher

BREAK_TITLES = ("Rest break", "Micro-break")


def test(s):
    s.write_config('[rest_break]\nevery = "2h"\nduration = "5m"\n[prompts]\nheads_up = "0s"\n')
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()
    skips = s.status()["skips_left"]
    watcher = MapWatcher(s)
    try:
        r = s.run_cli("break", "rest")
        assert r.returncode == 0, r.stderr
        s.wait_window("^Rest break$", timeout=10)
        time.sleep(2)  # any second map would have come within milliseconds
        maps = watcher.titles(BREAK_TITLES)
    finally:
        watcher.stop()
    assert maps == ["Rest break"], "break windows mapped: %r" % maps

    st = s.status()
    assert st["prompt"] == "rest" and st["prompt_reason"] == "user", st
    assert not st["can_skip"] and not st["can_postpone"], st
    s.screenshot("user-break")
    wid = s.windows("^Rest break$")[0]
    s.xdotool("windowactivate", "--sync", wid)
    s.key("alt+e")  # End break
    s.wait_no_window("^Rest break$", timeout=10)
    st = s.status()
    assert st["prompt"] is None, st
    assert st["skips_left"] == skips, (skips, st)


if __name__ == "__main__":
    sys.exit(run_test(test))
