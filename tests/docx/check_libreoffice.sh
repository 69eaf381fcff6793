#!/usr/bin/env bash
# LibreOffice opens the Word export of every corpus diff pair:
#   - `soffice --headless --convert-to pdf` must succeed and give a PDF whose
#     text holds the new version's first and last paragraphs (LibreOffice
#     read the package, it did not give up on it);
#   - LibreOffice's own re-save of the file as .docx, read back by
#     `congvan extract --tracked accept|reject`, must give the same text as
#     our file does: LibreOffice understood every insertion, deletion and
#     move the way the project's reader does.
# LibreOffice runs with a profile of its own under WORK_DIR, so it never
# meets another soffice running on the machine.
#
# Usage: check_libreoffice.sh CONGVAN_BINARY SOURCE_DIR WORK_DIR SOFFICE
set -euo pipefail

congvan=$1
src=$2
work=$3
soffice=$4
rm -rf "$work"
mkdir -p "$work/pdf" "$work/resaved"
profile="file://$work/profile"

pairs=(
  "gender-equality/2021-vi-dispatch.txt gender-equality/2023-vi-news-summary.txt"
  "gender-equality/2023-vi-news-summary.txt gender-equality/2024-en-qa-summary.txt"
  "gender-equality/2024-en-qa-summary.txt gender-equality/2025-en-news-summary.txt"
  "pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt"
  "pairs/2017-vi-decree-102-2017-nd-cp-old.txt pairs/2022-vi-decree-99-2022-nd-cp-new.txt"
)

# Text lines with whitespace runs made one space, blank lines dropped.
normalised() { tr -s ' \t' '  ' | sed -e 's/^ //' -e 's/ $//' | grep -v '^$' || true; }

failed=0
n=0
for pair in "${pairs[@]}"; do
  read -r old new <<<"$pair"
  n=$((n + 1))
  docx="$work/changes-$n.docx"
  "$congvan" diff "$src/corpus/$old" "$src/corpus/$new" --format docx --date 2025-03-01T09:30:00Z -o "$docx" || [ $? -eq 1 ]  # 1: changed
  for target in pdf "docx:MS Word 2007 XML"; do
    outdir="$work/pdf"
    [[ $target == pdf ]] || outdir="$work/resaved"
    if ! "$soffice" "-env:UserInstallation=$profile" --headless --convert-to "$target" --outdir "$outdir" "$docx" \
        >"$work/soffice-$n.log" 2>&1; then
      echo "FAIL $old -> $new: soffice --convert-to $target failed:"; cat "$work/soffice-$n.log"; failed=1
    fi
  done
  pdf="$work/pdf/changes-$n.pdf"
  if [[ ! -s $pdf ]]; then
    echo "FAIL $old -> $new: no PDF"; failed=1; continue
  fi
  accepted=$("$congvan" extract --tracked accept "$docx" | normalised)
  pdf_text=$(pdftotext -layout "$pdf" - 2>/dev/null | tr -s ' \t\n' '   ' || true)
  for line in "$(head -n1 <<<"$accepted")" "$(tail -n1 <<<"$accepted")"; do
    words=$(cut -d' ' -f1-4 <<<"$line")  # a few words: PDF lines wrap
    if ! grep -qF -- "$words" <<<"$pdf_text"; then
      echo "FAIL $old -> $new: the PDF lacks «$words»"; failed=1
    fi
  done
  for mode in accept reject; do
    ours=$("$congvan" extract --tracked "$mode" "$docx" | normalised)
    theirs=$("$congvan" extract --tracked "$mode" "$work/resaved/changes-$n.docx" | normalised)
    if [[ "$ours" != "$theirs" ]]; then
      echo "FAIL $old -> $new: LibreOffice's copy differs with changes ${mode}ed:"
      diff <(echo "$ours") <(echo "$theirs") | head -20
      failed=1
    fi
  done
  echo "ok   $old -> $new"
done
exit $failed
