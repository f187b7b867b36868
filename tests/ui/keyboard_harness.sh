# Sourced by the ui keyboard tests (break_keyboard.sh, stats_keyboard.sh, checkin_keyboard.sh), which run on a
# private Xvfb (with_xvfb.sh) with openbox so windows take the focus:
#   keyboard_start GALLERY WINDOW [open-state]   the gallery and its window for every run; with "open-state", run
#                                                also says whether the window is still up ("open: " / "closed: ")
#   run KEYS...        opens the window, presses KEYS (xdotool names; "type:TEXT" types TEXT) and prints the
#                      gallery's action lines
#   expect WANT GOT    records a failure when they differ;  keyboard_finish   ends openbox, exits with the result
export NO_AT_BRIDGE=1
status=0
keyboard_start() {
    gallery=$1 window=$2 open_state=${3:-}
    openbox >/dev/null 2>&1 &
    wm=$!
    sleep 0.3
}
run() {
    local log pid win
    log=$(mktemp)
    "$gallery" "$window" >"$log" 2>&1 &
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
    if [ -n "$open_state" ]; then
        if xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then echo -n "open: "; else echo -n "closed: "; fi
    fi
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    grep '^action:' "$log" | tr '\n' ' '
    rm -f "$log"
}
expect() {
    if [ "$2" != "$1" ]; then
        echo "FAIL: expected '$1', got '$2'" >&2
        status=1
    fi
}
keyboard_finish() {
    kill "$wm" 2>/dev/null
    [ $status -eq 0 ] && echo ok
    exit $status
}
