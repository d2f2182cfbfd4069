#include "web/search_index.h"

#include <algorithm>

#include "text/analyzer.h"
#include "text/normalize.h"

namespace bs::web {
namespace {

// Store pages are capped at 1000 articles per call.
constexpr int kReindexBatch = 500;

const Analyzer& SharedAnalyzer() {
  static const Analyzer analyzer;
  return analyzer;
}

std::string Join(const std::vector<std::string>& terms) {
  std::string out;
  for (const auto& t : terms) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

}  // namespace

SearchDocument MakeSearchDocument(const Article& a) {
  const Analyzer& an = SharedAnalyzer();
  SearchDocument doc;
  // The body is the longest text, so the most reliable for detection; short
  // headlines then get the same stemming as the body they summarise.
  const std::string_view sample = !a.body_text.empty() ? std::string_view(a.body_text)
                                  : !a.standfirst.empty() ? std::string_view(a.standfirst)
                                                          : std::string_view(a.title);
  AnalyzedText body = an.Analyze(sample, a.language);
  const std::string language = body.language;
  if (!a.body_text.empty()) doc.body = Join(body.terms);
  doc.headline = Join(an.AnalyzeAs(a.title, language).terms);
  doc.standfirst = Join(an.AnalyzeAs(a.standfirst, language).terms);
  // Names are not stemmed ("Stevens" must not become "steven").
  std::string names;
  for (const auto& n : a.authors) names += n + "\n";
  doc.authors = Join(an.AnalyzeAs(names, "").terms);
  return doc;
}

Status IndexArticleForSearch(Store& store, const Article& article) {
  if (article.id <= 0) return Status::InvalidArgument("article has no id: " + article.url);
  return store.IndexArticleForSearch(article.id, MakeSearchDocument(article));
}

Status ReindexAll(Store& store) {
  // Oldest-first paging would be stabler under concurrent ingest, but the
  // store lists newest first; an article added mid-run is indexed by ingest
  // itself, and one shifted across a page boundary is indexed twice, which
  // is harmless.
  for (int offset = 0;; offset += kReindexBatch) {
    ArticleQuery q;
    q.limit = kReindexBatch;
    q.offset = offset;
    auto page = store.ListArticles(q);
    if (!page.ok()) return page.status();
    for (const auto& a : *page)
      if (auto st = IndexArticleForSearch(store, a); !st.ok()) return st;
    if (static_cast<int>(page->size()) < kReindexBatch) return Status::Ok();
  }
}

AnalyzedQuery AnalyzeQuery(std::string_view text, std::string_view language,
                           std::string_view fallback_language) {
  const Analyzer& an = SharedAnalyzer();
  AnalyzedQuery out;
  std::string_view bounded = TruncateUtf8(text, kMaxQueryBytes);
  out.truncated = bounded.size() < text.size();
  out.language = !language.empty() ? std::string(language) : an.Analyze(bounded, fallback_language).language;
  // Words first, unstemmed and with stop words kept, so each can be looked
  // at on its own.
  const std::vector<std::string> words = an.AnalyzeAs(bounded, "").terms;
  std::set<std::string> seen_words;
  for (const auto& word : words) {
    if (out.groups.size() == kMaxQueryWords) {
      out.truncated = true;
      break;
    }
    if (!seen_words.insert(word).second) continue;  // repeating a word adds nothing
    std::vector<std::string> forms = an.AnalyzeAs(word, out.language).terms;
    if (forms.empty()) continue;  // a stop word: it was never indexed
    forms.push_back(word);
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    out.all_terms.insert(forms.begin(), forms.end());
    out.groups.push_back(std::move(forms));
  }
  return out;
}

}  // namespace bs::web
