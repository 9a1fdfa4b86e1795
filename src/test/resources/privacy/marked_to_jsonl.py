#!/usr/bin/env python3
"""Turns a marked corpus (one text a line, identifiers as ⟦TYPE:text⟧) into JSON lines:
{"text": ..., "hasIdentifier": bool, "identifiers": [{"type", "start", "end"}]}.
Offsets count UTF-16 code units, as Java String offsets do. Usage: marked_to_jsonl.py IN... OUT (corpus.jsonl is made from every *.marked.txt here)."""
import json, re, sys

TYPES = {"P": "PERSONNUMMER", "T": "PHONE", "E": "EMAIL", "N": "NAME", "A": "ADDRESS",
         "B": "BIRTH_DATE", "C": "CASE_NUMBER"}
MARK = re.compile(r"⟦([PTENABC]):(.*?)⟧")

def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2

def convert(line):
    text, ids, pos = "", [], 0
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        start = utf16_len(text)
        text += m.group(2)
        ids.append({"type": TYPES[m.group(1)], "start": start, "end": utf16_len(text)})
        pos = m.end()
    text += line[pos:]
    return {"text": text, "hasIdentifier": bool(ids), "identifiers": ids}

with open(sys.argv[-1], "w", encoding="utf-8") as out:
    for name in sys.argv[1:-1]:
        with open(name, encoding="utf-8") as src:
            for line in src:
                line = line.rstrip("\n")
                if line.strip() and not line.startswith("#"):
                    out.write(json.dumps(convert(line), ensure_ascii=False) + "\n")
