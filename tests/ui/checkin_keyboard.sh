#!/bin/bash
# checkin_keyboard.sh GALLERY: the check-in window works from the keyboard. The focus starts on "Calm"; Right
# moves along the five steps and chooses; Alt+N reaches the note; Enter there saves. Save does nothing before a
# choice; Alt+O is "N&ot today"; Esc closes without an answer.
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
    "$gallery" checkin >"$log" 2>&1 &
    pid=$!
    win=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" | head -1)
    sleep 0.6
    [ -n "$win" ] && xdotool windowactivate --sync "$win" >/dev/null 2>&1
    for k in "$@"; do
        case $k in
        type:*) xdotool type --delay 40 "${k#type:}" ;;
        *) xdotool key --clearmodifiers --delay 120 "$k" ;;
        esac
    done
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
expect 'closed: action: checkin tense "long day" ' "$(run Right Right alt+n 'type:long day' Return)"
expect 'closed: action: checkin calm "" ' "$(run space alt+s)"
expect 'open: ' "$(run alt+s)"
expect 'closed: action: checkin not_today "" ' "$(run alt+o)"
expect 'closed: ' "$(run Escape)"
kill "$wm" 2>/dev/null
[ $status -eq 0 ] && echo ok
exit $status
