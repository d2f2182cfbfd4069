// HTML named character references, for feeds that use them inside XML (where
// only amp, lt, gt, quot and apos are defined) and for decoding HTML-typed
// titles. Pure functions over static tables; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/utf8.h"

namespace bs::feeds {

// Code point for an HTML named reference ("eacute" -> U+00E9), case-sensitive
// as in HTML; nullopt when unknown. Covers HTML 4's full set plus the HTML5
// names that appear in real feeds (punctuation and common symbols).
std::optional<char32_t> LookupHtmlEntity(std::string_view name);

// Numeric references 128-159 are windows-1252 in every browser ("&#150;" is an
// en dash); feeds written on Windows rely on that.
char32_t RemapC1ControlReference(char32_t cp);

// Appends the UTF-8 form of `cp` (NUL, surrogates and values beyond
// U+10FFFF become U+FFFD); see core/utf8.h.
using bs::AppendUtf8;

// Decodes named and numeric references once ("&amp;lt;" -> "&lt;"). Unknown
// or unterminated references are left as written.
std::string DecodeHtmlEntities(std::string_view text);

}  // namespace bs::feeds
