#!/bin/bash
# The translations test (ctest po.check): po/respite.pot matches what po/update_pot.sh extracts from the sources
# today, and every po/<lang>.po compiles with `msgfmt --check` and translates every template string, with no
# fuzzy or untranslated entry left.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# The creation date is the only line that changes on every run.
strip_date() { grep -v '^"POT-Creation-Date: ' "$1"; }
if ! po/update_pot.sh --pot "$tmp/respite.pot"; then
    echo "FAIL: po/update_pot.sh could not extract the strings"
    exit 1
fi
if ! diff -u <(strip_date po/respite.pot) <(strip_date "$tmp/respite.pot") >"$tmp/pot.diff"; then
    echo "FAIL: po/respite.pot is out of date with the sources; run po/update_pot.sh and translate what it adds:"
    cat "$tmp/pot.diff"
    status=1
fi

for po in po/*.po; do
    [ -e "$po" ] || continue
    if ! msgfmt --check --statistics -o /dev/null "$po"; then
        echo "FAIL: $po does not compile (msgfmt --check)"
        status=1
        continue
    fi
    # msgcmp fails when a template string has no translation (fuzzy ones count as none).
    if ! msgcmp "$po" "$tmp/respite.pot"; then
        echo "FAIL: $po lacks translations of the strings above"
        status=1
    fi
    for kind in untranslated only-fuzzy; do
        rm -f "$tmp/left.po" # msgattrib writes nothing when nothing is left
        msgattrib --"$kind" --no-obsolete --no-wrap -o "$tmp/left.po" "$po"
        if grep -q '^msgid "..*"' "$tmp/left.po" 2>/dev/null; then
            echo "FAIL: $po has ${kind#only-} entries:"
            grep '^msgid "..*"' "$tmp/left.po"
            status=1
        fi
    done
done
[ "$status" = 0 ] && echo "translations: template current, every catalog complete"
exit "$status"
