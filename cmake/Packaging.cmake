# The Debian package (CPack's DEB generator; tools/package runs it):
# congvan_<version>_amd64.deb holding what `cmake --install` puts in place —
# bin/congvan, share/congvan/grammars, the man page and, when built, the
# Python module in lib/python3/dist-packages — under /usr.
#
# Library dependencies are computed by dpkg-shlibdeps (dpkg-dev) from the
# binaries, so they follow whatever ICU, RE2, poppler, Tesseract… the build
# machine has; python3 (for the module) and the Tesseract language data (for
# --ocr) are recommendations, not hard dependencies of the CLI.
# CPack builds the "preinstall" target before packaging, which by default
# builds everything — the test binary too. tools/package builds what it needs
# itself, so installing never triggers a build (as `cmake --install` never does).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME congvan)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "congvan maintainers <congvan@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Vietnamese and English legal texts as task trees, compared across versions")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "congvan parses dispatches, laws, decrees and circulars (text, Word, PDF,
scanned PDF, web pages) into structured task trees, diffs their versions and
follows tasks across years and across the two languages. Command-line tool,
man page and a Python module (congvan.parse, congvan.diff, congvan.timeline).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # congvan_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(recommends "tesseract-ocr-vie, tesseract-ocr-eng")
if(CONGVAN_BUILD_PYTHON)
  # The module is built for this interpreter's ABI (cpython-3XY).
  set(py "${Python3_VERSION_MAJOR}.${Python3_VERSION_MINOR}")
  math(EXPR next_minor "${Python3_VERSION_MINOR} + 1")
  string(PREPEND recommends
         "python3 (>= ${py}), python3 (<< ${Python3_VERSION_MAJOR}.${next_minor}), ")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "${recommends}")
include(CPack)
