#!/usr/bin/env bash
# Runs a Windows test program that needs windows (a tray, balloons, hidden windows) under wine on a private Xvfb,
# with its own wine prefix (wine's explorer, which hosts the notification area, belongs to one display), and
# exits with the program's status. Usage: run_gui_test_under_wine.sh PROGRAM.exe [doctest options]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export RESPITE_WINEPREFIX=${RESPITE_WINEPREFIX_GUI:-${RESPITE_WINDOWS_CACHE:-$HOME/.cache/respite-windows}/wineprefix-gui}
# shellcheck source=wine_env.sh
. "$here/wine_env.sh"
command -v xvfb-run >/dev/null || { echo "wine tests: xvfb-run missing (xvfb)" >&2; exit 1; }
program=$1
shift
xvfb-run -a -s "-screen 0 1280x800x24" wine "$program" "$@"
status=$?
# The prefix's wineserver (and explorer) end with the display: wait for them, so the next test starts clean.
wineserver -w
exit $status
