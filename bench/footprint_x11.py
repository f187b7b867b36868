"""X observables for bench/footprint.sh, the same for every program measured.

XWatcher runs one thread with its own X connection (python3-xlib) and records:
- each window mapped at the top level (MapNotify from the root's SubstructureNotify: no window manager runs, so
  a program's top-level windows are the root's children), with receipt time, _NET_WM_PID and title;
- the first time the panel's pixels differ from a baseline taken before a launch ("the icon is on the panel"),
  woken by XDamage on the root window (drawing in any window damages the root), so it does not poll.
Times are time.monotonic() and time.time() when the event was read.
"""
import os
import select
import threading
import time

from Xlib import X, display, error
from Xlib.ext import damage


class MapRecord:
    def __init__(self, mono, wall, wid, pid, name, override):
        self.mono, self.wall, self.wid, self.pid, self.name, self.override = mono, wall, wid, pid, name, override

    def __repr__(self):
        return "0x%x pid=%s %r%s" % (self.wid, self.pid, self.name, " (override-redirect)" if self.override else "")


class XWatcher(threading.Thread):
    def __init__(self, display_name):
        super().__init__(name="xwatch", daemon=True)
        self.d = display.Display(display_name)
        if not self.d.has_extension("DAMAGE"):
            raise RuntimeError("the X server has no DAMAGE extension")
        self.d.damage_query_version()
        self.root = self.d.screen().root
        self.root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self.damage = self.root.damage_create(damage.DamageReportRawRectangles)
        self.damage_event = self.d.extension_event.DamageNotify
        self.atom_pid = self.d.intern_atom("_NET_WM_PID")
        self.atom_name = self.d.intern_atom("_NET_WM_NAME")
        self.atom_utf8 = self.d.intern_atom("UTF8_STRING")
        self.d.sync()
        self.cond = threading.Condition()
        self.maps = []
        self.area = None  # (x, y, w, h) of the panel
        self.baseline = None
        self.tray_changed = None  # (mono, wall) of the first change since arm_tray()
        self.want_baseline = False
        self.stopping = False
        self.wake_r, self.wake_w = os.pipe()
        self.failure = None

    # ------------------------------------------------------------------ main-thread API
    def stop(self):
        with self.cond:
            self.stopping = True
        os.write(self.wake_w, b"x")
        self.join(5)

    def watch_panel(self, area):
        with self.cond:
            self.area = area

    def arm_tray(self, timeout=5.0):
        """Takes the panel's baseline image now; the next change of its pixels is recorded."""
        with self.cond:
            self.want_baseline, self.baseline, self.tray_changed = True, None, None
        os.write(self.wake_w, b"b")
        with self.cond:
            self.cond.wait_for(lambda: self.baseline is not None or self.failure, timeout)
            if self.baseline is None:
                raise RuntimeError("no baseline image of the panel: %s" % self.failure)

    def wait_tray(self, timeout):
        """(mono, wall) of the first change of the panel's pixels since arm_tray(), or None after timeout s."""
        with self.cond:
            self.cond.wait_for(lambda: self.tray_changed is not None, timeout)
            return self.tray_changed

    def wait_map(self, pids, after, timeout, name=None):
        """The first MapRecord of a window of one of `pids` (None: any) mapped after monotonic `after` (and titled
        `name` when given, a compiled regex), or None after timeout s."""
        def find():
            for m in self.maps:
                if m.mono >= after and (pids is None or m.pid in pids) and not m.override and (name is None or name.search(m.name)):
                    return m
            return None
        with self.cond:
            self.cond.wait_for(lambda: find() is not None, timeout)
            return find()

    def maps_since(self, after):
        with self.cond:
            return [m for m in self.maps if m.mono >= after]

    # ------------------------------------------------------------------ the thread
    def run(self):
        try:
            self._loop()
        except Exception as e:  # reported to the waiting side, never silent
            with self.cond:
                self.failure = "%s: %s" % (type(e).__name__, e)
                self.cond.notify_all()

    def _loop(self):
        fd = self.d.fileno()
        while True:
            with self.cond:
                if self.stopping:
                    return
                baseline_wanted = self.want_baseline
            if baseline_wanted:
                image = self._grab()
                with self.cond:
                    self.want_baseline, self.baseline = False, image
                    self.cond.notify_all()
            if not self.d.pending_events():
                ready, _, _ = select.select([fd, self.wake_r], [], [], 1.0)
                if self.wake_r in ready:
                    os.read(self.wake_r, 64)
            while self.d.pending_events():
                ev = self.d.next_event()
                mono, wall = time.monotonic(), time.time()
                if ev.type == X.MapNotify:
                    self._on_map(ev, mono, wall)
                elif ev.type == self.damage_event:
                    self._on_damage(ev, mono, wall)

    def _grab(self):
        if self.area is None:
            return b""
        x, y, w, h = self.area
        return self.root.get_image(x, y, w, h, X.ZPixmap, 0xFFFFFFFF).data

    def _on_damage(self, ev, mono, wall):
        with self.cond:
            armed = self.baseline is not None and self.tray_changed is None and self.area is not None
        if not armed:
            return
        x, y, w, h = self.area
        a = ev.area
        if a.x >= x + w or a.x + a.width <= x or a.y >= y + h or a.y + a.height <= y:
            return
        if self._grab() != self.baseline:
            with self.cond:
                self.tray_changed = (mono, wall)
                self.cond.notify_all()

    def _on_map(self, ev, mono, wall):
        pid, name = None, ""
        try:
            win = self.d.create_resource_object("window", ev.window.id)
            p = win.get_full_property(self.atom_pid, X.AnyPropertyType)
            if p and len(p.value):
                pid = int(p.value[0])
            n = win.get_full_property(self.atom_name, self.atom_utf8)
            if n and n.value:
                name = n.value.decode("utf-8", "replace") if isinstance(n.value, bytes) else str(n.value)
            else:
                name = win.get_wm_name() or ""
                name = name.decode("latin-1") if isinstance(name, bytes) else name
        except (error.BadWindow, error.BadDrawable, error.BadMatch):
            pass  # already gone
        with self.cond:
            self.maps.append(MapRecord(mono, wall, ev.window.id, pid, name, bool(ev.override)))
            self.cond.notify_all()


def panel_area(display_name, timeout=20.0):
    """Geometry (x, y, w, h) of xfce4-panel's panel window once it has its real size, or None."""
    d = display.Display(display_name)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for win in d.screen().root.query_tree().children:
                try:
                    cls = win.get_wm_class()
                    g = win.get_geometry()
                    attrs = win.get_attributes()
                except error.XError:
                    continue
                if cls and cls[0] == "xfce4-panel" and g.width > 100 and attrs.map_state == X.IsViewable:
                    return g.x, g.y, g.width, g.height
            time.sleep(0.1)  # start-up only: the panel maps once
        return None
    finally:
        d.close()
