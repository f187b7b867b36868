#!/bin/bash
# settings_save.sh GALLERY: edits "Every" on the first settings page with the keyboard, presses Enter (Save)
# and checks the user file got the new value while keeping its comment and the locked key stays unwritten.
set -u
if [ "${1:-}" != "--inner" ]; then
    exec "$(dirname "$0")/with_xvfb.sh" "$0" --inner "$@"
fi
gallery=$2
log=$(mktemp)
export NO_AT_BRIDGE=1
openbox >/dev/null 2>&1 &
wm=$!
sleep 0.3
"$gallery" settings >"$log" 2>&1 &
pid=$!
fail() { echo "FAIL: $*" >&2; cat "$log" >&2; kill "$pid" "$wm" 2>/dev/null; exit 1; }
win=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" | head -1) || fail "settings dialog did not map"
sleep 0.8
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
# Focus starts in the section list; Tab reaches the "Enabled" checkbox, then the "Every" field.
xdotool key --clearmodifiers Tab Tab ctrl+a
xdotool type --delay 40 "30m"
sleep 0.3
xdotool key --clearmodifiers Return
sleep 1
file=$(sed -n 's/^config: //p' "$log")
kill "$pid" "$wm" 2>/dev/null
[ -f "$file" ] || fail "no config file path in the gallery output"
grep -q '^# my settings' "$file" || fail "the comment was lost: $(cat "$file")"
grep -Eq '^every *= *"30m"' "$file" || fail "micro_break.every not written: $(cat "$file")"
grep -q 'duration' "$file" && fail "a locked key was written: $(cat "$file")"
grep -q 'action: saved' "$log" || fail "on_saved was not called"
echo "ok: $(tr '\n' ' ' <"$file")"
