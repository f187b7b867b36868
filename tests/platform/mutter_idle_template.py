'''dbusmock template: org.gnome.Mutter.IdleMonitor (idle and user-active watches).

Test control on the same object, interface org.gnome.Mutter.IdleMonitor.Mock:
  SetIdletime(t ms)  -- the user has been idle for ms: fire every idle watch whose interval was just reached
  Activity()         -- input arrived: fire and drop the user-active watches, re-arm idle watches
  ListWatches() -> a(ut)  (interval 0 = user-active watch)
'''
import dbus

from dbusmock import mockobject

BUS_NAME = 'org.gnome.Mutter.IdleMonitor'
MAIN_OBJ = '/org/gnome/Mutter/IdleMonitor/Core'
MAIN_IFACE = 'org.gnome.Mutter.IdleMonitor'
MOCK_IFACE = 'org.gnome.Mutter.IdleMonitor.Mock'
SYSTEM_BUS = False


def load(mock, _parameters):
    mock.watches = {}  # id -> interval ms (0: user active)
    mock.fired = set()
    mock.next_id = 1
    mock.idletime = 0


def _add(self, interval):
    wid = self.next_id
    self.next_id += 1
    self.watches[wid] = interval
    return dbus.UInt32(wid)


@dbus.service.method(MAIN_IFACE, in_signature='t', out_signature='u')
def AddIdleWatch(self, interval):
    return _add(self, int(interval))


@dbus.service.method(MAIN_IFACE, in_signature='', out_signature='u')
def AddUserActiveWatch(self):
    return _add(self, 0)


@dbus.service.method(MAIN_IFACE, in_signature='u', out_signature='')
def RemoveWatch(self, wid):
    self.watches.pop(int(wid), None)
    self.fired.discard(int(wid))


@dbus.service.method(MAIN_IFACE, in_signature='', out_signature='t')
def GetIdletime(self):
    return dbus.UInt64(self.idletime)


@dbus.service.method(MOCK_IFACE, in_signature='t', out_signature='')
def SetIdletime(self, ms):
    self.idletime = int(ms)
    for wid, interval in sorted(self.watches.items(), key=lambda kv: kv[1]):
        if interval > 0 and interval <= self.idletime and wid not in self.fired:
            self.fired.add(wid)
            self.EmitSignal(MAIN_IFACE, 'WatchFired', 'u', [dbus.UInt32(wid)])


@dbus.service.method(MOCK_IFACE, in_signature='', out_signature='')
def Activity(self):
    self.idletime = 0
    self.fired.clear()
    for wid, interval in list(self.watches.items()):
        if interval == 0:
            del self.watches[wid]
            self.EmitSignal(MAIN_IFACE, 'WatchFired', 'u', [dbus.UInt32(wid)])


@dbus.service.method(MOCK_IFACE, in_signature='', out_signature='a(ut)')
def ListWatches(self):
    return [(dbus.UInt32(k), dbus.UInt64(v)) for k, v in self.watches.items()]
