#!/usr/bin/env bash
# What wakes the tray app while it is idle, second by second and thread by thread (bench/idle_wakeups.py), in
# bench/footprint.sh's headless session. A tool for finding wake-ups, not a test.
#   bench/idle_wakeups.sh [path/to/respite]     env: SETTLE=20 DURATION=300 STRACE=0 TRACE=0 FOOTPRINT_KEEP=1
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
settle=${SETTLE:-20} duration=${DURATION:-300} passes=1
[ "${STRACE:-0}" = 1 ] && passes=2
export FOOTPRINT_RUNNER=idle_wakeups.py
export FOOTPRINT_LIMIT=${FOOTPRINT_LIMIT:-$(((${settle%.*} + ${duration%.*} + 30) * passes + 60))}
exec "$here/footprint.sh" "$@"
