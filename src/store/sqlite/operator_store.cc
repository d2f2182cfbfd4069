// Operator edits that public pages show: per-source overrides and front-page
// pins. Each change moves data_version so cached pages re-render.
#include "store/sqlite/json_columns.h"
#include "store/sqlite/sqlite_store.h"

namespace bs::sqlite {

Result<std::vector<SourceOverride>> SqliteStore::ListSourceOverrides() {
  std::lock_guard lock(mu_);
  auto s = cache_.Get(
      "SELECT s.slug, o.about, o.section_map FROM source_overrides o"
      " JOIN sources s ON s.id = o.source_id ORDER BY s.slug");
  if (!s.ok()) return s.status();
  Query q(**s);
  std::vector<SourceOverride> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    SourceOverride o;
    o.slug = q->Text(0);
    if (!q->IsNull(1)) o.about = q->Text(1);
    if (!q->IsNull(2)) {
      auto map = DecodeStringMap(q->Text(2));
      if (!map.ok()) return Status::ParseError("override of " + o.slug + ": " + map.status().message());
      o.section_map = std::move(*map);
    }
    out.push_back(std::move(o));
  }
  return out;
}

Status SqliteStore::SetSourceOverride(const SourceOverride& o) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  Id source_id = 0;
  {
    auto s = cache_.Get("SELECT id FROM sources WHERE slug = ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(o.slug);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::NotFound("no source '" + o.slug + "'");
    source_id = q->Int(0);
  }
  Status st;
  if (!o.about && !o.section_map) {
    st = cache_.Run("DELETE FROM source_overrides WHERE source_id = ?", static_cast<std::int64_t>(source_id));
  } else {
    auto s = cache_.Get(
        "INSERT INTO source_overrides (source_id, about, section_map) VALUES (?, ?, ?)"
        " ON CONFLICT (source_id) DO UPDATE SET about = excluded.about,"
        " section_map = excluded.section_map"
        " WHERE about IS NOT excluded.about OR section_map IS NOT excluded.section_map");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(static_cast<std::int64_t>(source_id));
    if (o.about) q->Bind(*o.about); else q->Bind(std::optional<std::int64_t>());
    if (o.section_map) q->Bind(EncodeStringMap(*o.section_map)); else q->Bind(std::optional<std::int64_t>());
    st = q->Run();
  }
  if (!st.ok()) return st;
  // An identical edit changes no row and leaves cached pages valid.
  if (sqlite3_changes(db_.get()) == 0) return Status::Ok();
  if (auto b = BumpDataVersion(); !b.ok()) return b;
  return (*tx)->Commit();
}

// ---- pins

Result<std::vector<Article>> SqliteStore::ListPinned() {
  std::vector<Id> ids;
  {
    std::lock_guard lock(mu_);
    auto s = cache_.Get("SELECT article_id FROM pinned ORDER BY position, article_id LIMIT ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(kMaxPins);
    for (;;) {
      auto row = q->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      ids.push_back(q->Int(0));
    }
  }
  // GetArticle takes the lock itself. An article deleted in between takes
  // its pin with it (ON DELETE CASCADE) and is simply skipped.
  std::vector<Article> out;
  for (Id id : ids) {
    auto a = GetArticle(id);
    if (!a.ok()) return a.status();
    if (a->has_value()) out.push_back(std::move(**a));
  }
  return out;
}

Status SqliteStore::PinArticle(Id article_id, Timestamp now) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  std::int64_t count = 0, next = 0;
  bool already = false;
  {
    auto s = cache_.Get(
        "SELECT (SELECT COUNT(*) FROM articles WHERE id = ?), COUNT(*), COALESCE(MAX(position), 0) + 1,"
        " COALESCE(SUM(article_id = ?), 0) FROM pinned");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(static_cast<std::int64_t>(article_id)).Bind(static_cast<std::int64_t>(article_id));
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Internal("pin count returned no row");
    if (q->Int(0) == 0) return Status::NotFound("no article " + std::to_string(article_id));
    count = q->Int(1);
    next = q->Int(2);
    already = q->Int(3) != 0;
  }
  if (!already && count >= kMaxPins)
    return Status::LimitExceeded("at most " + std::to_string(kMaxPins) + " articles can be pinned");
  if (auto st = cache_.Run(
          "INSERT INTO pinned (article_id, position, pinned_at) VALUES (?, ?, ?)"
          " ON CONFLICT (article_id) DO UPDATE SET position = excluded.position",
          static_cast<std::int64_t>(article_id), next, static_cast<std::int64_t>(now));
      !st.ok())
    return st;
  if (auto b = BumpDataVersion(); !b.ok()) return b;
  return (*tx)->Commit();
}

Status SqliteStore::UnpinArticle(Id article_id) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = cache_.Run("DELETE FROM pinned WHERE article_id = ?", static_cast<std::int64_t>(article_id));
      !st.ok())
    return st;
  if (sqlite3_changes(db_.get()) == 0) return Status::Ok();  // nothing pinned: nothing changed
  if (auto b = BumpDataVersion(); !b.ok()) return b;
  return (*tx)->Commit();
}

}  // namespace bs::sqlite
