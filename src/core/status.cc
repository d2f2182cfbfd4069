#include "core/status.h"

namespace bs {

const char* StatusCodeName(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return "OK";
    case Status::Code::kInvalidArgument: return "InvalidArgument";
    case Status::Code::kNotFound: return "NotFound";
    case Status::Code::kParseError: return "ParseError";
    case Status::Code::kIoError: return "IoError";
    case Status::Code::kNetworkError: return "NetworkError";
    case Status::Code::kHttpError: return "HttpError";
    case Status::Code::kLimitExceeded: return "LimitExceeded";
    case Status::Code::kRefused: return "Refused";
    case Status::Code::kConflict: return "Conflict";
    case Status::Code::kInternal: return "Internal";
  }
  return "Unknown";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

}  // namespace bs
