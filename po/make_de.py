#!/usr/bin/python3
"""Writes po/de.po from po/respite.pot and the table in po/de_translations.py; lists untranslated msgids."""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from de_translations import T  # noqa: E402


def unquote(lines):
    return "".join(re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), l[1:-1]) for l in lines)


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


pot = open(os.path.join(here, "respite.pot"), encoding="utf-8").read()
blocks = pot.strip().split("\n\n")
out = ['''# German translation of Respite.
msgid ""
msgstr ""
"Project-Id-Version: respite\\n"
"PO-Revision-Date: 2026-11-24 23:30+0000\\n"
"Last-Translator: Respite team\\n"
"Language-Team: German\\n"
"Language: de\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
''']
missing = []
for block in blocks[1:]:
    comments, fields, cur = [], {}, None
    for line in block.splitlines():
        if line.startswith("#"):
            if not line.startswith("#,") or "c-format" in line:
                comments.append(line)
            continue
        m = re.match(r'^(msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$', line)
        if m:
            cur = m.group(1)
            fields[cur] = [m.group(2)]
        elif line.startswith('"') and cur:
            fields[cur].append(line)
    msgid = unquote(fields["msgid"])
    plural = unquote(fields["msgid_plural"]) if "msgid_plural" in fields else None
    entry = "\n".join(comments) + ("\n" if comments else "") + "msgid " + quote(msgid) + "\n"
    if plural is not None:
        tr = T.get((msgid, plural))
        if tr is None:
            missing.append(msgid)
            tr = ("", "")
        entry += "msgid_plural " + quote(plural) + "\n"
        entry += "msgstr[0] " + quote(tr[0]) + "\nmsgstr[1] " + quote(tr[1]) + "\n"
    else:
        tr = T.get(msgid)
        if tr is None:
            missing.append(msgid)
            tr = ""
        entry += "msgstr " + quote(tr) + "\n"
    out.append(entry)
open(os.path.join(here, "de.po"), "w", encoding="utf-8").write("\n".join(out))
for m in missing:
    print("untranslated:", m)
sys.exit(1 if missing else 0)
