// Site search over the FTS5 table of schema v3 (article_search).
//
// The caller supplies analyser terms; this file only stores them and turns a
// SearchQuery into a MATCH expression in which every term is a quoted string,
// so nothing a reader types can become FTS5 syntax (NEAR, OR, *, column
// filters) or SQL.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <variant>
#include <vector>

#include "store/sqlite/sqlite_store.h"

namespace bs::sqlite {
namespace {

// A query is a handful of words; groups beyond this are dropped so one
// request cannot build an expression FTS5 takes long to evaluate.
constexpr std::size_t kMaxSearchGroups = 16;
// Forms of one word (stemmed per language, unstemmed); more is a caller bug.
constexpr std::size_t kMaxTermsPerGroup = 8;
// Matches the analyser's own token bound: longer terms were never indexed.
constexpr std::size_t kMaxTermBytes = 96;
// Results per page; a search page shows 20.
constexpr int kMaxSearchLimit = 100;
// Deep pages cost a bm25 sort of everything before them; nobody reads past
// page 500 of a search, crawlers are kept out by robots.txt.
constexpr int kMaxSearchOffset = 10'000;
// Relevance order ranks at most this many matches, the newest by id (ids
// grow with ingest). bm25 costs
// about a microsecond a match, so ranking all of a common word's matches
// (most of the archive) dominated search time and grew with the archive.
// Among this many recent matches the strongest (headline) hits still lead;
// an older article outranks them only on a page beyond the window, which is
// ranked over everything (rare, and bounded by kMaxSearchOffset).
constexpr int kRankWindow = 2'000;
// The total is exact up to this many matches and reported as "more than"
// beyond it. An exact count over tens of thousands of filtered matches of a
// common word was most of the time of a search; nobody pages that far.
constexpr int kMaxCountedResults = 1'000;
// Per indexed field. The analyser bounds its input well below this; the cap
// keeps a misbehaving caller from storing unbounded rows.
constexpr std::size_t kMaxFieldBytes = 2u << 20;

// Column weights for bm25(): a headline match outranks a body match, and
// standfirst and author names sit between.
constexpr const char* kRankExpr = "bm25(article_search, 10.0, 4.0, 1.0, 3.0)";

// Cuts `s` to at most `max` bytes at a space, so no term is split.
std::string_view BoundField(std::string_view s) {
  if (s.size() <= kMaxFieldBytes) return s;
  std::string_view cut = s.substr(0, kMaxFieldBytes);
  const std::size_t space = cut.rfind(' ');
  return space == std::string_view::npos ? std::string_view() : cut.substr(0, space);
}

// A term worth quoting: bounded, no NUL (which would end the C string FTS5
// reads), and at least one character unicode61 keeps as a token (ASCII
// letters/digits or any non-ASCII byte); a term of punctuation only would be
// an empty phrase.
bool UsableTerm(const std::string& t) {
  if (t.empty() || t.size() > kMaxTermBytes) return false;
  if (t.find('\0') != std::string::npos) return false;
  return std::any_of(t.begin(), t.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
  });
}

// FTS5 string literal: double quotes, inner quotes doubled.
std::string QuoteTerm(const std::string& t) {
  std::string out = "\"";
  for (char c : t) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

// The MATCH expression for `q`, or "" when no usable term remains.
std::string BuildMatchExpression(const SearchQuery& q) {
  std::string expr;
  std::size_t groups = 0;
  for (const auto& group : q.terms) {
    if (groups == kMaxSearchGroups) break;
    std::string alt;
    std::size_t n = 0;
    for (const auto& term : group) {
      if (n == kMaxTermsPerGroup) break;
      if (!UsableTerm(term)) continue;
      if (n++ > 0) alt += " OR ";
      alt += QuoteTerm(term);
    }
    if (n == 0) continue;  // a word with no usable form constrains nothing
    if (groups++ > 0) expr += " AND ";
    expr += n > 1 ? "(" + alt + ")" : alt;
  }
  return expr;
}

// Date order can sort the matches (cost grows with the match count) or walk
// articles newest-first and probe the match per article (cost grows with the
// articles passed over before `wanted` matches: about wanted * articles /
// matches). A probe costs roughly this many sorted matches.
constexpr double kProbeCostInSortedMatches = 20;

// The matches beyond which walking is the cheaper plan (see above): the
// count need go no further than this to choose. Ids grow with ingest, so the
// largest id bounds the article count (and the filtered count from above,
// which only makes the walk look dearer than it is). The caller holds the
// store's lock.
int WalkThreshold(StatementCache& cache, int wanted) {
  constexpr int kNever = std::numeric_limits<int>::max() - 1;
  auto s = cache.Get("SELECT COALESCE(MAX(id), 0) FROM articles");
  if (!s.ok()) return kNever;
  Query q(**s);
  auto row = q->Step();
  if (!row.ok() || !*row) return kNever;
  const double articles = static_cast<double>(q->Int(0));
  // Walk when matches^2 > wanted * articles * cost, i.e. matches > this.
  const double t = std::floor(std::sqrt(static_cast<double>(wanted) * articles * kProbeCostInSortedMatches));
  return t >= kNever ? kNever : static_cast<int>(t);
}

}  // namespace

Status SqliteStore::IndexArticleForSearch(Id id, const SearchDocument& doc) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  {
    auto s = cache_.Get("SELECT 1 FROM articles WHERE id = ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(id);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::NotFound("article " + std::to_string(id));
  }
  if (auto st = cache_.Run("DELETE FROM article_search WHERE rowid = ?", id); !st.ok()) return st;
  if (auto st = cache_.Run(
          "INSERT INTO article_search (rowid, headline, standfirst, body, authors)"
          " VALUES (?, ?, ?, ?, ?)",
          id, BoundField(doc.headline), BoundField(doc.standfirst), BoundField(doc.body),
          BoundField(doc.authors));
      !st.ok())
    return st;
  return (*tx)->Commit();
}

Result<SearchResults> SqliteStore::Search(const SearchQuery& query) {
  SearchResults out;
  const std::string match = BuildMatchExpression(query);
  if (match.empty()) return out;
  const int limit = std::clamp(query.limit, 0, kMaxSearchLimit);
  const int offset = std::clamp(query.offset, 0, kMaxSearchOffset);

  // Filters in the order their arguments are bound.
  using Arg = std::variant<std::int64_t, std::string>;
  std::vector<Arg> args{match};
  std::string where = " WHERE article_search MATCH ?";
  auto add_text = [&](const char* clause, const std::string& v) {
    if (v.empty()) return;
    where += " AND ";
    where += clause;
    args.emplace_back(v);
  };
  add_text("a.section = ?", query.section);
  add_text("a.region = ?", query.region);
  add_text("a.source_id = (SELECT id FROM sources WHERE slug = ?)", query.source);
  if (!query.language.empty()) {
    // "zh" also finds articles tagged "zh-Hant".
    where += " AND (a.language = ? OR substr(a.language, 1, ?) = ?)";
    args.emplace_back(query.language);
    args.emplace_back(static_cast<std::int64_t>(query.language.size() + 1));
    args.emplace_back(query.language + "-");
  }
  if (query.from) {
    where += " AND COALESCE(a.published, a.fetched_at) >= ?";
    args.emplace_back(*query.from);
  }
  if (query.to) {
    where += " AND COALESCE(a.published, a.fetched_at) <= ?";
    args.emplace_back(*query.to);
  }
  // Without filters the count and the relevance order need nothing from
  // articles, and skipping the join saves a row lookup per match (tens of
  // thousands for a common word).
  const bool filtered = args.size() > 1;
  // CROSS JOIN makes the full-text match the outer loop. Left to itself the
  // planner may walk a section or time index of articles and probe the FTS
  // table once per article, which is hundreds of times slower for rare words.
  // INDEXED BY reads the filter columns from the narrow covering index of
  // schema v6 instead of the article rows, each of which carries its body
  // (a page read per match; see migrations.cc).
  const std::string joined =
      " FROM article_search CROSS JOIN articles a INDEXED BY articles_search_filters"
      " ON a.id = article_search.rowid";
  const std::string from = filtered ? joined : " FROM article_search";
  auto bind_all = [&args](Statement& st) {
    for (const auto& a : args) std::visit([&st](const auto& v) { st.Bind(v); }, a);
  };

  std::vector<Id> ids;
  {
    std::lock_guard lock(mu_);
    const bool newest = query.order == SearchOrder::kNewest;
    // Count one past what the page and the plan need to know: the reported
    // bound, and for date order the walk threshold (a few thousand at 100k
    // articles, still far below a common word's full match count).
    int walk_threshold = std::numeric_limits<int>::max() - 1;
    int count_to = kMaxCountedResults;
    if (newest) {
      walk_threshold = WalkThreshold(cache_, offset + limit);
      count_to = std::max(count_to, walk_threshold);
    }
    int counted = 0;
    {
      auto s = cache_.Get("SELECT COUNT(*) FROM (SELECT 1" + from + where + " LIMIT ?)");
      if (!s.ok()) return s.status();
      Query q(**s);
      bind_all(*q);
      q->Bind(static_cast<std::int64_t>(count_to) + 1);
      auto row = q->Step();
      if (!row.ok()) return row.status();
      if (!*row) return Status::Internal("COUNT returned no row");
      counted = static_cast<int>(q->Int(0));
    }
    const bool capped = counted > kMaxCountedResults;
    out.total = std::min(counted, kMaxCountedResults);
    out.total_is_lower_bound = capped;
    if (counted == 0 || limit == 0) return out;
    // Past an exact count there is nothing to read; past a capped one there
    // may be, so the page is read and may come back short or empty.
    if (counted <= count_to && offset >= counted) return out;
    // Ties in rank go to the newer article (ids grow with ingest).
    std::string sql;
    if (newest && counted > walk_threshold) {
      // A common word: walk the articles newest-first through the river
      // index for the strongest filter (its order is this ORDER BY, so no
      // sort) and probe the full-text match per article; the page fills
      // after a few dozen probes instead of sorting every match.
      const char* index = !query.section.empty() ? "articles_by_section"
                          : !query.region.empty() ? "articles_by_region"
                          : !query.source.empty() ? "articles_by_source"
                                                  : "articles_by_time";
      sql = std::string("SELECT a.id FROM articles a INDEXED BY ") + index +
            " CROSS JOIN article_search ON article_search.rowid = a.id" + where +
            " ORDER BY COALESCE(a.published, a.fetched_at) DESC, a.id DESC LIMIT ? OFFSET ?";
    } else if (newest) {
      sql = "SELECT article_search.rowid" + joined + where +
            " ORDER BY COALESCE(a.published, a.fetched_at) DESC, a.id DESC LIMIT ? OFFSET ?";
    } else if ((capped || counted > kRankWindow) && offset + limit <= kRankWindow) {
      // A capped count is above kMaxCountedResults only; when the matches
      // are fewer than the window, the window holds them all and this order
      // equals the full ranking, so it is exact either way.
      // FTS5 walks its doclist newest-first without sorting (ORDER BY rowid
      // is its native order), and the LIMIT stops the walk, so bm25 runs on
      // the window only.
      sql = std::string("SELECT id FROM (SELECT article_search.rowid AS id, ") + kRankExpr + " AS score" + from +
            where + " ORDER BY article_search.rowid DESC LIMIT " + std::to_string(kRankWindow) +
            ") ORDER BY score, id DESC LIMIT ? OFFSET ?";
    } else {
      sql = "SELECT article_search.rowid" + from + where + " ORDER BY " + kRankExpr +
            ", article_search.rowid DESC LIMIT ? OFFSET ?";
    }
    auto s = cache_.Get(sql);
    if (!s.ok()) return s.status();
    Query q(**s);
    bind_all(*q);
    q->Bind(limit).Bind(offset);
    for (;;) {
      auto row = q->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      ids.push_back(q->Int(0));
    }
  }
  // Articles are read one by one (each takes the lock again), reusing the
  // one column list GetArticle keeps. A page is at most kMaxSearchLimit rows.
  out.articles.reserve(ids.size());
  for (Id id : ids) {
    auto a = GetArticle(id);
    if (!a.ok()) return a.status();
    if (*a) out.articles.push_back(std::move(**a));
  }
  return out;
}

}  // namespace bs::sqlite
