#!/usr/bin/env bash
# Fails when the `respite` command line needs a GUI library (issue 12): wx, GTK, GDK, GLib/GIO/GObject or X11.
set -euo pipefail
bin=${1:?usage: check_no_gui_libs.sh PATH-TO-RESPITE}
libs=$(ldd "$bin")
bad=$(grep -Ei 'libwx_|libgtk|libgdk|libglib|libgio|libgobject|libX11|libxcb|libayatana|libnotify|libcairo|libpango' \
    <<<"$libs" || true)
if [ -n "$bad" ]; then
    echo "$bin needs GUI libraries:"
    echo "$bad"
    exit 1
fi
echo "$bin needs no GUI library:"
echo "$libs"
