#!/usr/bin/env python3
"""Build the legacy-encoding fixtures in tests/read/fixtures/encodings/.

Standard library only (plus the iconv program for VISCII). The source text is the
first 40 lines of corpus/gender-equality/2021-vi-dispatch.txt (UTF-8, NFC, LF).
For each encoding it writes NAME.txt (the encoded bytes) and NAME.expected.txt (the
UTF-8 text a reader should decode NAME.txt to):

  vni.txt            VNI Windows, encoded with grammars/encodings/vni-windows.tsv
  tcvn3.txt          TCVN3 (VN3), encoded with grammars/encodings/tcvn3.tsv; VN3 has no
                     upper-case letters with a tone mark, so those are lower-cased first
                     (e.g. "Ủy ban" -> "ủy ban"); the expected text is lower-cased the same way
  cp1258.txt         Windows-1258 via Python's cp1258 codec: each letter is decomposed
                     (NFD), its tone mark (grave, acute, tilde, hook, dot below) split off
                     as a combining character and the rest recomposed (cp1258 has â ê ô ă
                     ơ ư đ precomposed but no combining circumflex, breve or horn)
  viscii.txt         VISCII via `iconv -f UTF-8 -t VISCII`; VISCII has no NO-BREAK SPACE,
                     so U+00A0 is replaced by a space first (expected text likewise)
  utf16le-nobom.txt  UTF-16 little-endian without byte order mark

Each fixture is decoded again (with the table, Python's codec or iconv) and compared
with its expected text before anything is written.

Usage: make_fixtures.py [--check]   (--check: rebuild in memory, compare with the
files on disk, write nothing; exit 1 if any differs)
"""

import argparse
import os
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from check_tables import Table, VIET_TONED_UPPER  # noqa: E402

SOURCE = os.path.join(ROOT, "corpus", "gender-equality", "2021-vi-dispatch.txt")
OUT = os.path.join(ROOT, "tests", "read", "fixtures", "encodings")
TABLES = os.path.join(ROOT, "grammars", "encodings")
LINES = 40

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def source_text():
    with open(SOURCE, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    text = "\n".join(lines[:LINES]) + "\n"
    assert unicodedata.is_normalized("NFC", text)
    return text


def to_cp1258(text):
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        tones = [c for c in d if c in TONE_MARKS]
        rest = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONE_MARKS))
        out.append(rest + "".join(tones))
    return "".join(out).encode("cp1258")


def iconv(data, frm, to):
    p = subprocess.run(["iconv", "-f", frm, "-t", to], input=data,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise RuntimeError("iconv %s -> %s failed: %s" % (frm, to, p.stderr.decode(errors="replace")))
    return p.stdout


def build():
    text = source_text()
    vni = Table(os.path.join(TABLES, "vni-windows.tsv"))
    tcvn3 = Table(os.path.join(TABLES, "tcvn3.tsv"))
    for t in (vni, tcvn3):
        if t.errors:
            raise SystemExit("%s has errors; run check_tables.py" % t.name)

    fixtures = {}  # name -> (encoded bytes, expected text, decoded text)

    b = vni.encode(text)
    fixtures["vni"] = (b, text, vni.decode(b))

    folded = "".join(c.lower() if c in VIET_TONED_UPPER else c for c in text)
    b = tcvn3.encode(folded)
    fixtures["tcvn3"] = (b, folded, tcvn3.decode(b))

    b = to_cp1258(text)
    fixtures["cp1258"] = (b, text, unicodedata.normalize("NFC", b.decode("cp1258")))

    plain = text.replace("\u00a0", " ")
    b = iconv(plain.encode("utf-8"), "UTF-8", "VISCII")
    fixtures["viscii"] = (b, plain, iconv(b, "VISCII", "UTF-8").decode("utf-8"))

    b = text.encode("utf-16-le")
    fixtures["utf16le-nobom"] = (b, text, b.decode("utf-16-le"))

    for name, (data, expected, decoded) in fixtures.items():
        if decoded != expected:
            raise SystemExit("%s: decoding the fixture does not give the expected text" % name)
    return fixtures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="compare with the files on disk instead of writing")
    args = ap.parse_args()
    fixtures = build()
    stale = 0
    if not args.check:
        os.makedirs(OUT, exist_ok=True)
    for name, (data, expected, _) in fixtures.items():
        files = {name + ".txt": data, name + ".expected.txt": expected.encode("utf-8")}
        for fname, content in files.items():
            path = os.path.join(OUT, fname)
            if args.check:
                try:
                    with open(path, "rb") as f:
                        same = f.read() == content
                except FileNotFoundError:
                    same = False
                if not same:
                    stale += 1
                    print("differs: %s" % os.path.relpath(path, ROOT))
            else:
                with open(path, "wb") as f:
                    f.write(content)
        print("%-14s %6d bytes, expected %6d chars" % (name, len(data), len(expected)))
    if args.check:
        print("fixtures up to date" if not stale else "%d fixture file(s) differ" % stale)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
