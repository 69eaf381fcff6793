// The options every subcommand that reads documents shares: which reader
// (--from), which encoding (--encoding), OCR of scanned PDFs (--ocr,
// --ocr-lang) and Word's tracked changes (--tracked). With --ocr on a
// terminal, a progress line counts the pages on stderr.
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <string>

#include "command.h"
#include "congvan/reader.h"

namespace congvan::cli {

namespace po = boost::program_options;

namespace {

std::string Listed(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

void AddReaderOptions(po::options_description& options) {
  static const std::string from_help =
      "input format: auto (from the content) or one of\n" + Listed(KnownFormats());
  static const std::string encoding_help =
      "text encoding: auto (BOM, UTF-8, else the legacy\nencoding that reads as Vietnamese) or one "
      "of\n" +
      Listed(KnownEncodings());
  options.add_options()("from", po::value<std::string>()->default_value("auto"), from_help.c_str())(
      "encoding", po::value<std::string>()->default_value("auto"), encoding_help.c_str())(
      "ocr", "recognise scanned PDF pages with Tesseract (slow: seconds per page)")(
      "ocr-lang", po::value<std::string>()->default_value("vie+eng"),
      "Tesseract language packs for --ocr")("tracked",
                                            po::value<std::string>()->default_value("accept"),
                                            "Word tracked changes: accept (the text after\n"
                                            "them) or reject (the text before them)");
}

std::optional<std::string> ReaderOptions(const po::variables_map& vm, ReadOptions* read) {
  read->format = vm["from"].as<std::string>();
  read->encoding = vm["encoding"].as<std::string>();
  read->ocr = vm.count("ocr") > 0;
  read->ocr_languages = vm["ocr-lang"].as<std::string>();
  std::string tracked = vm["tracked"].as<std::string>();
  if (tracked != "accept" && tracked != "reject") {
    return "unknown --tracked '" + tracked + "' (expected accept or reject)";
  }
  read->accept_tracked_changes = tracked == "accept";
  if (read->format != "auto" && std::find(KnownFormats().begin(), KnownFormats().end(),
                                          read->format) == KnownFormats().end()) {
    return "unknown --from '" + read->format + "' (expected auto, " + Listed(KnownFormats()) + ")";
  }
  if (read->encoding != "auto" && std::find(KnownEncodings().begin(), KnownEncodings().end(),
                                            read->encoding) == KnownEncodings().end()) {
    return "unknown --encoding '" + read->encoding + "' (expected auto, " +
           Listed(KnownEncodings()) + ")";
  }
  if (read->ocr && isatty(STDERR_FILENO) == 1) {
    read->progress = [](int done, int total) {
      std::cerr << "\rcongvan: OCR page " << done << "/" << total << (done == total ? "\n" : "")
                << std::flush;
    };
  }
  return std::nullopt;
}

}  // namespace congvan::cli
