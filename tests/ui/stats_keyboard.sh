#!/bin/bash
# stats_keyboard.sh GALLERY: the statistics window works from the keyboard. Left and Right ask for the week
# before and after (Monday 23 November 2026 is counting day 20780), 1-7 pick a day, Tab + Space press the
# "Next week" button, Esc closes the window.
set -u
if [ "${1:-}" != "--inner" ]; then
    exec "$(dirname "$0")/with_xvfb.sh" "$0" --inner "$@"
fi
. "$(dirname "$0")/keyboard_harness.sh"
keyboard_start "$2" stats open-state
expect "open: action: show_week 20773 action: show_week 20787 " "$(run Left Right)"
expect "open: action: show_day 20780 2 action: show_day 20780 6 " "$(run 3 7)"
expect "open: action: show_week 20787 " "$(run Tab space)"
expect "closed: " "$(run Escape)"
keyboard_finish
