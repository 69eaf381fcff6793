// The fold with offsets the slow, obvious way, for the tests that check the
// engine's fold against it (fold_key_test.cc, fold_blocks_test.cc): FoldKey
// of each code point on its own (FoldKey itself is checked against ICU in
// fold_key_test.cc), a space or tab after a space dropped, each output byte
// mapped to the first byte of the code point it came from, and one last
// offset for the end of the line.
#ifndef CONGVAN_TESTS_SUPPORT_REFERENCE_FOLD_H_
#define CONGVAN_TESTS_SUPPORT_REFERENCE_FOLD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace congvan::testing {

void ReferenceFoldWithOffsets(std::string_view line, std::string* out,
                              std::vector<uint32_t>* offsets);

}  // namespace congvan::testing

#endif  // CONGVAN_TESTS_SUPPORT_REFERENCE_FOLD_H_
