#!/bin/bash
# Regenerates po/respite.pot from the sources and assets/ideas/*.txt, then msgmerges it into every
# po/<lang>.po (existing translations are kept; new strings appear untranslated, gone ones obsolete).
#   po/update_pot.sh             update po/respite.pot and po/*.po
#   po/update_pot.sh --pot FILE  only write the template to FILE (po/check.sh compares it with po/respite.pot)
# References name the file without a line number, so moving code does not make the template stale.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=po/respite.pot
merge=1
if [ "${1:-}" = --pot ]; then
    out=${2:?usage: update_pot.sh --pot FILE}
    merge=0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# C++: gettext calls (_, wxPLURAL, the UI's tr and action_label) and markers for strings kept in tables
# (wxTRANSLATE in src/ui, translatable() from core/translatable.h in src/core). The core tables come last, after
# the ideas, as they always have: translators and merges of po/de.po see a stable order.
extract() {
    xgettext --language=C++ --from-code=UTF-8 --add-comments=TRANSLATORS: --add-location=file \
        --keyword=_ --keyword=wxTRANSLATE --keyword=wxPLURAL:1,2 --keyword=tr --keyword=action_label \
        --keyword=translatable \
        --package-name=respite --msgid-bugs-address=respite@localhost \
        --files-from="$1" -o "$2"
}
find src \( -name '*.cpp' -o -name '*.h' \) -not -path 'src/core/*' | LC_ALL=C sort >"$tmp/code.files"
find src/core \( -name '*.cpp' -o -name '*.h' \) | LC_ALL=C sort >"$tmp/core.files"
extract "$tmp/code.files" "$tmp/code.pot"
extract "$tmp/core.files" "$tmp/core.pot"

# Ideas files are plain text, one idea a line ('#' starts a comment): each line is one msgid.
/usr/bin/python3 - "$tmp/ideas.pot" assets/ideas/*.txt <<'PY'
import sys
out, files = sys.argv[1], sys.argv[2:]
seen = {}
for path in files:
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = line.strip()
            if text and not text.startswith("#"):
                seen.setdefault(text, []).append(path)
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
with open(out, "w", encoding="utf-8") as o:
    o.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
    for text, refs in seen.items():
        o.write("#. TRANSLATORS: a break idea shown in the break window\n")
        o.write("#: " + " ".join(dict.fromkeys(refs)) + "\n")
        o.write(f"msgid {q(text)}\nmsgstr \"\"\n\n")
PY

msgcat --use-first -o "$out" "$tmp/code.pot" "$tmp/ideas.pot" "$tmp/core.pot"
[ "$merge" = 1 ] || exit 0
for po in po/*.po; do
    [ -e "$po" ] || continue
    msgmerge --quiet --update --backup=none --no-fuzzy-matching "$po" "$out"
done
echo "updated $out ($(grep -c '^msgid ' "$out") entries) and po/*.po; po/check.sh lists what is left to translate"
