"""Helpers for the engine/GUI e2e tests: a watcher of X map events (python3-xlib), so a test can count how many
times a window was mapped, not only whether one is there now."""
import threading
import time

from Xlib import X, display as xdisplay, error as xerror


class MapWatcher:
    """Records (time, title) of every top-level window mapped on the session's display while it runs."""

    def __init__(self, session):
        self.maps = []
        self._lock = threading.Lock()
        self._stop = False
        self._dpy = xdisplay.Display(session.env["DISPLAY"])
        root = self._dpy.screen().root
        root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self._dpy.sync()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _title(self, window):
        for _ in range(20):  # the title may be set just after the map
            try:
                name = window.get_wm_name()
                if name:
                    return name if isinstance(name, str) else name.decode("utf-8", "replace")
            except (xerror.XError, xerror.BadWindow):
                return None
            time.sleep(0.01)
        return ""

    def _run(self):
        while not self._stop:
            while self._dpy.pending_events():
                ev = self._dpy.next_event()
                if ev.type == X.MapNotify:
                    title = self._title(ev.window)
                    with self._lock:
                        self.maps.append((time.time(), title))
            time.sleep(0.005)

    def titles(self, names):
        """Titles of the windows mapped so far whose title is in `names`, in map order."""
        with self._lock:
            return [t for _, t in self.maps if t in names]

    def stop(self):
        self._stop = True
        self._thread.join(2)
        self._dpy.close()
