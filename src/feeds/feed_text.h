// Text clean-up shared by the feed readers: titles to plain text, links to
// absolute URLs, relative links inside HTML content resolved. Pure functions;
// thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace bs::feeds {

// Collapses runs of whitespace (including U+00A0) to one space and trims.
std::string CollapseWhitespace(std::string_view text);

// Markup to plain text: tags removed, references decoded once, whitespace
// collapsed. For titles typed as HTML.
std::string HtmlToPlainText(std::string_view html);

// True when text contains something that looks like an HTML tag or a
// character reference, i.e. a title that needs HtmlToPlainText.
bool LooksLikeHtml(std::string_view text);

// `ref` resolved against `base` when both allow it. An absolute http(s) `ref`
// is kept; a relative one stays relative when there is no usable base;
// references with another scheme (javascript:, data:, mailto:) give "",
// since links and images must be web addresses.
std::string ResolveLink(std::string_view base, std::string_view ref);

// Rewrites href/src (and the other URL-valued HTML attributes) in `html` to
// absolute URLs against `base`. Everything else is left byte for byte.
std::string ResolveLinksInHtml(std::string_view html, std::string_view base);

}  // namespace bs::feeds
