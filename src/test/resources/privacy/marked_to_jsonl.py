#!/usr/bin/env python3
"""Builds the tuning corpus as JSON lines:
{"text": ..., "hasIdentifier": bool, "identifiers": [{"type", "start", "end"}]}.
Two kinds of source: a marked corpus (*.marked.txt: one text a line, identifiers as ⟦TYPE:text⟧, lines
starting with # are comments) and a labelled corpus (*.jsonl: one JSON object a line with "text" and
"identifiers", each a "type" with "start"/"end" or a "value", which counts at every occurrence in the text,
as PrivacyCorpus reads it), e.g. a retired hold-out or a corpus written blind by another writer.
Offsets count UTF-16 code units, as Java String offsets do.
Usage: marked_to_jsonl.py IN... OUT. corpus.jsonl is made from every source here:
  python3 marked_to_jsonl.py *.marked.txt corpus-*.jsonl corpus.jsonl"""
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

def labelled(line, where):
    entry = json.loads(line)
    text, ids = entry["text"], []
    for identifier in entry.get("identifiers", []):
        if identifier["type"] not in TYPES.values():
            sys.exit(f"{where}: unknown identifier type")
        if "value" not in identifier:
            ids.append({"type": identifier["type"], "start": identifier["start"], "end": identifier["end"]})
            continue
        value, at = identifier["value"], text.find(identifier["value"]) if identifier["value"] else -1
        if at < 0:
            sys.exit(f"{where}: an identifier's value is not in its text")
        while at >= 0:
            start = utf16_len(text[:at])
            ids.append({"type": identifier["type"], "start": start, "end": start + utf16_len(value)})
            at = text.find(value, at + len(value))
    ids.sort(key=lambda i: (i["start"], i["end"]))
    return {"text": text, "hasIdentifier": bool(ids), "identifiers": ids}

sources = [name for name in sys.argv[1:-1] if name != sys.argv[-1]]
with open(sys.argv[-1], "w", encoding="utf-8") as out:
    for name in sources:
        with open(name, encoding="utf-8") as src:
            for n, line in enumerate(src, 1):
                line = line.rstrip("\n")
                if name.endswith(".jsonl"):
                    if line.strip():
                        out.write(json.dumps(labelled(line, f"{name}:{n}"), ensure_ascii=False) + "\n")
                elif line.strip() and not line.startswith("#"):
                    out.write(json.dumps(convert(line), ensure_ascii=False) + "\n")
