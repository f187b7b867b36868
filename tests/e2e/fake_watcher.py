#!/usr/bin/python3
"""A fake org.kde.StatusNotifierWatcher for end-to-end tests (DESIGN.md §7).

Owns org.kde.StatusNotifierWatcher on the session bus, accepts RegisterStatusNotifierItem (by bus name or
object path, as libayatana-appindicator sends it), and exposes the registered items through the
RegisteredStatusNotifierItems property. With --log FILE every registration is appended as one JSON line
{"t": unix time, "sender": unique name, "service": argument, "item": "busname/path"} so tests can read them
(and measure registration latency) without D-Bus.
"""
import argparse
import json
import signal
import sys
import time

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.kde.StatusNotifierWatcher"
PATH = "/StatusNotifierWatcher"
IFACE = "org.kde.StatusNotifierWatcher"


class Watcher(dbus.service.Object):
    def __init__(self, bus, log):
        super().__init__(bus, PATH)
        self.bus = bus
        self.log = log
        self.items = []  # "busname/path" strings
        self.hosts = []
        bus.add_signal_receiver(self._owner_changed, "NameOwnerChanged", "org.freedesktop.DBus",
                                "org.freedesktop.DBus", "/org/freedesktop/DBus")

    def _owner_changed(self, name, old, new):
        if new:
            return
        for item in [i for i in self.items if i.split("/", 1)[0] == name]:
            self.items.remove(item)
            self.StatusNotifierItemUnregistered(item)

    @dbus.service.method(IFACE, in_signature="s", out_signature="", sender_keyword="sender")
    def RegisterStatusNotifierItem(self, service, sender=None):
        if service.startswith("/"):
            item = sender + service
        else:
            item = service + "/StatusNotifierItem"
        if item not in self.items:
            self.items.append(item)
        if self.log:
            with open(self.log, "a") as f:
                f.write(json.dumps({"t": time.time(), "sender": str(sender), "service": str(service),
                                    "item": item}) + "\n")
        self.StatusNotifierItemRegistered(item)

    @dbus.service.method(IFACE, in_signature="s", out_signature="")
    def RegisterStatusNotifierHost(self, service):
        self.hosts.append(service)

    @dbus.service.signal(IFACE, signature="s")
    def StatusNotifierItemRegistered(self, item):
        pass

    @dbus.service.signal(IFACE, signature="s")
    def StatusNotifierItemUnregistered(self, item):
        pass

    @dbus.service.signal(IFACE, signature="")
    def StatusNotifierHostRegistered(self):
        pass

    def _props(self):
        return {
            "RegisteredStatusNotifierItems": dbus.Array(self.items, signature="s"),
            "IsStatusNotifierHostRegistered": dbus.Boolean(True),
            "ProtocolVersion": dbus.Int32(0),
        }

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="ss", out_signature="v")
    def Get(self, interface, prop):
        props = self._props()
        if prop not in props:
            raise dbus.exceptions.DBusException("no such property " + prop,
                                                name="org.freedesktop.DBus.Error.UnknownProperty")
        return props[prop]

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface):
        return self._props()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", help="append registrations as JSON lines to this file")
    args = ap.parse_args()
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    watcher = Watcher(bus, args.log)
    # Claim the name only after the object exists, so a client that sees the owner can call at once.
    name = dbus.service.BusName(NAME, bus, do_not_queue=True)
    loop = GLib.MainLoop()
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, loop.quit)
    print("ready", flush=True)
    loop.run()
    del name, watcher
    return 0


if __name__ == "__main__":
    sys.exit(main())
