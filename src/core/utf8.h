// Strict UTF-8 decoding and encoding, shared by every layer that handles
// text bytes (charsets, normalisation, feeds, XML output, form input).
// Pure functions; safe from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace bs {

// Length (1..4) of the valid UTF-8 sequence starting at s[i], storing its code
// point in *cp; 0 when the bytes there are not one: a bad lead byte, a
// truncated sequence, an overlong form, a surrogate or a value past U+10FFFF.
// Requires i < s.size().
std::size_t DecodeUtf8(std::string_view s, std::size_t i, std::uint32_t* cp);

bool IsValidUtf8(std::string_view s);

// Appends the UTF-8 form of `cp`; NUL, surrogates and values past U+10FFFF
// become U+FFFD (a NUL never enters Broadsheet's text: it truncates C strings
// and databases downstream).
void AppendUtf8(std::string& out, char32_t cp);

// The longest prefix of `text` no longer than `max_bytes` that does not end in
// the middle of a UTF-8 sequence (as far as the lead bytes tell). `text` need
// not be valid UTF-8.
std::string_view TruncateUtf8(std::string_view text, std::size_t max_bytes);

}  // namespace bs
