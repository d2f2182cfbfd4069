#include "text/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <string>

#include "text/charset.h"
#include "text/normalize.h"

namespace bs {

std::string PrimaryLanguage(std::string_view tag) {
  std::string code;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    code.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  // CLD2 still speaks some withdrawn ISO 639-1 codes.
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "in") return "id";
  if (code == "ji") return "yi";
  if (code == "mo") return "ro";
  return code;
}

namespace {

// `*valid_prefix` is how many leading bytes CLD2 accepted; if that is not all
// of `text`, CLD2 looked at nothing and the guess is empty.
LanguageGuess Run(std::string_view text, const LanguageHints& hints, int* valid_prefix) {
  // CLD2 wants NUL-terminated hint strings.
  std::string content_language(PrimaryLanguage(hints.language));
  // Forgiving about "co.uk" or ".de": only the last label is a TLD.
  std::string_view tld_label = hints.tld.substr(hints.tld.rfind('.') == std::string_view::npos
                                                    ? 0
                                                    : hints.tld.rfind('.') + 1);
  std::string tld = PrimaryLanguage(tld_label);
  CLD2::CLDHints cld_hints{};
  cld_hints.content_language_hint = content_language.empty() ? nullptr : content_language.c_str();
  cld_hints.tld_hint = tld.empty() ? nullptr : tld.c_str();
  cld_hints.encoding_hint = CLD2::UNKNOWN_ENCODING;
  cld_hints.language_hint =
      content_language.empty() ? CLD2::UNKNOWN_LANGUAGE : CLD2::GetLanguageFromName(content_language.c_str());

  CLD2::Language language3[3];
  int percent3[3] = {0, 0, 0};
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &cld_hints, /*flags=*/0,
      language3, percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable,
      valid_prefix);

  LanguageGuess guess;
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE || text_bytes == 0)
    return guess;
  std::string code = PrimaryLanguage(CLD2::LanguageCode(lang));
  // "un", "xx", "xxx-..." are CLD2's names for "not a language".
  if (code.empty() || code == "un" || code == "xx" || code == "xxx") return guess;
  guess.code = std::move(code);
  guess.reliable = reliable;
  guess.percent = language3[0] == lang ? percent3[0] : 0;
  return guess;
}

// A prefix of at most `max_bytes`, ending at a space when one is near the end
// so no half word skews the scores.
std::string_view Sample(std::string_view text, std::size_t max_bytes) {
  std::string_view s = TruncateUtf8(text, max_bytes);
  if (s.size() == text.size()) return s;
  std::size_t space = s.rfind(' ');
  if (space != std::string_view::npos && s.size() - space < 32) s = s.substr(0, space);
  return s;
}

LanguageGuess DetectBounded(std::string_view bounded, const LanguageHints& hints) {
  if (bounded.empty()) return {};
  int valid = 0;
  LanguageGuess guess = Run(bounded, hints, &valid);
  if (valid >= static_cast<int>(bounded.size())) return guess;
  std::string clean = SanitizeUtf8(bounded);
  guess = Run(clean, hints, &valid);
  if (valid >= static_cast<int>(clean.size())) return guess;
  // CLD2 also refuses valid UTF-8 it calls non-interchange (noncharacters,
  // C1 controls); judge by the part before the first of those.
  std::string_view prefix = std::string_view(clean).substr(0, static_cast<std::size_t>(valid));
  return Run(prefix, hints, &valid);
}

}  // namespace

LanguageGuess DetectLanguage(std::string_view text, const LanguageHints& hints) {
  std::string_view sample = Sample(text, kLanguageIdSampleBytes);
  LanguageGuess guess = DetectBounded(sample, hints);
  if (guess.reliable || sample.size() == text.size()) return guess;
  return DetectBounded(Sample(text, kMaxLanguageIdBytes), hints);
}

}  // namespace bs
