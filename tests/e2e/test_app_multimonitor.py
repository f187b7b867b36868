#!/usr/bin/python3
"""Rest breaks cover every monitor; micro-breaks are a smaller centred window on the primary one.

Two monitors of different sizes side by side (Xvnc with two RandR outputs, see
harness_x11.start_multimonitor_display; Xvfb can only show one monitor to GTK), openbox as the window manager.
A rest break taken from the tray menu (rest_break.every is at least 10m, too long to wait for here; the
prompt path is the same as for a due break): one "Rest break" window per monitor, each exactly covering its
monitor, the content (focused) on the primary one; Escape postpones and closes all of them. `respite break
rest` opens them again and End break (alt+e: a break the user asked for offers no Skip) closes all of them.
`respite break micro` opens one smaller window centred on the primary monitor, and no other break window.
Then again without a window manager, where wx's fallback full screen would stretch every rest break frame over
the whole desktop: each frame still covers exactly its own monitor, and Escape closes them all."""
import shutil
import sys

import harness
from harness import Session

MONITORS = ((1024, 768), (800, 600))  # different sizes, so a window sized for the wrong monitor shows

CONFIG = """
[micro_break]
every = "45m"
duration = "2m"

[rest_break]
every = "50m"
duration = "10m"

[prompts]
heads_up = "10s"
postpone = "20m"
max_postpones = 2
daily_skip_budget = 3
"""


class TwoMonitorSession(Session):
    """A Session whose display has the MONITORS side by side instead of Xvfb's single screen."""

    def _start_xvfb(self):
        if not shutil.which("Xvnc"):
            raise RuntimeError("Xvnc not found: install tigervnc-standalone-server (scripts/deps.sh --with-test)")
        self.start_multimonitor_display(MONITORS)


def monitor_of(s, geometry):
    """Index of the monitor that contains the centre of geometry (x, y, w, h)."""
    x, y, w, h = geometry
    cx, cy = x + w // 2, y + h // 2
    for i, (mx, my, mw, mh) in enumerate(s.monitors):
        if mx <= cx < mx + mw and my <= cy < my + mh:
            return i
    raise AssertionError("window %s is on no monitor %s" % (geometry, s.monitors))


def rest_windows(s):
    """{monitor index: window id} once there is one visible "Rest break" window covering each monitor exactly."""
    wids = s.windows("^Rest break$")
    if len(wids) != len(s.monitors):
        return None
    geometries = {wid: s.window_geometry(wid) for wid in wids}
    if sorted(geometries.values()) != sorted(s.monitors):
        return None
    return {monitor_of(s, g): wid for wid, g in geometries.items()}


def wait_rest_windows(s, timeout):
    try:
        return s.wait_for(lambda: rest_windows(s), timeout, interval=0.2, what="one rest break window per monitor")
    except TimeoutError as e:
        found = {wid: s.window_geometry(wid) for wid in s.windows("^Rest break$")}
        raise AssertionError("%s; monitors %s, windows %s" % (e, s.monitors, found)) from None


def wait_no_break_window(s, timeout=10):
    s.wait_for(lambda: not s.windows("^Rest break$") and not s.windows("^Micro-break$"), timeout,
               what="every break window closed")


def test(s):
    assert s.randr_monitors()[0] == s.monitors[0], s.randr_monitors()  # the left one is primary
    s.write_config(CONFIG)
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    s.wait_registered()

    s.click(["Take a break now", "Rest break"])
    by_monitor = wait_rest_windows(s, 30)
    assert s.status()["prompt"] == "rest", s.status()
    # The content (and the keyboard focus, so Escape postpones) is on the primary monitor.
    s.wait_for(lambda: s.xdotool("getactivewindow") == str(by_monitor[0]), 10,
               what="the primary monitor's break window %s active (windows %s)" % (by_monitor[0], by_monitor))
    # Let the countdown run a little, so the screenshot shows it on both monitors.
    s.wait_for(lambda: s.status()["break_running"] and s.status()["break_left_s"] <= 597, 20, interval=0.3,
               what="the rest break's countdown running")
    shot = s.screenshot("rest-two-monitors")
    print("screenshot:", shot)
    s.key("Escape")  # postpones: every monitor's window closes
    wait_no_break_window(s)
    st = s.status()
    assert st["prompt"] is None, st

    # A rest break taken from the CLI covers every monitor too; End break closes all of its windows.
    r = s.run_cli("break", "rest")
    assert r.returncode == 0, (r.returncode, r.stdout, r.stderr)
    by_monitor = wait_rest_windows(s, 30)
    s.xdotool("windowactivate", "--sync", by_monitor[0])
    s.key("alt+e")
    wait_no_break_window(s)
    st = s.status()
    assert st["prompt"] is None, st  # (a break the user asked for spends no skip from the budget)

    # A micro-break is one smaller window, centred on the primary monitor.
    r = s.run_cli("break", "micro")
    assert r.returncode == 0, (r.returncode, r.stdout, r.stderr)
    wid = s.wait_window("^Micro-break$", timeout=30)
    mx, my, mw, mh = s.monitors[0]

    def centred_on_primary():
        x, y, w, h = s.window_geometry(wid)
        return 1 < w < mw and 1 < h < mh and abs((x - mx) - (mx + mw - x - w)) <= 2 and \
            abs((y - my) - (my + mh - y - h)) <= 2
    try:
        s.wait_for(centred_on_primary, 10, what="the micro-break window centred on the primary monitor")
    except TimeoutError as e:
        raise AssertionError("%s: window %s, monitor %s" % (e, s.window_geometry(wid), s.monitors[0])) from None
    assert s.windows("^Micro-break$") == [wid], s.windows("^Micro-break$")
    assert not s.windows("^Rest break$"), "a micro-break opened rest break windows"
    s.screenshot("micro-two-monitors")
    s.xdotool("windowactivate", "--sync", wid)
    s.key("Escape")
    wait_no_break_window(s)


def test_without_wm(s):
    s.write_config(CONFIG)
    s.start_app(wait_socket=True, env={"RESPITE_IDLE_BACKEND": "always-present"})
    r = s.run_cli("break", "rest")
    assert r.returncode == 0, (r.returncode, r.stdout, r.stderr)
    by_monitor = wait_rest_windows(s, 30)
    s.screenshot("rest-two-monitors-no-wm")
    s.xdotool("windowfocus", "--sync", by_monitor[0])
    s.key("Escape")
    wait_no_break_window(s)


if __name__ == "__main__":
    harness.Session = TwoMonitorSession  # run_test builds a harness.Session
    sys.exit(harness.run_test(test, wm=True) or harness.run_test(test_without_wm, wm=False))
