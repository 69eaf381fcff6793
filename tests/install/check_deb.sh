#!/usr/bin/env bash
# The Debian package: tools/package makes congvan_<version>_amd64.deb from the
# build tree; its metadata is checked, it is extracted with dpkg-deb -x into a
# temporary root (no system change), and the binary and the Python module run
# from there on corpus texts, finding <root>/usr/share/congvan by themselves.
#
# Usage: check_deb.sh BUILD_DIR SOURCE_DIR PYTHON VERSION   (tests/install.cmake)
set -euo pipefail
build=$1 source=$2 python=$3 version=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check_deb: $*" >&2; exit 1; }
unset CONGVAN_GRAMMARS

deb=$("$source/tools/package" --build-dir "$build" --no-build --output-dir "$tmp")
[[ "$(basename "$deb")" == "congvan_${version}_amd64.deb" ]] || fail "unexpected package name: $deb"

# Metadata: the libraries from dpkg-shlibdeps, and nothing that would not install here.
info=$(dpkg-deb -f "$deb" Package Version Architecture Depends)
for want in "Package: congvan" "Version: $version" "Architecture: amd64" "libicu" "libtesseract" \
            "libpoppler-cpp" "libre2" "libboost-program-options" "libzip"; do
  [[ "$info" == *"$want"* ]] || fail "control lacks '$want': $info"
done
depends=$(dpkg-deb -f "$deb" Depends)
IFS=',' read -ra alternatives <<<"$depends"
for dep in "${alternatives[@]}"; do
  name=$(sed -E 's/^ *([^ (|]+).*/\1/' <<<"$dep")
  dpkg-query -W -f='${db:Status-Abbrev}' "$name" 2>/dev/null | grep -q '^ii' ||
    fail "depends on $name, which is not installed here"
done
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/congvan ./usr/share/congvan/grammars/vi.xml ./usr/share/congvan/grammars/lexicon/vi-en.tsv \
         ./usr/share/man/man1/congvan.1 ./usr/lib/python3/dist-packages/congvan.cpython- ./usr/lib/congvan/libcongvan_pdf.so \
         ./usr/lib/congvan/libcongvan_archive.so ./usr/lib/congvan/libcongvan_html.so \
         ./usr/lib/congvan/libcongvan_sqlite.so; do
  [[ "$contents" == *" $f"* ]] || fail "package lacks $f"
done

root=$tmp/root
dpkg-deb -x "$deb" "$root"
work=$tmp/work
mkdir -p "$work"
cp "$source"/corpus/gender-equality/{2021-vi-dispatch,2023-vi-news-summary,2024-en-qa-summary}.txt \
   "$source/corpus/legislation/2022-vi-decree-38-2022-nd-cp.txt" \
   "$source/tests/read/fixtures/encodings/tcvn3.txt" \
   "$source/tests/read/fixtures/docx/dispatch-numbered.docx" \
   "$source/tests/read/fixtures/pdf/dispatch-text.pdf" \
   "$source/tests/read/fixtures/html/dispatch-lists.html" "$work/"
cd "$work"
congvan=$root/usr/bin/congvan
"$congvan" --version | grep -qx "grammars: $root/usr/share/congvan/grammars" ||
  fail "the extracted binary does not use its own grammars: $("$congvan" --version)"
# The packaged binary parses FILE to the same JSON as the build tree's; else
# fail with MESSAGE.
same_parse() {
  "$congvan" parse "$1" >installed.json
  "$build/tools/congvan" parse "$1" | cmp -s - installed.json || fail "$2"
}
same_parse 2021-vi-dispatch.txt "parse: the packaged binary differs from the build tree's"
same_parse dispatch-text.pdf \
  "parse dispatch-text.pdf: the packaged binary differs (PDF module not found?)"
same_parse dispatch-numbered.docx \
  "parse dispatch-numbered.docx: the packaged binary differs (archive module not found?)"
same_parse dispatch-lists.html \
  "parse dispatch-lists.html: the packaged binary differs (HTML module not found?)"

PYTHONPATH=$root/usr/lib/python3/dist-packages CONGVAN_CLI=$congvan CONGVAN_TEST_TEXTS=$work \
CONGVAN_EXPECT_MODULE_UNDER=$root "$python" -B "$source/tests/python/test_congvan.py"
echo "check_deb: ok ($(basename "$deb"), $(du -k "$deb" | cut -f1) KiB)"
