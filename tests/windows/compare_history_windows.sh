#!/usr/bin/env bash
# The history store on Windows (issue 11): respite.exe under wine records a simulated week into a history file in a
# folder named outside every ANSI code page, and `stats --json`, `stats --csv` and `history export` print what
# the Linux build prints, on the file either build wrote (the format is one file for both). `history delete`
# works, and without --history the file is %LOCALAPPDATA%\respite\history.sqlite3.
# Usage: compare_history_windows.sh WINDOWS_BUILD_DIR LINUX_RESPITE
set -euo pipefail
build=${1:?usage: compare_history_windows.sh WINDOWS_BUILD_DIR LINUX_RESPITE}
linux=${2:?usage: compare_history_windows.sh WINDOWS_BUILD_DIR LINUX_RESPITE}
exe=$(realpath "$build/src/app/respite.exe")
[ -x "$linux" ] || { echo "history comparison: $linux missing: build the Linux respite first" >&2; exit 1; }
linux=$(realpath "$linux")
[ -f "$exe" ] || { echo "history comparison: $exe missing: run make windows" >&2; exit 1; }
. "$(dirname "$0")/wine_env.sh"
run=$(mktemp -d "${TMPDIR:-/tmp}/respite-wine-history.XXXXXX")
trap 'rm -rf "$run"' EXIT
winrun=$(winepath -w "$run" 2>/dev/null)
uni=$(printf "\xc3\x9cbung \xe6\x97\xa5\xe6\x9c\xac") # "Übung 日本"
mkdir -p "$run/$uni" "$run/home"
failures=0
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
on_linux() { (cd "$run" && env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CONFIG_DIRS HOME="$run/home" TZ=UTC "$linux" "$@"); }
on_windows() { (cd "$run" && LC_ALL=C.UTF-8 wine "$exe" "$@") 2>&1 | tr -d '\r'; }

# A week with breaks prompted and answered: Monday 9 h at the screen (30 min overtime), idle and busy on Tuesday,
# a day off worked on Saturday, and a check-in answered at the end of each workday.
cat >"$run/week.toml" <<'TOML'
[workday]
timezone = "Europe/Berlin"
[micro_break]
every = "20m"
[rest_break]
every = "50m"
[checkin]
enabled = true
TOML
cat >"$run/week.csv" <<'CSV'
2026-11-23T08:00:00+01:00,2026-11-23T12:00:00+01:00,active
2026-11-23T12:00:00+01:00,2026-11-23T13:00:00+01:00,away
2026-11-23T13:00:00+01:00,2026-11-23T18:00:00+01:00,active
2026-11-24T09:00:00+01:00,2026-11-24T10:00:00+01:00,idle
2026-11-24T10:00:00+01:00,2026-11-24T11:00:00+01:00,busy
2026-11-24T11:00:00+01:00,2026-11-24T17:30:00+01:00,active
2026-11-28T10:00:00+01:00,2026-11-28T11:30:00+01:00,active
CSV
plan=(plan --from 2026-11-23T04:00:00Z --hours 168 --respond take --checkin tense)
on_linux "${plan[@]}" --config "$run/week.toml" --activity "$run/week.csv" --record-history "$run/linux.sqlite3" \
    >"$run/plan.linux" 2>&1 || fail "the Linux plan --record-history failed: $(cat "$run/plan.linux")"
win_file="$winrun\\$uni\\windows.sqlite3"
on_windows "${plan[@]}" --config "$winrun\\week.toml" --activity "$winrun\\week.csv" --record-history "$win_file" \
    >"$run/plan.windows" || true
if [ -s "$run/$uni/windows.sqlite3" ]; then pass "plan --record-history wrote a history file in a non-ASCII folder"
else fail "plan --record-history under wine wrote no file: $(cat "$run/plan.windows")"; fi
if diff -q "$run/plan.linux" "$run/plan.windows" >/dev/null; then pass "the recording plans print the same lines"
else fail "the recording plans differ: $(diff "$run/plan.linux" "$run/plan.windows" | head -20)"; fi

# The "file" field names the file read; everything else must be the same.
strip_file() { grep -v '^  "file": ' || true; }
# Each file by the path each build spells it.
declare -A unix_path=([linux]="$run/linux.sqlite3" [windows]="$run/$uni/windows.sqlite3")
declare -A win_path=([linux]="$winrun\\linux.sqlite3" [windows]="$win_file")
compare() { # NAME ARGS...: the same output from both builds, on both files
    local name=$1 ref="" source lin win lines
    shift
    for source in linux windows; do
        lin=$(on_linux "$@" --history "${unix_path[$source]}" 2>&1 | strip_file)
        win=$(on_windows "$@" --history "${win_path[$source]}" | strip_file)
        [ -n "$ref" ] || ref=$lin
        if [ "$lin" != "$win" ]; then
            fail "$name on the $source-written file: Windows differs from Linux:"
            diff <(echo "$lin") <(echo "$win") | head -20 >&2
        elif [ "$lin" != "$ref" ]; then
            fail "$name: the $source-written file reads differently from the linux-written one:"
            diff <(echo "$ref") <(echo "$lin") | head -20 >&2
        fi
    done
    lines=$(wc -l <<<"$ref")
    if [ "$lines" -lt 3 ]; then fail "$name printed too little: $ref"; else pass "$name: $lines identical lines"; fi
}
compare "stats --json --week" stats --json --week 2026-11-23
compare "stats --csv --week" stats --csv --week 2026-11-23
compare "stats (text) --day" stats --day 2026-11-23
compare "history export --format csv" history export --format csv
compare "history export --format json" history export --format json --from 2026-11-23 --to 2026-11-24

# The week is not empty: Monday's hours and a check-in answer are there.
monday=$(on_windows stats --json --week 2026-11-23 --history "$win_file")
if grep -q '"work_s": [1-9]' <<<"$monday" && grep -q '"feeling": "tense"' <<<"$monday"; then pass "the week has hours and check-ins"
else fail "stats --json under wine lacks hours or check-ins: $monday"; fi

# history delete --before, then --all, on the Windows-written file.
out=$(on_windows history delete --before 2026-11-24 --yes --history "$win_file")
left=$(on_windows stats --json --day 2026-11-23 --history "$win_file")
if grep -q '"work_s": 0,' <<<"$left" && grep -q '"work_s": [1-9]' <<<"$(on_windows stats --json --day 2026-11-24 --history "$win_file")"
then pass "history delete --before removed Monday only ($out)"; else fail "history delete --before: '$out', then $left"; fi
out=$(on_windows history delete --all --yes --history "$win_file")
left=$(on_windows stats --json --week 2026-11-23 --history "$win_file")
if grep -q '"work_s": 0,' <<<"$left" && ! grep -q '"work_s": [1-9]' <<<"$left"; then pass "history delete --all emptied it"
else fail "history delete --all: '$out', then $left"; fi

# The default file: %LOCALAPPDATA%\respite\history.sqlite3 (wine's own profile, as the tray app writes it).
local_win=$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r' | tail -1)
local_unix=$(winepath -u "$local_win" 2>/dev/null)
if [ -e "$local_unix/respite/history.sqlite3" ]; then
    pass "a default history file exists already; not checking its message"
else
    out=$(on_windows stats)
    want="$local_win\\respite\\history.sqlite3"
    if grep -qF -- "$want" <<<"$out"; then pass "without --history: $out"; else fail "stats without --history: '$out' lacks '$want'"; fi
fi

wineserver -w || true
if [ $failures -eq 0 ]; then echo "windows history tests: all passed"; else echo "windows history tests: $failures failed" >&2; fi
exit $((failures > 0))
