#!/usr/bin/env bash
# Footprint of the tray app against Workrave (issue 8 §1). A benchmark, not a test: in ONE headless session
# (Xvfb, a private dbus-run-session bus, a dbusmock notification daemon, xfce4-panel with only its systray
# plugin, which hosts StatusNotifierItems and XEmbed icons; no window manager), one after the other and each
# alone, it runs Respite and then Workrave and measures, with the same method for both:
#   - RSS, PSS, USS, Private_Dirty (/proc/PID/smaps_rollup) after SETTLE s and an idle window of DURATION s;
#   - wake-ups per second (voluntary + involuntary context switches of all threads over the window) and CPU per
#     minute (schedstat run time of all threads);
#   - launch -> icon on the panel: from the launch until the panel's pixels first change (XDamage on the root
#     wakes the watcher, which compares the panel with a baseline image), whichever protocol the program uses;
#   - trigger -> break window mapped: `respite break rest` against `gdbus call ... ControlInterface.RestBreak`,
#     each from the command's start until the X MapNotify of the program's break window;
# then Respite again with a 1-minute micro-break: from the engine's prompt instant (RESPITE_TRACE break_prompt
# at_ms) until the break window's MapNotify, with no warm-up of any kind. It prints each figure, the ratio
# Respite/Workrave, the issue's budgets with pass/fail, and Private_Dirty per group of mappings.
#   bench/footprint.sh [path/to/respite]        (about 4.5 minutes; gives up and cleans up after FOOTPRINT_LIMIT)
# env: SETTLE=20 DURATION=60 DUE_BREAK=1 STRICT=0 (1: exit 1 when a budget is not met) FOOTPRINT_LIMIT=330
#      FOOTPRINT_KEEP=1 keeps the session's directory (logs of every program).
# Installs what it needs with apt when missing (scripts/deps.sh --with-bench; as root).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/src/app/respite}
[ -x "$bin" ] || { echo "footprint: no respite binary at $bin (build first or pass its path)" >&2; exit 2; }
"$root/scripts/deps.sh" --with-bench >&2 || { echo "footprint: missing packages (see above)" >&2; exit 2; }

tmp=$(mktemp -d /tmp/respite-footprint-XXXXXX)
cleanup() { [ -n "${FOOTPRINT_KEEP:-}" ] && echo "footprint: kept $tmp" >&2 || rm -rf "$tmp"; }
trap cleanup EXIT
# The session bus starts xfconfd (the panel's settings) with this environment: everything private to the run.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_STATE_HOME=$tmp/home/.local/state \
    XDG_DATA_HOME=$tmp/home/.local/share XDG_CACHE_HOME=$tmp/home/.cache XDG_RUNTIME_DIR=$tmp/runtime \
    XDG_CONFIG_DIRS=$tmp/etc-xdg
mkdir -p "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_CONFIG_DIRS"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS SESSION_MANAGER XDG_SESSION_ID LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8 NO_AT_BRIDGE=1 GTK_A11Y=none GSETTINGS_BACKEND=memory GIO_USE_VFS=local GDK_BACKEND=x11 \
    XDG_SESSION_TYPE=x11
limit=${FOOTPRINT_LIMIT:-330}
export FOOTPRINT_LIMIT=$limit
# dbus-run-session ends the bus (and the services it started) when the run ends; timeout is the last resort.
# bench/idle_wakeups.sh runs its own script in the same session.
runner=${FOOTPRINT_RUNNER:-footprint_run.py}
case $runner in /*) ;; *) runner=$root/bench/$runner ;; esac
timeout -k 10 $((limit + 30)) dbus-run-session -- /usr/bin/python3 "$runner" "$bin" "$tmp" \
    2> >(grep -v "Failed to set fd limit" >&2)
