// Character sets: finding a document's encoding and converting it to UTF-8
// with ICU. Used by feed parsing and article extraction.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace bs {

// Charset named by a Content-Type header value ("text/html; charset=EUC-KR"),
// lowercased, or "" when absent.
std::string CharsetFromContentType(std::string_view content_type);

// The encoding of an HTML document, decided in this order: byte-order mark,
// HTTP Content-Type charset, <meta charset> / http-equiv in the first 4 KiB,
// then statistical sniffing (ICU charset detection). Returns a canonical ICU
// converter name ("UTF-8", "Shift_JIS", "windows-1252", ...). Labels are mapped
// the way browsers do (e.g. "iso-8859-1" and "ascii" mean windows-1252,
// "gb2312" means GBK/GB18030, "tis-620" means windows-874).
std::string DetectHtmlEncoding(std::string_view bytes, std::string_view content_type);

// Converts `bytes` from `charset` to UTF-8, replacing invalid sequences with
// U+FFFD and dropping NULs. A BOM is removed. Unknown charsets fail with
// kInvalidArgument; the caller may then fall back to windows-1252.
Result<std::string> ConvertToUtf8(std::string_view bytes, std::string_view charset);

// Replaces invalid UTF-8 sequences with U+FFFD and drops NULs and C0 controls
// other than tab, LF and CR.
std::string SanitizeUtf8(std::string_view text);

}  // namespace bs
