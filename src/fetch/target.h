// Splits a URL to be fetched into the parts the scheduler needs. Internal to
// the fetcher; thread-safe (pure).
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace bs::fetch_internal {

// URLs longer than this are refused: no feed or article needs more, and curl
// and servers commonly cap around 8 KiB anyway.
inline constexpr std::size_t kMaxUrlBytes = 8 * 1024;

struct FetchTarget {
  std::string url;             // normalised by curl's URL parser
  std::string scheme;          // "http" or "https"
  std::string host;            // lowercased; IPv6 without brackets
  std::string origin;          // "https://example.com:8443" (port only when non-default)
  std::string path_and_query;  // "/a/b?c=d", at least "/"
};

// kInvalidArgument for unparsable input, kRefused for a non-http(s) scheme.
Result<FetchTarget> ParseTarget(std::string_view url);

}  // namespace bs::fetch_internal
