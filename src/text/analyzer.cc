#include "text/analyzer.h"

#include "text/language.h"
#include "text/normalize.h"
#include "text/stem.h"
#include "text/stopwords.h"
#include "text/tokenize.h"

namespace bs {
namespace {

// French, Italian and Catalan glue elided articles and pronouns to the next
// word with an apostrophe ("l'économie", "dell'anno"); UAX #29 keeps that as
// one word. Strip the elided part so "économie" is the term either way.
std::string_view StripElision(std::string_view language, std::string_view word) {
  if (language != "fr" && language != "it" && language != "ca") return word;
  std::size_t apos = word.find('\'');
  // Elided prefixes are short ("l", "qu", "dell", "jusqu", "quest").
  if (apos == std::string_view::npos || apos == 0 || apos > 6 || apos + 1 >= word.size())
    return word;
  return word.substr(apos + 1);
}

}  // namespace

AnalyzedText Analyzer::Analyze(std::string_view text, std::string_view language_hint,
                               std::string_view tld_hint) const {
  AnalyzedText out;
  std::string normalised = NormalizeForAnalysis(text, &out.truncated);
  std::string hint = PrimaryLanguage(language_hint);
  LanguageGuess guess = DetectLanguage(normalised, LanguageHints{hint, tld_hint});
  if (guess.reliable || hint.empty()) {
    out.language = std::move(guess.code);
    out.language_reliable = guess.reliable;
  } else {
    out.language = std::move(hint);
  }
  FillTerms(normalised, &out);
  return out;
}

AnalyzedText Analyzer::AnalyzeAs(std::string_view text, std::string_view language) const {
  AnalyzedText out;
  std::string normalised = NormalizeForAnalysis(text, &out.truncated);
  out.language = PrimaryLanguage(language);
  FillTerms(normalised, &out);
  return out;
}

void Analyzer::FillTerms(std::string_view normalised, AnalyzedText* out) const {
  // One token buffer per thread: a typical article then costs no allocation
  // for its token list.
  thread_local std::vector<std::string_view> tokens;
  tokens.clear();
  Tokenize(normalised, &tokens);
  out->token_count = tokens.size();

  const StopWords& stop = StopWordsFor(out->language);
  const bool stem = options_.stem && HasStemmer(out->language);
  out->terms.reserve(tokens.size());
  for (std::string_view token : tokens) {
    if (options_.remove_stop_words && stop.Contains(token)) continue;
    token = StripElision(out->language, token);
    if (options_.remove_stop_words && stop.Contains(token)) continue;
    std::string& term = out->terms.emplace_back();
    if (stem) {
      StemInto(out->language, token, &term);
    } else {
      term.assign(token);
    }
  }
  // Release an unusually large buffer so one huge page does not pin memory
  // in every worker thread.
  if (tokens.capacity() > 65536) std::vector<std::string_view>().swap(tokens);
}

}  // namespace bs
