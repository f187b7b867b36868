#!/bin/bash
# run_gallery.sh GALLERY WINDOW VARIANT OUTDIR: shows one window under a private Xvfb (with openbox,
# so dialogs get frames), waits until it is mapped, screenshots it (the window's own pixels) and compares
# the shot with tests/data/screenshots/gallery-WINDOW-VARIANT.png (tests/e2e/harness_screenshot.py); with
# RESPITE_BLESS=1 the shot becomes that reference instead. VARIANT is light, dark or de. Screenshots (and a
# diff image on a mismatch) go to $RESPITE_ARTIFACTS when set, else OUTDIR.
set -u
if [ "${1:-}" != "--inner" ]; then
    exec "$(dirname "$0")/with_xvfb.sh" "$0" --inner "$@"
fi
shift
gallery=$1 window=$2 variant=$3 outdir=${RESPITE_ARTIFACTS:-$4}
mkdir -p "$outdir"
shot="$outdir/$window-$variant.png"
args=()
case $variant in
dark) args+=(--dark) ;;
de) args+=(--lang de) ;;
esac
export NO_AT_BRIDGE=1
wm_pid=
if command -v openbox >/dev/null; then
    openbox >/dev/null 2>&1 &
    wm_pid=$!
    sleep 0.3
fi
"$gallery" "$window" "${args[@]}" >"$outdir/$window-$variant.log" 2>&1 &
pid=$!
status=0
if ! timeout 20 xdotool search --sync --onlyvisible --pid "$pid" >/dev/null 2>&1; then
    echo "FAIL: no window of ui_gallery $window mapped within 20 s" >&2
    cat "$outdir/$window-$variant.log" >&2
    status=1
fi
sleep 1.2
# The gallery's largest window is the one on show (a break window per monitor: they are alike).
wid=$(for w in $(xdotool search --onlyvisible --pid "$pid" 2>/dev/null); do
    eval "$(xdotool getwindowgeometry --shell "$w")"
    echo "$((WIDTH * HEIGHT)) $w"
done | sort -n | tail -1 | cut -d' ' -f2)
if [ $status -eq 0 ] && ! "$(dirname "$0")/../e2e/harness_screenshot.py" window "$DISPLAY" "$wid" "$shot"; then
    echo "FAIL: could not capture window $wid" >&2
    status=1
fi
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
[ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null
if [ $status -eq 0 ]; then
    deviation=$(convert "$shot" -format '%[fx:standard_deviation]' info:)
    if awk -v d="$deviation" 'BEGIN { exit !(d < 0.01) }'; then
        echo "FAIL: screenshot $shot is blank (standard deviation $deviation)" >&2
        status=1
    elif ! "$(dirname "$0")/../e2e/harness_screenshot.py" check "$shot" "gallery-$window-$variant" "$outdir"; then
        status=1
    fi
fi
echo "screenshot: $shot"
exit $status
