#!/bin/bash
# run_gallery.sh GALLERY WINDOW VARIANT OUTDIR: shows one window under a private Xvfb (with openbox,
# so dialogs get frames), waits until it is mapped, screenshots it and checks the shot is not blank.
# VARIANT is light, dark or de. Screenshots go to $RESPITE_ARTIFACTS when set, else OUTDIR.
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
import -window root "$shot"
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
[ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null
if [ $status -eq 0 ]; then
    deviation=$(convert "$shot" -format '%[fx:standard_deviation]' info:)
    if awk -v d="$deviation" 'BEGIN { exit !(d < 0.01) }'; then
        echo "FAIL: screenshot $shot is blank (standard deviation $deviation)" >&2
        status=1
    fi
fi
echo "screenshot: $shot"
exit $status
