#!/bin/bash
# stats_keyboard.sh GALLERY: the statistics window works from the keyboard. Left and Right ask for the week
# before and after (Monday 23 November 2026 is counting day 20780), 1-7 pick a day, Tab + Space press the
# "Next week" button, Esc closes the window.
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
run() { # run KEYS... ; prints the gallery's action lines and whether the window is still there
    local log pid win
    log=$(mktemp)
    "$gallery" stats >"$log" 2>&1 &
    pid=$!
    win=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" | head -1)
    sleep 0.6
    [ -n "$win" ] && xdotool windowactivate --sync "$win" >/dev/null 2>&1
    xdotool key --clearmodifiers --delay 120 "$@"
    sleep 0.6
    if xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then echo -n "open: "; else echo -n "closed: "; fi
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
expect "open: action: show_week 20773 action: show_week 20787 " "$(run Left Right)"
expect "open: action: show_day 20780 2 action: show_day 20780 6 " "$(run 3 7)"
expect "open: action: show_week 20787 " "$(run Tab space)"
expect "closed: " "$(run Escape)"
kill "$wm" 2>/dev/null
[ $status -eq 0 ] && echo ok
exit $status
