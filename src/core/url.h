// URL handling shared by fetching, feeds, extraction and storage.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bs {

// Resolves `ref` against `base` (RFC 3986). Returns nullopt when the result is
// not an absolute http(s) URL, or either input is unusable.
std::optional<std::string> ResolveUrl(std::string_view base, std::string_view ref);

// The form under which an article is stored and looked up: scheme and host
// lowercased, default ports and fragments dropped, empty path becomes "/",
// tracking parameters (utm_*, fbclid, gclid, mc_cid, ...) removed, remaining
// query parameters kept in their original order. Returns nullopt for
// non-http(s) or malformed input.
std::optional<std::string> CanonicalizeUrl(std::string_view url);

// Lowercased host of an absolute URL, or nullopt.
std::optional<std::string> UrlHost(std::string_view url);

// "https://example.com:8443" — scheme, host and non-default port; used for
// per-host politeness and robots.txt.
std::optional<std::string> UrlOrigin(std::string_view url);

// Path plus query ("/a/b?c=d"), "/" when empty.
std::optional<std::string> UrlPathAndQuery(std::string_view url);

bool IsHttpUrl(std::string_view url);

}  // namespace bs
