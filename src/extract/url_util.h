// URL helpers for extraction.
#pragma once

#include <string>
#include <string_view>

namespace bs::extract {

// `ref` resolved against `base` as an absolute http(s) URL, or "" (javascript:,
// data:, mailto:, fragment-only and malformed references all give ""). With
// an empty or unusable base only absolute http(s) references survive.
std::string ResolveHttp(std::string_view base, std::string_view ref);

}  // namespace bs::extract
