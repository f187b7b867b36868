#!/usr/bin/env bash
# The commented example defaults.toml and policy.toml are valid once uncommented, and defaults.toml names every
# key (so an administrator finds each one). Usage: check_examples.sh RESPITE EXAMPLES_DIR
set -euo pipefail
respite=$1 dir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in defaults.toml policy.toml; do
    # Uncomment "# key = value" and "# [section]" lines; prose comments stay comments.
    sed -E 's/^# ?(\[[a-z_]+\]|[a-z_]+ = .*)$/\1/' "$dir/$f" >"$tmp/$f"
    grep -qE '^[a-z_]+ = ' "$tmp/$f" || { echo "$f: nothing to uncomment" >&2; exit 1; }
    "$respite" config check "$tmp/$f"
done
missing=0
for key in $("$respite" config show --json | sed -n 's/^  "\([a-z_.]*\)": {$/\1/p'); do
    section=${key%%.*} name=${key#*.}
    # The key must appear under its own [section] in the uncommented file.
    awk -v s="[$section]" -v n="$name" '$0 == s {in_s = 1; next} /^\[/ {in_s = 0} in_s && $1 == n {found = 1}
        END {exit !found}' "$tmp/defaults.toml" || { echo "defaults.toml lacks $key" >&2; missing=1; }
done
exit $missing
