// Internal: which vector instructions the processor running the engine has.
//
// The engine is built for any x86-64 (SSE2); the scans that gain from wider
// instructions (the cue gate's SSSE3 shuffles, the OCR-noise bound, the JSON
// escaper and the UTF-8 census on AVX2) compile those paths with a target
// attribute and choose them at run time, asking here. Each answer is asked of
// the processor once per process (GCC's __builtin_cpu_supports, which reads
// CPUID and the operating system's support for the wider registers) and kept.
// On other architectures every answer is false and the portable paths run.
#ifndef CONGVAN_TEXT_CPU_FEATURES_H_
#define CONGVAN_TEXT_CPU_FEATURES_H_

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

}  // namespace congvan::text

#endif  // CONGVAN_TEXT_CPU_FEATURES_H_
