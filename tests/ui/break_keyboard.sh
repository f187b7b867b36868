#!/bin/bash
# break_keyboard.sh GALLERY: the break window works from the keyboard. Keys typed as it appears press
# nothing; Tab reaches Postpone, then Skip (Space presses it); Esc postpones.
set -u
if [ "${1:-}" != "--inner" ]; then
    exec "$(dirname "$0")/with_xvfb.sh" "$0" --inner "$@"
fi
gallery=$2
export NO_AT_BRIDGE=1
openbox >/dev/null 2>&1 &
wm=$!
sleep 0.3
status=0
run() { # run KEYS... ; prints the gallery's action lines
    local log pid win
    log=$(mktemp)
    "$gallery" break-micro >"$log" 2>&1 &
    pid=$!
    win=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" | head -1)
    sleep 0.6
    [ -n "$win" ] && xdotool windowactivate --sync "$win" >/dev/null 2>&1
    xdotool key --clearmodifiers --delay 120 "$@"
    sleep 0.6
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    grep '^action:' "$log" | tr '\n' ' '
    rm -f "$log"
}
expect() { # expect WHAT GOT
    if [ "$2" != "$1" ]; then
        echo "FAIL: expected '$1', got '$2'" >&2
        status=1
    fi
}
expect "" "$(run a b space Return)"
expect "action: postpone " "$(run Escape)"
expect "action: skip " "$(run Tab Tab space)"
kill "$wm" 2>/dev/null
[ $status -eq 0 ] && echo ok
exit $status
