// Which files `congvan index DIR` takes: the files given, and under each
// directory (recursively, in sorted order so runs are reproducible) the
// files whose extension a reader handles. Hidden files and directories (a
// leading '.') are skipped, and so are other extensions — a corpus folder
// holds metadata.tsv, README files, the database itself.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <string>

#include "congvan/corpus_db.h"

namespace congvan {
namespace {

Location At(const std::string& path) {
  Location where;
  where.file = path;
  return where;
}

bool IsDocumentExtension(const std::filesystem::path& path) {
  static const std::set<std::string> kExtensions = {".txt", ".md",   ".docx",
                                                    ".pdf", ".html", ".htm"};
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return kExtensions.count(ext) > 0;
}

bool IsHidden(const std::filesystem::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

Result<std::vector<std::string>> CorpusFiles(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      return Status::Error(StatusCode::kNotFound, "no such file or directory", At(path));
    }
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code entry_ec;
      if (IsHidden(it->path())) {
        if (it->is_directory(entry_ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(entry_ec) && IsDocumentExtension(it->path())) {
        found.push_back(it->path().string());
      }
    }
    if (ec) {
      return Status::Error(StatusCode::kIoError, "cannot list the directory: " + ec.message(),
                           At(path));
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace congvan
