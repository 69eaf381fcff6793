# Headless-Chromium check of the diff HTML report (tests/browser/): DOM counts
# against the JSON of the same diff, the page script, layout at 1280 and 390 px,
# the page printed to PDF, screenshots. About 40 Chromium runs: on the loaded
# 2-core machine 5-10 s each, hence the long timeout. Skipped
# (exit 77) with a message when Chromium is not installed; tools/test installs it.
add_test(NAME browser_html_diff_report
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/browser/check_html_report.sh
          $<TARGET_FILE:congvan> ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/browser)
set_tests_properties(browser_html_diff_report PROPERTIES
  SKIP_RETURN_CODE 77 TIMEOUT 900 LABELS browser)
