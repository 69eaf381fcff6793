#!/usr/bin/env python3
"""Benchmark inputs that exercise every parse stage (issue "lean parse core", item 9).

The old bench input concatenated the corpus into one text; after the first
closing phrase the rest became one long closing block and the tree builder
barely ran. This makes two inputs of at least SIZE_MB (10^6 bytes) instead:

  many/NNNNN-<name>.txt  every corpus text, copied round after round until the
                         copies add up to the size: many real documents, parsed
                         in one `congvan parse` call.
  law.txt                one law-like document built from real articles: the
                         letterhead, title and enacting formula of Law
                         04/2022/QH15, then chapters ("Chương 1" …) of articles
                         ("Điều 1." …, numbered through) whose titles and
                         clauses (with their points) come from the articles of
                         five web-copy laws and decrees of the corpus, clauses
                         renumbered within each article; then the law's closing
                         and signature.

Usage: bench/make_inputs.py CORPUS_DIR OUT_DIR SIZE_MB
"""
import os
import re
import sys

LAW_SOURCES = [
    "legislation/2022-vi-law-04-2022-qh15-canh-sat-co-dong.txt",
    "legislation/2013-vi-law-35-2013-qh13-hoa-giai-o-co-so.txt",
    "legislation/2022-vi-decree-111-2022-nd-cp.txt",
    "pairs/2017-vi-decree-102-2017-nd-cp-old.txt",
    "pairs/2022-vi-decree-99-2022-nd-cp-new.txt",
]
HEAD_AND_TAIL = LAW_SOURCES[0]
ARTICLE = re.compile(r"^Điều \d+\.\s*(.*)$")
CLAUSE = re.compile(r"^\d{1,2}\.\s+(.*)$")
POINT = re.compile(r"^[a-zđ]\)\s+\S")
DIVISION = re.compile(r"^(Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\b")
# Articles are numbered through (the grammar reads up to "Điều 9999"), so a
# 100 MB law needs articles of about 10 KB: long, like a definitions article;
# small sizes get articles of 2.5 KB, the size of a long real one.
MAX_ARTICLES = 9000
ARTICLES_PER_CHAPTER = 12  # 750 chapters at most ("Chương 999" is the limit)


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def titles_and_clauses(lines):
    """Article titles, and clauses as lists of lines (the clause line and
    the points under it), from one legal text. Free paragraphs are left out:
    after the last article they are the closing, signature and page
    furniture."""
    titles, clauses = [], []
    in_article, clause = False, None
    for line in lines:
        text = line.strip()
        article = ARTICLE.match(text)
        if article or DIVISION.match(text):
            in_article = bool(article)
            if article and article.group(1):
                titles.append(article.group(1))
            clause = None
            continue
        if not in_article or not text:
            continue
        match = CLAUSE.match(text)
        if match:
            clause = [match.group(1)]
            clauses.append(clause)
        elif clause is not None and POINT.match(text):
            clause.append(text)
        else:  # a free paragraph, or what follows the last article
            clause = None
    return titles, clauses


def make_law(corpus, size):
    titles, clauses = [], []
    for source in LAW_SOURCES:
        t, c = titles_and_clauses(read_lines(os.path.join(corpus, source)))
        titles += t
        clauses += c
    law = read_lines(os.path.join(corpus, HEAD_AND_TAIL))
    first_chapter = next(i for i, l in enumerate(law) if l.strip().startswith("Chương"))
    closing = next(i for i, l in enumerate(law) if l.startswith("Luật này được Quốc hội"))
    out = law[:first_chapter]
    written = sum(len(l.encode()) + 1 for l in out)
    article = clause_at = 0
    tail = law[closing:]
    tail_bytes = sum(len(l.encode()) + 1 for l in tail)
    article_bytes = max(2500, size // MAX_ARTICLES)
    while written + tail_bytes < size:
        if article % ARTICLES_PER_CHAPTER == 0:
            chapter = article // ARTICLES_PER_CHAPTER + 1
            block = ["Chương %d" % chapter, titles[chapter % len(titles)].upper()]
        else:
            block = []
        article += 1
        block.append("Điều %d. %s" % (article, titles[article % len(titles)]))
        body, number = 0, 0
        while body < article_bytes:
            number += 1
            clause = clauses[clause_at % len(clauses)]
            clause_at += 1
            lines = ["%d. %s" % (number, clause[0])] + clause[1:]
            block += lines
            body += sum(len(l.encode()) + 1 for l in lines)
        out += block
        written += sum(len(l.encode()) + 1 for l in block)
    return "\n".join(out + tail) + "\n", article


def make_many(corpus, out_dir, size):
    texts = []
    for root, _, files in os.walk(corpus):
        for name in files:
            if name.endswith(".txt"):
                texts.append(os.path.join(root, name))
    texts.sort()
    os.makedirs(out_dir, exist_ok=True)
    written, count = 0, 0
    while written < size:
        for path in texts:
            with open(path, "rb") as f:
                data = f.read()
            name = "%05d-%s" % (count, os.path.basename(path))
            with open(os.path.join(out_dir, name), "wb") as f:
                f.write(data)
            written += len(data)
            count += 1
            if written >= size:
                break
    return count, written


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: bench/make_inputs.py CORPUS_DIR OUT_DIR SIZE_MB")
    corpus, out_dir, size = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1000000
    os.makedirs(out_dir, exist_ok=True)
    law, articles = make_law(corpus, size)
    with open(os.path.join(out_dir, "law.txt"), "w", encoding="utf-8") as f:
        f.write(law)
    count, written = make_many(corpus, os.path.join(out_dir, "many"), size)
    print("%s/law.txt: %d bytes, %d articles; %s/many: %d files, %d bytes"
          % (out_dir, len(law.encode()), articles, out_dir, count, written))


if __name__ == "__main__":
    main()
