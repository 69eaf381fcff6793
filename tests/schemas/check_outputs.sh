#!/usr/bin/env bash
# Every JSON output of congvan on the real inputs, validated against its JSON
# Schema (tools/check_schema --strict: a field missing from a schema fails):
# parse --jsonl over the whole corpus, every reader fixture (good and bad
# files: document and error records) and the real excerpts the parse tests
# read (tests/parse/real: consolidated texts' note marks, signers), diff on
# the law pairs and across languages, timeline over the gender-equality
# years, extract on each format, lexicon stats and coverage, search over the
# indexed corpus.
#
# Usage: tests/schemas/check_outputs.sh BINARY      (run from the source root)
set -euo pipefail
binary=$1
check=(/usr/bin/python3 tools/check_schema --strict)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
run() {  # run SCHEMA MODE COMMAND...: the command's stdout validated
  local schema=$1 mode=$2
  shift 2
  local status=0
  "$@" >"$work/out" 2>"$work/err" || status=$?
  if [[ $status -ge 2 ]] || [[ ! -s "$work/out" ]]; then
    echo "FAILED to run ($status): $*" >&2
    cat "$work/err" >&2
    failed=1
    return
  fi
  if ! "${check[@]}" "$schema" $mode "$work/out"; then
    echo "INVALID $schema output of: $*" >&2
    failed=1
  fi
}

run parse-record --jsonl "$binary" parse --jsonl corpus tests/read/fixtures tests/parse/real
n=$(wc -l <"$work/out")
echo "parse --jsonl: $n records checked"
gender=corpus/gender-equality
run diff "" "$binary" diff --format json corpus/pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt \
  corpus/pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt
run diff "" "$binary" diff --format json corpus/pairs/2017-vi-decree-102-2017-nd-cp-old.txt \
  corpus/pairs/2022-vi-decree-99-2022-nd-cp-new.txt
run diff "" "$binary" diff --format json "$gender/2023-vi-news-summary.txt" "$gender/2024-en-qa-summary.txt"
run diff "" "$binary" diff --format json --tracked-changes tests/read/fixtures/docx/dispatch-tracked.docx
run timeline "" "$binary" timeline --format json "$gender/2021-vi-dispatch.txt" "$gender/2023-vi-news-summary.txt" \
  "$gender/2024-en-qa-summary.txt" "$gender/2025-en-news-summary.txt"
# A decree filed among the dispatches, forced: the unrelated flags and shares.
run timeline "" "$binary" timeline --format json --force "$gender/2021-vi-dispatch.txt" \
  corpus/legislation/2022-vi-decree-38-2022-nd-cp.txt "$gender/2023-vi-news-summary.txt"
for f in tests/read/fixtures/docx/*.docx tests/read/fixtures/html/*.html tests/read/fixtures/pdf/*.pdf \
         tests/read/fixtures/encodings/tcvn3.txt; do
  # Needs --ocr (slow): a scan, and a text layer that is not the text (a legacy
  # OCR layer, a font without a Unicode map); their parse records are errors above.
  case "$f" in *scan* | *ocr-layer* | *unmapped-font*) continue ;; esac
  run extract "" "$binary" extract --format json "$f"
done
run consolidate "" "$binary" consolidate --format json corpus/legislation/2022-vi-circular-17-2022-tt-bldtbxh.txt \
  corpus/legislation/2023-vi-circular-03-2023-tt-bldtbxh-amending-17-2022.txt
run lexicon-stats "" "$binary" lexicon stats --format json
run lexicon-coverage "" "$binary" lexicon coverage --format json "$gender/2021-vi-dispatch.txt"
run lexicon-coverage "" "$binary" lexicon coverage --format json --scope text "$gender/2024-en-qa-summary.txt"
"$binary" index --db "$work/corpus.db" corpus 2>/dev/null
run search "" "$binary" search --db "$work/corpus.db" "kiem tra" --format json
run search "" "$binary" search --db "$work/corpus.db" "kiểm tra" --concepts --language en --format json
run search "" "$binary" search --db "$work/corpus.db" "bình đẳng giới" --year 2021..2023 --limit 3 --format json
exit $failed
