#!/bin/bash
# Regenerates po/respite.pot from the GUI and app sources and assets/ideas/*.txt, then merges it into
# every po/<lang>.po (msgmerge keeps existing translations; new strings appear untranslated).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

xgettext --language=C++ --from-code=UTF-8 --add-comments=TRANSLATORS: \
    --keyword=_ --keyword=wxTRANSLATE --keyword=wxPLURAL:1,2 --keyword=tr --keyword=action_label \
    --package-name=respite --msgid-bugs-address=respite@localhost --sort-by-file \
    -o "$tmp/code.pot" src/ui/*.cpp src/ui/*.h src/app/*.cpp

# Each idea line becomes one msgid, referenced by file and line, so translators see its origin.
/usr/bin/python3 - "$tmp/ideas.pot" assets/ideas/*.txt <<'PY'
import sys
out, files = sys.argv[1], sys.argv[2:]
seen = {}
for path in files:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            text = line.strip()
            if text and not text.startswith("#"):
                seen.setdefault(text, []).append(f"{path}:{n}")
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
with open(out, "w", encoding="utf-8") as o:
    o.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
    for text, refs in seen.items():
        o.write("#. TRANSLATORS: a break idea shown in the break window\n")
        o.write("#: " + " ".join(refs) + "\n")
        o.write(f"msgid {q(text)}\nmsgstr \"\"\n\n")
PY

# The settings dialog shows each key's doc line and a label made from its name; take both from the table.
/usr/bin/python3 - "$tmp/table.pot" src/core/config/settings_table.cpp <<'PY'
import re, sys
out, src = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
start = text.find("table{")
block = text[start:text.find("};", start)] if start >= 0 else ""
entries = {}
for m in re.finditer(r'(?:SettingInfo\{|\b[a-z_]+\()\s*"([a-z_]+)\.([a-z_]+)"(.*?)(?=\n\s*(?:SettingInfo\{|[a-z_]+\(\s*"[a-z_]+\.)|\Z)', block, re.S):
    name, body = m.group(2), m.group(3)
    label = name.replace("_", " ")
    label = label[0].upper() + label[1:]
    entries.setdefault(label, f"settings label for the key {m.group(1)}.{name}")
    lits = re.findall(r'"((?:[^"\\]|\\.)*)"', body)
    docs = [l for l in lits if " " in l]
    if docs:
        doc = docs[-1].replace('\\"', '"')
        doc = doc[0].upper() + doc[1:]
        entries.setdefault(doc, f"settings help for the key {m.group(1)}.{name}")
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
with open(out, "w", encoding="utf-8") as o:
    o.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
    for msgid, note in entries.items():
        o.write(f"#. {note}\n#: {src}\nmsgid {q(msgid)}\nmsgstr \"\"\n\n")
PY

msgcat --use-first -o po/respite.pot "$tmp/code.pot" "$tmp/ideas.pot" "$tmp/table.pot"
for po in po/*.po; do
    [ -e "$po" ] || continue
    msgmerge --quiet --update --backup=none --no-fuzzy-matching "$po" po/respite.pot
done
echo "updated po/respite.pot ($(grep -c '^msgid ' po/respite.pot) entries)"
echo "now run po/make_de.py to refresh po/de.po from po/de_translations.py (it lists untranslated strings)"
