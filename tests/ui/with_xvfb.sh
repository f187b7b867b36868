#!/bin/bash
# with_xvfb.sh COMMAND...: runs COMMAND on a private Xvfb (1280x800). Xvfb picks a free display itself
# (-displayfd), so many tests can start at once without xvfb-run's display-number race.
set -u
dir=$(mktemp -d)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do
    [ -s "$dir/display" ] && break
    sleep 0.05
done
if [ ! -s "$dir/display" ]; then
    echo "with_xvfb: Xvfb did not start" >&2
    cat "$dir/xvfb.log" >&2
    kill "$xvfb" 2>/dev/null
    rm -rf "$dir"
    exit 1
fi
export DISPLAY=":$(tr -d '\n' <"$dir/display")"
"$@"
status=$?
kill "$xvfb" 2>/dev/null
wait "$xvfb" 2>/dev/null
rm -rf "$dir"
exit $status
