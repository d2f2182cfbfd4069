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

// Everything from the first of these on is not part of the names.
constexpr std::array<std::string_view, 23> kCutMarkers = {
    " | ", " / ", "|", "·", "•", "(", "<", "\n", " — ", " – ", " - ", "Published", "Updated",
    "Posted", "Last updated", " on ", " Edited by", " edited by", " Photographs by",
    " Photos by", " Illustrations by", " Additional reporting", " additional reporting",
};

constexpr std::array<std::string_view, 20> kPrefixes = {
    "written by ", "words by ", "reporting by ", "reported by ", "story by ", "text by ",
    "by: ", "by ", "von ", "par ", "por ", "door ", "di ", "av ", "veröffentlicht von ",
    "geschrieben von ", "verfasst von ", "publié par ", "publicado por ", "écrit par ",
};

constexpr std::array<std::string_view, 9> kSeparators = {
    " and ", " & ", ",", " und ", " et ", " y ", "、", "，", ";",
};

// Trailing words (CJK bylines) meaning "reporter"/"reports".
constexpr std::array<std::string_view, 9> kRoleSuffixes = {
    "报道", "報道", "记者", "記者", "기자", "特派員", "特派员", "编辑", "ผู้สื่อข่าว",
};

// A name containing one of these words is a desk or role credit, or a
// button next to the byline ("Follow Author").
constexpr std::array<std::string_view, 45> kRoleWords = {
    "staff", "correspondent", "reporter", "editor", "editors", "desk", "bureau", "agency",
    "newsroom", "team", "admin", "administrator", "writer", "columnist", "contributor",
    "wire", "wires", "news", "service", "press", "online", "editorial", "contributors",
    "developers", "follow", "profile", "subscribe", "view", "posts",
    "technologist", "producer", "sign", "log", "login", "register", "menu", "search", "account",
    "founder", "gründer", "photographer", "fotograf", "ceo", "director", "president",
};

// A name containing one of these words names an organisation or a label,
// not a person ("Harbour Media GmbH", "Redaktion Stadtblatt").
constexpr std::array<std::string_view, 47> kOrganisationWords = {
    "gmbh", "ag", "kg", "inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "media", "magazin",
    "magazine", "zeitung", "presse", "redaktion", "redaction", "rédaction", "redacción",
    "redazione", "redactie", "verlag", "verband", "ministerium", "ministry", "institut",
    "institute", "university", "universität", "foundation", "stiftung", "association",
    "verein", "society", "group", "council", "copyright", "edition", "archiv", "archive",
    "sponsored", "gesponserte", "anzeige", "nachrichten", "noticias", "notizie", "nieuws",
};

// Lowercase words that belong inside names ("Hagen von Eitzen"); any other
// lowercase word makes a phrase ("Article by", "Fotograf aus Hamburg").
constexpr std::array<std::string_view, 26> kNameParticles = {
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "do",
    "la", "le", "ter", "ten", "zu", "bin", "binti", "bint", "ibn", "al", "el", "y", "af",
};

// A person's name never starts with an article ("The Courier", "Die Post").
constexpr std::array<std::string_view, 13> kArticles = {
    "the", "die", "der", "das", "les", "le", "la", "el", "los", "las", "il", "het", "een",
};

// Trailing words that join a name to a date or place ("A NAME am 3. Mai").
constexpr std::array<std::string_view, 5> kTrailingJoiners = {"am", "at", "on", "um", "il"};

// Dates run into bylines ("By A Name March 25, 2015", "A Name Monday"):
// these words end a name.
constexpr std::array<std::string_view, 31> kDateWords = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "sept",
};

bool ContainsRoleWord(std::string_view name) {
  std::string lower = AsciiLower(name);
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

bool IsDateWord(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  std::string lw = AsciiLower(w);
  return std::find(kDateWords.begin(), kDateWords.end(), lw) != kDateWords.end() ||
         lw == "aug" || lw == "sep" || lw == "oct" || lw == "nov" || lw == "dec" || lw == "jun" || lw == "jul";
}

// Cuts a byline at its first digit (a date or a count glued to the name:
// "A Name22 Dec 2016"), then drops trailing date words and punctuation.
// "A Name, 3 min read" -> "A Name". A month alone ("By April Lee") stays.
std::string_view CutDate(std::string_view s) {
  std::size_t digit = s.find_first_of("0123456789");
  if (digit == std::string_view::npos) return s;
  s = s.substr(0, digit);
  for (;;) {
    while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.' || s.back() == '-' ||
                          s.back() == ':'))
      s.remove_suffix(1);
    std::size_t sp = s.rfind(' ');
    if (sp == std::string_view::npos || !IsDateWord(s.substr(sp + 1))) break;
    s = s.substr(0, sp);
  }
  return s;
}

// "Richard (R.J.) Eskow" -> "Richard Eskow"; "Name (name@paper.example)"
// -> "Name". An unclosed "(" is left for the cut markers.
std::string DropParentheses(std::string_view s) {
  std::string out;
  int depth = 0;
  std::size_t i = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(') {
      if (s.find(')', i) == std::string_view::npos) break;
      ++depth;
    } else if (c == ')' && depth > 0) {
      --depth;
    } else if (depth == 0) {
      out.push_back(c);
    }
  }
  out.append(s.substr(i));
  std::string collapsed;
  AppendCollapsed(collapsed, out);
  return collapsed;
}

std::string_view StripRoleSuffix(std::string_view s) {
  s = TrimSpace(s);
  for (std::string_view r : kRoleSuffixes)
    if (s.size() > r.size() && s.ends_with(r)) return TrimSpace(s.substr(0, s.size() - r.size()));
  return s;
}

bool InList(std::string_view word, const auto& list) {
  std::string w = AsciiLower(word);
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Rejects phrases and organisation names token by token.
bool NameTokensOk(std::string_view name) {
  std::size_t i = 0;
  bool first = true;
  while (i < name.size()) {
    std::size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    std::string_view w = name.substr(i, j - i);
    i = j + 1;
    if (w.empty()) continue;
    if (first && InList(w, kArticles)) return false;
    first = false;
    if (InList(w, kOrganisationWords)) return false;
    bool lower_start = w.front() >= 'a' && w.front() <= 'z';
    if (lower_start && !InList(w, kNameParticles) && !w.starts_with("d'") && !w.starts_with("l'"))
      return false;
  }
  return true;
}

// Trailing punctuation, joiner words and a repeated name ("A B A B") off.
std::string TidyName(std::string_view name) {
  for (bool again = true; again;) {
    again = false;
    name = TrimSpace(name);
    for (std::string_view tail : {".", ",", "-", "'", "\"", "’", "–", "—", ":", ";"}) {
      if (name.size() > tail.size() && name.ends_with(tail)) {
        // A trailing initial keeps its dot ("Juan C."), other dots go.
        if (tail == "." && name.size() >= 3 && name[name.size() - 3] == ' ') continue;
        name.remove_suffix(tail.size());
        again = true;
      }
    }
    std::size_t sp = name.rfind(' ');
    if (sp != std::string_view::npos && InList(name.substr(sp + 1), kTrailingJoiners)) {
      name = name.substr(0, sp);
      again = true;
    }
  }
  std::size_t half = name.size() / 2;
  if (name.size() % 2 == 1 && name[half] == ' ' && name.substr(0, half) == name.substr(half + 1))
    name = name.substr(0, half);
  return std::string(name);
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
    if (c == '@' || c == ':' || c == '/' || c == '=' || c == '?' || c == '#' || c == '&') return false;
    if (c == ' ') ++words;
  }
  if (words > kMaxNameWords) return false;
  // One latin word is a first name cut short, a handle or an agency
  // ("AFP"), not a byline's person name; unspaced scripts are exempt.
  if (words == 1 && first < 0x80) return false;
  if (ContainsRoleWord(name) || !NameTokensOk(name)) return false;
  for (std::string_view mark : {"©", "®", "™"})
    if (name.find(mark) != std::string_view::npos) return false;
  // "Head of Ad Operations at IAB": a job title, not a name.
  if (name.find(" at ") != std::string_view::npos || name.find(" of ") != std::string_view::npos ||
      name.find(" for ") != std::string_view::npos)
    return false;
  if (!site_name.empty() && AsciiLower(name) == AsciiLower(site_name)) return false;
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
    text = DropParentheses(text);
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
      std::string lower = AsciiLower(s.substr(0, 24));
      for (std::string_view p : kPrefixes) {
        if (lower.starts_with(p)) {
          s = TrimSpace(s.substr(p.size()));
          again = true;
          break;
        }
      }
    }
    // "Article by A Name", "Published by A Name": the name follows "by".
    if (std::size_t p = AsciiLower(s.substr(0, 40)).find(" by "); p != std::string::npos)
      s = TrimSpace(s.substr(p + 4));
    s = TrimSpace(CutDate(s));
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
      std::string tidy = TidyName(StripRoleSuffix(part));
      std::string_view name = tidy;
      // "A Name, Senior Staff Technologist, Some Project": after a role,
      // the rest describes the person, it names no one else.
      if (k > 0 && ContainsRoleWord(name)) break;
      if (!LooksLikeName(name, site_name)) continue;
      std::string n(name);
      bool dup = std::any_of(names.begin(), names.end(),
                             [&](const std::string& x) { return AsciiLower(x) == AsciiLower(n); });
      if (!dup && names.size() < kMaxAuthors) names.push_back(std::move(n));
    }
  }
  return names;
}

}  // namespace bs::extract
