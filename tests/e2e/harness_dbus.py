#!/usr/bin/python3
"""Part of the e2e harness (see harness.py): the StatusNotifierItem / dbusmenu and notification (dbusmock)
helpers of Session. Needs self.bus, self.watcher_log, self.app_started_at and self.wait_for from Session."""
import json
import os

import dbus

NOTIFY_NAME = "org.freedesktop.Notifications"
NOTIFY_PATH = "/org/freedesktop/Notifications"
MOCK_IFACE = "org.freedesktop.DBus.Mock"
WATCHER_NAME = "org.kde.StatusNotifierWatcher"
SNI_IFACE = "org.kde.StatusNotifierItem"
MENU_IFACE = "com.canonical.dbusmenu"


def _strip_mnemonic(label):
    out, i = [], 0
    while i < len(label):
        if label[i] == "_":
            if i + 1 < len(label) and label[i + 1] == "_":
                out.append("_")
                i += 2
                continue
            i += 1
            continue
        out.append(label[i])
        i += 1
    return "".join(out)


def _plain(v):
    """dbus-python values -> plain Python values."""
    if isinstance(v, (dbus.Boolean,)):
        return bool(v)
    if isinstance(v, (dbus.Int16, dbus.Int32, dbus.Int64, dbus.UInt16, dbus.UInt32, dbus.UInt64, dbus.Byte)):
        return int(v)
    if isinstance(v, dbus.Double):
        return float(v)
    if isinstance(v, (dbus.String, dbus.ObjectPath, dbus.Signature)):
        return str(v)
    if isinstance(v, dbus.Dictionary):
        return {_plain(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (dbus.Array, dbus.Struct, list, tuple)):
        if isinstance(v, dbus.Array) and v.signature == "y":
            return bytes(v)
        return [_plain(x) for x in v]
    return v


class TrayBusMixin:
    """Reads the tray item and its menu over D-Bus, clicks items, and reads/answers notifications."""

    # ----------------------------------------------------------------- tray (StatusNotifierItem + dbusmenu)
    def registrations(self):
        """Registrations the fake watcher received: [{"t", "sender", "service", "item"}]."""
        if not self.watcher_log or not os.path.exists(self.watcher_log):
            return []
        with open(self.watcher_log) as f:
            return [json.loads(line) for line in f if line.strip()]

    def registered_items(self):
        """The watcher's RegisteredStatusNotifierItems ("busname/path")."""
        obj = self.bus.get_object(WATCHER_NAME, "/StatusNotifierWatcher")
        return [str(x) for x in obj.Get(WATCHER_NAME, "RegisteredStatusNotifierItems",
                                        dbus_interface=dbus.PROPERTIES_IFACE)]

    def wait_registered(self, timeout=30.0):
        """Waits for the first item registration and returns its "busname/path". It takes about 0.1 s; the timeout
        is for `make test`, which runs six e2e tests at once, on two cores in CI, where starts took over 10 s."""
        return self.wait_for(lambda: self.registered_items() and self.registered_items()[0], timeout,
                             what="tray item registration")

    def registration_latency(self):
        """Seconds from app launch to the first registration at the watcher (None when none)."""
        regs = self.registrations()
        return regs[0]["t"] - self.app_started_at if regs and self.app_started_at else None

    @staticmethod
    def _split_item(item):
        i = item.index("/")
        return item[:i], item[i:]

    def item_properties(self, item=None):
        """All org.kde.StatusNotifierItem properties of the item (default: the first registered)."""
        bus_name, path = self._split_item(item or self.registered_items()[0])
        obj = self.bus.get_object(bus_name, path)
        return _plain(obj.GetAll(SNI_IFACE, dbus_interface=dbus.PROPERTIES_IFACE))

    def _menu_object(self, item=None):
        bus_name, path = self._split_item(item or self.registered_items()[0])
        menu_path = self.item_properties(item)["Menu"]
        return self.bus.get_object(bus_name, menu_path)

    def menu_layout(self, item=None):
        """The item's dbusmenu as a tree: {"id", "label", "enabled", "visible", "type", "toggle-type",
        "toggle-state", "children": [...]}; labels without mnemonic underscores."""
        menu = self._menu_object(item)
        _rev, root = menu.GetLayout(0, -1, dbus.Array([], signature="s"), dbus_interface=MENU_IFACE)

        def conv(node):
            nid, props, children = node
            props = _plain(props)
            raw = props.get("label", "")
            return {
                "id": int(nid),
                "label": _strip_mnemonic(raw),
                "raw_label": raw,
                "enabled": props.get("enabled", True),
                "visible": props.get("visible", True),
                "type": props.get("type", "standard"),
                "toggle-type": props.get("toggle-type", ""),
                "toggle-state": props.get("toggle-state", -1),
                "props": props,
                "children": [conv(c) for c in children],
            }
        return conv(root)

    def menu_labels(self, node=None, visible_only=True):
        """Labels of the top-level items (separators left out)."""
        node = node or self.menu_layout()
        return [c["label"] for c in node["children"]
                if c["type"] != "separator" and (c["visible"] or not visible_only)]

    def find_menu_item(self, path, item=None):
        """The node at a label path like ["Quick meditation", "1 min"]: exact label first, then prefix."""
        node = self.menu_layout(item)
        for want in path:
            kids = [c for c in node["children"] if c["type"] != "separator" and c["visible"]]
            match = [c for c in kids if c["label"] == want] or \
                [c for c in kids if c["label"].lower().startswith(want.lower())]
            if not match:
                raise KeyError("no menu item %r among %r" % (want, [c["label"] for c in kids]))
            node = match[0]
        return node

    def click(self, path, item=None):
        """Clicks a menu item by label path via com.canonical.dbusmenu.Event(id, "clicked")."""
        node = self.find_menu_item(path, item)
        menu = self._menu_object(item)
        menu.Event(dbus.Int32(node["id"]), "clicked", dbus.String("", variant_level=1), dbus.UInt32(0),
                   dbus_interface=MENU_IFACE)
        return node

    # ----------------------------------------------------------------- notifications (dbusmock)
    def notifications(self):
        """Notify calls the dbusmock server received: [{"id", "app_name", "replaces_id", "icon", "summary",
        "body", "actions": {key: label}, "hints", "timeout", "time"}], in order."""
        mock = self.bus.get_object(NOTIFY_NAME, NOTIFY_PATH)
        out, next_id = [], 1
        for stamp, method, args in mock.GetCalls(dbus_interface=MOCK_IFACE):
            if str(method) != "Notify":
                continue
            a = _plain(args)
            if a[1]:
                nid = a[1]
            else:
                nid, next_id = next_id, next_id + 1
            acts = a[5]
            out.append({"id": nid, "app_name": a[0], "replaces_id": a[1], "icon": a[2], "summary": a[3],
                        "body": a[4], "actions": dict(zip(acts[0::2], acts[1::2])), "hints": a[6],
                        "timeout": a[7], "time": int(stamp)})
        return out

    def notification_calls(self, method=None):
        """All (method, args) calls on the mock server (e.g. "CloseNotification")."""
        mock = self.bus.get_object(NOTIFY_NAME, NOTIFY_PATH)
        return [(str(m), _plain(a)) for _t, m, a in mock.GetCalls(dbus_interface=MOCK_IFACE)
                if method is None or str(m) == method]

    def invoke_notification_action(self, nid, key, close=True):
        """Emits ActionInvoked(nid, key) as a server does when a button is clicked (then NotificationClosed)."""
        mock = self.bus.get_object(NOTIFY_NAME, NOTIFY_PATH)
        mock.EmitSignal(NOTIFY_NAME, "ActionInvoked", "us", [dbus.UInt32(nid), key], dbus_interface=MOCK_IFACE)
        if close:
            mock.EmitSignal(NOTIFY_NAME, "NotificationClosed", "uu", [dbus.UInt32(nid), dbus.UInt32(2)],
                            dbus_interface=MOCK_IFACE)
