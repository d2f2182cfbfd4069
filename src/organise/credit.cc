#include "organise/credit.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/ascii.h"

namespace bs {
namespace {

// A credited name longer than this is a sentence, not a paper's name.
constexpr std::size_t kMaxCreditedNameBytes = 80;

// Cuts a credited name at the first character that ends it ('.', ',', ')',
// '/', a line break, or a clause such as " and is part of").
std::string_view CutName(std::string_view rest) {
  static constexpr std::array<std::string_view, 9> kEnders = {
      ".", ",", ")", "/", "\n", " and ", " under ", "》", "）"};
  std::size_t end = rest.size();
  for (std::string_view e : kEnders) {
    std::size_t p = rest.find(e);
    // "." inside a name such as "St. Lucia Star" is rare enough to ignore;
    // a "." followed by a letter (a domain) is kept.
    if (e == ".") {
      while (p != std::string_view::npos && p + 1 < rest.size() &&
             std::isalpha(static_cast<unsigned char>(rest[p + 1]))) {
        p = rest.find('.', p + 1);
      }
    }
    if (p != std::string_view::npos) end = std::min(end, p);
  }
  rest = rest.substr(0, std::min(end, kMaxCreditedNameBytes));
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  return rest;
}

std::string FindIn(std::string_view original) {
  const std::string lower = AsciiLower(original);
  // Phrases after which the origin's name follows (matched case-insensitively
  // on ASCII; the name is cut from the original text).
  static constexpr std::array<std::string_view, 9> kLeadIns = {
      "first appeared in ", "first appeared on ", "first published in ",
      "first published by ", "originally published by ", "originally published in ",
      "republished from ", "(via ", "courtesy of "};
  for (std::string_view lead : kLeadIns) {
    std::size_t p = lower.find(lead);
    if (p == std::string::npos) continue;
    std::string_view name = CutName(original.substr(p + lead.size()));
    if (!name.empty()) return NormaliseSourceName(name);
  }
  // "— The Star/Asia News Network": the name precedes the agency tag.
  for (std::string_view tag : {std::string_view("/asia news network"), std::string_view("/ann")}) {
    std::size_t p = lower.find(tag);
    if (p == std::string::npos) continue;
    std::size_t start = original.rfind("— ", p);
    if (start == std::string_view::npos) continue;
    start += std::string_view("— ").size();
    if (p > start && p - start <= kMaxCreditedNameBytes) {
      return NormaliseSourceName(original.substr(start, p - start));
    }
  }
  for (std::string_view lead : {std::string_view("转载自《"), std::string_view("转载自")}) {
    std::size_t p = original.find(lead);
    if (p == std::string_view::npos) continue;
    std::string_view name = CutName(original.substr(p + lead.size()));
    if (!name.empty()) return NormaliseSourceName(name);
  }
  return {};
}

}  // namespace

std::string NormaliseSourceName(std::string_view name) {
  std::string lower = AsciiLower(name.substr(0, kMaxCreditedNameBytes));
  std::string_view s = lower;
  if (s.substr(0, 4) == "the ") s.remove_prefix(4);
  std::string out;
  bool dash = false;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(c);
    } else {
      dash = true;
    }
  }
  return out;
}

std::string FindCreditedSource(std::string_view text) {
  if (text.size() <= 2 * kCreditScanBytes) return FindIn(text);
  std::string found = FindIn(text.substr(0, kCreditScanBytes));
  if (!found.empty()) return found;
  return FindIn(text.substr(text.size() - kCreditScanBytes));
}

}  // namespace bs
