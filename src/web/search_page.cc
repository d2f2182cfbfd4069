#include "web/search_page.h"

#include <charconv>

#include "core/time.h"
#include "text/normalize.h"
#include "web/percent_decode.h"
#include "web/search_index.h"
#include "web/search_snippet.h"
#include "web/view_format.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

// Configured slugs are short ASCII; anything else cannot match one.
constexpr std::size_t kMaxSlugBytes = 100;
// The q echoed back into the form and links; analysis reads less than this.
constexpr std::size_t kMaxEchoedQueryBytes = 2 * kMaxQueryBytes;

mu::data Text(const std::string& s) { return s.empty() ? mu::data(false) : mu::data(s); }

std::string Slug(const std::string& s) {
  if (s.empty() || s.size() > kMaxSlugBytes) return "";
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
      return "";
  return s;
}

// "2024-03-05" -> midnight UTC of that day; nullopt unless exactly that form.
std::optional<Timestamp> ParseDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [](std::string_view d) -> std::optional<int> {
    int v = 0;
    auto [p, ec] = std::from_chars(d.data(), d.data() + d.size(), v);
    if (ec != std::errc() || p != d.data() + d.size()) return std::nullopt;
    return v;
  };
  auto y = num(s.substr(0, 4)), m = num(s.substr(5, 2)), d = num(s.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  return MakeTimestamp(*y, *m, *d, 0, 0, 0);
}

mu::data Parts(const std::vector<SnippetPart>& parts) {
  mu::data list(mu::data::type::list);
  for (const auto& p : parts) {
    mu::data d;
    d.set("text", p.text);
    d.set("match", mu::data(p.match));
    list.push_back(d);
  }
  return list;
}

// <option> lists for the filter selects, the current value selected.
mu::data Options(const std::vector<std::pair<std::string, std::string>>& values, const std::string& current) {
  mu::data list(mu::data::type::list);
  for (const auto& [value, label] : values) {
    mu::data d;
    d.set("value", value);
    d.set("label", label);
    d.set("selected", mu::data(value == current));
    list.push_back(d);
  }
  return list;
}

std::vector<std::pair<std::string, std::string>> TaxonOptions(const std::vector<Taxon>& taxa) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& t : taxa) out.emplace_back(t.slug, t.name);
  return out;
}

// The store query for `p`, with the analysed terms; nullopt when no term is
// left to search for.
std::optional<SearchQuery> MakeStoreQuery(const PageContext& ctx, const SearchParams& p, AnalyzedQuery* aq) {
  *aq = AnalyzeQuery(p.q, p.lang, ctx.settings.language);
  if (aq->groups.empty()) return std::nullopt;
  SearchQuery q;
  q.terms = aq->groups;
  q.section = p.section;
  q.source = p.source;
  q.region = p.region;
  q.language = p.lang;
  q.from = ParseDay(p.from);
  if (auto to = ParseDay(p.to)) q.to = *to + 24 * 3600 - 1;  // the whole last day
  q.order = p.sort;
  return q;
}

// "1,000" for 1000: the count line reads as prose.
std::string GroupThousands(int n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0 && digits[i - 1] != '-') out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

SearchParams ParseSearchParams(std::string_view query_string) {
  SearchParams p;
  for (const auto& [key, value] : ParseQuery(query_string)) {
    if (key == "q" && p.q.empty()) {
      p.q = std::string(TruncateUtf8(value, kMaxEchoedQueryBytes));
    } else if (key == "section") {
      p.section = Slug(value);
    } else if (key == "source") {
      p.source = Slug(value);
    } else if (key == "region") {
      p.region = Slug(value);
    } else if (key == "lang") {
      p.lang = SafeLanguageTag(value);
    } else if (key == "from") {
      p.from = ParseDay(value) ? value : "";
    } else if (key == "to") {
      p.to = ParseDay(value) ? value : "";
    } else if (key == "sort") {
      p.sort = value == "date" ? SearchOrder::kNewest : SearchOrder::kRelevance;
    } else if (key == "page") {
      int v = 0;
      auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
      if (ec == std::errc() && ptr == value.data() + value.size() && v >= 1 && v <= kMaxSearchPage) p.page = v;
    }
  }
  return p;
}

std::string SearchQueryString(const SearchParams& p, int page) {
  std::string out;
  auto add = [&out](const char* key, const std::string& value) {
    if (value.empty()) return;
    if (!out.empty()) out += '&';
    out += key;
    out += '=';
    out += PercentEncode(value);
  };
  add("q", p.q);
  add("section", p.section);
  add("source", p.source);
  add("region", p.region);
  add("lang", p.lang);
  add("from", p.from);
  add("to", p.to);
  if (p.sort == SearchOrder::kNewest) add("sort", "date");
  if (page > 1) add("page", std::to_string(page));
  return out;
}

Result<PageView> BuildSearchPage(const PageContext& ctx, const SearchParams& p) {
  PageView v;
  v.template_name = "search";
  v.title = p.q.empty() ? "Search" : "Search: " + p.q;
  v.description = "Search the stories of " + ctx.settings.name + "'s partner newspapers";
  const std::string qs = SearchQueryString(p, p.page);
  v.canonical_path = qs.empty() ? "/search" : "/search?" + qs;

  mu::data& d = v.data;
  d.set("q", p.q);
  d.set("section_options", Options(TaxonOptions(ctx.settings.sections), p.section));
  d.set("region_options", Options(TaxonOptions(ctx.settings.regions), p.region));
  std::vector<std::pair<std::string, std::string>> sources;
  for (const auto& [slug, s] : ctx.sources) sources.emplace_back(slug, s.name.empty() ? slug : s.name);
  d.set("source_options", Options(sources, p.source));
  d.set("lang", p.lang);
  d.set("from", p.from);
  d.set("to", p.to);
  d.set("sort_date", mu::data(p.sort == SearchOrder::kNewest));
  d.set("has_query", mu::data(!p.q.empty()));
  d.set("results", mu::data(mu::data::type::list));
  d.set("pager", mu::data(false));
  d.set("total", "0");
  d.set("total_text", "0");
  d.set("no_results", mu::data(!p.q.empty()));
  d.set("feed_url", Text(p.q.empty() ? "" : "/search/rss.xml?" + SearchQueryString(p, 1)));

  AnalyzedQuery aq;
  auto query = MakeStoreQuery(ctx, p, &aq);
  if (!query) return v;
  query->limit = kSearchPageSize;
  query->offset = (p.page - 1) * kSearchPageSize;
  auto found = ctx.store.Search(*query);
  if (!found.ok()) return found.status();

  mu::data results(mu::data::type::list);
  for (const auto& a : found->articles) {
    mu::data r;
    r.set("url", ArticlePath(a));
    r.set("title_parts", Parts(HighlightText(a.title.empty() ? a.url : a.title, aq.all_terms, a.language)));
    // The standfirst is the better summary when the match is there or the
    // body has none.
    const std::string& text = a.body_text.empty() ? a.standfirst : a.body_text;
    r.set("snippet_parts", Parts(MakeSnippet(text, aq.all_terms, a.language)));
    auto src = ctx.sources.find(a.source_slug);
    r.set("source_name", src == ctx.sources.end() || src->second.name.empty() ? a.source_slug : src->second.name);
    r.set("source_url", "/source/" + a.source_slug);
    const Timestamp t = ArticleTime(a);
    r.set("date_iso", FormatIso8601Utc(t));
    r.set("date_human", HumanDate(t));
    r.set("lang", Text(SafeLanguageTag(a.language)));
    r.set("dir", Text(TextDirection(a.language)));
    results.push_back(r);
  }
  d.set("results", results);
  const bool more = found->total_is_lower_bound;
  d.set("total", std::to_string(found->total));
  d.set("total_text", GroupThousands(found->total));
  d.set("total_more", mu::data(more));
  d.set("one_result", mu::data(found->total == 1 && !more));
  d.set("no_results", mu::data(found->total == 0 && found->articles.empty()));
  const int pages = std::min(kMaxSearchPage, std::max(1, (found->total + kSearchPageSize - 1) / kSearchPageSize));
  // Beyond a capped total the page count is unknown: a full page suggests
  // another one follows.
  const bool full_page = static_cast<int>(found->articles.size()) == kSearchPageSize;
  const bool has_next = p.page < kMaxSearchPage && (p.page < pages || (more && full_page));
  if (pages > 1 || has_next || (more && p.page > 1)) {
    mu::data pager;
    pager.set("page", std::to_string(p.page));
    pager.set("pages", std::to_string(more ? std::max(pages, p.page) : pages));
    pager.set("pages_more", mu::data(more));
    pager.set("prev_url", Text(p.page > 1 ? "/search?" + SearchQueryString(p, p.page - 1) : ""));
    pager.set("next_url", Text(has_next ? "/search?" + SearchQueryString(p, p.page + 1) : ""));
    d.set("pager", pager);
  }
  return v;
}

Result<std::vector<Article>> SearchNewest(const PageContext& ctx, const SearchParams& params, int limit) {
  AnalyzedQuery aq;
  SearchParams p = params;
  p.sort = SearchOrder::kNewest;
  auto query = MakeStoreQuery(ctx, p, &aq);
  if (!query) return std::vector<Article>();
  query->limit = limit;
  auto found = ctx.store.Search(*query);
  if (!found.ok()) return found.status();
  return std::move(found->articles);
}

}  // namespace bs::web
