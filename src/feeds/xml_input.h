// Turning the bytes of an XML feed into clean UTF-8 that libxml2 can parse
// without giving up early: charset decision and conversion, then repairs for
// the faults real feeds have. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace bs::feeds {

// The charset to decode an XML feed with, by RFC 7303 (section 3 and
// appendix C): a byte-order mark wins; then the charset parameter of an XML
// media type (application/xml, text/xml, application/rss+xml, ...), which
// overrides the XML declaration; then the declaration's encoding; then UTF-8.
// A charset on a non-XML media type (text/html, text/plain, octet-stream;
// common server misconfiguration) is only used when the document declares
// nothing. Returns a charset label as written (lowercased), e.g. "utf-16le".
std::string DecideXmlCharset(std::string_view bytes, std::string_view content_type);

// The `encoding` pseudo-attribute of a leading XML declaration, lowercased,
// or "" (only ASCII-compatible encodings can carry a readable one).
std::string DeclaredXmlEncoding(std::string_view bytes);

struct PreparedXml {
  std::string text;       // UTF-8, no XML declaration, starts at the first markup
  bool repaired = false;  // something malformed had to be fixed
};

// Decodes `bytes` with `charset` (falling back to UTF-8, then windows-1252,
// for unknown or wrong labels), drops NULs and characters XML forbids,
// replaces invalid UTF-8 with U+FFFD, trims junk before the first markup and
// removes the XML declaration (the text is handed to libxml2 as UTF-8).
PreparedXml DecodeXml(std::string_view bytes, std::string_view charset);

// Rewrites references XML would reject, outside CDATA sections, comments and
// processing instructions: HTML named entities become numeric references,
// numeric references to C1 controls become their windows-1252 characters,
// references to characters XML forbids become U+FFFD, and a '&' that starts
// no reference becomes "&amp;". Sets *repaired when anything changed.
std::string RepairReferences(std::string_view xml, bool* repaired);

}  // namespace bs::feeds
