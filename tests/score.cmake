# The structure score against the reviewed goldens (tools/score): every corpus
# text parsed and compared node by node and block line by block line. The
# floors are the issue's target of 98 % of golden nodes and today's 95 % of
# block lines (README, "Structure score").
find_package(Python3 COMPONENTS Interpreter REQUIRED)
add_test(NAME corpus.structure_score
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/score
                 --binary $<TARGET_FILE:congvan> --min 98 --min-blocks 95
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
