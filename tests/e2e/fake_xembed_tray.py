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
_sig("XChangeProperty", ctypes.c_int, c_dpy, Window, Atom, Atom, ctypes.c_int, ctypes.c_int, ctypes.c_void_p,
     ctypes.c_int)


class XSizeHints(ctypes.Structure):
    _fields_ = [("flags", ctypes.c_long), ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                ("height", ctypes.c_int), ("min_width", ctypes.c_int), ("min_height", ctypes.c_int),
                ("max_width", ctypes.c_int), ("max_height", ctypes.c_int), ("width_inc", ctypes.c_int),
                ("height_inc", ctypes.c_int), ("min_aspect", ctypes.c_int * 2), ("max_aspect", ctypes.c_int * 2),
                ("base_width", ctypes.c_int), ("base_height", ctypes.c_int), ("win_gravity", ctypes.c_int)]


_sig("XSetWMNormalHints", None, c_dpy, Window, ctypes.POINTER(XSizeHints))

CLIENT_MESSAGE = 33
STRUCTURE_NOTIFY_MASK = 1 << 17
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
REQUEST_DOCK = 0
XEMBED_EMBEDDED_NOTIFY = 0
XA_ATOM = 4
PROP_MODE_REPLACE = 0
US_POSITION, P_POSITION, P_SIZE = 1 << 0, 1 << 2, 1 << 3
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
    # A panel, as the tray is on a desktop: a dock window where it asks to be (a window manager keeps docks above
    # ordinary windows and does not place them), so a window the app opens never covers the icon.
    dock = (Atom * 1)(X.XInternAtom(dpy, b"_NET_WM_WINDOW_TYPE_DOCK", 0))
    X.XChangeProperty(dpy, tray, X.XInternAtom(dpy, b"_NET_WM_WINDOW_TYPE", 0), XA_ATOM, 32, PROP_MODE_REPLACE,
                      ctypes.cast(dock, ctypes.c_void_p), 1)
    hints = XSizeHints(flags=US_POSITION | P_POSITION | P_SIZE, x=X.XDisplayWidth(dpy, screen) - width, y=0,
                       width=width, height=ICON + 4)
    X.XSetWMNormalHints(dpy, tray, ctypes.byref(hints))
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
