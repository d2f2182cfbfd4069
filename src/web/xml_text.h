// Escaping for the XML documents the site serves (feeds, sitemaps, OPML).
//
// Stored text comes from partner pages and may hold anything: invalid UTF-8,
// control characters that XML 1.0 forbids, "]]>". Everything written into
// XML passes through XmlEscape, which makes it well-formed character data
// valid in both element content and quoted attributes, so no output needs
// CDATA sections at all.
//
// Pure functions; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace bs::web {

// Escapes & < > " ' and replaces invalid UTF-8 and characters not allowed in
// XML 1.0 (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF;
// surrogates) with U+FFFD.
std::string XmlEscape(std::string_view text);

// `text` with each invalid UTF-8 byte replaced by U+FFFD (other characters
// untouched), for code that needs valid UTF-8 but not XML.
std::string ValidUtf8(std::string_view text);

// Opening lines shared by every document.
inline constexpr char kXmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

}  // namespace bs::web
