# Modules of another build (tests/cli/stale_module.cc), one per module under
# the module's own file name, in a directory of their own: the CLI tests
# point CONGVAN_MODULE_DIR there to see a stale module refused
# (tests/cli/module_cli_test.cc).
set(CONGVAN_STALE_MODULE_DIR ${CMAKE_CURRENT_BINARY_DIR}/stale_modules)
foreach(name pdf archive html sqlite)
  add_library(congvan_stale_${name} MODULE ${CMAKE_CURRENT_SOURCE_DIR}/cli/stale_module.cc)
  target_compile_definitions(congvan_stale_${name} PRIVATE
                             CONGVAN_STALE_SYMBOL=congvan_${name}_module)
  set_target_properties(congvan_stale_${name} PROPERTIES OUTPUT_NAME congvan_${name}
                        LIBRARY_OUTPUT_DIRECTORY ${CONGVAN_STALE_MODULE_DIR})
  add_dependencies(congvan_tests congvan_stale_${name})
endforeach()
target_compile_definitions(congvan_tests PRIVATE
                           CONGVAN_STALE_MODULE_DIR="${CONGVAN_STALE_MODULE_DIR}")
