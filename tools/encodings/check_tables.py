#!/usr/bin/env python3
"""Check the legacy Vietnamese encoding tables in grammars/encodings/.

Standard library only. For each table (vni-windows.tsv, tcvn3.tsv):
  * every line is BYTES<TAB>TEXT<TAB>NAME, BYTES valid hex, NAME the Unicode name
    of TEXT, TEXT in NFC, no BYTES listed twice, no ASCII byte remapped;
  * greedy longest-match decoding is unambiguous: every pair of characters of the
    repertoire, encoded with the table, decodes back to the same pair;
  * the repertoire covers the Vietnamese letters the encoding can write;
  * single bytes that are not Vietnamese letters follow Windows-1252;
  * sample sentences round-trip (encode with the table, decode, compare).
For TCVN3 it also compares bytes 0x80-0xFF with glibc iconv's TCVN5712-1 (VN1)
and reports every difference. A difference at a byte that the table maps to a
Vietnamese letter is an error (VN1 and VN3 share those); the others are the
positions VN1 fills and VN3 leaves to Windows-1252/Latin-1, and are reported
as information (see grammars/encodings/README.md).

Exit status: 0 when every check passes, 1 otherwise.
Usage: check_tables.py [--encodings-dir DIR] [--no-iconv] [--quiet]
"""

import argparse
import os
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "grammars", "encodings"))

TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # none, grave, acute, hook, tilde, dot
VOWELS = ["a", "\u0103", "\u00e2", "e", "\u00ea", "i", "o", "\u00f4", "\u01a1", "u", "\u01b0", "y"]


def vietnamese_letters():
    """All 134 non-ASCII Vietnamese letters (67 lower-case, 67 upper-case), NFC."""
    out = set()
    for v in VOWELS:
        for t in TONES:
            ch = unicodedata.normalize("NFC", v + t)
            assert len(ch) == 1, (v, t)
            if ord(ch) > 0x7F:
                out.add(ch)
                out.add(ch.upper())
    out.update({"\u0111", "\u0110"})
    assert len(out) == 134, len(out)
    return out


VIET = vietnamese_letters()
VIET_LOWER = {c for c in VIET if c.islower()}
# upper-case letters carrying a tone mark (Á ... Ỵ): 60 of them
VIET_TONED_UPPER = {c for c in VIET if c.isupper()
                    and any(t in unicodedata.normalize("NFD", c) for t in TONES[1:])}
assert len(VIET_TONED_UPPER) == 60


class Table:
    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        self.errors = []
        self.entries = []  # (bytes, text, lineno)
        self.dec = {}
        self.enc = {}
        self.load()

    def err(self, msg):
        self.errors.append(msg)

    def load(self):
        with open(self.path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for n, line in enumerate(lines, 1):
            if line.startswith("#"):
                continue
            if not line.strip():
                self.err("line %d: empty line" % n)
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                self.err("line %d: %d columns, want 3" % (n, len(cols)))
                continue
            hexs, text, name = cols
            try:
                bs = bytes(int(h, 16) for h in hexs.split(" "))
                if any(len(h) != 2 for h in hexs.split(" ")):
                    raise ValueError
            except ValueError:
                self.err("line %d: bad BYTES %r" % (n, hexs))
                continue
            if not text:
                self.err("line %d: empty TEXT" % n)
                continue
            if not unicodedata.is_normalized("NFC", text):
                self.err("line %d: TEXT %r is not NFC" % (n, text))
            want = " + ".join(unicodedata.name(c, "U+%04X" % ord(c)) for c in text)
            if name != want:
                self.err("line %d: NAME %r, Unicode says %r" % (n, name, want))
            if bs in self.dec:
                self.err("line %d: BYTES %s duplicated (first at line %d)"
                         % (n, hexs, self.dec[bs][1]))
                continue
            if len(bs) == 1 and bs[0] < 0x80:
                if text == chr(bs[0]):
                    self.err("line %d: ASCII byte %s listed as itself" % (n, hexs))
                else:
                    # allowed by the format, but must be said in the header
                    print("  note: %s line %d remaps ASCII byte %s" % (self.name, n, hexs))
            self.dec[bs] = (text, n)
            self.entries.append((bs, text, n))
            if text in self.enc:
                # keep the first (shortest listed first) as the encoder's choice
                if len(bs) < len(self.enc[text]):
                    self.enc[text] = bs
            else:
                self.enc[text] = bs
        self.maxlen = max((len(b) for b in self.dec), default=1)

    # -- codec built from the table ---------------------------------------
    def decode(self, data):
        out = []
        i = 0
        while i < len(data):
            for k in range(min(self.maxlen, len(data) - i), 0, -1):
                hit = self.dec.get(bytes(data[i:i + k]))
                if hit is not None:
                    out.append(hit[0])
                    i += k
                    break
            else:
                b = data[i]
                if b < 0x80:
                    out.append(chr(b))
                    i += 1
                else:
                    raise ValueError("%s: byte %02X at offset %d is not in the table"
                                     % (self.name, b, i))
        return "".join(out)

    def encode(self, text):
        out = bytearray()
        maxtext = max((len(k) for k in self.enc), default=1)
        i = 0
        while i < len(text):
            for k in range(min(maxtext, len(text) - i), 0, -1):
                bs = self.enc.get(text[i:i + k])
                if bs is not None:
                    out += bs
                    i += k
                    break
            else:
                ch = text[i]
                if ord(ch) >= 0x80:
                    raise ValueError("%s: %r (%s) cannot be encoded"
                                     % (self.name, ch, unicodedata.name(ch, "?")))
                out.append(ord(ch))
                i += 1
        return bytes(out)


def check_structure(t):
    """Greedy decoding unambiguous; repertoire round-trips pairwise."""
    rep = sorted(set(t.enc) | {chr(c) for c in range(0x20, 0x7F)})
    bad = 0
    for a in rep:
        for b in rep:
            s = a + b
            enc = "?"
            try:
                data = t.encode(s)
                enc = data.hex(" ").upper()
                back = t.decode(data)
            except ValueError as e:
                back = str(e)
            if back != s:
                bad += 1
                if bad <= 5:
                    t.err("pair %r encodes to %s and decodes to %r" % (s, enc, back))
    if bad:
        t.err("%d character pairs do not round-trip" % bad)
    return len(rep) ** 2 - bad, len(rep) ** 2


def check_non_letters(t):
    """Single bytes that are not Vietnamese letters must follow Windows-1252."""
    bad = []
    for bs, text, n in t.entries:
        if text in VIET:
            continue
        if len(bs) != 1:
            bad.append("line %d: multi-byte entry %s for a non-letter %r" % (n, bs.hex(" "), text))
            continue
        try:
            want = bs.decode("cp1252")
        except UnicodeDecodeError:
            want = None
        if text != want:
            bad.append("line %d: byte %02X -> %r, Windows-1252 says %r" % (n, bs[0], text, want))
    for b in bad:
        t.err(b)


def iconv_decode_byte(iconv, enc, b):
    p = subprocess.run([iconv, "-f", enc, "-t", "UTF-8"], input=bytes([b]),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        return None
    return p.stdout.decode("utf-8")


def compare_iconv(t, quiet):
    iconv = shutil.which("iconv")
    if not iconv:
        print("  iconv: not found, comparison skipped")
        return
    probe = subprocess.run([iconv, "-f", "TCVN5712-1", "-t", "UTF-8"], input=b"a",
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if probe.returncode != 0:
        print("  iconv: TCVN5712-1 not available, comparison skipped")
        return
    same, diffs = 0, []
    for b in range(0x80, 0x100):
        mine = t.dec.get(bytes([b]), (None,))[0]
        theirs = iconv_decode_byte(iconv, "TCVN5712-1", b)
        if theirs is not None:
            theirs = unicodedata.normalize("NFC", theirs)
        if mine == theirs:
            same += 1
        else:
            diffs.append((b, mine, theirs))

    def show(s):
        if s is None:
            return "(unmapped)"
        return "%s %s" % ("U+%04X" % ord(s) if len(s) == 1 else repr(s),
                          unicodedata.name(s, "?") if len(s) == 1 else "")

    letter_diffs = [d for d in diffs if d[1] in VIET]
    print("  iconv TCVN5712-1 (VN1) vs %s, bytes 80-FF: %d same, %d different"
          % (t.name, same, len(diffs)))
    kinds = {}
    for b, mine, theirs in diffs:
        vn1_mark = theirs is not None and unicodedata.combining(theirs[0])
        vn1_upper = theirs in VIET_TONED_UPPER
        if mine in VIET:
            kind = "ERROR: Vietnamese letter differs"
        elif mine is None and vn1_mark:
            kind = "VN1 combining tone mark; unassigned in VN3, unmapped in the table"
        elif mine is None and vn1_upper:
            kind = "VN1 upper-case toned letter; unassigned in VN3, unmapped in the table"
        elif vn1_upper and 0x80 <= b <= 0x9F:
            kind = "VN1 upper-case toned letter; the table (vnconv) has the Windows-1252 symbol"
        else:
            kind = "other (unexpected, check it)"
        kinds.setdefault(kind, []).append((b, mine, theirs))
    for kind, rows in sorted(kinds.items()):
        print("    %s: %d byte(s): %s" % (kind, len(rows), " ".join("%02X" % r[0] for r in rows)))
        if not quiet or kind.startswith("ERROR") or kind.startswith("other"):
            for b, mine, theirs in rows:
                print("      %02X  table %-40s iconv %s" % (b, show(mine), show(theirs)))
    for b, mine, theirs in letter_diffs:
        t.err("byte %02X: table %s, iconv TCVN5712-1 %s" % (b, show(mine), show(theirs)))
    # information only: VN1 also uses control positions that VN3 leaves as ASCII
    ctl = []
    for b in range(0x00, 0x20):
        theirs = iconv_decode_byte(iconv, "TCVN5712-1", b)
        if theirs is not None and theirs != chr(b):
            ctl.append("%02X=%s" % (b, theirs))
    if ctl:
        print("    info: VN1 also puts upper-case letters at C0 positions VN3 keeps as ASCII "
              "controls: %s" % " ".join(ctl))


SAMPLE_VNI = ("Ủy ban nhân dân tỉnh Đắk Lắk đề nghị Bộ Lao động - Thương binh và Xã hội "
              "hướng dẫn; đội ngũ cán bộ được tập huấn về bình đẳng giới. "
              "ĐIỀU 1. NGƯỜI ĐỨNG ĐẦU CƠ QUAN ƯỚC TÍNH, ỘI, ƯỚ, Ỵ, Ỷ, Ỹ, ỹ, ỷ, ỵ; "
              "“trích dẫn” – 15 € …")
SAMPLE_TCVN3 = ("Ủy ban nhân dân tỉnh Đắk Lắk đề nghị Bộ Lao động - Thương binh và Xã hội "
                "hướng dẫn; đội ngũ cán bộ được tập huấn về bình đẳng giới; ĂN, ÂM, ÊM, "
                "ÔM, ƠN, ƯU, Đ; “trích dẫn” – 15 € …")


def fold_tcvn3(s):
    """Lower-case the letters VN3 cannot write in upper case (the toned ones)."""
    return "".join(c.lower() if c in VIET_TONED_UPPER else c for c in s)


def roundtrip(t, s, label):
    try:
        bs = t.encode(s)
        back = t.decode(bs)
    except ValueError as e:
        t.err("sample %s: %s" % (label, e))
        return
    if back != s:
        t.err("sample %s does not round-trip: %r" % (label, back))
    else:
        print("  sample %s: %d chars -> %d bytes -> round-trip OK" % (label, len(s), len(bs)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--encodings-dir", default=DEFAULT_DIR)
    ap.add_argument("--no-iconv", action="store_true", help="skip the iconv comparison")
    ap.add_argument("--quiet", action="store_true", help="list iconv differences by kind only")
    args = ap.parse_args()

    failed = False
    tables = {}
    for fname in ("vni-windows.tsv", "tcvn3.tsv"):
        path = os.path.join(args.encodings_dir, fname)
        t = Table(path)
        tables[fname] = t
        multi = sum(1 for b in t.dec if len(b) > 1)
        print("%s: %d entries (%d single-byte, %d multi-byte), %d distinct texts"
              % (fname, len(t.entries), len(t.entries) - multi, multi, len(t.enc)))
        seen = {}
        for bs, text, n in t.entries:
            seen.setdefault(text, []).append(bs.hex(" ").upper())
        for text, codes in seen.items():
            if len(codes) > 1:
                print("  note: %r is listed for %d byte sequences (%s); encoding uses %s"
                      % (text, len(codes), ", ".join(codes), t.enc[text].hex(" ").upper()))
        ok, total = check_structure(t)
        print("  pairwise round-trip over the repertoire: %d/%d" % (ok, total))
        check_non_letters(t)
        have = VIET & set(t.enc)
        if fname == "vni-windows.tsv":
            missing = VIET - have
            print("  Vietnamese letters: %d/134" % len(have))
            if missing:
                t.err("letters missing: %s" % "".join(sorted(missing)))
            # the brief's multi-diacritic letters
            for s in ("ộ", "ướ", "Đ", "Ộ", "ƯỚ", "đ"):
                print("    %s = %s" % (s, t.encode(s).hex(" ").upper()))
            roundtrip(t, SAMPLE_VNI, "vni")
        else:
            need = VIET - VIET_TONED_UPPER
            missing = need - have
            print("  Vietnamese letters: %d/134 (the 60 upper-case toned letters do not exist in VN3)"
                  % len(have))
            if missing:
                t.err("letters missing: %s" % "".join(sorted(missing)))
            extra = have & VIET_TONED_UPPER
            if extra:
                t.err("upper-case toned letters listed, VN3 has none: %s" % "".join(sorted(extra)))
            roundtrip(t, fold_tcvn3(SAMPLE_TCVN3), "tcvn3 (upper-case toned letters lowered)")
            try:
                t.encode(SAMPLE_TCVN3)
                t.err("the unfolded sample encoded, but 'Ủ' should not be encodable")
            except ValueError as e:
                print("  as expected, unfolded sample does not encode: %s" % e)
            if not args.no_iconv:
                compare_iconv(t, args.quiet)
        for e in t.errors:
            print("  ERROR: %s" % e)
        failed |= bool(t.errors)
    print("FAILED" if failed else "all checks passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
