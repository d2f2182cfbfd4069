// Articles and their raw pages.
#include <algorithm>

#include "core/compress.h"
#include "core/hash.h"
#include "core/url.h"
#include "store/sqlite/json_columns.h"
#include "store/sqlite/sqlite_store.h"

namespace bs::sqlite {
namespace {

// The order of the rivers; the v2 indexes are built on this expression.
constexpr const char* kNewestFirst = " ORDER BY COALESCE(a.published, a.fetched_at) DESC, a.id DESC";

}  // namespace

Result<Article> ReadArticle(const Statement& st) {
  Article a;
  a.id = st.Int(0);
  a.url = st.Text(1);
  a.source_slug = st.Text(2);
  a.guid = st.Text(3);
  a.title = st.Text(4);
  a.standfirst = st.Text(5);
  auto authors = DecodeStringList(st.Text(6));
  if (!authors.ok()) return Status::ParseError(a.url + ": authors: " + authors.status().message());
  a.authors = std::move(*authors);
  a.author_bio = st.Text(7);
  a.published = st.OptInt(8);
  a.updated = st.OptInt(9);
  a.fetched_at = st.Int(10);
  a.section = st.Text(11);
  a.region = st.Text(12);
  a.language = st.Text(13);
  auto tags = DecodeStringList(st.Text(14));
  if (!tags.ok()) return Status::ParseError(a.url + ": tags: " + tags.status().message());
  a.tags = std::move(*tags);
  a.image.url = st.Text(15);
  a.image.caption = st.Text(16);
  a.image.credit = st.Text(17);
  a.body_html = st.Text(18);
  a.body_text = st.Text(19);
  a.teaser = st.Text(20);
  a.content_hash = st.Text(21);
  a.section_origin = SectionOriginFromInt(st.Int(22));
  a.section_confidence = std::clamp(st.Double(23), 0.0, 1.0);
  a.page_canonical_url = st.Text(24);
  return a;
}

SectionOrigin SectionOriginFromInt(std::int64_t v) {
  switch (v) {
    case 0: return SectionOrigin::kDefault;
    case 1: return SectionOrigin::kClassifier;
    case 3: return SectionOrigin::kEditor;
    default: return SectionOrigin::kMapping;  // 2, and anything unknown
  }
}

namespace {

// Binds every stored field after the URL, in column order of the INSERT and
// UPDATE statements below.
void BindArticleFields(Statement& st, const Article& a, Id source_id) {
  st.Bind(source_id)
      .Bind(a.guid)
      .Bind(a.title)
      .Bind(a.standfirst)
      .Bind(EncodeStringList(a.authors))
      .Bind(a.author_bio)
      .Bind(a.published)
      .Bind(a.updated)
      .Bind(a.fetched_at)
      .Bind(a.section)
      .Bind(a.region)
      .Bind(a.language)
      .Bind(EncodeStringList(a.tags))
      .Bind(a.image.url)
      .Bind(a.image.caption)
      .Bind(a.image.credit)
      .Bind(a.body_html)
      .Bind(a.body_text)
      .Bind(a.teaser)
      .Bind(a.content_hash)
      .Bind(static_cast<std::int64_t>(a.section_origin))
      .Bind(std::clamp(a.section_confidence, 0.0, 1.0))
      .Bind(a.page_canonical_url);
}

// Fallback when the caller did not hash: every content field, in a fixed
// order (so the value is stable across releases).
std::string FallbackContentHash(const Article& a) {
  ContentHasher h;
  h.Add(a.source_slug).Add(a.guid).Add(a.title).Add(a.standfirst);
  for (const auto& author : a.authors) h.Add(author);
  h.Add(a.author_bio)
      .Add(a.published ? std::to_string(*a.published) : "")
      .Add(a.updated ? std::to_string(*a.updated) : "")
      .Add(a.section)
      .Add(a.region)
      .Add(a.language);
  for (const auto& tag : a.tags) h.Add(tag);
  h.Add(a.image.url).Add(a.image.caption).Add(a.image.credit);
  h.Add(a.body_html).Add(a.body_text).Add(a.teaser);
  if (!a.page_canonical_url.empty()) h.Add(a.page_canonical_url);  // keeps older hashes stable
  return h.Hex();
}

// WHERE clause and its text arguments for the query's filters. Only the
// filters in use appear, so SQLite can pick the matching index.
struct Filter {
  std::string where;
  std::vector<std::string> args;
};

Filter MakeFilter(const ArticleQuery& q) {
  Filter f;
  auto add = [&f](const char* clause, const std::string& value) {
    if (value.empty()) return;
    f.where += f.where.empty() ? " WHERE " : " AND ";
    f.where += clause;
    f.args.push_back(value);
  };
  add("a.section = ?", q.section);
  add("a.region = ?", q.region);
  add("a.source_id = (SELECT id FROM sources WHERE slug = ?)", q.source);
  add("EXISTS (SELECT 1 FROM json_each(a.authors) WHERE json_each.value = ?)", q.author);
  add("EXISTS (SELECT 1 FROM json_each(a.tags) WHERE json_each.value = ?)", q.tag);
  if (!q.include_duplicates) {
    // NOT IN builds the (small) set of duplicates once per query through
    // the partial index, instead of probing organisation rows per article.
    f.where += f.where.empty() ? " WHERE " : " AND ";
    f.where += "a.id NOT IN (SELECT article_id FROM article_organisation WHERE duplicate_of <> 0)";
  }
  return f;
}

Result<RawPage> ReadRawPage(const Statement& st) {
  RawPage r;
  r.url = st.Text(0);
  r.final_url = st.Text(1);
  r.content_type = st.Text(2);
  auto body = ZstdDecompress(st.Blob(3), kMaxRawPageBytes);
  if (!body.ok()) return Status(body.status().code() == Status::Code::kLimitExceeded
                                    ? body.status()
                                    : Status::ParseError("raw page " + r.url + ": " +
                                                         body.status().message()));
  r.body = std::move(*body);
  r.fetched_at = st.Int(4);
  return r;
}

constexpr const char* kRawColumns =
    "SELECT a.url, r.final_url, r.content_type, r.body, r.fetched_at"
    " FROM raw_pages r JOIN articles a ON a.id = r.article_id";

}  // namespace

Result<UpsertOutcome> SqliteStore::UpsertArticle(Article& article, const RawPage& raw) {
  auto canonical = CanonicalizeUrl(article.url);
  if (!canonical) return Status::InvalidArgument("article URL is not an http(s) URL: " + article.url);
  if (raw.body.size() > kMaxRawPageBytes)
    return Status::LimitExceeded("raw page of " + std::to_string(raw.body.size()) + " bytes for " +
                                 *canonical);
  article.url = *canonical;
  if (article.content_hash.empty()) article.content_hash = FallbackContentHash(article);
  const std::string raw_hash = HexU64(Fnv1a64(raw.body));

  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();

  Id source_id = 0;
  {
    auto s = cache_.Get("SELECT id FROM sources WHERE slug = ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(article.source_slug);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::NotFound("article " + article.url + ": no source '" +
                                       article.source_slug + "'");
    source_id = q->Int(0);
  }

  std::optional<Id> existing_id;
  std::string old_content_hash;
  std::optional<std::string> old_raw_hash;
  {
    auto s = cache_.Get(
        "SELECT a.id, a.content_hash, r.raw_hash, a.section, a.section_origin,"
        " a.section_confidence FROM articles a"
        " LEFT JOIN raw_pages r ON r.article_id = a.id WHERE a.url = ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(article.url);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (*row) {
      existing_id = q->Int(0);
      old_content_hash = q->Text(1);
      if (!q->IsNull(2)) old_raw_hash = q->Text(2);
      // An editor's section outranks anything ingest decides; a classifier's
      // guess outranks the bare default it replaced (the organisation
      // pipeline revisits it). Mapped sections from the new content win.
      const SectionOrigin stored = SectionOriginFromInt(q->Int(4));
      if (stored == SectionOrigin::kEditor ||
          (stored == SectionOrigin::kClassifier &&
           article.section_origin == SectionOrigin::kDefault)) {
        article.section = q->Text(3);
        article.section_origin = stored;
        article.section_confidence = q->Double(5);
      }
    }
  }

  const bool content_changed = !existing_id || old_content_hash != article.content_hash;
  const bool raw_changed = !old_raw_hash || *old_raw_hash != raw_hash;
  if (!content_changed && !raw_changed) {
    article.id = *existing_id;
    return UpsertOutcome::kUnchanged;  // the empty transaction rolls back
  }

  const bool inserted = !existing_id;
  if (inserted) {
    auto s = cache_.Get(
        "INSERT INTO articles (url, source_id, guid, title, standfirst, authors, author_bio,"
        " published, updated, fetched_at, section, region, language, tags, image_url,"
        " image_caption, image_credit, body_html, body_text, teaser, content_hash,"
        " section_origin, section_confidence, page_canonical_url)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(article.url);
    BindArticleFields(*q, article, source_id);
    if (auto st = q->Run(); !st.ok()) return st;
    existing_id = sqlite3_last_insert_rowid(db_.get());
  } else if (content_changed) {
    auto s = cache_.Get(
        "UPDATE articles SET source_id = ?, guid = ?, title = ?, standfirst = ?, authors = ?,"
        " author_bio = ?, published = ?, updated = ?, fetched_at = ?, section = ?, region = ?,"
        " language = ?, tags = ?, image_url = ?, image_caption = ?, image_credit = ?,"
        " body_html = ?, body_text = ?, teaser = ?, content_hash = ?, section_origin = ?,"
        " section_confidence = ?, page_canonical_url = ? WHERE id = ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    BindArticleFields(*q, article, source_id);
    q->Bind(*existing_id);
    if (auto st = q->Run(); !st.ok()) return st;
  }

  if (raw_changed) {
    const std::string compressed = ZstdCompress(raw.body);
    auto st = cache_.Run(
        "INSERT INTO raw_pages (article_id, final_url, content_type, body, raw_hash, fetched_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (article_id) DO UPDATE SET final_url = excluded.final_url,"
        " content_type = excluded.content_type, body = excluded.body,"
        " raw_hash = excluded.raw_hash, fetched_at = excluded.fetched_at",
        *existing_id, raw.final_url, raw.content_type, BlobArg{compressed},
        raw_hash, static_cast<std::int64_t>(raw.fetched_at));
    if (!st.ok()) return st;
  }
  if (content_changed)
    if (auto st = BumpDataVersion(); !st.ok()) return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  article.id = *existing_id;
  return inserted ? UpsertOutcome::kInserted : UpsertOutcome::kUpdated;
}

Result<std::vector<Article>> SqliteStore::QueryArticles(std::string_view sql,
                                                        const std::vector<std::string>& text_args,
                                                        const std::vector<std::int64_t>& int_args) {
  auto s = cache_.Get(sql);
  if (!s.ok()) return s.status();
  Query q(**s);
  for (const auto& t : text_args) q->Bind(t);
  for (auto i : int_args) q->Bind(i);
  std::vector<Article> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    auto a = ReadArticle(*q);
    if (!a.ok()) return a.status();
    out.push_back(std::move(*a));
  }
  return out;
}

Result<std::optional<Article>> SqliteStore::GetArticle(Id id) {
  static const std::string kSql = std::string(kArticleColumns) + " WHERE a.id = ?";
  std::lock_guard lock(mu_);
  auto list = QueryArticles(kSql, {}, {id});
  if (!list.ok()) return list.status();
  if (list->empty()) return std::optional<Article>();
  return std::optional<Article>(std::move(list->front()));
}

Result<std::optional<Article>> SqliteStore::GetArticleByUrl(const std::string& canonical_url) {
  static const std::string kSql = std::string(kArticleColumns) + " WHERE a.url = ?";
  // Looked up under the same canonical form UpsertArticle stores.
  auto canonical = CanonicalizeUrl(canonical_url);
  if (!canonical) return std::optional<Article>();
  std::lock_guard lock(mu_);
  auto list = QueryArticles(kSql, {*canonical}, {});
  if (!list.ok()) return list.status();
  if (list->empty()) return std::optional<Article>();
  return std::optional<Article>(std::move(list->front()));
}

Result<std::vector<Article>> SqliteStore::ListArticles(const ArticleQuery& query) {
  const int limit = std::clamp(query.limit, 0, kMaxListLimit);
  const int offset = std::max(query.offset, 0);
  if (limit == 0) return std::vector<Article>();
  Filter f = MakeFilter(query);
  std::string sql = std::string(kArticleColumns) + f.where + kNewestFirst + " LIMIT ? OFFSET ?";
  std::lock_guard lock(mu_);
  return QueryArticles(sql, f.args, {limit, offset});
}

Result<int> SqliteStore::CountArticles(const ArticleQuery& query) {
  Filter f = MakeFilter(query);
  std::string sql = "SELECT COUNT(*) FROM articles a" + f.where;
  std::lock_guard lock(mu_);
  auto s = cache_.Get(sql);
  if (!s.ok()) return s.status();
  Query q(**s);
  for (const auto& t : f.args) q->Bind(t);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("COUNT returned no row");
  return static_cast<int>(q->Int(0));
}

// ---- raw pages

Status SqliteStore::ForEachRawPage(const std::function<Status(const RawPage&)>& visit) {
  static const std::string kSql = std::string(kRawColumns) + " ORDER BY r.fetched_at, r.id";
  std::lock_guard lock(mu_);
  auto s = cache_.Get(kSql);
  if (!s.ok()) return s.status();
  // One statement is one read snapshot: concurrent writers (other
  // processes) do not disturb the walk.
  Query q(**s);
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    auto page = ReadRawPage(*q);
    if (!page.ok()) return page.status();
    if (auto st = visit(*page); !st.ok()) return st;
  }
}

Result<std::vector<std::string>> SqliteStore::ListRawPageUrls() {
  std::lock_guard lock(mu_);
  auto s = cache_.Get(
      "SELECT a.url FROM raw_pages r JOIN articles a ON a.id = r.article_id"
      " ORDER BY r.fetched_at, r.id");
  if (!s.ok()) return s.status();
  Query q(**s);
  std::vector<std::string> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return out;
    out.push_back(q->Text(0));
  }
}

Result<std::optional<RawPage>> SqliteStore::GetRawPage(const std::string& canonical_url) {
  static const std::string kSql = std::string(kRawColumns) + " WHERE a.url = ?";
  auto canonical = CanonicalizeUrl(canonical_url);
  if (!canonical) return std::optional<RawPage>();
  std::lock_guard lock(mu_);
  auto s = cache_.Get(kSql);
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(*canonical);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<RawPage>();
  auto page = ReadRawPage(*q);
  if (!page.ok()) return page.status();
  return std::optional<RawPage>(std::move(*page));
}

}  // namespace bs::sqlite
