# Every corpus text's Akoma Ntoso validates against the OASIS AKN 3.0 schema
# copied into schemas/akn/: one ctest per text (akn.schema.<dir>/<name>),
# `congvan parse --format akn` then `xmllint --noout --schema`. xmllint is
# Debian's libxml2-utils, which tools/deps installs; without it a single
# failing test says so (CI must not pass by skipping the check).
find_program(CONGVAN_XMLLINT xmllint)
if(NOT CONGVAN_XMLLINT)
  add_test(NAME akn.schema.xmllint_missing
           COMMAND sh -c "echo 'xmllint not found: run tools/deps (libxml2-utils)' >&2; exit 1")
else()
  file(GLOB_RECURSE CONGVAN_AKN_CORPUS CONFIGURE_DEPENDS RELATIVE ${PROJECT_SOURCE_DIR}/corpus
       ${PROJECT_SOURCE_DIR}/corpus/*.txt)
  foreach(text ${CONGVAN_AKN_CORPUS})
    string(REGEX REPLACE "\\.txt$" "" name ${text})
    add_test(NAME akn.schema.${name}
             COMMAND ${PROJECT_SOURCE_DIR}/tests/akn/validate.sh $<TARGET_FILE:congvan>
                     ${CONGVAN_XMLLINT} ${PROJECT_SOURCE_DIR}/schemas/akn/akomantoso30.xsd
                     ${PROJECT_SOURCE_DIR}/corpus/${text})
    set_tests_properties(akn.schema.${name} PROPERTIES LABELS akn)
  endforeach()
endif()
