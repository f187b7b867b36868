#!/usr/bin/python3
"""Lock is away even when the idle monitor keeps reporting: a locked session stays "away" (no screen time) while
the X11 idle watches fire behind the lock screen, and unlocking makes the user active again."""
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'platform'))
from harness import run_test  # noqa: E402
from presence_mocks import Logind  # noqa: E402


def test(s):
    logind = Logind(s)
    s.write_config('[micro_break]\nevery = "1m"\nduration = "30s"\n[prompts]\nheads_up = "0s"\n')
    s.start_app(env={'RESPITE_IDLE_BACKEND': 'xsync'}, wait_socket=True)
    s.wait_for(logind.respite_inhibits, 10, what='Respite sleep delay inhibitor')
    s.user_input()
    logind.lock()
    s.wait_for(lambda: s.status()['presence'] == 'away', 5, what='away when locked')
    before = s.status()['today']['screen_time_s']
    # Behind the lock screen the 5 s activity threshold passes: still away, no screen time counted.
    time.sleep(8)
    st = s.status()
    assert st['presence'] == 'away', 'locked session reported as %s' % st['presence']
    assert st['today']['screen_time_s'] - before <= 1, 'screen time counted while locked'
    logind.unlock()
    s.wait_for(lambda: s.status()['presence'] == 'active', 5, what='active when unlocked')


sys.exit(run_test(test, watcher=True, notifications=True))
