#!/usr/bin/env bash
# The Word export of one corpus diff pair against the Office Open XML schemas
# copied into schemas/ooxml/ (see its README): the check that stands in for
# LibreOffice where LibreOffice is not installed.
#   - word/*.xml (document, styles, settings) against WordprocessingML,
#     transitional (ISO/IEC 29500-4:2016 = ECMA-376 Part 4) wml.xsd;
#   - [Content_Types].xml and every .rels against the OPC schemas (ECMA-376 Part 2);
#   - docProps/core.xml is not validated: its schema imports the Dublin Core
#     schemas from dublincore.org, which are not in the project (xmllint runs
#     with --nonet);
#   - any other part fails the test: a new part needs its schema here first.
# Then a self-check that the schema is in force: document.xml with the author
# of its first tracked change removed (w:author is required) must be refused.
#
# Usage: validate_ooxml.sh CONGVAN XMLLINT SCHEMA_DIR OLD NEW
set -euo pipefail
congvan=$1 xmllint=$2 schemas=$3 old=$4 new=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$congvan" diff "$old" "$new" --format docx --date 2025-03-01T09:30:00Z -o "$work/changes.docx" ||
  [ $? -eq 1 ]  # 1: the versions differ
python3 -m zipfile -e "$work/changes.docx" "$work/parts"

wml=$schemas/transitional/wml.xsd
failed=0
validate() {  # SCHEMA PART
  "$xmllint" --nonet --noout --schema "$1" "$work/parts/$2" || failed=1
}
while IFS= read -r part; do
  case "$part" in
    word/*.xml) validate "$wml" "$part" ;;
    *.rels) validate "$schemas/opc/opc-relationships.xsd" "$part" ;;
    "[Content_Types].xml") validate "$schemas/opc/opc-contentTypes.xsd" "$part" ;;
    docProps/core.xml) echo "$part: not validated (Dublin Core schemas not in schemas/ooxml)" ;;
    *) echo "FAIL $part: no schema for this part in schemas/ooxml" >&2; failed=1 ;;
  esac
done < <(cd "$work/parts" && find . -type f | sed 's|^\./||' | sort)

# The schema must refuse a broken part, or the checks above prove nothing.
sed '0,/ w:author="[^"]*"/s///' "$work/parts/word/document.xml" >"$work/broken.xml"
if cmp -s "$work/broken.xml" "$work/parts/word/document.xml"; then
  echo "FAIL: document.xml has no tracked change with an author" >&2
  failed=1
elif "$xmllint" --nonet --noout --schema "$wml" "$work/broken.xml" 2>/dev/null; then
  echo "FAIL: wml.xsd accepted a tracked change without w:author" >&2
  failed=1
fi
exit $failed
