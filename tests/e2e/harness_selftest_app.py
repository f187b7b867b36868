#!/usr/bin/python3
"""A tiny AppIndicator + window used by test_tray_harness.py to prove the harness without respite."""
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("AyatanaAppIndicator3", "0.1")
from gi.repository import AyatanaAppIndicator3 as AI  # noqa: E402
from gi.repository import Gtk  # noqa: E402


def main():
    clicked = sys.argv[1]
    menu = Gtk.Menu()
    sub = Gtk.Menu()
    for label in ("1 min", "3 min"):
        mi = Gtk.MenuItem(label=label)
        mi.connect("activate", lambda w, lab=label: open(clicked, "a").write(lab + "\n"))
        sub.append(mi)
    top = Gtk.MenuItem(label="Quick meditation")
    top.set_submenu(sub)
    menu.append(top)
    quit_item = Gtk.MenuItem(label="_Quit", use_underline=True)
    quit_item.connect("activate", lambda w: Gtk.main_quit())
    menu.append(quit_item)
    menu.show_all()
    ind = AI.Indicator.new("harness-selftest", "respite", AI.IndicatorCategory.APPLICATION_STATUS)
    ind.set_status(AI.IndicatorStatus.ACTIVE)
    ind.set_menu(menu)
    win = Gtk.Window(title="Harness window")
    win.add(Gtk.Label(label="harness self-test"))
    win.set_default_size(240, 80)
    win.show_all()
    Gtk.main()


if __name__ == "__main__":
    main()
