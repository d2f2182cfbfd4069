// Incremental organisation (schema v12): the mark of what the stored
// organisation covers, writes of only the stories and rows that changed,
// and the organiser's snapshot in chunks.
//
// ApplyOrganisation is optimistic: it checks the mark it was computed
// against inside its transaction, so two processes organising the same
// articles cannot both write (the second gets Conflict and catches up).
#include <algorithm>

#include "core/utf8.h"
#include "store/sqlite/json_columns.h"
#include "store/sqlite/sqlite_store.h"

namespace bs::sqlite {
namespace {

// Snapshot chunks: small enough for any backend's value limits and for a
// page of memory traffic, large enough that a 300 MB snapshot is a few
// dozen rows.
constexpr std::size_t kSnapshotChunkBytes = 8u << 20;

std::int64_t I64(Id id) { return static_cast<std::int64_t>(id); }

}  // namespace

Status CheckOrganisationLinks(const std::vector<ArticleOrganisation>& rows) {
  for (const auto& r : rows) {
    if (r.read_next.size() > kMaxOrganisationLinks || r.same_topic.size() > kMaxOrganisationLinks ||
        r.related.size() > kMaxOrganisationLinks)
      return Status::LimitExceeded("article " + std::to_string(r.article_id) + " links more than " +
                                   std::to_string(kMaxOrganisationLinks) + " articles in one list");
  }
  return Status::Ok();
}

Result<OrganisationMark> SqliteStore::GetOrganisationMark() {
  std::lock_guard lock(mu_);
  return ReadOrganisationMark();
}

Result<OrganisationMark> SqliteStore::ReadOrganisationMark() {
  auto s = cache_.Get("SELECT epoch, through, edits FROM organisation_mark WHERE id = 1");
  if (!s.ok()) return s.status();
  Query q(**s);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("organisation_mark is missing");
  return OrganisationMark{q->Int(0), q->Int(1), q->Int(2)};
}

Result<int> SqliteStore::ApplyOrganisation(const OrganisationMark& expected, const OrganisationMark& next,
                                           const OrganisationStep& step) {
  const std::vector<StoryRecord>& stories = step.stories;
  const std::vector<ArticleOrganisation>& rows = step.rows;
  if (rows.size() > kMaxOrganisedArticles || stories.size() > kMaxOrganisedArticles)
    return Status::LimitExceeded("organisation step of more than " + std::to_string(kMaxOrganisedArticles) +
                                 " rows");
  if (next.epoch != expected.epoch || next.through < expected.through || next.edits < expected.edits)
    return Status::InvalidArgument("an incremental step keeps its epoch and never moves the mark back");
  if (auto st = CheckOrganisationLinks(rows); !st.ok()) return st;
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  auto stored = ReadOrganisationMark();
  if (!stored.ok()) return stored.status();
  if (!(*stored == expected))
    return Status::Conflict("organisation moved to epoch " + std::to_string(stored->epoch) + " through " +
                            std::to_string(stored->through));
  int written = 0;
  // The WHERE clauses make an equal row a no-op, so sqlite3_changes() counts
  // what a reader can see change (and only that moves DataVersion).
  for (const auto& s : stories) {
    if (auto st = cache_.Run(
            "INSERT INTO stories (id, title, first_seen, last_updated, article_count, source_count)"
            " VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen,"
            " last_updated = excluded.last_updated, article_count = excluded.article_count,"
            " source_count = excluded.source_count"
            " WHERE stories.title IS NOT excluded.title OR stories.first_seen <> excluded.first_seen"
            " OR stories.last_updated <> excluded.last_updated"
            " OR stories.article_count <> excluded.article_count OR stories.source_count <> excluded.source_count",
            I64(s.id), TruncateUtf8(s.title, kMaxStoryTitleBytes), static_cast<std::int64_t>(s.first_seen),
            static_cast<std::int64_t>(s.last_updated), s.article_count, s.source_count);
        !st.ok())
      return st;
    written += sqlite3_changes(db_.get());
  }
  for (const auto& r : rows) {
    // An article deleted since the caller read it is skipped (its foreign key).
    if (auto st = cache_.Run(
            "INSERT INTO article_organisation"
            " (article_id, story_id, duplicate_of, read_next, same_topic, related)"
            " SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)"
            " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,"
            " duplicate_of = excluded.duplicate_of, read_next = excluded.read_next,"
            " same_topic = excluded.same_topic, related = excluded.related"
            " WHERE article_organisation.story_id <> excluded.story_id"
            " OR article_organisation.duplicate_of <> excluded.duplicate_of"
            " OR article_organisation.read_next <> excluded.read_next"
            " OR article_organisation.same_topic <> excluded.same_topic"
            " OR article_organisation.related <> excluded.related",
            I64(r.article_id), I64(r.story_id), I64(r.duplicate_of), EncodeIdList(r.read_next),
            EncodeIdList(r.same_topic), EncodeIdList(r.related));
        !st.ok())
      return st;
    written += sqlite3_changes(db_.get());
  }
  for (Id story : step.vacated) {
    if (auto st = cache_.Run("DELETE FROM stories WHERE id = ?1"
                             " AND NOT EXISTS (SELECT 1 FROM article_organisation WHERE story_id = ?1)",
                             I64(story));
        !st.ok())
      return st;
    written += sqlite3_changes(db_.get());
  }
  for (auto [seq, position] : step.placed) {
    if (auto st = cache_.Run("UPDATE story_edits SET after_article = ?1 WHERE seq = ?2 AND after_article < ?1",
                             I64(position), I64(seq));
        !st.ok())
      return st;
  }
  if (auto st = cache_.Run("UPDATE organisation_mark SET through = ?, edits = ? WHERE id = 1", I64(next.through),
                           I64(next.edits));
      !st.ok())
    return st;
  if (written > 0)
    if (auto st = BumpDataVersion(); !st.ok()) return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return written;
}

Result<std::vector<Id>> SqliteStore::ListStoryMemberIds(Id story_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT article_id FROM article_organisation WHERE story_id = ? ORDER BY article_id");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(story_id));
  std::vector<Id> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return out;
    out.push_back(q->Int(0));
  }
}

Status SqliteStore::PutOrganiserSnapshot(const OrganiserSnapshot& snapshot) {
  if (snapshot.bytes.size() > kMaxOrganiserSnapshotBytes)
    return Status::LimitExceeded("organiser snapshot of " + std::to_string(snapshot.bytes.size()) + " bytes");
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  // Never replace a snapshot by an older one: a process still on an old
  // epoch (or behind another process) must not undo a newer state.
  auto mark = ReadOrganisationMark();
  if (!mark.ok()) return mark.status();
  if (snapshot.mark.epoch != mark->epoch)
    return Status::Conflict("organiser snapshot of epoch " + std::to_string(snapshot.mark.epoch) +
                            ", the organisation is at " + std::to_string(mark->epoch));
  {
    auto s = cache_.Get("SELECT epoch, through FROM organiser_snapshot WHERE id = 1");
    if (!s.ok()) return s.status();
    Query q(**s);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (*row && q->Int(0) == snapshot.mark.epoch && q->Int(1) > snapshot.mark.through)
      return Status::Conflict("a newer organiser snapshot is stored");
  }
  if (auto st = Exec(db_.get(), "DELETE FROM organiser_snapshot_chunks"); !st.ok()) return st;
  std::int64_t chunks = 0;
  for (std::size_t at = 0; at < snapshot.bytes.size(); at += kSnapshotChunkBytes, ++chunks) {
    const std::string_view part =
        std::string_view(snapshot.bytes).substr(at, std::min(kSnapshotChunkBytes, snapshot.bytes.size() - at));
    if (auto st = cache_.Run("INSERT INTO organiser_snapshot_chunks (chunk, bytes) VALUES (?, ?)", chunks,
                             BlobArg{part});
        !st.ok())
      return st;
  }
  if (auto st = cache_.Run(
          "INSERT INTO organiser_snapshot (id, epoch, through, saved_at, edits, size, chunks)"
          " VALUES (1, ?, ?, ?, ?, ?, ?)"
          " ON CONFLICT (id) DO UPDATE SET epoch = excluded.epoch, through = excluded.through,"
          " saved_at = excluded.saved_at, edits = excluded.edits, size = excluded.size, chunks = excluded.chunks",
          snapshot.mark.epoch, I64(snapshot.mark.through), static_cast<std::int64_t>(snapshot.saved_at),
          I64(snapshot.mark.edits),
          static_cast<std::int64_t>(snapshot.bytes.size()), chunks);
      !st.ok())
    return st;
  return (*tx)->Commit();
}

Result<std::optional<OrganiserSnapshot>> SqliteStore::GetOrganiserSnapshot() {
  std::lock_guard lock(mu_);
  // One read transaction: header and chunks from the same commit.
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  OrganiserSnapshot out;
  std::int64_t size = 0, chunks = 0;
  {
    auto s = cache_.Get("SELECT epoch, through, saved_at, edits, size, chunks FROM organiser_snapshot WHERE id = 1");
    if (!s.ok()) return s.status();
    Query q(**s);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return std::optional<OrganiserSnapshot>();
    out.mark = {q->Int(0), q->Int(1), q->Int(3)};
    out.saved_at = q->Int(2);
    size = q->Int(4);
    chunks = q->Int(5);
  }
  if (size < 0 || static_cast<std::uint64_t>(size) > kMaxOrganiserSnapshotBytes)
    return Status::ParseError("organiser snapshot header names " + std::to_string(size) + " bytes");
  out.bytes.reserve(static_cast<std::size_t>(size));
  auto s = cache_.Get("SELECT chunk, bytes FROM organiser_snapshot_chunks ORDER BY chunk");
  if (!s.ok()) return s.status();
  Query q(**s);
  std::int64_t expect = 0;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    if (q->Int(0) != expect++) return Status::ParseError("organiser snapshot is missing a chunk");
    out.bytes += q->BlobView(1);
    if (out.bytes.size() > static_cast<std::size_t>(size)) break;
  }
  if (expect != chunks || out.bytes.size() != static_cast<std::size_t>(size))
    return Status::ParseError("organiser snapshot chunks do not add up to its header");
  return std::optional<OrganiserSnapshot>(std::move(out));
}

}  // namespace bs::sqlite
