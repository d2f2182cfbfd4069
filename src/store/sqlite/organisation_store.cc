// The organiser's verdicts (schema v5): stories, per-article organisation,
// the editor log, section choices and stored models.
//
// Stories and organisation rows are derived data: ReplaceOrganisation swaps
// them wholesale in one transaction, so readers see either the old or the
// new organisation, never a mix. The editor log is the only organisation
// data that is not derived, and nothing here rewrites it.
#include <algorithm>
#include <cstdint>
#include <limits>

#include "core/utf8.h"
#include "store/sqlite/json_columns.h"
#include "store/sqlite/sqlite_store.h"

namespace bs::sqlite {
namespace {

// Articles read per lock hold in ForEachArticle: large enough that paging
// costs nothing, small enough that a web request waits milliseconds.
constexpr int kScanPage = 256;

// A model name is a key ("section"), not data.
constexpr std::size_t kMaxModelNameBytes = 64;
// Well above a real section classifier (a few MB; organise/section_classifier.h
// caps a serialized model near 81 MB) and small enough to read back whole.
constexpr std::size_t kMaxModelBytes = 128u << 20;

// The log grows only by hand (one row per merge or split an editor makes);
// this many is a runaway script, not a newsroom.
constexpr std::int64_t kMaxStoryEdits = 100'000;

std::int64_t I64(Id id) { return static_cast<std::int64_t>(id); }


const char* KindName(StoryEdit::Kind k) { return k == StoryEdit::Kind::kSplit ? "split" : "merge"; }

Result<StoryRecord> ReadStory(const Statement& st) {
  StoryRecord s;
  s.id = st.Int(0);
  s.title = st.Text(1);
  s.first_seen = st.Int(2);
  s.last_updated = st.Int(3);
  s.article_count = static_cast<int>(st.Int(4));
  s.source_count = static_cast<int>(st.Int(5));
  return s;
}

constexpr const char* kStoryColumns =
    "SELECT s.id, s.title, s.first_seen, s.last_updated, s.article_count, s.source_count"
    " FROM stories s";

}  // namespace

Result<OrganisationMark> SqliteStore::ReplaceOrganisation(const std::vector<StoryRecord>& stories,
                                                          const std::vector<ArticleOrganisation>& rows,
                                                          Id through, Id edits) {
  if (rows.size() > kMaxOrganisedArticles || stories.size() > kMaxOrganisedArticles)
    return Status::LimitExceeded("organisation of more than " +
                                 std::to_string(kMaxOrganisedArticles) + " articles");
  if (auto st = CheckOrganisationLinks(rows); !st.ok()) return st;
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = Exec(db_.get(), "DELETE FROM stories; DELETE FROM article_organisation;"); !st.ok())
    return st;
  for (const auto& s : stories) {
    if (auto st = cache_.Run(
            "INSERT INTO stories (id, title, first_seen, last_updated, article_count, source_count)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            I64(s.id), TruncateUtf8(s.title, kMaxStoryTitleBytes), static_cast<std::int64_t>(s.first_seen),
            static_cast<std::int64_t>(s.last_updated), s.article_count, s.source_count);
        !st.ok())
      return st;
  }
  for (const auto& r : rows) {
    // An article deleted since the caller read it is skipped rather than
    // failing the whole replacement on its foreign key.
    if (auto st = cache_.Run(
            "INSERT INTO article_organisation"
            " (article_id, story_id, duplicate_of, read_next, same_topic, related)"
            " SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)",
            I64(r.article_id), I64(r.story_id), I64(r.duplicate_of), EncodeIdList(r.read_next),
            EncodeIdList(r.same_topic), EncodeIdList(r.related), I64(r.article_id));
        !st.ok())
      return st;
  }
  // A new epoch: incremental steps computed against the old organisation
  // now conflict, and the old snapshot no longer applies.
  if (auto st = cache_.Run("UPDATE organisation_mark SET epoch = epoch + 1, through = ?, edits = ? WHERE id = 1",
                           I64(through), I64(edits));
      !st.ok())
    return st;
  auto mark = ReadOrganisationMark();
  if (!mark.ok()) return mark.status();
  if (auto st = BumpDataVersion(); !st.ok()) return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return mark;
}

Result<std::optional<ArticleOrganisation>> SqliteStore::GetOrganisation(Id article_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get(
      "SELECT article_id, story_id, duplicate_of, read_next, same_topic, related"
      " FROM article_organisation WHERE article_id = ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(article_id));
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<ArticleOrganisation>();
  ArticleOrganisation o;
  o.article_id = q->Int(0);
  o.story_id = q->Int(1);
  o.duplicate_of = q->Int(2);
  std::vector<Id>* lists[] = {&o.read_next, &o.same_topic, &o.related};
  for (int i = 0; i < 3; ++i) {
    auto ids = DecodeIdList(q->Text(3 + i));
    if (!ids.ok()) return Status::ParseError("organisation of article " + std::to_string(article_id) +
                                             ": " + ids.status().message());
    *lists[i] = std::move(*ids);
  }
  return std::optional<ArticleOrganisation>(std::move(o));
}

Result<std::optional<StoryRecord>> SqliteStore::GetStory(Id story_id) {
  static const std::string kSql = std::string(kStoryColumns) + " WHERE s.id = ?";
  std::lock_guard lock(mu_);
  auto s = cache_.Get(kSql);
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(story_id));
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<StoryRecord>();
  auto story = ReadStory(*q);
  if (!story.ok()) return story.status();
  return std::optional<StoryRecord>(std::move(*story));
}

Result<std::vector<StoryRecord>> SqliteStore::ListStories(const StoryListQuery& query) {
  const int limit = std::clamp(query.limit, 0, kMaxListLimit);
  const int offset = std::max(query.offset, 0);
  if (limit == 0) return std::vector<StoryRecord>();
  std::string sql = std::string(kStoryColumns) + " WHERE s.source_count >= ?";
  std::vector<std::string> text_args;
  if (query.since) sql += " AND s.last_updated >= ?";
  if (!query.region.empty()) {
    sql += " AND EXISTS (SELECT 1 FROM article_organisation o JOIN articles a ON a.id = o.article_id"
           " WHERE o.story_id = s.id AND a.region = ?)";
    text_args.push_back(query.region);
  }
  if (!query.section.empty()) {
    sql += " AND EXISTS (SELECT 1 FROM article_organisation o JOIN articles a ON a.id = o.article_id"
           " WHERE o.story_id = s.id AND o.duplicate_of = 0 AND a.section = ?)";
    text_args.push_back(query.section);
  }
  sql += " ORDER BY s.last_updated DESC, s.id DESC LIMIT ? OFFSET ?";
  std::lock_guard lock(mu_);
  auto s = cache_.Get(sql);
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(std::max(query.min_sources, 0));
  if (query.since) q->Bind(static_cast<std::int64_t>(*query.since));
  for (const auto& t : text_args) q->Bind(t);
  q->Bind(limit).Bind(offset);
  std::vector<StoryRecord> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return out;
    auto story = ReadStory(*q);
    if (!story.ok()) return story.status();
    out.push_back(std::move(*story));
  }
}

Result<std::vector<Article>> SqliteStore::ListStoryArticles(Id story_id) {
  static const std::string kSql =
      std::string(kArticleColumns) +
      " JOIN article_organisation o ON o.article_id = a.id WHERE o.story_id = ?"
      " ORDER BY COALESCE(a.published, a.fetched_at), a.id LIMIT ?";
  std::lock_guard lock(mu_);
  return QueryArticles(kSql, {}, {I64(story_id), kMaxListLimit});
}

Result<std::vector<Article>> SqliteStore::ListDuplicates(Id canonical_id) {
  static const std::string kSql =
      std::string(kArticleColumns) +
      " JOIN article_organisation o ON o.article_id = a.id WHERE o.duplicate_of = ?"
      " ORDER BY COALESCE(a.published, a.fetched_at), a.id LIMIT ?";
  if (canonical_id == 0) return std::vector<Article>();  // 0 means "not a duplicate"
  std::lock_guard lock(mu_);
  return QueryArticles(kSql, {}, {I64(canonical_id), kMaxListLimit});
}

Status SqliteStore::AddStoryEdit(StoryEdit& edit) {
  if (edit.article_a <= 0) return Status::InvalidArgument("story edit without an article");
  if (edit.kind == StoryEdit::Kind::kMerge) {
    if (edit.article_b <= 0 || edit.article_b == edit.article_a)
      return Status::InvalidArgument("a merge needs two different articles");
  } else {
    edit.article_b = 0;
  }
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  {
    auto s = cache_.Get(
        "SELECT (SELECT COUNT(*) FROM story_edits),"
        " (SELECT COUNT(*) FROM articles WHERE id IN (?, ?))");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(I64(edit.article_a)).Bind(I64(edit.article_b));
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Internal("story edit check returned no row");
    if (q->Int(0) >= kMaxStoryEdits)
      return Status::LimitExceeded("more than " + std::to_string(kMaxStoryEdits) + " story edits");
    const std::int64_t wanted = edit.kind == StoryEdit::Kind::kMerge ? 2 : 1;
    if (q->Int(1) != wanted) return Status::NotFound("story edit names an unknown article");
  }
  if (auto st = cache_.Run(
          "INSERT INTO story_edits (kind, article_a, article_b, editor_id, at, after_article)"
          " SELECT ?, ?, ?, ?, ?, through FROM organisation_mark WHERE id = 1",
          KindName(edit.kind), I64(edit.article_a), I64(edit.article_b), I64(edit.editor_id),
          static_cast<std::int64_t>(edit.at));
      !st.ok())
    return st;
  if (sqlite3_changes(db_.get()) != 1) return Status::Internal("organisation_mark is missing");
  const Id seq = sqlite3_last_insert_rowid(db_.get());
  auto mark = ReadOrganisationMark();
  if (!mark.ok()) return mark.status();
  if (auto st = BumpDataVersion(); !st.ok()) return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  edit.seq = seq;
  edit.after_article = mark->through;
  return Status::Ok();
}

Result<std::vector<StoryEdit>> SqliteStore::ListStoryEdits() {
  std::lock_guard lock(mu_);
  auto s = cache_.Get(
      "SELECT seq, kind, article_a, article_b, editor_id, at, after_article FROM story_edits ORDER BY seq");
  if (!s.ok()) return s.status();
  Query q(**s);
  std::vector<StoryEdit> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return out;
    StoryEdit e;
    e.seq = q->Int(0);
    e.kind = q->Text(1) == "split" ? StoryEdit::Kind::kSplit : StoryEdit::Kind::kMerge;
    e.article_a = q->Int(2);
    e.article_b = q->Int(3);
    e.editor_id = q->Int(4);
    e.at = q->Int(5);
    e.after_article = q->Int(6);
    out.push_back(e);
  }
}

Status SqliteStore::SetArticleSection(Id article_id, const std::string& section_slug) {
  if (section_slug.empty() || section_slug.size() > kMaxSectionSlugBytes)
    return Status::InvalidArgument("section slug must be 1.." + std::to_string(kMaxSectionSlugBytes) +
                                   " bytes");
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = cache_.Run(
          "UPDATE articles SET section = ?, section_origin = ?, section_confidence = 1.0 WHERE id = ?",
          section_slug, static_cast<std::int64_t>(SectionOrigin::kEditor), I64(article_id));
      !st.ok())
    return st;
  if (sqlite3_changes(db_.get()) == 0)
    return Status::NotFound("no article " + std::to_string(article_id));
  if (auto st = BumpDataVersion(); !st.ok()) return st;
  return (*tx)->Commit();
}

Status SqliteStore::SetClassifiedSections(const std::vector<SectionGuess>& guesses) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  int changed = 0;
  for (const auto& g : guesses) {
    if (g.section.empty() || g.section.size() > kMaxSectionSlugBytes) continue;
    // The WHERE keeps mapped and editor sections out of reach, and leaves
    // an identical guess unwritten so an unchanged recomputation does not
    // invalidate cached pages.
    if (auto st = cache_.Run(
            "UPDATE articles SET section = ?, section_origin = ?, section_confidence = ?"
            " WHERE id = ? AND section_origin <= ?"
            " AND (section <> ?1 OR section_origin <> ?2 OR section_confidence <> ?3)",
            g.section, static_cast<std::int64_t>(SectionOrigin::kClassifier),
            std::clamp(g.confidence, 0.0, 1.0), I64(g.article_id),
            static_cast<std::int64_t>(SectionOrigin::kClassifier));
        !st.ok())
      return st;
    changed += sqlite3_changes(db_.get());
  }
  if (changed == 0) return Status::Ok();
  if (auto st = BumpDataVersion(); !st.ok()) return st;
  return (*tx)->Commit();
}

Status SqliteStore::PutModel(const std::string& name, const std::string& bytes) {
  if (name.empty() || name.size() > kMaxModelNameBytes)
    return Status::InvalidArgument("model name must be 1.." + std::to_string(kMaxModelNameBytes) +
                                   " bytes");
  if (bytes.size() > kMaxModelBytes)
    return Status::LimitExceeded("model of " + std::to_string(bytes.size()) + " bytes");
  std::lock_guard lock(mu_);
  return cache_.Run(
      "INSERT INTO models (name, bytes) VALUES (?, ?)"
      " ON CONFLICT (name) DO UPDATE SET bytes = excluded.bytes",
      name, BlobArg{bytes});
}

Result<std::optional<std::string>> SqliteStore::GetModel(const std::string& name) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT bytes FROM models WHERE name = ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(name);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(q->Blob(0));
}

Status SqliteStore::ForEachArticle(const std::function<Status(const Article&)>& visit,
                                   std::optional<Timestamp> since) {
  // Keyset paging on the v2 time index: each page resumes after the last
  // (time, id) seen, so the lock is held per page, not for the whole walk
  // (the caller may spend seconds per page organising).
  static const std::string kSql =
      std::string(kArticleColumns) +
      // Spelled out rather than as a row value, which SQLite only filters
      // with: the first term lets it seek the index to the page's start.
      " WHERE COALESCE(a.published, a.fetched_at) >= ?1"
      " AND (COALESCE(a.published, a.fetched_at) > ?1 OR a.id > ?2)"
      " ORDER BY COALESCE(a.published, a.fetched_at), a.id LIMIT ?";
  std::int64_t after_time = since ? static_cast<std::int64_t>(*since)
                                  : std::numeric_limits<std::int64_t>::min();
  std::int64_t after_id = since ? 0 : std::numeric_limits<std::int64_t>::min();
  for (;;) {
    std::vector<Article> page;
    {
      std::lock_guard lock(mu_);
      auto list = QueryArticles(kSql, {}, {after_time, after_id, kScanPage});
      if (!list.ok()) return list.status();
      page = std::move(*list);
    }
    for (const auto& a : page)
      if (auto st = visit(a); !st.ok()) return st;
    if (page.size() < static_cast<std::size_t>(kScanPage)) return Status::Ok();
    after_time = page.back().published.value_or(page.back().fetched_at);
    after_id = page.back().id;
  }
}

Status SqliteStore::ForEachArticleById(const std::function<Status(const Article&)>& visit, Id after,
                                       Id through) {
  static const std::string kSql =
      std::string(kArticleColumns) + " WHERE a.id > ? AND a.id <= ? ORDER BY a.id LIMIT ?";
  for (;;) {
    std::vector<Article> page;
    {
      std::lock_guard lock(mu_);
      auto list = QueryArticles(kSql, {}, {I64(after), I64(through), kScanPage});
      if (!list.ok()) return list.status();
      page = std::move(*list);
    }
    for (const auto& a : page)
      if (auto st = visit(a); !st.ok()) return st;
    if (page.size() < static_cast<std::size_t>(kScanPage)) return Status::Ok();
    after = page.back().id;
  }
}

Result<Id> SqliteStore::LastArticleId() {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT COALESCE(MAX(id), 0) FROM articles");
  if (!s.ok()) return s.status();
  Query q(**s);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  return *row ? q->Int(0) : Id{0};
}

}  // namespace bs::sqlite
