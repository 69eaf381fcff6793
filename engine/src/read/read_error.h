// The one way a reader says a file cannot be read: a Status of the given code
// (an unreadable input, by default) whose location names the file, so that
// the CLI prints one line naming the file and the problem. Header-only: the
// PDF module (pdf_module/), which links nothing of the engine, uses it too.
#ifndef CONGVAN_ENGINE_SRC_READ_READ_ERROR_H_
#define CONGVAN_ENGINE_SRC_READ_READ_ERROR_H_

#include <string>
#include <utility>

#include "congvan/status.h"

namespace congvan::read {

inline Status ReadError(const std::string& source, std::string message,
                        StatusCode code = StatusCode::kInvalidInput) {
  Location where;
  where.file = source;
  return Status::Error(code, std::move(message), where);
}

}  // namespace congvan::read

#endif  // CONGVAN_ENGINE_SRC_READ_READ_ERROR_H_
