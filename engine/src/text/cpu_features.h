// Internal: which vector instructions the processor running the engine has.
//
// The engine is built for any x86-64 (SSE2); the scans that gain from wider
// instructions (the cue gate's SSSE3 shuffles, the OCR-noise bound, the JSON
// escaper, the UTF-8 census and the line measures on AVX2 — word count and
// capitals also on POPCNT) compile those paths with a target
// attribute and choose them at run time, asking here. Each answer is asked of
// the processor once per process (GCC's __builtin_cpu_supports, which reads
// CPUID and the operating system's support for the wider registers) and kept.
// On other architectures every answer is false and the portable paths run.
// A scan offered in three widths (portable, SSE2, AVX2: the JSON escaper,
// the UTF-8 census) names them by VectorScan and asks VectorScanRuns which
// this build and processor run; its AVX2 functions are compiled where
// CONGVAN_TARGETS_AVX2 is defined, so the answer and the code agree.
#ifndef CONGVAN_TEXT_CPU_FEATURES_H_
#define CONGVAN_TEXT_CPU_FEATURES_H_

// Whether this compiler and build can give a function the AVX2 target.
#if defined(__SSE2__) && defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define CONGVAN_TARGETS_AVX2 1
#endif

namespace congvan::text {

inline bool CpuHasSsse3() {
#if defined(__x86_64__) || defined(__i386__)
  static const bool has = (__builtin_cpu_init(), __builtin_cpu_supports("ssse3"));
  return has;
#else
  return false;
#endif
}

inline bool CpuHasAvx2() {
#if defined(__x86_64__) || defined(__i386__)
  static const bool has = (__builtin_cpu_init(), __builtin_cpu_supports("avx2"));
  return has;
#else
  return false;
#endif
}

inline bool CpuHasPopcnt() {
#if defined(__x86_64__) || defined(__i386__)
  static const bool has = (__builtin_cpu_init(), __builtin_cpu_supports("popcnt"));
  return has;
#else
  return false;
#endif
}

// The widths a vector scan reads at: byte by byte, sixteen bytes (SSE2, part
// of x86-64), thirty-two (AVX2, where the processor has it).
enum class VectorScan { kPortable, kSse2, kAvx2 };

// Whether this build and processor run `scan`.
inline bool VectorScanRuns(VectorScan scan) {
  switch (scan) {
    case VectorScan::kPortable:
      return true;
    case VectorScan::kSse2:
#if defined(__SSE2__)
      return true;
#else
      return false;
#endif
    case VectorScan::kAvx2:
#if defined(CONGVAN_TARGETS_AVX2)
      return CpuHasAvx2();
#else
      return false;
#endif
  }
  return false;
}

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_CPU_FEATURES_H_
