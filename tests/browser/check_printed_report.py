#!/usr/bin/env python3
"""Checks a diff HTML report printed to PDF by headless Chromium.

Usage: check_printed_report.py PDF DIFF_JSON MAX_PAGES [RUNNING_TEXT...]

Reads each page's text with pdftotext -raw (poppler-utils: the order the text was
drawn in, so a column's lines stay together) and checks:
  - the page count is at most MAX_PAGES (> 0);
  - every change of the JSON (number n = its 1-based place in "changes")
    shows its "#n" on exactly one page, in order: no change is lost or
    printed twice;
  - no change is split across pages: the last words of the last task on each
    side of change n are on the page that shows "#n" (a change longer than a
    page could not help being split; the corpus pairs have none);
  - every RUNNING_TEXT (the documents' numbers) is on every page: the page
    rules print them at the top of each page.
Prints one "ok:" or "FAIL:" line per check; exits 1 on any failure.
"""
import json
import re
import subprocess
import sys
import unicodedata


def normal(text):
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_texts(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    texts = []
    for p in range(1, pages + 1):
        out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-f", str(p), "-l", str(p), pdf, "-"],
                             capture_output=True, text=True, check=True).stdout
        texts.append(normal(out))
    return texts


def tail(text, words=3):
    return " ".join(normal(text).split()[-words:])


def squashed(text):
    """Without any white space: a line may break after a hyphen ("2021-" /
    "2025"), where the source has no space."""
    return "".join(text.split())


def main():
    pdf, diff_json, max_pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
    running = [normal(t) for t in sys.argv[4:] if t.strip()]
    changes = json.load(open(diff_json, encoding="utf-8"))["changes"]
    texts = page_texts(pdf)
    failures = []

    if 0 < len(texts) <= max_pages:
        print(f"ok: {len(texts)} pages (at most {max_pages})")
    else:
        failures.append(f"{len(texts)} pages, expected 1 to {max_pages}")

    last_page, split, missing = 0, [], []
    for i, change in enumerate(changes):
        n = i + 1
        label = re.compile(r"(?<!\S)#%d(?!\d)" % n)
        found = [p for p, t in enumerate(texts) if label.search(t)]
        if len(found) != 1 or found[0] < last_page:
            missing.append(f"#{n} on pages {[p + 1 for p in found]}")
            continue
        page = found[0]
        last_page = page
        for side in ("old", "new"):
            if change[side] and squashed(tail(change[side][-1]["text"])) not in squashed(texts[page]):
                split.append(f"#{n} ({change['op']}): the end of its {side} side "
                             f"('{tail(change[side][-1]['text'])}') is not on page {page + 1}")
    if missing:
        failures.append(f"changes not on exactly one page in order: {'; '.join(missing[:5])}")
    else:
        print(f"ok: each of the {len(changes)} changes is on exactly one page, in order")
    if split:
        failures.append(f"{len(split)} changes split across pages: {'; '.join(split[:5])}")
    elif not missing:
        print(f"ok: no change is split across pages")

    for text in running:
        without = [p + 1 for p, t in enumerate(texts) if text not in t]
        if without:
            failures.append(f"'{text}' missing from the top of pages {without[:10]}")
        else:
            print(f"ok: '{text}' on every page")

    for f in failures:
        print(f"FAIL: {pdf}: {f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
