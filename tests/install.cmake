# Installation checks (tests/install/): `cmake --install` into a temporary
# prefix and the Debian package extracted into a temporary root, each run from
# outside the source tree, with the Python module imported by Debian's python3
# and compared with the CLI. Only in a build with the module, i.e. not under
# CONGVAN_SANITIZE (python3 is not instrumented); tools/test runs them in its
# second, Release build. Label: install.
if(CONGVAN_BUILD_PYTHON)
  add_test(NAME install.prefix
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/install/check_install.sh
            ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${Python3_EXECUTABLE})
  add_test(NAME install.deb
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/install/check_deb.sh
            ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${Python3_EXECUTABLE} ${PROJECT_VERSION})
  set_tests_properties(install.prefix install.deb PROPERTIES LABELS install TIMEOUT 600)
endif()
