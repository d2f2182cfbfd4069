// Script- and accent-insensitive spelling keys: "Erdoğan" and "Erdogan",
// "München" and "Munchen", "Путин" and "Putin" meet. Used where words of
// different languages must be compared without translation (names, places,
// international words), never for display.
//
// Thread-safety: pure functions.
#pragma once

#include <string>

namespace bs {

// Appends the lowercase ASCII rendering of one code point: Latin letters
// lose their accents (ß -> ss, æ -> ae, ł -> l), Cyrillic and Greek letters
// are transliterated (ж -> zh, θ -> th), ASCII letters and digits are
// lowercased; anything else appends nothing. Upper- and lowercase input give
// the same output.
void AppendLatinKeySlow(char32_t cp, std::string* out);  // the non-ASCII part
inline void AppendLatinKey(char32_t cp, std::string* out) {
  // ASCII letters and digits, by far the commonest input, skip the tables
  // and the call (entity scanning renders every letter of a text's words).
  if (cp >= 0x80) {
    AppendLatinKeySlow(cp, out);
  } else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
    out->push_back(static_cast<char>(cp));
  } else if (cp >= 'A' && cp <= 'Z') {
    out->push_back(static_cast<char>(cp + 32));
  }
}

// True for letters this module can render (ASCII, Latin-1 and Latin
// Extended-A letters, basic Greek and Cyrillic).
bool HasLatinKey(char32_t cp);

}  // namespace bs
