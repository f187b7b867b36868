#!/usr/bin/python3
"""Presence, X11 idle backend (XSync IDLETIME under Xvfb): no input for longer than the micro-break duration is a
natural break (the micro counter restarts); xdotool input makes the user active again. Read through
`respite status --json`."""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import run_test  # noqa: E402


def test(s):
    s.write_config('[micro_break]\nevery = "1m"\nduration = "8s"\n[prompts]\nheads_up = "0s"\n')
    s.start_app(env={'RESPITE_IDLE_BACKEND': 'xsync'}, wait_socket=True)
    s.wait_for(lambda: 'idle detection: xsync' in s.app_log(), 10, what='xsync backend chosen')

    # Typing for a few seconds: active, the micro counter runs.
    for _ in range(8):
        s.user_input()
        time.sleep(0.5)
    s.user_input()
    last_input = time.monotonic()
    st = s.status()
    assert st['presence'] == 'active', st
    assert st['micro']['due_in_s'] <= 57, st['micro']
    ran_down = st['micro']['due_in_s']

    # No input: idle after the short activity threshold (5 s) ...
    st = s.wait_for(lambda: (lambda j: j if j['presence'] == 'idle' else None)(s.status()), 8, interval=0.25,
                    what='presence idle')
    assert st['micro']['due_in_s'] <= ran_down, st['micro']  # 5 s idle is no 8 s break yet
    # ... and a natural micro-break the moment 8 s of idle complete: the counter starts over.
    st = s.wait_for(lambda: (lambda j: j if j['micro']['due_in_s'] >= 59 else None)(s.status()), 8, interval=0.25,
                    what='natural micro-break')
    took = time.monotonic() - last_input
    assert 7.5 <= took <= 10.0, 'natural break noticed after %.1f s without input' % took
    assert st['presence'] == 'idle' and st['prompt'] is None, st

    # Input: active again at once.
    s.user_input()
    s.wait_for(lambda: s.status()['presence'] == 'active', 3, interval=0.1, what='presence active after input')
    s.screenshot('active-again')


sys.exit(run_test(test, watcher=True, notifications=True))
