# The Word export of every corpus diff pair against the Office Open XML
# schemas in schemas/ooxml/ (tests/docx/validate_ooxml.sh): one ctest per pair
# (ooxml.docx.<n>). This is issue 12's check for machines without LibreOffice
# (tests/libreoffice_docx.cmake runs where soffice is installed); it runs
# everywhere. xmllint is Debian's libxml2-utils (tools/deps); without it a
# single failing test says so, as for the Akoma Ntoso schema.
find_program(CONGVAN_XMLLINT xmllint)
if(NOT CONGVAN_XMLLINT)
  add_test(NAME ooxml.docx.xmllint_missing
           COMMAND sh -c "echo 'xmllint not found: run tools/deps (libxml2-utils)' >&2; exit 1")
  return()
endif()
# The pairs of tests/diff/docx_export_test.cc and tests/docx/check_libreoffice.sh.
set(CONGVAN_DOCX_PAIRS
    "gender-equality/2021-vi-dispatch.txt|gender-equality/2023-vi-news-summary.txt"
    "gender-equality/2023-vi-news-summary.txt|gender-equality/2024-en-qa-summary.txt"
    "gender-equality/2024-en-qa-summary.txt|gender-equality/2025-en-news-summary.txt"
    "pairs/2021-vi-circular-29-2021-tt-bldtbxh-old.txt|pairs/2025-vi-circular-03-2025-tt-bldtbxh-new.txt"
    "pairs/2017-vi-decree-102-2017-nd-cp-old.txt|pairs/2022-vi-decree-99-2022-nd-cp-new.txt")
set(n 0)
foreach(pair ${CONGVAN_DOCX_PAIRS})
  math(EXPR n "${n} + 1")
  string(REPLACE "|" ";" files ${pair})
  list(GET files 0 old)
  list(GET files 1 new)
  add_test(NAME ooxml.docx.${n}
           COMMAND ${PROJECT_SOURCE_DIR}/tests/docx/validate_ooxml.sh $<TARGET_FILE:congvan>
                   ${CONGVAN_XMLLINT} ${PROJECT_SOURCE_DIR}/schemas/ooxml
                   ${PROJECT_SOURCE_DIR}/corpus/${old} ${PROJECT_SOURCE_DIR}/corpus/${new})
  set_tests_properties(ooxml.docx.${n} PROPERTIES LABELS ooxml)
endforeach()
