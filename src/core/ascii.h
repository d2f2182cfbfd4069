// ASCII case folding for protocol tokens, labels and phrases matched in
// text: only A-Z change, every other byte (UTF-8 included) is kept, and the
// result does not depend on the process locale. Safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace bs {

inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

}  // namespace bs
