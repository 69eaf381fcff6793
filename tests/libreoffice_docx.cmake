# LibreOffice check of the diff's Word export (tests/docx/check_libreoffice.sh):
# registered only when soffice is found at configure time. LibreOffice is not
# in tools/deps (too large for CI); the round trip through the project's own
# reader (tests/diff/docx_export_test.cc) runs everywhere.
find_program(CONGVAN_SOFFICE NAMES soffice libreoffice)
if(CONGVAN_SOFFICE)
  add_test(NAME libreoffice_docx_diff
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/docx/check_libreoffice.sh
            $<TARGET_FILE:congvan> ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/libreoffice ${CONGVAN_SOFFICE})
  set_tests_properties(libreoffice_docx_diff PROPERTIES TIMEOUT 600 LABELS libreoffice)
else()
  message(STATUS "soffice not found: the LibreOffice check of the Word export is not registered")
endif()
