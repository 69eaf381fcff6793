#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then everything from there, in a
# directory outside the source and build trees: the binary finds
# <prefix>/share/congvan (grammars, lexicon, encodings) relative to itself and
# gives the same JSON as the build tree's binary; without its data it says
# where it looked; the man page is there; and Debian's python3 imports the
# installed module (tests/python/test_congvan.py: same results as the CLI).
#
# Usage: check_install.sh BUILD_DIR SOURCE_DIR PYTHON   (registered by tests/install.cmake)
set -euo pipefail
build=$1 source=$2 python=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check_install: $*" >&2; exit 1; }
unset CONGVAN_GRAMMARS

prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/congvan share/congvan/grammars/vi.xml share/congvan/grammars/en.xml \
         share/congvan/grammars/lexicon/vi-en.tsv share/congvan/grammars/encodings/tcvn3.tsv \
         share/man/man1/congvan.1; do
  [[ -f "$prefix/$f" ]] || fail "not installed: $f"
done
module=$(find "$prefix/lib/python3/dist-packages" -name 'congvan*.so' -print -quit)
[[ -n "$module" ]] || fail "Python module not installed in lib/python3/dist-packages"

# Inputs copied next to nothing: no source tree within reach of the binary.
work=$tmp/work
mkdir -p "$work"
cp "$source"/corpus/gender-equality/{2021-vi-dispatch,2023-vi-news-summary,2024-en-qa-summary}.txt \
   "$source/corpus/legislation/2022-vi-decree-38-2022-nd-cp.txt" \
   "$source/tests/read/fixtures/encodings/tcvn3.txt" \
   "$source/tests/read/fixtures/docx/dispatch-numbered.docx" \
   "$source/tests/read/fixtures/pdf/dispatch-text.pdf" \
   "$source/tests/read/fixtures/html/dispatch-lists.html" "$work/"
cd "$work"
congvan=$prefix/bin/congvan

version=$("$congvan" --version)
[[ "$version" == *"grammars: $prefix/share/congvan/grammars" ]] ||
  fail "--version does not name the installed grammars: $version"

# The installed binary parses FILE to the same JSON as the build tree's (which
# reads the source tree); installed.json keeps it. WHY: what a difference
# would most likely mean.
same_parse() {
  "$congvan" parse "$1" >installed.json
  "$build/tools/congvan" parse "$1" | cmp -s - installed.json ||
    fail "parse $1: installed and built binaries differ${2:+ ($2)}"
}
# The installed Python module reads FILE as FORMAT; else fail with WHAT.
python_reads() {
  PYTHONPATH=$prefix/lib/python3/dist-packages "$python" -B -c \
    "import congvan, sys; sys.exit(congvan.parse('$1')['source']['format'] != '$2')" ||
    fail "$3"
}

for text in 2021-vi-dispatch.txt 2024-en-qa-summary.txt tcvn3.txt; do
  same_parse "$text"
done
grep -q '"encoding": "tcvn3"' installed.json || fail "tcvn3.txt not read as TCVN3 (encodings/ missing?)"
# A PDF goes through the PDF module, found relative to the installed grammars,
# from the binary and from the Python module alike.
same_parse dispatch-text.pdf "PDF module not found?"
python_reads dispatch-text.pdf pdf "the installed Python module does not read a PDF"
# A .docx (read and written) goes through the archive module, found the same way.
[[ -f "$prefix/lib/congvan/libcongvan_archive.so" ]] || fail "not installed: lib/congvan/libcongvan_archive.so"
same_parse dispatch-numbered.docx "archive module not found?"
"$congvan" diff 2021-vi-dispatch.txt 2023-vi-news-summary.txt --format docx \
  --date 2025-03-01T09:30:00Z -o installed.docx || [[ $? -eq 1 ]] ||
  fail "diff --format docx failed from the installed binary"
"$build/tools/congvan" diff 2021-vi-dispatch.txt 2023-vi-news-summary.txt --format docx \
  --date 2025-03-01T09:30:00Z -o built.docx || true
cmp -s installed.docx built.docx || fail "diff --format docx: installed and built binaries differ"
# A web page goes through the HTML module, found the same way.
[[ -f "$prefix/lib/congvan/libcongvan_html.so" ]] || fail "not installed: lib/congvan/libcongvan_html.so"
same_parse dispatch-lists.html "HTML module not found?"
python_reads dispatch-lists.html html "the installed Python module does not read a web page"
# The corpus database goes through the SQLite module (the Python module's
# search, tests/python/test_congvan.py below, reads it from the installed tree).
[[ -f "$prefix/lib/congvan/libcongvan_sqlite.so" ]] || fail "not installed: lib/congvan/libcongvan_sqlite.so"
# vi → en goes through the installed lexicon.
"$congvan" timeline 2021-vi-dispatch.txt 2023-vi-news-summary.txt 2024-en-qa-summary.txt \
  --format json >timeline.json
"$build/tools/congvan" timeline 2021-vi-dispatch.txt 2023-vi-news-summary.txt 2024-en-qa-summary.txt \
  --format json | cmp -s - timeline.json || fail "timeline: installed and built binaries differ"

# The overrides, and the error when the data is gone.
cp -r "$prefix/share/congvan/grammars" "$tmp/own-grammars"
CONGVAN_GRAMMARS=$tmp/own-grammars "$congvan" --version | grep -qx "grammars: $tmp/own-grammars" ||
  fail "CONGVAN_GRAMMARS is not used"
mv "$prefix/share/congvan" "$tmp/moved-away"
"$congvan" parse --grammars "$tmp/own-grammars" --format outline 2024-en-qa-summary.txt | grep -q "tasks: 6 top-level" ||
  fail "--grammars DIR is not used"
if "$congvan" parse 2021-vi-dispatch.txt >out.json 2>err.txt; then fail "parse without grammars succeeded"; fi
[[ ! -s out.json && $(wc -l <err.txt) -eq 1 ]] || fail "not one error line: $(cat err.txt)"
grep -q "^congvan: no grammar directory found (looked in \$CONGVAN_GRAMMARS (not set), $prefix/share/congvan/grammars)" err.txt ||
  fail "unexpected error: $(cat err.txt)"
mv "$tmp/moved-away" "$prefix/share/congvan"

# The man page: generated from the help of the binary and of each subcommand.
man=$prefix/share/man/man1/congvan.1
for s in '^\.SH SYNOPSIS' '^\.SH COMMANDS' '^\.SS "congvan parse"' '^\.SS "congvan diff"' \
         '^\.SS "congvan timeline"' 'CONGVAN_GRAMMARS'; do
  grep -q "$s" "$man" || fail "man page lacks $s"
done

# The module, from Debian's python3, as installed (PYTHONPATH = the prefix only).
PYTHONPATH=$prefix/lib/python3/dist-packages CONGVAN_CLI=$congvan CONGVAN_TEST_TEXTS=$work \
CONGVAN_EXPECT_MODULE_UNDER=$prefix "$python" -B "$source/tests/python/test_congvan.py"
echo "check_install: ok ($prefix)"
