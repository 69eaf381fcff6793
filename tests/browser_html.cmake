# Headless-Chromium check of the diff HTML report (tests/browser/): DOM counts
# against the JSON of the same diff, the page script, a screenshot. Skipped
# (exit 77) with a message when Chromium is not installed; tools/test installs it.
add_test(NAME browser_html_diff_report
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/browser/check_html_report.sh
          $<TARGET_FILE:congvan> ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/browser)
set_tests_properties(browser_html_diff_report PROPERTIES
  SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS browser)
