#!/usr/bin/env bash
# `respite plan --json` of the Windows build (under wine, date/tz on the shipped text tzdata) must print exactly
# the lines of the Linux build (date/tz on the system's compiled zoneinfo) for the same config and activity, over
# the DST changes of Europe/Berlin and America/New_York (both directions, with work hours, idle, away and busy
# stretches across the changed hour).
# Usage: compare_plan_windows.sh WINDOWS_BUILD_DIR LINUX_RESPITE
set -euo pipefail
build=${1:?usage: compare_plan_windows.sh WINDOWS_BUILD_DIR LINUX_RESPITE}
linux=${2:?usage: compare_plan_windows.sh WINDOWS_BUILD_DIR LINUX_RESPITE}
exe=$(realpath "$build/src/app/respite.exe")
[ -x "$linux" ] || { echo "plan comparison: $linux missing: build the Linux respite first" >&2; exit 1; }
linux=$(realpath "$linux")
[ -f "$exe" ] || { echo "plan comparison: $exe missing: run make windows" >&2; exit 1; }
. "$(dirname "$0")/wine_env.sh"
run=$(mktemp -d "${TMPDIR:-/tmp}/respite-wine-plan.XXXXXX")
trap 'rm -rf "$run"' EXIT
winrun=$(winepath -w "$run" 2>/dev/null)

# zone, the day of the change, its UTC offsets before and after
cases=(
    "Europe/Berlin 2026-03-29 +01:00 +02:00"
    "Europe/Berlin 2026-10-25 +02:00 +01:00"
    "America/New_York 2026-03-08 -05:00 -04:00"
    "America/New_York 2026-11-01 -04:00 -05:00"
)
failures=0
for c in "${cases[@]}"; do
    read -r zone day before after <<<"$c"
    name=$(tr '/' '_' <<<"$zone")-$day
    cat >"$run/$name.toml" <<TOML
[workday]
timezone = "$zone"
start = "00:30"
end = "05:00"
day_starts = "00:10"
[micro_break]
every = "20m"
[rest_break]
every = "50m"
TOML
    # Active around the change (00:00-05:00 local); an idle stretch and a busy one straddle it; a gap is away.
    prev=$(date -d "$day -1 day" +%F)
    cat >"$run/$name.csv" <<CSV
${prev}T23:00:00$before,${day}T01:40:00$before,active
${day}T01:40:00$before,${day}T04:10:00$after,idle
${day}T04:10:00$after,${day}T04:30:00$after,active
${day}T04:45:00$after,${day}T06:00:00$after,busy
${day}T06:00:00$after,${day}T10:00:00$after,active
CSV
    args=(plan --json --from "${prev}T23:00" --hours 12)
    (cd "$run" && TZ=UTC "$linux" "${args[@]}" --config "$run/$name.toml" --activity "$run/$name.csv") \
        >"$run/$name.linux" 2>&1 || true
    (cd "$run" && wine "$exe" "${args[@]}" --config "$winrun\\$name.toml" --activity "$winrun\\$name.csv") 2>&1 |
        tr -d '\r' >"$run/$name.windows" || true
    lines=$(wc -l <"$run/$name.linux")
    if [ "$lines" -lt 5 ] || ! grep -qF -- "$after\"" "$run/$name.linux"; then
        echo "FAIL: $zone $day: the Linux plan is too short or never reaches $after:" >&2
        cat "$run/$name.linux" >&2
        failures=$((failures + 1))
    elif diff -u "$run/$name.linux" "$run/$name.windows" >"$run/$name.diff"; then
        echo "ok: $zone $day: $lines identical lines (offsets $before -> $after)"
    else
        echo "FAIL: $zone $day: the Windows plan differs from the Linux one:" >&2
        cat "$run/$name.diff" >&2
        failures=$((failures + 1))
    fi
done
wineserver -w || true
exit $((failures > 0))
