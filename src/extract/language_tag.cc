#include "extract/language.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace bs::extract {
namespace {

// A prefix this long is enough to tell scripts apart.
constexpr std::size_t kSampleBytes = 64 * 1024;
// Share of letters a script needs before we name a language after it.
constexpr double kMinScriptShare = 0.3;
// Function-word guessing needs enough words to mean anything, and the winning
// language's function words must make up this share of them (typical prose:
// 15-25%).
constexpr std::size_t kMinWordsForGuess = 30;
constexpr double kMinFunctionWordShare = 0.08;

}  // namespace

std::string GuessLanguageFromScript(std::string_view s) {
  s = s.substr(0, std::min(s.size(), kSampleBytes));
  std::size_t letters = 0, thai = 0, hangul = 0, kana = 0, han = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++letters;
      ++i;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    std::uint32_t cp = len == 4 ? (c & 0x07) : len == 3 ? (c & 0x0F) : len == 2 ? (c & 0x1F) : 0;
    for (int k = 1; k < len && i + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    if (cp >= 0x0E00 && cp <= 0x0E7F) ++thai;
    else if (cp >= 0xAC00 && cp <= 0xD7AF) ++hangul;
    else if (cp >= 0x3040 && cp <= 0x30FF) ++kana;
    else if (cp >= 0x4E00 && cp <= 0x9FFF) ++han;
    else if (cp >= 0xC0) ++letters;
    else continue;
    if (cp >= 0x0E00) ++letters;
  }
  if (letters == 0) return "";
  auto share = [&](std::size_t n) { return static_cast<double>(n) / static_cast<double>(letters); };
  if (share(thai) >= kMinScriptShare) return "th";
  if (share(hangul) >= kMinScriptShare) return "ko";
  if (kana > 0 && share(kana + han) >= kMinScriptShare) return "ja";
  if (share(han) >= kMinScriptShare) return "zh";
  return "";
}

std::string GuessLanguage(std::string_view utf8) {
  std::string by_script = GuessLanguageFromScript(utf8);
  if (!by_script.empty()) return by_script;
  struct Profile {
    const char* lang;
    std::array<std::string_view, 8> words;
  };
  static constexpr std::array<Profile, 8> kProfiles = {{
      {"en", {"the", "and", "of", "to", "is", "that", "with", "was"}},
      {"de", {"der", "die", "und", "das", "nicht", "mit", "ist", "auch"}},
      {"fr", {"les", "des", "est", "une", "dans", "pour", "pas", "qui"}},
      {"es", {"los", "las", "del", "que", "por", "una", "para", "con"}},
      {"it", {"il", "della", "che", "non", "sono", "per", "gli", "una"}},
      {"pt", {"os", "das", "que", "não", "uma", "para", "com", "dos"}},
      {"nl", {"het", "een", "van", "niet", "zijn", "voor", "ook", "dat"}},
      {"id", {"yang", "dan", "di", "dengan", "untuk", "ini", "dari", "itu"}},
  }};
  std::array<std::size_t, kProfiles.size()> hits{};
  std::size_t words = 0;
  std::string_view s = utf8.substr(0, std::min(utf8.size(), kSampleBytes));
  std::string word;
  auto flush = [&]() {
    if (word.empty()) return;
    ++words;
    for (std::size_t p = 0; p < kProfiles.size(); ++p)
      for (std::string_view w : kProfiles[p].words)
        if (word == w) ++hits[p];
    word.clear();
  };
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || u >= 0x80) word.push_back(c);
    else if (u >= 'A' && u <= 'Z') word.push_back(static_cast<char>(u | 0x20));
    else flush();
  }
  flush();
  if (words < kMinWordsForGuess) return "";
  std::size_t best = 0;
  for (std::size_t p = 1; p < kProfiles.size(); ++p)
    if (hits[p] > hits[best]) best = p;
  if (static_cast<double>(hits[best]) < kMinFunctionWordShare * static_cast<double>(words)) return "";
  return kProfiles[best].lang;
}

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
