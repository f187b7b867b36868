#!/usr/bin/python3
"""With no StatusNotifierWatcher but an XEmbed system tray, the app docks a wxTaskBarIcon there (and shows no
status window); clicking the icon pops up the same menu: a popup-menu window maps near the icon (seen from
X: a viewable override-redirect child of the root typed _NET_WM_WINDOW_TYPE_POPUP_MENU), and Escape closes it.
It is a first start: the welcome window is up meanwhile (issue 15: the menu seemed not to pop up while it was,
because openbox centred the fake tray as an ordinary window under it; the fake tray is now a dock, as a panel is).
Run with and without a window manager."""
import re
import subprocess
import sys
import time

from harness import midday_timezone, run_test, workday_config


def popup_menus(s):
    """Viewable popup-menu windows on the display: {window id: (x, y, width, height)}."""
    def run(*argv):
        return subprocess.run(argv, env=s.env, capture_output=True, text=True, timeout=10).stdout
    menus = {}
    for wid in re.findall(r"^\s+(0x[0-9a-f]+) ", run("xwininfo", "-root", "-children"), re.M):
        info = run("xwininfo", "-id", wid)
        if "IsViewable" not in info or "Override Redirect State: yes" not in info:
            continue
        if "_NET_WM_WINDOW_TYPE_POPUP_MENU" not in run("xprop", "-id", wid, "_NET_WM_WINDOW_TYPE"):
            continue
        geo = {k: int(v) for k, v in re.findall(r"(Absolute upper-left [XY]|Width|Height):\s+(-?\d+)", info)}
        menus[int(wid, 16)] = (geo["Absolute upper-left X"], geo["Absolute upper-left Y"], geo["Width"],
                               geo["Height"])
    return menus


def test(s):
    tz = midday_timezone()
    s.write_config(workday_config(tz))
    s.start_app(env={"RESPITE_IDLE_BACKEND": "always-present", "TZ": tz}, wait_socket=True)
    icon = s.wait_for(lambda: s.docked_icons() and s.docked_icons()[0], 15, what="icon docked in the XEmbed tray")
    time.sleep(1)
    big = [w for w in s.windows("^Respite$") if s.window_geometry(w)[2] > 64]
    assert not big, "a tray exists: no status window"
    assert not s.registrations()
    s.screenshot("docked")
    assert not popup_menus(s), "a menu is open before the click: %s" % popup_menus(s)
    s.wait_for(lambda: s.windows("^Welcome to Respite$"), 10, what="the welcome window (a first start)")
    x, y, w, h = s.window_geometry(icon["window"])  # where the window manager put the tray
    s.mouse_click(x + w // 2, y + h // 2)
    menus = s.wait_for(lambda: popup_menus(s), 10, what="the tray menu mapped after a click on the docked icon")
    time.sleep(0.5)
    s.screenshot("menu")
    assert len(menus) == 1, menus
    (mx, my, mw, mh), = menus.values()
    assert mh > 100 and mw > 100, "the menu is too small for its items: %s" % (menus,)
    # GTK places a popup at the pointer, kept on screen: near the icon at the top right.
    assert abs(mx - (x + w // 2)) < mw + 50 and abs(my - (y + h // 2)) < mh + 50, (menus, (x, y, w, h))
    s.key("Escape")
    s.wait_for(lambda: not popup_menus(s), 10, what="the tray menu closed by Escape")


if __name__ == "__main__":
    rc = 0
    for wm in (True, False):
        print("window manager: %s" % wm)
        rc |= run_test(test, watcher=False, xembed=True, wm=wm)
    sys.exit(rc)
