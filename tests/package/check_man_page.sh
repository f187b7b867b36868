#!/usr/bin/env bash
# respite(1) documents every subcommand `respite --help` lists (each has its own .SS heading) and man reads it
# without a warning. Usage: check_man_page.sh RESPITE MAN_PAGE
set -euo pipefail
respite=$1 page=$2
# Subcommand lines of the help: two spaces, then a lower-case word (options start with a dash).
commands=$("$respite" --help | sed -n 's/^  \([a-z][a-z-]*\)\b.*/\1/p' | sort -u)
[ -n "$commands" ] || { echo "no subcommands found in respite --help" >&2; exit 1; }
missing=0
for c in $commands; do
    grep -qx "\.SS $c" "$page" || { echo "respite(1) has no section for '$c'" >&2; missing=1; }
done
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
[ -z "$warnings" ] || { echo "$warnings" >&2; exit 1; }
[ $missing -eq 0 ] && echo "respite(1) covers: $(echo $commands)"
