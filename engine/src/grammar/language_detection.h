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

// The opening of `text` that decides its language: its first 4 KB, cut at
// the last line end inside them (the whole text when shorter). A legal text
// opens with its letterhead, title and first provisions in its own language;
// what a portal adds after the signature (login notices, captions, related
// texts in the portal's language) then cannot outweigh a short body
// (DetectLanguage asks the whole text only when the opening decides nothing).
std::string_view DetectionOpening(std::string_view text);

// The grammar file at `path` read only for language detection: its language,
// <detect fallback> and what DetectionScores reads (<detect>); nothing else is
// read or checked (grammar/grammar_loader.cc). Errors as Grammar::Load's for
// those parts (the file, the XML, the language code).
Result<std::shared_ptr<const Grammar>> LoadForDetection(const std::string& path);

}  // namespace congvan::grammar_internal

#endif  // CONGVAN_GRAMMAR_LANGUAGE_DETECTION_H_
