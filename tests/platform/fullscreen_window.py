#!/usr/bin/python3
"""A GTK window for the busy-monitor tests. Reads commands on stdin: full, unfull, quit."""
import sys

import gi

gi.require_version('Gtk', '3.0')
from gi.repository import GLib, Gtk  # noqa: E402

win = Gtk.Window(title='respite-fullscreen-test')
win.set_default_size(300, 200)
win.connect('destroy', Gtk.main_quit)
win.show_all()
win.present()


def on_stdin(channel, _cond):
    line = channel.readline()
    cmd = line.strip()
    if cmd == 'full':
        win.fullscreen()
    elif cmd == 'unfull':
        win.unfullscreen()
    elif cmd == 'quit' or not line:
        Gtk.main_quit()
        return False
    return True


GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.IO_IN | GLib.IO_HUP, on_stdin)
Gtk.main()
