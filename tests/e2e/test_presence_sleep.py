#!/usr/bin/python3
"""Presence across sleep and lock, with a python3-dbusmock logind on a private system bus:
- Respite holds a logind sleep delay inhibitor; on PrepareForSleep(true) it saves its state, then releases it;
- a sleep longer than a rest break is away time: no prompt during or right after it, both counters restart, and
  no screen time is counted meanwhile; after PrepareForSleep(false) the inhibitor is taken again;
- session Lock/Unlock is away/active.
Idle detection is "always-present" here so only the session signals move presence."""
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'platform'))
from harness import run_test  # noqa: E402
from presence_mocks import Logind  # noqa: E402

REST = 60  # s, the shortest rest break the settings allow


def test(s):
    logind = Logind(s)
    s.write_config('[micro_break]\nevery = "1m"\nduration = "5s"\n'
                   '[rest_break]\nevery = "10m"\nduration = "1m"\n[prompts]\nheads_up = "0s"\n')
    s.start_app(env={'RESPITE_IDLE_BACKEND': 'always-present'}, wait_socket=True)
    s.wait_for(logind.respite_inhibits, 10, what='Respite sleep delay inhibitor')
    s.wait_for(lambda: s.status()['micro']['due_in_s'] <= 55, 10, what='the micro counter to run')
    before = s.status()
    assert before['presence'] == 'active', before

    # Going to sleep: state saved, then the inhibitor released so the machine may sleep.
    state = s.state_path()
    mtime = os.path.getmtime(state) if os.path.exists(state) else 0
    logind.prepare_for_sleep(True)
    s.wait_for(lambda: not logind.respite_inhibits(), 5, what='inhibitor released after PrepareForSleep(true)')
    assert os.path.exists(state) and os.path.getmtime(state) >= mtime, 'state not saved before sleep'
    assert s.status()['presence'] == 'away'

    # "Asleep" for longer than a rest break: the micro-break falls due meanwhile, but nobody is there.
    end = time.monotonic() + REST + 3
    while time.monotonic() < end:
        st = s.status()
        assert st['prompt'] is None and st['presence'] == 'away', 'prompt while asleep: %s' % st
        assert not s.windows('^Micro-break$|^Rest break$'), 'break window while asleep'
        time.sleep(2)
    asleep = s.status()
    assert asleep['today']['screen_time_s'] - before['today']['screen_time_s'] <= 3, 'sleep counted as screen time'

    logind.prepare_for_sleep(False)
    s.wait_for(logind.respite_inhibits, 5, what='inhibitor taken again after resume')
    st = s.wait_for(lambda: (lambda j: j if j['presence'] == 'active' else None)(s.status()), 5, what='active')
    # The sleep was a natural rest break (which covers the micro-break too): both counters start over.
    assert st['micro']['due_in_s'] >= 58, st['micro']
    assert st['rest']['due_in_s'] >= 598, st['rest']
    for _ in range(5):  # and nothing is prompted right after waking
        st = s.status()
        assert st['prompt'] is None, 'prompt right after resume: %s' % st
        time.sleep(1)
    assert not s.windows('^Micro-break$|^Rest break$'), 'break window right after resume'

    # Lock and unlock through the logind session.
    logind.lock()
    s.wait_for(lambda: s.status()['presence'] == 'away', 5, what='away when locked')
    logind.unlock()
    s.wait_for(lambda: s.status()['presence'] == 'active', 5, what='active when unlocked')


sys.exit(run_test(test, watcher=True, notifications=True))
