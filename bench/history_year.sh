#!/usr/bin/env bash
# Benchmark (not a test) of the history (issue 11): a year of history made by `respite plan --record-history`
# over 365 days of a one-second-resolution random activity trace (bench/gen_trace.py), then
#   - the file's size (budget: under 10 MB) and how long plan took to write it;
#   - `respite stats --week` on it (hyperfine median; budget: 50 ms);
#   - the statistics window opened from the tray menu with that file as the user's history: from the D-Bus
#     menu click until the window's X MapNotify, the first open (no warm-up) and the median of five
#     (bench/history_window.py, in the e2e harness's headless session; budget: 200 ms).
# Usage: bench/history_year.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
bin=$build/src/app/respite
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 "$here/gen_trace.py" 365 42 > "$work/trace.csv"
printf '[workday]\ntimezone = "Europe/Berlin"\n' > "$work/config.toml"
echo "trace: $(wc -l < "$work/trace.csv") segments over 365 days"
/usr/bin/time -f "%e %M" -o "$work/time" "$bin" plan --config "$work/config.toml" \
    --from 2026-11-02T00:00:00+01:00 --hours 8760 --activity "$work/trace.csv" \
    --record-history "$work/history.sqlite3" > /dev/null
read -r wall rss < "$work/time"
size=$(stat -c %s "$work/history.sqlite3")
echo "plan --record-history over 365 days: ${wall}s, max RSS $((rss / 1024)) MB"
echo "history file: $(awk -v b="$size" 'BEGIN { printf "%.1f MB", b / 1e6 }') (budget: under 10 MB)"
"$bin" stats --week 2027-06-14 --history "$work/history.sqlite3" | tail -3
hyperfine -N --warmup 5 --runs 50 --export-json "$work/stats.json" \
    "$bin stats --week 2027-06-14 --history $work/history.sqlite3" > /dev/null 2>&1
/usr/bin/python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; \
print('respite stats --week: median %.1f ms (budget: 50 ms)' % (r['median'] * 1000))" "$work/stats.json"
"$here/../scripts/deps.sh" --with-test >/dev/null 2>&1 || true
/usr/bin/python3 "$here/history_window.py" "$build/src/app/respite-app" "$bin" "$work/history.sqlite3"
