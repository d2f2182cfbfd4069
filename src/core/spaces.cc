#include "core/spaces.h"

#include "core/utf8.h"

namespace bs {

bool IsSpaceCodePoint(std::uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0 ||
         cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF;
}

std::string_view TrimSpace(std::string_view s) {
  auto space_prefix = [](std::string_view v) -> std::size_t {
    if (v.empty()) return 0;
    auto c = static_cast<unsigned char>(v[0]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') return 1;
    if (v.substr(0, 2) == "\xC2\xA0") return 2;
    if (v.substr(0, 3) == "\xE3\x80\x80") return 3;
    return 0;
  };
  auto space_suffix = [](std::string_view v) -> std::size_t {
    if (v.empty()) return 0;
    auto c = static_cast<unsigned char>(v.back());
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') return 1;
    if (v.size() >= 2 && v.substr(v.size() - 2) == "\xC2\xA0") return 2;
    if (v.size() >= 3 && v.substr(v.size() - 3) == "\xE3\x80\x80") return 3;
    return 0;
  };
  for (std::size_t k; (k = space_prefix(s)) > 0;) s.remove_prefix(k);
  for (std::size_t k; (k = space_suffix(s)) > 0;) s.remove_suffix(k);
  return s;
}

std::string CollapsedText(std::string_view s) {
  std::string out;
  AppendCollapsed(out, s);
  return std::string(TrimSpace(out));
}

void AppendCollapsed(std::string& out, std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::uint32_t cp = 0;
    std::size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0) {  // a byte that starts no valid sequence is copied as it is
      len = 1;
      cp = 0xFFFD;
    }
    if (IsSpaceCodePoint(cp) && cp != 0x3000) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else {
      out.append(text.data() + i, len);
    }
    i += len;
  }
}

}  // namespace bs
