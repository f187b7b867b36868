#!/bin/bash
# break_keyboard.sh GALLERY: the break window works from the keyboard. Keys typed as it appears press
# nothing; Tab reaches Postpone, then Skip (Space presses it); Esc postpones.
set -u
if [ "${1:-}" != "--inner" ]; then
    exec "$(dirname "$0")/with_xvfb.sh" "$0" --inner "$@"
fi
. "$(dirname "$0")/keyboard_harness.sh"
keyboard_start "$2" break-micro
expect "" "$(run a b space Return)"
expect "action: postpone " "$(run Escape)"
expect "action: skip " "$(run Tab Tab space)"
keyboard_finish
