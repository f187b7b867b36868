#!/usr/bin/python3
"""Busy: a fullscreen window (a GTK window under openbox) defers a due break; leaving fullscreen shows it.
Idle detection is "always-present" so the missing input during the wait is no natural break."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'platform'))
from harness import run_test  # noqa: E402
from presence_mocks import FullscreenWindow  # noqa: E402

BREAK_WINDOW = '^Micro-break$'


def test(s):
    s.write_config('[micro_break]\nevery = "1m"\nduration = "5s"\n[prompts]\nheads_up = "0s"\n')
    s.start_app(env={'RESPITE_IDLE_BACKEND': 'always-present'}, wait_socket=True)
    window = FullscreenWindow(s)
    window.full()
    st = s.wait_for(lambda: (lambda j: j if j['busy'] else None)(s.status()), 5, what='busy while fullscreen')
    assert st['busy_reason'] == 'fullscreen', st
    s.screenshot('fullscreen')

    # The micro-break falls due while fullscreen: deferred, not shown.
    st = s.wait_for(lambda: (lambda j: j if j['deferred'] else None)(s.status()), 75, interval=0.5,
                    what='micro-break deferred')
    assert st['deferred'] == 'micro' and st['prompt'] is None, st
    assert st['deferred_reason'] == 'fullscreen', st
    assert not s.windows(BREAK_WINDOW), 'break window shown over a fullscreen window'

    # Leaving fullscreen: the waiting break is shown at once.
    window.unfull()
    s.wait_for(lambda: s.status()['prompt'] == 'micro', 5, what='micro-break prompted after fullscreen ends')
    s.wait_window(BREAK_WINDOW, timeout=5)
    st = s.status()
    assert not st['busy'] and not st['deferred'], st
    s.screenshot('break-after-fullscreen')


sys.exit(run_test(test, watcher=True, notifications=True, wm=True))
