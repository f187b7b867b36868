#!/usr/bin/env bash
# Fails when src/core reaches outside level 0 (DESIGN.md §1): wx, GLib, Asio or OS headers, platform macros.
set -uo pipefail
root=${1:-$(dirname "$0")/..}
bad=$(grep -rnE '#include *[<"](wx/|gtk/|gdk/|glib|gio/|dbus|boost/asio|asio|libnotify|windows\.h|sys/|unistd\.h|fcntl\.h|X11/|pthread)|_WIN32|__APPLE__|__linux__|__WX' "$root/src/core")
if [ -n "$bad" ]; then
    echo "src/core must stay level 0 (no GUI, OS or Asio headers, no platform macros):"
    echo "$bad"
    exit 1
fi
echo "src/core is level 0: ok"
