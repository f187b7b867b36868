"""Helpers for tests/e2e/test_presence_*.py on top of tests/e2e/harness.py: a private "system" bus with a
python3-dbusmock logind, a mocked Mutter IdleMonitor on the session bus, and a GTK window that goes fullscreen
on command. Every process is started through the Session, so its teardown stops them."""
import os
import subprocess

import dbus

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = '/usr/bin/python3'
E2E = os.path.join(os.path.dirname(HERE), 'e2e')
LOGIN1 = 'org.freedesktop.login1'
LOGIN1_PATH = '/org/freedesktop/login1'
MOCK_IFACE = 'org.freedesktop.DBus.Mock'
MUTTER = 'org.gnome.Mutter.IdleMonitor'
MUTTER_PATH = '/org/gnome/Mutter/IdleMonitor/Core'


class Logind:
    """A private system bus (DBUS_SYSTEM_BUS_ADDRESS in the session env) with dbusmock's logind and session c1
    (XDG_SESSION_ID=c1). Start it before the app."""

    def __init__(self, s):
        self.s = s
        p = s._spawn('system-dbus', ['dbus-daemon', '--nofork', '--config-file', os.path.join(E2E, 'session.conf'),
                                     '--print-address=1'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.address = p.stdout.readline().decode().strip()
        if not self.address:
            raise RuntimeError('system dbus-daemon did not start')
        s.env['DBUS_SYSTEM_BUS_ADDRESS'] = self.address
        s.env['XDG_SESSION_ID'] = 'c1'
        self.bus = dbus.bus.BusConnection(self.address)
        s._spawn('logind-mock', [PYTHON, '-m', 'dbusmock', '--system', '--template', 'logind'])
        s.wait_for(lambda: self.bus.name_has_owner(LOGIN1), 10, what='mocked logind')
        self.manager = self.bus.get_object(LOGIN1, LOGIN1_PATH)
        self.manager.AddSession('c1', 'seat0', dbus.UInt32(1000), 'user', True, dbus_interface=MOCK_IFACE)
        self.session = self.bus.get_object(LOGIN1, LOGIN1_PATH + '/session/c1')

    def inhibitors(self):
        """[(what, who, why, mode, uid, pid)] currently held."""
        return [tuple(map(str, i[:4])) for i in
                self.manager.ListInhibitors(dbus_interface='org.freedesktop.login1.Manager')]

    def respite_inhibits(self):
        return any(who == 'Respite' and what == 'sleep' and mode == 'delay' for what, who, _, mode in
                   self.inhibitors())

    def prepare_for_sleep(self, going):
        self.manager.EmitSignal('org.freedesktop.login1.Manager', 'PrepareForSleep', 'b', [dbus.Boolean(going)],
                                dbus_interface=MOCK_IFACE)

    def lock(self):
        self.session.Lock(dbus_interface='org.freedesktop.login1.Session')

    def unlock(self):
        self.session.Unlock(dbus_interface='org.freedesktop.login1.Session')


class MutterIdle:
    """A mocked org.gnome.Mutter.IdleMonitor on the session bus (tests/platform/mutter_idle_template.py)."""

    def __init__(self, s):
        s._spawn('mutter-mock', [PYTHON, '-m', 'dbusmock', '--template', os.path.join(HERE, 'mutter_idle_template.py')])
        s.wait_for(lambda: s.name_has_owner(MUTTER), 10, what='mocked Mutter IdleMonitor')
        self.obj = s.bus.get_object(MUTTER, MUTTER_PATH)

    def watches(self):
        """{id: interval ms}; interval 0 = user-active watch."""
        return {int(k): int(v) for k, v in self.obj.ListWatches(dbus_interface=MUTTER + '.Mock')}

    def set_idletime(self, ms):
        self.obj.SetIdletime(dbus.UInt64(ms), dbus_interface=MUTTER + '.Mock')

    def activity(self):
        self.obj.Activity(dbus_interface=MUTTER + '.Mock')


class FullscreenWindow:
    """tests/platform/fullscreen_window.py: a GTK window; full() / unfull() / quit()."""

    def __init__(self, s):
        self.p = s._spawn('fullscreen-window', [PYTHON, os.path.join(HERE, 'fullscreen_window.py')],
                          stdin=subprocess.PIPE)
        self.wid = s.wait_window('^respite-fullscreen-test$')

    def _send(self, cmd):
        self.p.stdin.write((cmd + '\n').encode())
        self.p.stdin.flush()

    def full(self):
        self._send('full')

    def unfull(self):
        self._send('unfull')

    def quit(self):
        self._send('quit')
