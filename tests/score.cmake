# The structure score against the reviewed goldens (tools/score): every corpus
# text parsed and compared node by node and block line by block line. The
# floors are what the parser reaches today (README, "Structure score"); the
# target is 98 % of golden nodes.
find_package(Python3 COMPONENTS Interpreter REQUIRED)
add_test(NAME corpus.structure_score
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/score
                 --binary $<TARGET_FILE:congvan> --min 96 --min-blocks 89
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
