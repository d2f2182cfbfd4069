// Error convention for all of Broadsheet.
//
// Errors are values: functions that can fail return `Status` or `Result<T>`.
// Exceptions never cross a module boundary: a subsystem that calls a library
// which throws (nlohmann::json, toml++, std::filesystem) catches at the call
// site and converts to a Status. Exceptions are reserved for programming errors
// (a failed invariant) and are allowed to terminate the process.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace bs {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller passed something unusable (bad URL, bad option)
    kNotFound,
    kParseError,       // input bytes could not be understood
    kIoError,          // file system or database failure
    kNetworkError,     // connect, DNS, TLS, timeout
    kHttpError,        // the server answered with a non-success status
    kLimitExceeded,    // a size, depth, time or count bound was hit
    kRefused,          // policy said no: robots.txt, private address, paused source
    kConflict,         // someone else changed it first (an optimistic write lost)
    kInternal,
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return Status(Code::kInvalidArgument, std::move(m)); }
  static Status NotFound(std::string m) { return Status(Code::kNotFound, std::move(m)); }
  static Status ParseError(std::string m) { return Status(Code::kParseError, std::move(m)); }
  static Status IoError(std::string m) { return Status(Code::kIoError, std::move(m)); }
  static Status NetworkError(std::string m) { return Status(Code::kNetworkError, std::move(m)); }
  static Status HttpError(std::string m) { return Status(Code::kHttpError, std::move(m)); }
  static Status LimitExceeded(std::string m) { return Status(Code::kLimitExceeded, std::move(m)); }
  static Status Refused(std::string m) { return Status(Code::kRefused, std::move(m)); }
  static Status Conflict(std::string m) { return Status(Code::kConflict, std::move(m)); }
  static Status Internal(std::string m) { return Status(Code::kInternal, std::move(m)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const;  // "ParseError: unexpected end of input"

 private:
  Status(Code c, std::string m) : code_(c), message_(std::move(m)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

const char* StatusCodeName(Status::Code code);

// A value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result built from an OK status has no value");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace bs
