# Replays the saved libFuzzer corpus (fuzz/corpus/) through the parse fuzz
# target in the normal build, so the sanitized ctest run catches regressions
# on every input the fuzzer ever found interesting. Included by
# tests/CMakeLists.txt; the libFuzzer build itself is fuzz/CMakeLists.txt.
add_executable(parse_fuzz_replay
  ${PROJECT_SOURCE_DIR}/fuzz/parse_fuzzer.cc
  ${PROJECT_SOURCE_DIR}/fuzz/replay_main.cc)
target_link_libraries(parse_fuzz_replay PRIVATE congvan::engine)
add_test(NAME fuzz.parse_corpus_replay
         COMMAND parse_fuzz_replay ${PROJECT_SOURCE_DIR}/fuzz/corpus)
set_tests_properties(fuzz.parse_corpus_replay PROPERTIES LABELS fuzz)

# The readers' fuzz target over its saved corpus (fuzz/read_corpus/).
add_executable(read_fuzz_replay
  ${PROJECT_SOURCE_DIR}/fuzz/read_fuzzer.cc
  ${PROJECT_SOURCE_DIR}/fuzz/replay_main.cc)
target_link_libraries(read_fuzz_replay PRIVATE congvan::engine PkgConfig::LIBZIP)
add_test(NAME fuzz.read_corpus_replay
         COMMAND read_fuzz_replay ${PROJECT_SOURCE_DIR}/fuzz/read_corpus)
set_tests_properties(fuzz.read_corpus_replay PROPERTIES LABELS fuzz)
