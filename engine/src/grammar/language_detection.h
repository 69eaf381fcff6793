// Internal: language detection's scores for several grammars from one pass
// over the text (grammar/language_detection.cc).
#ifndef CONGVAN_GRAMMAR_LANGUAGE_DETECTION_H_
#define CONGVAN_GRAMMAR_LANGUAGE_DETECTION_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "congvan/grammar.h"

namespace congvan::grammar_internal {

// grammars[k]->DetectionScore(text) for every k, in order, read in one pass
// over the text: what language detection (DetectLanguage) asks of every
// document. The grammars are borrowed for the call.
std::vector<double> DetectionScores(std::string_view text,
                                    const std::vector<const Grammar*>& grammars);

// The grammar file at `path` read only for language detection: its language,
// <detect fallback> and what DetectionScores reads (<detect>); nothing else is
// read or checked (grammar/grammar_loader.cc). Errors as Grammar::Load's for
// those parts (the file, the XML, the language code).
Result<std::shared_ptr<const Grammar>> LoadForDetection(const std::string& path);

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_LANGUAGE_DETECTION_H_
