# Headless-Chromium check of the timeline HTML chart (tests/browser/): DOM rows,
# columns, themes and per-op cells against the JSON of the same timeline, the
# page script, self-containment, a screenshot. Skipped (exit 77) with a message
# when Chromium is not installed; tools/test installs it.
add_test(NAME browser_html_timeline_report
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/browser/check_timeline_report.sh
          $<TARGET_FILE:congvan> ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/browser-timeline)
set_tests_properties(browser_html_timeline_report PROPERTIES
  SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS browser)
