#!/usr/bin/env bash
# Runs the cross-built core unit tests (core_tests.exe) under wine, without CTest, and exits with their result.
# Usage: run_core_tests_under_wine.sh BUILD_DIR [doctest options...]
# The tests run from a fresh folder holding tzdata\ (date/tz's text database, see scripts/build_windows_deps.sh),
# on wine's Z: drive, so the Unix paths compiled into the tests (RESPITE_TEST_DATA) resolve as they do on Linux.
set -euo pipefail
build=${1:?usage: run_core_tests_under_wine.sh BUILD_DIR [doctest options...]}
shift
exe=$build/tests/core_tests.exe
[ -f "$exe" ] || { echo "wine tests: $exe missing: run make windows" >&2; exit 1; }
exe=$(realpath "$exe")
command -v wine >/dev/null || { echo "wine tests: wine missing: run scripts/deps.sh --with-windows" >&2; exit 1; }
tzdata=$(sed -n "s/^RESPITE_WINDOWS_TZDATA:[A-Z]*=//p" "$build/CMakeCache.txt")
[ -f "$tzdata/version" ] || { echo "wine tests: no tzdata in '$tzdata' (RESPITE_WINDOWS_TZDATA of $build)" >&2; exit 1; }

run=$(mktemp -d "${TMPDIR:-/tmp}/respite-wine.XXXXXX")
trap 'rm -rf "$run"' EXIT
cp -r "$tzdata" "$run/tzdata"
# A wine prefix is slow to create (wineboot): keep one in the cache, one per user of the machine.
export WINEPREFIX=${RESPITE_WINEPREFIX:-${RESPITE_WINDOWS_CACHE:-$HOME/.cache/respite-windows}/wineprefix}
export WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" 
# Console tests need no display; without one, wineboot does not try to show its dialogs.
unset DISPLAY WAYLAND_DISPLAY
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    echo "wine tests: creating the wine prefix $WINEPREFIX" >&2
    mkdir -p "$WINEPREFIX"
    wineboot --init >/dev/null 2>&1 || true
    wineserver -w
fi
out=$run/output.txt
status=0
(cd "$run" && wine "$exe" "$@") 2>&1 | tee "$out" || status=${PIPESTATUS[0]}
wineserver -w || true
# The closing line in the form every runner understands (counts from doctest's own summary).
summary=$(grep -a '^\[doctest\] test cases:' "$out" | tail -1 | tr -d '\r' || true)
if [ -n "$summary" ]; then
    passed=$(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$summary")
    failed=$(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<<"$summary")
    echo "wine: $passed passed, $failed failed"
else
    echo "wine tests: core_tests.exe printed no doctest summary (exit $status)" >&2
    [ "$status" -ne 0 ] || status=1
fi
exit "$status"
