#!/usr/bin/env python3
"""Parses PDFs and their text copies and tabulates where the two parses differ.

Usage: tools/pdf_against_text.py CONGVAN PAIRS OUTDIR
  PAIRS: a file of lines "PDF<TAB>TEXT" (a PDF and the text copy published beside it).
Each file is parsed with `congvan parse --format json` (and `--format outline`, kept in OUTDIR
for reading); for each pair the metadata (kind, number, date, issuer, signers) and the counts of
tasks by level (article, chapter, section) or marker style (vi-arabic-dot, vi-letter-paren, …;
None: unmarked paragraphs) are compared. Prints how many pairs agree, which fields differ in how
many pairs, and each differing pair. Written for the Công báo PDFs against their .txt copies
(docs/DESIGN.md, "PDF copies against their text layer"); the environment's CONGVAN_GRAMMARS and
CONGVAN_MODULE_DIR are passed on.
"""
import collections
import json
import os
import subprocess
import sys


def parse(congvan, path, out_base):
    for fmt, ext in (("json", ".json"), ("outline", ".out")):
        with open(out_base + ext, "w") as out:
            subprocess.run([congvan, "parse", path, "--format", fmt], stdout=out,
                           stderr=subprocess.DEVNULL, timeout=300)
    with open(out_base + ".json") as f:
        return json.load(f)


def counts(doc):
    c = collections.Counter()

    def walk(nodes):
        for n in nodes:
            c[n.get("level") or n.get("style") or "unmarked"] += 1
            c["tasks"] += 1
            walk(n.get("children", []))

    walk(doc["tasks"])
    return c


def meta(doc):
    m = doc["meta"]
    signers = m.get("signers") or []
    names = [s.get("name", "") if isinstance(s, dict) else str(s) for s in signers]
    return {"kind": m.get("kind"), "number": m.get("number"), "date": m.get("date"),
            "issuer": m.get("issuer"), "signers": "; ".join(names)}


def differences(pdf, text):
    out = [f"{k}: txt={v!r} pdf={meta(pdf)[k]!r}" for k, v in meta(text).items()
           if v != meta(pdf)[k]]
    cp, ct = counts(pdf), counts(text)
    out += [f"{k}: txt={ct[k]} pdf={cp[k]}" for k in sorted(set(cp) | set(ct)) if cp[k] != ct[k]]
    return out


def main():
    congvan, pairs, outdir = sys.argv[1:4]
    os.makedirs(outdir, exist_ok=True)
    rows = []
    for i, line in enumerate(open(pairs)):
        pdf_path, text_path = line.rstrip("\n").split("\t")
        base = os.path.join(outdir, "%03d" % (i + 1))
        try:
            rows.append((pdf_path, differences(parse(congvan, pdf_path, base + ".pdf"),
                                               parse(congvan, text_path, base + ".txt"))))
        except (json.JSONDecodeError, subprocess.TimeoutExpired) as e:
            rows.append((pdf_path, [f"error: {e}"]))
    print(f"{sum(1 for _, d in rows if not d)} of {len(rows)} agree")
    fields = collections.Counter(x.split(":")[0] for _, d in rows for x in d)
    print("fields differing (pairs):", dict(fields))
    for path, diffs in rows:
        if diffs:
            print("==", path)
            for d in diffs:
                print("   ", d)


if __name__ == "__main__":
    main()
