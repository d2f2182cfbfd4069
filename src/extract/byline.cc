#include "extract/byline.h"

#include <algorithm>
#include <array>

#include "extract/dom.h"

namespace bs::extract {
namespace {

// Longer strings are bios or paragraphs, not bylines.
constexpr std::size_t kMaxBylineBytes = 300;
// Names longer than this many words are sentences.
constexpr int kMaxNameWords = 5;
constexpr std::size_t kMaxNameBytes = 80;
// More names than this in one byline is a list of something else.
constexpr std::size_t kMaxAuthors = 10;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Everything from the first of these on is not part of the names.
constexpr std::array<std::string_view, 16> kCutMarkers = {
    " | ", " / ", "|", "·", "•", "(", "<", "\n", " — ", " – ", " - ", "Published", "Updated",
    "Posted", "Last updated", " on ",
};

constexpr std::array<std::string_view, 14> kPrefixes = {
    "written by ", "words by ", "reporting by ", "reported by ", "story by ", "text by ",
    "by: ", "by ", "von ", "par ", "por ", "door ", "di ", "av ",
};

constexpr std::array<std::string_view, 9> kSeparators = {
    " and ", " & ", ",", " und ", " et ", " y ", "、", "，", ";",
};

// Trailing words (CJK bylines) meaning "reporter"/"reports".
constexpr std::array<std::string_view, 9> kRoleSuffixes = {
    "报道", "報道", "记者", "記者", "기자", "特派員", "特派员", "编辑", "ผู้สื่อข่าว",
};

// A name containing one of these words is a desk or role credit.
constexpr std::array<std::string_view, 22> kRoleWords = {
    "staff", "correspondent", "reporter", "editor", "editors", "desk", "bureau", "agency",
    "newsroom", "team", "admin", "administrator", "writer", "columnist", "contributor",
    "wire", "wires", "news", "service", "press", "online", "editorial",
};

bool ContainsRoleWord(std::string_view name) {
  std::string lower = Lower(name);
  std::size_t i = 0;
  while (i < lower.size()) {
    std::size_t j = lower.find(' ', i);
    if (j == std::string::npos) j = lower.size();
    std::string_view word(lower.data() + i, j - i);
    for (std::string_view r : kRoleWords)
      if (word == r) return true;
    i = j + 1;
  }
  return false;
}

std::string_view StripRoleSuffix(std::string_view s) {
  s = TrimSpace(s);
  for (std::string_view r : kRoleSuffixes)
    if (s.size() > r.size() && s.ends_with(r)) return TrimSpace(s.substr(0, s.size() - r.size()));
  return s;
}

bool LooksLikeName(std::string_view name, std::string_view site_name) {
  if (name.empty() || name.size() > kMaxNameBytes) return false;
  auto first = static_cast<unsigned char>(name.front());
  if (first < 0x80 && !((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z')))
    return false;
  if (first >= 'a' && first <= 'z') return false;  // "and", "more from this author"
  int words = 1;
  for (char c : name) {
    if (c >= '0' && c <= '9') return false;
    if (c == '@' || c == ':' || c == '/' || c == '=' || c == '?') return false;
    if (c == ' ') ++words;
  }
  if (words > kMaxNameWords) return false;
  if (ContainsRoleWord(name)) return false;
  // "Head of Ad Operations at IAB": a job title, not a name.
  if (name.find(" at ") != std::string_view::npos || name.find(" of ") != std::string_view::npos ||
      name.find(" for ") != std::string_view::npos)
    return false;
  if (!site_name.empty() && Lower(name) == Lower(site_name)) return false;
  return true;
}

}  // namespace

std::vector<std::string> PersonNames(const std::vector<std::string>& bylines,
                                     std::string_view site_name) {
  std::vector<std::string> names;
  for (const std::string& raw : bylines) {
    if (raw.size() > kMaxBylineBytes) continue;
    std::string text;
    AppendCollapsed(text, raw);
    std::string_view s = TrimSpace(text);
    // Cut trailing dates, roles and contact details.
    std::size_t cut = s.size();
    for (std::string_view m : kCutMarkers) {
      std::size_t p = s.find(m);
      if (p != std::string_view::npos && p > 0) cut = std::min(cut, p);
    }
    s = TrimSpace(s.substr(0, cut));
    // "By" prefixes, repeatedly ("By: By X" happens).
    for (bool again = true; again;) {
      again = false;
      std::string lower = Lower(s.substr(0, 24));
      for (std::string_view p : kPrefixes) {
        if (lower.starts_with(p)) {
          s = TrimSpace(s.substr(p.size()));
          again = true;
          break;
        }
      }
    }
    // " in Karachi" trails a name; a capitalised word after " in " is a place.
    if (std::size_t p = s.find(" in "); p != std::string_view::npos && p + 4 < s.size() &&
                                        s[p + 4] >= 'A' && s[p + 4] <= 'Z')
      s = s.substr(0, p);
    // "A and B, Dhaka" / "A, Sylhet": after a completed "and" list, or as a
    // single latin word, a comma part is a place or role, not a name.
    std::vector<std::string_view> parts{s};
    if (std::size_t comma = s.find(','); comma != std::string_view::npos &&
                                         s.substr(0, comma).find(" and ") != std::string_view::npos)
      parts = {s.substr(0, comma)};
    // Split into names on conjunctions and commas.
    for (std::string_view sep : kSeparators) {
      std::vector<std::string_view> next;
      for (std::string_view part : parts) {
        std::size_t start = 0, p;
        while ((p = part.find(sep, start)) != std::string_view::npos) {
          next.push_back(part.substr(start, p - start));
          start = p + sep.size();
        }
        next.push_back(part.substr(start));
      }
      parts = std::move(next);
    }
    for (std::size_t k = 0; k < parts.size(); ++k) {
      std::string_view part = parts[k];
      std::string_view t = TrimSpace(part);
      bool latin = !t.empty() && static_cast<unsigned char>(t.front()) < 0x80;
      if (k > 0 && latin && t.find(' ') == std::string_view::npos) continue;
      std::string_view name = StripRoleSuffix(part);
      while (!name.empty() && (name.back() == '.' || name.back() == ',')) name.remove_suffix(1);
      name = TrimSpace(name);
      if (!LooksLikeName(name, site_name)) continue;
      std::string n(name);
      bool dup = std::any_of(names.begin(), names.end(),
                             [&](const std::string& x) { return Lower(x) == Lower(n); });
      if (!dup && names.size() < kMaxAuthors) names.push_back(std::move(n));
    }
  }
  return names;
}

}  // namespace bs::extract
