# JSON Schemas (schemas/*.schema.json): every JSON output on the real inputs
# validated with Debian's python3-jsonschema (Draft 2020-12), and the schemas
# installed with the binary. The Catch2 tests check the JSON of every CLI run
# they make as well (tests/support/schema_check.h).
add_test(NAME schemas.corpus_outputs
         COMMAND ${PROJECT_SOURCE_DIR}/tests/schemas/check_outputs.sh $<TARGET_FILE:congvan>
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
add_test(NAME schemas.installed
         COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                 -P ${PROJECT_SOURCE_DIR}/tests/schemas/check_install.cmake)
