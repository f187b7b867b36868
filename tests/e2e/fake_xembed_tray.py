#!/usr/bin/python3
"""A minimal XEmbed system tray (freedesktop System Tray spec) for end-to-end tests, in plain Xlib via ctypes.

Owns _NET_SYSTEM_TRAY_S<screen>, announces itself with MANAGER, and docks every icon that sends
SYSTEM_TRAY_REQUEST_DOCK into a small strip at the top right of the screen (24x24 px each). With --log FILE
each dock request is appended as a JSON line {"t": unix time, "window": icon window id, "x", "y"} so tests
can find and click the icon.
"""
import argparse
import ctypes
import ctypes.util
import json
import signal
import sys
import time

X = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
c_dpy = ctypes.c_void_p
Window = Atom = ctypes.c_ulong


class ClientMessageData(ctypes.Union):
    _fields_ = [("b", ctypes.c_char * 20), ("s", ctypes.c_short * 10), ("l", ctypes.c_long * 5)]


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", c_dpy), ("window", Window), ("message_type", Atom), ("format", ctypes.c_int),
                ("data", ClientMessageData)]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]


def _sig(name, res, *args):
    f = getattr(X, name)
    f.restype = res
    f.argtypes = list(args)


_sig("XOpenDisplay", c_dpy, ctypes.c_char_p)
_sig("XDefaultScreen", ctypes.c_int, c_dpy)
_sig("XDisplayWidth", ctypes.c_int, c_dpy, ctypes.c_int)
_sig("XRootWindow", Window, c_dpy, ctypes.c_int)
_sig("XCreateSimpleWindow", Window, c_dpy, Window, ctypes.c_int, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
     ctypes.c_uint, ctypes.c_ulong, ctypes.c_ulong)
_sig("XInternAtom", Atom, c_dpy, ctypes.c_char_p, ctypes.c_int)
_sig("XSetSelectionOwner", ctypes.c_int, c_dpy, Atom, Window, ctypes.c_ulong)
_sig("XGetSelectionOwner", Window, c_dpy, Atom)
_sig("XSendEvent", ctypes.c_int, c_dpy, Window, ctypes.c_int, ctypes.c_long, ctypes.POINTER(XEvent))
_sig("XNextEvent", ctypes.c_int, c_dpy, ctypes.POINTER(XEvent))
_sig("XPending", ctypes.c_int, c_dpy)
_sig("XReparentWindow", ctypes.c_int, c_dpy, Window, Window, ctypes.c_int, ctypes.c_int)
_sig("XResizeWindow", ctypes.c_int, c_dpy, Window, ctypes.c_uint, ctypes.c_uint)
_sig("XMapWindow", ctypes.c_int, c_dpy, Window)
_sig("XMapRaised", ctypes.c_int, c_dpy, Window)
_sig("XSelectInput", ctypes.c_int, c_dpy, Window, ctypes.c_long)
_sig("XFlush", ctypes.c_int, c_dpy)
_sig("XConnectionNumber", ctypes.c_int, c_dpy)
_sig("XStoreName", ctypes.c_int, c_dpy, Window, ctypes.c_char_p)

CLIENT_MESSAGE = 33
STRUCTURE_NOTIFY_MASK = 1 << 17
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
REQUEST_DOCK = 0
XEMBED_EMBEDDED_NOTIFY = 0
ICON = 24


def client_message(dpy, target, mtype, data, mask=0, window=None):
    ev = XEvent()
    ev.xclient.type = CLIENT_MESSAGE
    ev.xclient.window = window if window is not None else target
    ev.xclient.message_type = mtype
    ev.xclient.format = 32
    for i, v in enumerate(data):
        ev.xclient.data.l[i] = v
    X.XSendEvent(dpy, target, 0, mask, ctypes.byref(ev))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log")
    args = ap.parse_args()
    dpy = X.XOpenDisplay(None)
    if not dpy:
        print("fake_xembed_tray: cannot open display", file=sys.stderr)
        return 1
    screen = X.XDefaultScreen(dpy)
    root = X.XRootWindow(dpy, screen)
    width = 8 * ICON
    tray = X.XCreateSimpleWindow(dpy, root, X.XDisplayWidth(dpy, screen) - width, 0, width, ICON + 4, 0, 0,
                                 0x3a3f44)
    X.XStoreName(dpy, tray, b"Fake XEmbed tray")
    X.XSelectInput(dpy, tray, STRUCTURE_NOTIFY_MASK | SUBSTRUCTURE_NOTIFY_MASK)
    X.XMapRaised(dpy, tray)
    selection = X.XInternAtom(dpy, b"_NET_SYSTEM_TRAY_S%d" % screen, 0)
    opcode = X.XInternAtom(dpy, b"_NET_SYSTEM_TRAY_OPCODE", 0)
    manager = X.XInternAtom(dpy, b"MANAGER", 0)
    xembed = X.XInternAtom(dpy, b"_XEMBED", 0)
    X.XSetSelectionOwner(dpy, selection, tray, 0)
    if X.XGetSelectionOwner(dpy, selection) != tray:
        print("fake_xembed_tray: could not own the tray selection", file=sys.stderr)
        return 1
    client_message(dpy, root, manager, [0, selection, tray, 0, 0], STRUCTURE_NOTIFY_MASK, window=root)
    X.XFlush(dpy)
    print("ready", flush=True)
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    docked = []
    ev = XEvent()
    while True:
        X.XNextEvent(dpy, ctypes.byref(ev))
        if ev.type != CLIENT_MESSAGE or ev.xclient.message_type != opcode:
            continue
        if ev.xclient.data.l[1] != REQUEST_DOCK:
            continue
        icon = ev.xclient.data.l[2] & 0xFFFFFFFF
        if icon in docked:
            continue
        x = 2 + len(docked) * (ICON + 2)
        docked.append(icon)
        X.XReparentWindow(dpy, icon, tray, x, 2)
        X.XResizeWindow(dpy, icon, ICON, ICON)
        client_message(dpy, icon, xembed, [0, XEMBED_EMBEDDED_NOTIFY, 0, tray, 0])
        X.XMapRaised(dpy, icon)
        X.XFlush(dpy)
        if args.log:
            with open(args.log, "a") as f:
                f.write(json.dumps({"t": time.time(), "window": icon, "x": X.XDisplayWidth(dpy, screen) - width + x,
                                    "y": 2}) + "\n")


if __name__ == "__main__":
    sys.exit(main())
