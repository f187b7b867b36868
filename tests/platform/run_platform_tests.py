#!/usr/bin/python3
"""Run the presence adapter tests (platform_tests) in a private desktop: Xvfb + openbox, a private session bus and
a private "system" bus, with python3-dbusmock standing in for logind, timedated, GNOME ScreenSaver, Mutter's
IdleMonitor, GNOME SessionManager and a notification server.

usage: run_platform_tests.py <platform_tests binary> [doctest args...]
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = '/usr/bin/python3'

BUS_CONFIG = '''<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
'''


def wait_for(pred, timeout=10.0, what='condition'):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        time.sleep(0.05)
    raise RuntimeError(f'timed out waiting for {what}')


def free_display():
    for n in range(70, 200):
        if not os.path.exists(f'/tmp/.X11-unix/X{n}') and not os.path.exists(f'/tmp/.X{n}-lock'):
            return n
    raise RuntimeError('no free X display number')


def has_owner(env, bus, name):
    r = subprocess.run(['gdbus', 'call', '--' + bus, '--dest', 'org.freedesktop.DBus', '--object-path',
                        '/org/freedesktop/DBus', '--method', 'org.freedesktop.DBus.NameHasOwner', name],
                       env=env, capture_output=True, text=True)
    return 'true' in r.stdout


def mock_call(env, bus, dest, path, method, *args):
    subprocess.run(['gdbus', 'call', '--' + bus, '--dest', dest, '--object-path', path, '--method', method, *args],
                   env=env, check=True, capture_output=True, text=True)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix='respite-platform-')
    procs = []
    env = {k: v for k, v in os.environ.items() if k not in ('WAYLAND_DISPLAY', 'DBUS_SESSION_BUS_ADDRESS')}
    try:
        for bus in ('session', 'system'):
            sock = os.path.join(tmp, bus + '.sock')
            conf = os.path.join(tmp, bus + '.conf')
            with open(conf, 'w') as f:
                f.write(BUS_CONFIG.format(path=sock))
            procs.append(subprocess.Popen(['dbus-daemon', '--nofork', '--config-file=' + conf]))
            wait_for(lambda: os.path.exists(sock), what=bus + ' bus')
            env['DBUS_SESSION_BUS_ADDRESS' if bus == 'session' else 'DBUS_SYSTEM_BUS_ADDRESS'] = 'unix:path=' + sock
        display = free_display()
        procs.append(subprocess.Popen(['Xvfb', f':{display}', '-screen', '0', '1024x768x24', '-nolisten', 'tcp'],
                                      stderr=subprocess.DEVNULL))
        wait_for(lambda: os.path.exists(f'/tmp/.X11-unix/X{display}'), what='Xvfb')
        env['DISPLAY'] = f':{display}'
        env['XDG_SESSION_TYPE'] = 'x11'
        env['XDG_SESSION_ID'] = 'c1'
        env['GSETTINGS_BACKEND'] = 'memory'
        env['NO_AT_BRIDGE'] = '1'
        env['HOME'] = tmp
        env['XDG_CONFIG_HOME'] = os.path.join(tmp, 'config')
        procs.append(subprocess.Popen(['openbox', '--sm-disable'], env=env, stderr=subprocess.DEVNULL))

        mocks = [
            ('system', 'org.freedesktop.login1', ['--system', '--template', 'logind']),
            ('system', 'org.freedesktop.timedate1', ['--system', '--template', 'timedated']),
            ('session', 'org.gnome.ScreenSaver', ['--template', 'gnome_screensaver']),
            ('session', 'org.gnome.Mutter.IdleMonitor', ['--template', os.path.join(HERE, 'mutter_idle_template.py')]),
            ('session', 'org.gnome.SessionManager',
             ['org.gnome.SessionManager', '/org/gnome/SessionManager', 'org.gnome.SessionManager']),
            ('session', 'org.freedesktop.Notifications', ['--template', 'notification_daemon']),
            # KDE's and Xfce's power managers: HasInhibit counts the org.freedesktop.ScreenSaver.Inhibit holders.
            ('session', 'org.freedesktop.PowerManagement',
             ['org.freedesktop.PowerManagement', '/org/freedesktop/PowerManagement/Inhibit',
              'org.freedesktop.PowerManagement.Inhibit']),
        ]
        for bus, name, args in mocks:
            procs.append(subprocess.Popen([PY, '-m', 'dbusmock', *args], env=env, stdout=subprocess.DEVNULL))
        for bus, name, _ in mocks:
            wait_for(lambda: has_owner(env, bus, name), what=name)

        login1 = ('system', 'org.freedesktop.login1', '/org/freedesktop/login1')
        mock_call(env, *login1, 'org.freedesktop.DBus.Mock.AddSession', 'c1', 'seat0', '1000', 'user', 'true')
        sm = ('session', 'org.gnome.SessionManager', '/org/gnome/SessionManager')
        mock_call(env, *sm, 'org.freedesktop.DBus.Mock.AddProperty', 'org.gnome.SessionManager',
                  'InhibitedActions', '<uint32 0>')
        mock_call(env, *sm, 'org.freedesktop.DBus.Mock.AddMethod', 'org.gnome.SessionManager', 'IsInhibited', 'u',
                  'b', 'ret = (self.Get("org.gnome.SessionManager", "InhibitedActions") & args[0]) != 0')
        pm = ('session', 'org.freedesktop.PowerManagement', '/org/freedesktop/PowerManagement/Inhibit')
        mock_call(env, *pm, 'org.freedesktop.DBus.Mock.AddProperty', 'org.freedesktop.PowerManagement.Inhibit',
                  'MockHasInhibit', '<false>')
        mock_call(env, *pm, 'org.freedesktop.DBus.Mock.AddMethod', 'org.freedesktop.PowerManagement.Inhibit',
                  'HasInhibit', '', 'b', 'ret = self.Get("org.freedesktop.PowerManagement.Inhibit", "MockHasInhibit")')
        notif = ('session', 'org.freedesktop.Notifications', '/org/freedesktop/Notifications')
        mock_call(env, *notif, 'org.freedesktop.DBus.Mock.AddProperty', 'org.freedesktop.Notifications',
                  'Inhibited', '<false>')

        env['RESPITE_TEST_DESKTOP'] = '1'
        env['RESPITE_TEST_DIR'] = HERE
        r = subprocess.run([binary, *sys.argv[2:]], env=env)
        return r.returncode
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=5)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
