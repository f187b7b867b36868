#!/usr/bin/python3
"""Every control a person sees is reachable by keyboard and carries a name a screen reader announces (issue 3).

The session gets an accessibility bus (the dbus-daemon at-spi-bus-launcher would start, with at-spi2-core's
accessibility.conf); the app runs with NO_AT_BRIDGE=0 and AT_SPI_BUS_ADDRESS, so GTK loads its AT-SPI bridge
and registers there, and this script reads the app's accessible tree through python3-gi Atspi, as Orca would.
In the fallback notification popup, the breathing window, the micro and rest break windows, every section of
the settings dialog, the about box, the cutoff dialog and (with no tray at all) the status window it checks
that every control on screen (buttons, check boxes, combo boxes, spin buttons, entries, sliders, lists,
focusable custom-drawn panels) has a name with a letter or digit in it and is focusable, and that Tab
(xdotool) moves the focus - followed through AT-SPI focus events, as a screen reader follows it - through
every one of them and only through named objects, back to where it began. The custom-drawn countdown ring
and breathing circle must also expose their live text, and Esc must only dismiss the cutoff dialog."""
import json
import os
import sys
import time

from harness import midday_timezone, run_test

CONFIG = """
[micro_break]
every = "%s"
duration = "90s"

[prompts]
heads_up = "115s"

[workday]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
start = "08:00"
end = "%s"
timezone = "%s"
"""

A11Y_BUS_CONFIG = "/usr/share/defaults/at-spi2/accessibility.conf"  # from at-spi2-core
Atspi = None  # gi.repository.Atspi, imported once the accessibility bus is known
GLib = None


def start_a11y_bus(s):
    """Starts an accessibility bus and returns its address, for AT_SPI_BUS_ADDRESS. A desktop has
    at-spi-bus-launcher, D-Bus-activated on the session bus, start this dbus-daemon (the harness's bus
    activates nothing); starting it directly gives it the harness's kill-on-parent-death, which the launcher's
    own child would lack. The bus activates at-spi2-registryd itself; that exits when the bus goes away."""
    if not os.path.exists(A11Y_BUS_CONFIG):
        raise RuntimeError("%s missing: install at-spi2-core" % A11Y_BUS_CONFIG)
    address = "unix:path=" + os.path.join(s.tmp, "a11y-bus")
    env = dict(s.env, AT_SPI_BUS_ADDRESS=address)  # for the registry the bus starts
    s._spawn("a11y-bus", ["dbus-daemon", "--nofork", "--config-file", A11Y_BUS_CONFIG, "--address", address], env=env)
    s.wait_for(lambda: os.path.exists(address[len("unix:path="):]), 15, what="the accessibility bus")
    return address


def init_atspi(address):
    global Atspi, GLib
    os.environ["AT_SPI_BUS_ADDRESS"] = address  # read by libatspi in this process
    import gi
    try:
        gi.require_version("Atspi", "2.0")
    except ValueError:
        raise RuntimeError("the Atspi 2.0 typelib is missing: install gir1.2-atspi-2.0")
    from gi.repository import Atspi as atspi, GLib as glib
    Atspi, GLib = atspi, glib
    Atspi.init()


def pump():
    """Lets libatspi handle what arrived (focus events; cache updates)."""
    ctx = GLib.MainContext.default()
    while ctx.iteration(False):
        pass


def has_state(acc, state):
    return acc.get_state_set().contains(state)


def describe(acc):
    return "%s %r" % (acc.get_role_name(), acc.get_name())


def named(acc):
    """A name a screen reader can say: more than a symbol such as "×"."""
    return any(c.isalnum() for c in acc.get_name() or "")


def app_accessibles():
    """The app's accessible(s) on the bus (a restarted app may briefly appear next to the one that quit)."""
    desktop = Atspi.get_desktop(0)
    desktop.clear_cache()
    apps = (desktop.get_child_at_index(i) for i in range(desktop.get_child_count()))
    return [app for app in apps if app is not None and app.get_name() == "respite"]


def find_window(title):
    """The app's top-level accessible titled `title` that is on screen, or None."""
    pump()
    for app in app_accessibles():
        app.clear_cache()
        for i in range(app.get_child_count()):
            win = app.get_child_at_index(i)
            if win is not None and win.get_name() == title and has_state(win, Atspi.StateType.SHOWING):
                return win
    return None


def walk(acc, path=()):
    """(path, accessible) for `acc` and its descendants on screen (path: child indices from `acc`)."""
    yield path, acc
    for i in range(acc.get_child_count()):
        child = acc.get_child_at_index(i)
        if child is not None and has_state(child, Atspi.StateType.SHOWING):
            yield from walk(child, path + (i,))


def path_in(acc, win):
    """Child indices from `win` down to `acc`, or None when `acc` is not inside `win`."""
    path = []
    while acc is not None and acc != win:
        path.append(acc.get_index_in_parent())
        acc = acc.get_parent()
    return tuple(reversed(path)) if acc is not None else None


def controls(win):
    """{path: accessible} of what a person operates in the window: interactive roles, and anything focusable
    (custom-drawn panels). Scroll panes pass the focus on to their content; scroll bars are mouse-only in GTK;
    labels are focusable only to select their text (the about box)."""
    R = Atspi.Role
    interactive = {R.PUSH_BUTTON, R.TOGGLE_BUTTON, R.CHECK_BOX, R.RADIO_BUTTON, R.COMBO_BOX, R.SPIN_BUTTON,
                   R.TEXT, R.ENTRY, R.PASSWORD_TEXT, R.SLIDER, R.LIST_BOX, R.LIST, R.TABLE, R.TREE_TABLE, R.TREE,
                   R.PAGE_TAB_LIST, R.LINK}
    skipped = {R.SCROLL_PANE, R.SCROLL_BAR, R.TABLE_CELL, R.TABLE_COLUMN_HEADER, R.LABEL, R.MENU, R.MENU_ITEM}
    pump()
    win.clear_cache()
    found = {}
    for path, acc in walk(win):
        role = acc.get_role()
        if role not in skipped and (role in interactive or has_state(acc, Atspi.StateType.FOCUSABLE)):
            found[path] = acc
    return found


def owner(path, found):
    """The control in `found` at `path` or containing it (a combo box for its inner button), or None."""
    best = None
    for p in found:
        if path[:len(p)] == p and (best is None or len(p) > len(best)):
            best = p
    return best


class Checker:
    """Checks windows and collects what is wrong, so one run reports every window."""

    def __init__(self, s):
        self.s = s
        self.problems = []
        self.gained = []  # accessibles that gained the focus, in order (AT-SPI events, as Orca sees them)
        self.listener = Atspi.EventListener.new(self._on_focus)
        self.listener.register("object:state-changed:focused")

    def _on_focus(self, event):
        if event.detail1:
            self.gained.append(event.source)

    def settle(self, quiet=0.3, limit=5.0):
        """Handles events until none arrived for `quiet` s (at most `limit` s)."""
        deadline = time.monotonic() + limit
        count, since = -1, time.monotonic()
        while time.monotonic() < deadline:
            pump()
            if len(self.gained) != count:
                count, since = len(self.gained), time.monotonic()
            elif time.monotonic() - since >= quiet:
                return
            time.sleep(0.02)

    def next_focus(self, win, after, before):
        """(path, accessible) of the last focus gain in `win` since event number `after` that is not at `before`;
        GTK may repeat a gain, and the object that lost the focus may still report late."""
        def moved():
            pump()
            for acc in reversed(self.gained[after:]):
                path = path_in(acc, win)
                if path is not None and path != before:
                    return path, acc
            return None
        self.s.wait_for(moved, 10, what="the focus to move in %s" % describe(win))
        self.settle(quiet=0.1, limit=2.0)
        return moved()

    def window(self, title, wid, shot, label=None):
        """Names, focusability and a full Tab cycle in the window titled `title` (X window `wid`); saves a
        screenshot named `shot` (unless None) and reports as `label`."""
        s, label = self.s, label or title
        win = s.wait_for(lambda: find_window(title), 15, what="accessible window %r" % title)
        found = s.wait_for(lambda: controls(win), 10, what="controls in %r" % title)
        problems = []
        for path, acc in sorted(found.items()):
            if not named(acc):
                problems.append("%s has no accessible name (%r)" % (acc.get_role_name(), acc.get_name()))
            if has_state(acc, Atspi.StateType.SENSITIVE) and not has_state(acc, Atspi.StateType.FOCUSABLE) \
                    and acc.get_role() != Atspi.Role.COMBO_BOX:  # GTK focuses the combo's inner button
                problems.append("%s is not focusable" % describe(acc))
        if shot:
            s.screenshot(shot)

        s.xdotool("windowactivate", "--sync", wid)
        self.settle()
        visited = []  # (path, what is announced), one per Tab press, until the first comes round again
        for _ in range(len(found) + 8):
            mark = len(self.gained)
            s.key("Tab")
            try:
                path, acc = self.next_focus(win, mark, visited[-1][0] if visited else None)
            except TimeoutError:
                where = describe(visited[-1][1]) if visited else "where it is"
                problems.append("Tab does not move the focus on from %s" % where)
                break
            control = owner(path, found)
            if not named(acc) and control is not None and found[control].get_role() == Atspi.Role.COMBO_BOX:
                path, acc = control, found[control]
            if visited and path == visited[0][0]:
                break
            visited.append((path, acc))
        else:
            problems.append("Tab never comes back to %s" % describe(visited[0][1]))
        for path, acc in visited:
            if not named(acc):
                problems.append("Tab stops on %s, which has no name" % describe(acc))
        reached = {owner(p, found) for p, _ in visited}
        for path, acc in sorted(found.items()):
            if has_state(acc, Atspi.StateType.SENSITIVE) and path not in reached:
                problems.append("%s cannot be reached with Tab" % describe(acc))
        order = ", ".join(describe(a) for _, a in visited)
        print("%s: %d controls; Tab order: %s" % (label, len(found), order))
        if problems:
            self.problems.append("%s:\n    %s\n    (Tab order: %s)" % (label, "\n    ".join(problems), order))
        return win

    def settings(self, wid):
        """Every section of the settings dialog: the section list takes the focus and Down selects the next
        section, as a keyboard user does it."""
        title = "Respite Settings"
        win = self.window(title, wid, "settings")
        lists = [acc for _, acc in walk(win) if acc.get_name() == "Settings sections"]
        if not lists or lists[0].get_role() != Atspi.Role.TABLE:
            self.problems.append("Respite Settings: no list named 'Settings sections'")
            return
        sections = lists[0]
        rows = [sections.get_child_at_index(i).get_name() for i in range(sections.get_child_count())
                if sections.get_child_at_index(i).get_role() == Atspi.Role.TABLE_CELL]
        assert len(rows) > 5, rows
        for row in rows[1:]:
            before = set(controls(win))
            Atspi.Component.grab_focus(sections)
            self.s.key("Down")
            self.s.wait_for(lambda: set(controls(win)) != before, 10, what="the %s section" % row)
            self.window(title, wid, None, "%s > %s" % (title, row))

    def live_text(self, win, name, pattern_ok, what):
        """The custom-drawn panel named `name` exposes its changing text as its description."""
        panels = [acc for _, acc in walk(win) if acc.get_name() == name]
        text = panels[0].get_description() if panels else None
        if not text or not pattern_ok(text):
            self.problems.append("%s: %s (description %r)" % (describe(win), what, text))


def close_with(s, title, wid, key="Escape"):
    s.xdotool("windowactivate", "--sync", wid)
    s.key(key)
    s.wait_no_window("^%s$" % title, timeout=10)


def test(s):
    t0 = time.monotonic()
    tz = midday_timezone()
    s.write_config(CONFIG % ("2m", "20:00", tz))
    a11y_bus = start_a11y_bus(s)
    init_atspi(a11y_bus)
    check = Checker(s)
    # GTK loads its AT-SPI bridge unless NO_AT_BRIDGE is 1 (the harness's default, kept for the other tests).
    app_env = {"NO_AT_BRIDGE": "0", "AT_SPI_BUS_ADDRESS": a11y_bus, "TZ": tz, "RESPITE_IDLE_BACKEND": "always-present"}
    s.start_app(wait_socket=True, env=app_env)
    s.wait_registered()
    s.wait_for(app_accessibles, 15, what="the app on the accessibility bus")

    # No notification server: the micro-break's heads-up (due 5 s after start) shows in Respite's own popup.
    wid = s.wait_window("^Micro-break in", timeout=30)
    x, y, w, h = s.window_geometry(wid)
    s.xdotool("mousemove", x + w // 2, y + h // 2)  # the popup stays while the pointer rests on it
    popup = check.window(s.window_name(wid), wid, "popup")
    # Closed, not postponed: a heads-up's Postpone would also postpone a break the user starts below.
    close = [acc for _, acc in walk(popup) if acc.get_name() in ("Close", "\u00d7")]
    assert close, "no close button in the popup"
    Atspi.Action.do_action(close[0], 0)
    s.wait_no_window("^Micro-break in", timeout=10)
    s.write_config(CONFIG % ("2h", "20:00", tz))  # no break falls due during the rest of the test
    assert s.run_cli("reload").returncode == 0

    assert s.run_cli("breathe", "--minutes", "1").returncode == 0
    wid = s.wait_window("^Breathing$")
    win = check.window("Breathing", wid, "breathing")
    check.live_text(win, "Breathing circle", lambda t: t.startswith(("Breathe", "Hold")), "no phase text")
    close_with(s, "Breathing", wid)

    for kind, title in (("micro", "Micro-break"), ("rest", "Rest break")):
        r = s.run_cli("break", kind)
        assert r.returncode == 0, r.stderr
        wid = s.wait_window("^%s$" % title)
        win = check.window(title, wid, kind)
        check.live_text(win, "Time left", lambda t: t.endswith(" left"), "the ring does not tell the time left")
        close_with(s, title, wid)

    s.click(["Settings"])
    wid = s.wait_window("^Respite Settings$")
    check.settings(wid)
    close_with(s, "Respite Settings", wid)

    s.click(["About"])
    wid = s.wait_window("^About Respite$")
    check.window("About Respite", wid, "about")
    close_with(s, "About Respite", wid)

    # The workday now ends in the past: the reload brings the cutoff dialog at once.
    s.write_config(CONFIG % ("2h", "09:00", tz))
    r = s.run_cli("reload")
    assert r.returncode == 0, r.stderr
    wid = s.wait_window("^End of workday$", timeout=15)
    check.window("End of workday", wid, "cutoff")
    close_with(s, "End of workday", wid)
    assert not json.loads(s.run_cli("status", "--json").stdout)["paused"], "Esc in the cutoff dialog paused the app"

    # Without any tray the app shows its small status window instead.
    assert s.stop_app() == 0
    s.stop_watcher()
    s.start_app(wait_socket=True, env=app_env)
    wid = s.wait_window("^Respite$", timeout=15)
    check.window("Respite", wid, "status-window")

    print("checked in %.1f s" % (time.monotonic() - t0))
    assert not check.problems, "accessibility problems:\n  " + "\n  ".join(check.problems)


if __name__ == "__main__":
    sys.exit(run_test(test, wm=True, notifications=False))
