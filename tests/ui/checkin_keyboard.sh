#!/bin/bash
# checkin_keyboard.sh GALLERY: the check-in window works from the keyboard. The focus starts on "Calm"; Right
# moves along the five steps and chooses; Alt+N reaches the note; Enter there saves. Save does nothing before a
# choice; Alt+O is "N&ot today"; Esc closes without an answer.
set -u
if [ "${1:-}" != "--inner" ]; then
    exec "$(dirname "$0")/with_xvfb.sh" "$0" --inner "$@"
fi
. "$(dirname "$0")/keyboard_harness.sh"
keyboard_start "$2" checkin open-state
expect 'closed: action: checkin tense "long day" ' "$(run Right Right alt+n 'type:long day' Return)"
expect 'closed: action: checkin calm "" ' "$(run space alt+s)"
expect 'open: ' "$(run alt+s)"
expect 'closed: action: checkin not_today "" ' "$(run alt+o)"
expect 'closed: ' "$(run Escape)"
keyboard_finish
