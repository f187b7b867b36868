#!/usr/bin/env bash
# Runs a cross-built doctest program (core_tests.exe, windows_app_tests.exe) under wine, without CTest, and exits
# with its result.
# Usage: run_doctest_under_wine.sh BUILD_DIR NAME [doctest options...]   (NAME: build/tests/NAME.exe)
# The tests run from a fresh folder holding tzdata\ (date/tz's text database, see scripts/build_windows_deps.sh),
# on wine's Z: drive, so the Unix paths compiled into the tests (RESPITE_TEST_DATA) resolve as they do on Linux.
set -euo pipefail
build=${1:?usage: run_doctest_under_wine.sh BUILD_DIR NAME [doctest options...]}
name=${2:?usage: run_doctest_under_wine.sh BUILD_DIR NAME [doctest options...]}
shift 2
exe=$build/tests/$name.exe
[ -f "$exe" ] || { echo "wine tests: $exe missing: run make windows" >&2; exit 1; }
exe=$(realpath "$exe")
. "$(dirname "$0")/wine_env.sh"
tzdata=$(wine_tzdata "$build")

run=$(mktemp -d "${TMPDIR:-/tmp}/respite-wine.XXXXXX")
trap 'rm -rf "$run"' EXIT
cp -r "$tzdata" "$run/tzdata"
out=$run/output.txt
status=0
(cd "$run" && wine "$exe" "$@") 2>&1 | tee "$out" || status=${PIPESTATUS[0]}
wineserver -w || true
# The closing line in the form every runner understands (counts from doctest's own summary).
summary=$(grep -a '^\[doctest\] test cases:' "$out" | tail -1 | tr -d '\r' || true)
if [ -n "$summary" ]; then
    passed=$(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$summary")
    failed=$(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<<"$summary")
    echo "wine $name: $passed passed, $failed failed"
else
    echo "wine tests: $name.exe printed no doctest summary (exit $status)" >&2
    [ "$status" -ne 0 ] || status=1
fi
exit "$status"
