# The layer rules of docs/DESIGN.md ("Layers"): every #include of the engine,
# the CLI, the Python module, benchmarks and fuzzers checked against them
# (tools/check_layers), so the layers do not erode one include at a time.
find_package(Python3 COMPONENTS Interpreter REQUIRED)
add_test(NAME layers
         COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tools/check_layers
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
