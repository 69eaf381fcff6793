// Huge pages for a few large arrays: the parse's input buffer
// (read/file_bytes.h) and the aligner's candidate list, postings, feature
// entries and change list.
//
// Approach: a large array is written once, front to back, and read at random
// afterwards; with 4 KB pages the kernel takes one fault per page on the
// first write, and on the shared, virtualised build machine each fault costs
// about 15 µs — 128 MB took 0.5 s of faults where the same array in 2 MB
// pages took 0.01 s (measured there; `benchmarks/` and DESIGN have the
// figures). AdviseHugePages asks the kernel for transparent huge pages
// (madvise MADV_HUGEPAGE) on every whole 2 MB block inside an allocation the
// caller owns; smaller arrays and the bytes around the blocks are left
// alone. The advice is only a hint: where transparent huge pages are off,
// or on systems without madvise, nothing changes. Contents never change.
#ifndef CONGVAN_SRC_TEXT_HUGE_PAGES_H_
#define CONGVAN_SRC_TEXT_HUGE_PAGES_H_

#include <cstddef>
#include <vector>

namespace congvan::text {

// Advises huge pages for the whole 2 MB blocks of [data, data + bytes).
// REQUIRES: the range is one allocation owned by the caller.
void AdviseHugePages(const void* data, size_t bytes);

// Reserves room for `count` elements in an empty vector and advises huge
// pages over that room (see above).
template <typename T>
void ReserveHuge(std::vector<T>* v, size_t count) {
  v->reserve(count);
  AdviseHugePages(v->data(), v->capacity() * sizeof(T));
}

}  // namespace congvan::text

#endif  // CONGVAN_SRC_TEXT_HUGE_PAGES_H_
