#include "discuss/links.h"

#include <algorithm>

namespace bs::discuss {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

}  // namespace

int CountLinks(std::string_view text) {
  int links = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    std::size_t j = i;
    while (j < text.size() && !IsSpace(text[j])) ++j;
    std::string_view w = text.substr(i, j - i);
    i = j;
    if (w.find("://") != std::string_view::npos || w.rfind("www.", 0) == 0) {
      ++links;
      continue;
    }
    while (!w.empty() && !IsAsciiAlpha(w.back()) && w.back() != '/') w.remove_suffix(1);
    const std::size_t dot = w.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= w.size() || !IsAsciiAlpha(w[dot - 1])) continue;
    std::string_view tld = w.substr(dot + 1);
    if (const std::size_t slash = tld.find('/'); slash != std::string_view::npos) tld = tld.substr(0, slash);
    if (tld.size() >= 2 && tld.size() <= 6 && std::all_of(tld.begin(), tld.end(), IsAsciiAlpha)) ++links;
  }
  return links;
}

}  // namespace bs::discuss
