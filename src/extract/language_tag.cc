#include "extract/language_tag.h"

#include <algorithm>

namespace bs::extract {

std::string NormaliseLanguageTag(std::string_view tag) {
  std::string out;
  std::size_t start = 0;
  for (int part = 0; start <= tag.size(); ++part) {
    std::size_t end = tag.find_first_of("-_", start);
    if (end == std::string_view::npos) end = tag.size();
    std::string_view sub = tag.substr(start, end - start);
    start = end + 1;
    bool alpha = !sub.empty() && std::all_of(sub.begin(), sub.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    if (part == 0) {
      if (!alpha || sub.size() < 2 || sub.size() > 3) return "";
      for (char c : sub) out.push_back(static_cast<char>(c | 0x20));
    } else if (part == 1 && alpha && sub.size() == 4) {  // script subtag
      out.push_back('-');
      out.push_back(static_cast<char>(sub[0] & ~0x20));
      for (char c : sub.substr(1)) out.push_back(static_cast<char>(c | 0x20));
    } else {
      break;
    }
  }
  return out;
}

}  // namespace bs::extract
