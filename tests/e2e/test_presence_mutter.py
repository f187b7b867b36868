#!/usr/bin/python3
"""Presence, GNOME idle backend against a python3-dbusmock Mutter IdleMonitor: the app watches the configured
break lengths, idle watches firing make it idle (a natural break once the micro length is reached), the one-shot
user-active watch makes it active again."""
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'platform'))
from harness import run_test  # noqa: E402
from presence_mocks import MutterIdle  # noqa: E402


def test(s):
    mutter = MutterIdle(s)
    s.write_config('[micro_break]\nevery = "1m"\nduration = "8s"\n[rest_break]\nduration = "2m"\n'
                   '[prompts]\nheads_up = "0s"\n')
    s.start_app(wait_socket=True)
    s.wait_for(lambda: 'idle detection: mutter' in s.app_log(), 10, what='mutter backend chosen')
    # Watches follow the configuration: the activity threshold and each break length.
    s.wait_for(lambda: sorted(mutter.watches().values()) == [5000, 8000, 120000], 10,
               what='idle watches 5 s, 8 s, 2 min (have %s)' % mutter.watches())
    s.wait_for(lambda: s.status()['micro']['due_in_s'] <= 57, 10, what='the micro counter to run')

    # Mutter fires each watch when the idle time reaches it; the mock is told so in real time.
    mutter.set_idletime(5000)
    idle_at = time.monotonic()
    st = s.wait_for(lambda: (lambda j: j if j['presence'] == 'idle' else None)(s.status()), 5, what='idle')
    assert st['micro']['due_in_s'] < 59, st['micro']
    time.sleep(max(0.0, 3.0 - (time.monotonic() - idle_at)))
    mutter.set_idletime(8000)  # idle for 8 s: the micro-break has been taken naturally
    s.wait_for(lambda: s.status()['micro']['due_in_s'] >= 59, 5, what='natural micro-break')
    assert 0 in mutter.watches().values(), 'no user-active watch while idle: %s' % mutter.watches()

    mutter.activity()
    s.wait_for(lambda: s.status()['presence'] == 'active', 5, what='active after input')
    assert 0 not in mutter.watches().values()

    # A reload with other break lengths re-arms the watches.
    s.write_config('[micro_break]\nevery = "1m"\nduration = "30s"\n[rest_break]\nduration = "2m"\n')
    r = s.run_cli('reload')
    assert r.returncode == 0, r.stdout + r.stderr
    s.wait_for(lambda: sorted(mutter.watches().values()) == [5000, 30000, 120000], 10,
               what='watches after reload (have %s)' % mutter.watches())


sys.exit(run_test(test, watcher=True, notifications=True))
