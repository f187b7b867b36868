#!/usr/bin/python3
"""Part of the e2e harness (see harness.py): X11 helpers of Session (xdotool, screenshots).
Needs self.env, self.tmp, self.artifacts, self.name, self._spawn and self.wait_for from Session."""
import ctypes
import json
import os
import socket
import struct
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"


def read_displayfd(r, proc, what):
    """The display (":N") an X server started with -displayfd writes to the pipe `r` (closed after)."""
    buf = b""
    deadline = time.monotonic() + 15
    while not buf.endswith(b"\n"):
        if time.monotonic() > deadline or proc.poll() is not None:
            raise RuntimeError(what + " did not start")
        chunk = os.read(r, 16)
        if not chunk:
            break
        buf += chunk
    os.close(r)
    return ":" + buf.decode().strip()


class X11Mixin:
    """Finds windows, sends input and takes screenshots on the session's display."""

    # ----------------------------------------------------------------- X11 (xdotool, import)
    def xdotool(self, *args):
        r = subprocess.run(["xdotool", *map(str, args)], env=self.env, capture_output=True, text=True, timeout=10)
        return r.stdout.strip()

    def windows(self, name, visible=True):
        """X window ids whose title matches the regex `name`."""
        args = ["search"] + (["--onlyvisible"] if visible else []) + ["--name", name]
        return [int(w) for w in self.xdotool(*args).split()]

    def wait_window(self, name, timeout=10.0, visible=True):
        """Waits for a window titled like `name` (regex) and returns its id."""
        return self.wait_for(lambda: (self.windows(name, visible) or [None])[0], timeout,
                             what="window %r" % name)

    def wait_no_window(self, name, timeout=10.0):
        return self.wait_for(lambda: not self.windows(name), timeout, what="no window %r" % name)

    def window_name(self, wid):
        return self.xdotool("getwindowname", wid)

    def window_geometry(self, wid):
        """(x, y, width, height) of the window."""
        out = self.xdotool("getwindowgeometry", "--shell", wid)
        kv = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return int(kv["X"]), int(kv["Y"]), int(kv["WIDTH"]), int(kv["HEIGHT"])

    def key(self, keys, wid=None):
        """Sends key strokes (xdotool names, e.g. "Escape", "ctrl+q") to the focused or given window."""
        if wid is None:
            return self.xdotool("key", "--clearmodifiers", keys)
        return self.xdotool("key", "--window", wid, "--clearmodifiers", keys)

    def mouse_click(self, x, y, button=1):
        self.xdotool("mousemove", x, y, "click", button)

    def user_input(self):
        """Some synthetic input (moves the pointer), e.g. to end an idle stretch."""
        self.xdotool("mousemove_relative", "--", "3", "0")
        self.xdotool("mousemove_relative", "--", "-3", "0")

    def screenshot(self, name):
        """Saves the whole screen to $RESPITE_ARTIFACTS/<test>-<name>.png and returns the path."""
        path = os.path.join(self.artifacts, "%s-%s.png" % (self.name, name))
        subprocess.run(["import", "-window", "root", path], env=self.env, capture_output=True, timeout=20)
        return path

    def start_xembed_tray(self):
        """Starts fake_xembed_tray.py (an XEmbed system tray at the top right) and waits for its selection."""
        self.xembed_log = os.path.join(self.tmp, "xembed.jsonl")
        self._spawn("xembed", [PYTHON, os.path.join(HERE, "fake_xembed_tray.py"), "--log", self.xembed_log])

        self.wait_for(lambda: self.windows("^Fake XEmbed tray$"), 10, what="fake XEmbed tray")
        time.sleep(0.2)  # the selection is taken right after the window maps

    def docked_icons(self):
        """Icons docked in the fake XEmbed tray: [{"t", "window", "x", "y"}]."""
        path = getattr(self, "xembed_log", None)
        if not path or not os.path.exists(path):
            return []
        with open(path) as f:
            return [json.loads(line) for line in f if line.strip()]

    # ----------------------------------------------------------------- several monitors (Xvnc)
    def start_multimonitor_display(self, monitors=((1024, 768), (800, 600))):
        """Starts TigerVNC's Xvnc (package tigervnc-standalone-server) instead of Xvfb, with one RandR output
        per monitor, placed left to right and top-aligned; the first is the primary one (GDK's choice when no
        RandR output is marked primary: the first in the server's list). Sets self.display and
        self.monitors ([(x, y, width, height)]). Why not Xvfb: it has a single RandR output, and GDK (so
        wxDisplay) ignores RandR 1.5 monitors (xrandr --setmonitor) that do not own an output of their own;
        Xvnc creates outputs when a VNC client asks for a multi-screen layout (ExtendedDesktopSize)."""
        layout, x = [], 0
        for w, h in monitors:
            layout.append((x, 0, w, h))
            x += w
        width, height = x, max(h for _, _, _, h in layout)
        rfb = os.path.join(self.tmp, "rfb.sock")
        r, w = os.pipe()
        p = self._spawn("xvnc", ["Xvnc", "-displayfd", str(w), "-geometry", "%dx%d" % (width, height), "-depth", "24",
                                 "-SecurityTypes", "None", "-rfbport", "-1", "-rfbunixpath", rfb, "-nolisten", "tcp",
                                 "-noreset"], pass_fds=(w,))
        os.close(w)
        self.display = read_displayfd(r, p, "Xvnc")
        self.env["DISPLAY"] = self.display
        _rfb_set_screen_layout(rfb, width, height, layout)
        self.monitors = layout

        def laid_out():
            return sorted(self.randr_monitors()) == sorted(layout)
        try:
            self.wait_for(laid_out, 15, what="RandR monitors %s" % layout)
        except TimeoutError as e:
            raise RuntimeError("%s; the server has %s" % (e, self.randr_monitors())) from None
        return layout

    def randr_monitors(self):
        """The active RandR monitors as [(x, y, width, height)] in the server's order (what GDK and wxDisplay
        see)."""
        return _randr_monitors(self.display)


def _rfb_set_screen_layout(path, width, height, screens, timeout=10.0):
    """Speaks just enough RFB 3.8 (security None) to ask Xvnc for a framebuffer of width x height split into
    `screens` [(x, y, w, h)] (SetDesktopSize); waits for the server's answer and raises when it refuses."""
    sock = socket.socket(socket.AF_UNIX)
    sock.settimeout(timeout)
    deadline = time.monotonic() + timeout

    def recv(n):
        data = b""
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                raise RuntimeError("Xvnc closed the RFB connection")
            data += chunk
        return data

    connect_deadline = time.monotonic() + timeout
    while True:
        try:
            sock.connect(path)
            break
        except OSError:
            if time.monotonic() > connect_deadline:
                raise
            time.sleep(0.05)
    try:
        recv(12)  # "RFB 003.008\n"
        sock.sendall(b"RFB 003.008\n")
        types = recv(recv(1)[0])
        if 1 not in types:
            raise RuntimeError("Xvnc does not offer security type None: %s" % list(types))
        sock.sendall(b"\x01")
        if struct.unpack(">I", recv(4))[0] != 0:
            raise RuntimeError("RFB security handshake failed")
        sock.sendall(b"\x01")  # ClientInit: shared
        recv(4)
        bytes_per_pixel = recv(16)[0] // 8
        recv(struct.unpack(">I", recv(4))[0])  # desktop name
        sock.sendall(struct.pack(">BxHi", 2, 1, -308))  # SetEncodings: ExtendedDesktopSize only (raw is implied)
        msg = struct.pack(">BxHHBx", 251, width, height, len(screens))  # SetDesktopSize
        for i, (x, y, w, h) in enumerate(screens):
            msg += struct.pack(">IHHHHI", i + 1, x, y, w, h, 0)
        sock.sendall(msg)
        sock.sendall(struct.pack(">BBHHHH", 3, 0, 0, 0, 1, 1))  # FramebufferUpdateRequest (carries the answer)
        while time.monotonic() < deadline:
            kind = recv(1)[0]
            if kind == 0:  # FramebufferUpdate
                recv(1)
                for _ in range(struct.unpack(">H", recv(2))[0]):
                    x, y, w, h, encoding = struct.unpack(">HHHHi", recv(12))
                    if encoding == -308:
                        recv(16 * recv(4)[0])  # number of screens, padding, then the screens
                        if x == 1:  # the answer to our request; y is the status (0 = done)
                            if y != 0:
                                raise RuntimeError("Xvnc refused the screen layout (status %d)" % y)
                            return
                    elif encoding == 0:
                        recv(w * h * bytes_per_pixel)
                    else:
                        raise RuntimeError("unexpected RFB encoding %d" % encoding)
                sock.sendall(struct.pack(">BBHHHH", 3, 1, 0, 0, 1, 1))
            elif kind == 2:  # Bell
                pass
            elif kind == 3:  # ServerCutText
                recv(3)
                recv(struct.unpack(">I", recv(4))[0])
            else:
                raise RuntimeError("unexpected RFB message %d" % kind)
        raise RuntimeError("no answer from Xvnc to SetDesktopSize")
    finally:
        sock.close()


class _XRRMonitorInfo(ctypes.Structure):
    _fields_ = [("name", ctypes.c_ulong), ("primary", ctypes.c_int), ("automatic", ctypes.c_int),
                ("noutput", ctypes.c_int), ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                ("height", ctypes.c_int), ("mwidth", ctypes.c_int), ("mheight", ctypes.c_int),
                ("outputs", ctypes.c_void_p)]


def _randr_monitors(display):
    x11 = ctypes.CDLL("libX11.so.6")
    xrandr = ctypes.CDLL("libXrandr.so.2")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xrandr.XRRGetMonitors.restype = ctypes.POINTER(_XRRMonitorInfo)
    xrandr.XRRGetMonitors.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
    xrandr.XRRFreeMonitors.argtypes = [ctypes.POINTER(_XRRMonitorInfo)]
    dpy = x11.XOpenDisplay(display.encode())
    if not dpy:
        raise RuntimeError("cannot open display %s" % display)
    try:
        count = ctypes.c_int()
        mons = xrandr.XRRGetMonitors(dpy, x11.XDefaultRootWindow(dpy), 1, ctypes.byref(count))
        if not mons:
            return []
        result = [(mons[i].x, mons[i].y, mons[i].width, mons[i].height) for i in range(count.value)]
        xrandr.XRRFreeMonitors(mons)
        return result
    finally:
        x11.XCloseDisplay(dpy)
