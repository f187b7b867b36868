#!/usr/bin/python3
"""Part of the e2e harness (see harness.py): X11 helpers of Session (xdotool, screenshots).
Needs self.env, self.tmp, self.artifacts, self.name, self._spawn and self.wait_for from Session."""
import json
import os
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"


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
