#!/usr/bin/env bash
# Benchmark (not a test): `respite plan` over 30 days of a one-second-resolution random activity trace.
# Budget (issue 2): under 1 s on one core, under 20 MB of memory. Also `respite --version` (issue 12: the command
# line links no GUI toolkit): median ≤ 3 ms (hyperfine, when installed) and ≤ 6 MB peak RSS.
# Usage: bench/plan_30_days.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
bin=$build/src/app/respite
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 "$here/gen_trace.py" 30 42 > "$work/trace.csv"
cat > "$work/config.toml" <<'TOML'
[workday]
timezone = "Europe/Berlin"
TOML
lines=$(wc -l < "$work/trace.csv")
echo "trace: $lines segments over 30 days"
run() { taskset -c 0 "$bin" plan --config "$work/config.toml" --from 2026-11-02T00:00:00+01:00 --hours 720 \
        --activity "$work/trace.csv" --json > "$work/out.jsonl"; }
run # warm the page cache
best=""
for i in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" bash -c "$(declare -f run); bin=$bin work=$work; run"
    read -r wall rss user sys < "$work/time"
    echo "run $i: wall ${wall}s user ${user}s sys ${sys}s max RSS $((rss / 1024)) MB"
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best=$wall; best_rss=$rss; fi
done
version_rss=$(/usr/bin/time -f "%M" "$bin" --version 2>&1 >/dev/null)
version_ms=""
if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 20 --runs 300 --export-json "$work/version.json" "$bin --version" >/dev/null 2>&1
    version_ms=$(/usr/bin/python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][0]["median"] * 1e3))' "$work/version.json")
fi
echo "respite --version: median ${version_ms:-?} ms (hyperfine), max RSS $((version_rss / 1024)) MB (budget: ≤ 3 ms, ≤ 6 MB)"
effects=$(wc -l < "$work/out.jsonl")
echo "effects: $effects"
echo "best: ${best}s, max RSS $((best_rss / 1024)) MB (budget: < 1 s, < 20 MB)"
awk "BEGIN{exit !($best < 1.0 && $best_rss < 20480 && $version_rss <= 6144 && (\"$version_ms\" == \"\" || ${version_ms:-0} <= 3))}" &&
    echo "within budget" || { echo "OVER BUDGET"; exit 1; }
