// Status and Result<T>: how the engine reports errors caused by input.
//
// No exception crosses the engine API (as in leveldb and re2). Every failure
// caused by input carries where it happened (file, line, column or byte offset)
// so that the CLI can print one compiler-style line:
//   congvan: corpus/x.txt:12:5: marker 'đ)' breaks the sequence after 'b)'
#ifndef CONGVAN_STATUS_H_
#define CONGVAN_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace congvan {

enum class StatusCode {
  kOk = 0,
  kNotFound,         // file does not exist
  kInvalidArgument,  // bad option value (unknown language, bad threshold)
  kInvalidInput,     // input text unusable (empty, binary, bad encoding)
  kGrammarError,     // malformed grammar or lexicon file
  kIoError,          // read or write failure
  kLimitExceeded,    // an Options hard limit was hit
};

// Where an error is. Fields left at 0 / empty are unknown.
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
  std::optional<std::uint64_t> byte_offset;
};

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(StatusCode code, std::string message, Location where = {}) {
    Status s;
    s.code_ = code;
    s.message_ = std::move(message);
    s.where_ = std::move(where);
    return s;
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const Location& where() const { return where_; }

  // "FILE:LINE:COL: message" (parts that are unknown are left out).
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  Location where_;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}  // NOLINT: REQUIRES: !status.ok()

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace congvan

#endif  // CONGVAN_STATUS_H_
