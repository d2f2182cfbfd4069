// Percent-decoding for request paths and query strings (RFC 3986 section 2.1).
//
// Pure functions on bytes; safe to call from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bs::web {

// Decodes %XX escapes. Returns nullopt for a truncated or non-hex escape and
// for any NUL byte (escaped or literal), because NULs truncate C strings and
// file names further down. With `plus_as_space` a '+' becomes ' ' (form
// encoding, used in query strings only).
std::optional<std::string> PercentDecode(std::string_view in, bool plus_as_space = false);

// Splits "a=1&b=x%20y" into decoded pairs, in order. Pairs that fail to decode
// are skipped; at most kMaxQueryParams pairs are returned.
std::vector<std::pair<std::string, std::string>> ParseQuery(std::string_view query);

// The decoded value of the first `key` in `query`, or "".
std::string QueryValue(std::string_view query, std::string_view key);

// Escapes everything except unreserved characters (and '/' when `keep_slash`).
std::string PercentEncode(std::string_view in, bool keep_slash = false);

}  // namespace bs::web
