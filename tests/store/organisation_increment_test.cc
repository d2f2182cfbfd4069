// Incremental organisation storage (schema v12): the mark, writes of only
// what changed under an optimistic check, the chunked organiser snapshot,
// walks in id order, and edits that remember where they were made.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store_fixture.h"

namespace bs::testing {
namespace {

class OrganisationIncrement : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    AddSource("alpha");
  }

  Id Add(const std::string& path, Timestamp published) {
    Article a = MakeArticle("alpha", path, published);
    auto r = store_->UpsertArticle(a, MakeRaw(a));
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return a.id;
  }
};

TEST_F(OrganisationIncrement, ApplyWritesWhatDiffersAndMovesTheMark) {
  const Id a = Add("/a", 1000), b = Add("/b", 900);  // b arrives second, published earlier
  EXPECT_EQ(store_->LastArticleId().value(), b);
  const OrganisationMark start = store_->GetOrganisationMark().value();
  EXPECT_EQ(start, (OrganisationMark{0, 0}));

  const std::vector<StoryRecord> stories{{a, "Story", 900, 1000, 2, 1}};
  std::vector<ArticleOrganisation> rows{{a, a, 0, {b}, {}, {}}, {b, a, 0, {a}, {}, {}}};
  auto written = store_->ApplyOrganisation(start, {0, b}, {stories, rows});
  ASSERT_TRUE(written.ok()) << written.status().ToString();
  EXPECT_EQ(*written, 3);
  EXPECT_EQ(store_->GetOrganisationMark().value(), (OrganisationMark{0, b}));
  const std::int64_t version = store_->DataVersion().value();

  // The same again: nothing written, pages keep their caches; the mark moves.
  written = store_->ApplyOrganisation({0, b}, {0, b}, {stories, rows});
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(*written, 0);
  EXPECT_EQ(store_->DataVersion().value(), version);

  // One list changes: one row.
  rows[1].related = {a};
  written = store_->ApplyOrganisation({0, b}, {0, b}, {stories, rows});
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(*written, 1);
  EXPECT_GT(store_->DataVersion().value(), version);
  EXPECT_EQ((*store_->GetOrganisation(b))->related, std::vector<Id>{a});

  // Computed against an old mark: refused, nothing written.
  rows[1].related = {};
  auto stale = store_->ApplyOrganisation({0, a}, {0, b}, {stories, rows});
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.status().code(), Status::Code::kConflict);
  EXPECT_EQ((*store_->GetOrganisation(b))->related, std::vector<Id>{a});
  EXPECT_FALSE(store_->ApplyOrganisation({0, b}, {0, a}, {stories, rows}).ok()) << "the mark cannot move back";
  EXPECT_FALSE(store_->ApplyOrganisation({0, b}, {1, b}, {stories, rows}).ok()) << "nor change epoch";
}

TEST_F(OrganisationIncrement, AFullReplaceStartsANewEpoch) {
  const Id a = Add("/a", 1000);
  auto mark = store_->ReplaceOrganisation({{a, "S", 1000, 1000, 1, 1}}, {{a, a, 0, {}, {}, {}}}, a, 4);
  ASSERT_TRUE(mark.ok());
  EXPECT_EQ(*mark, (OrganisationMark{1, a, 4}));
  EXPECT_EQ(store_->GetOrganisationMark().value(), *mark);
  // A step computed before the replace conflicts.
  EXPECT_EQ(store_->ApplyOrganisation({0, 0}, {0, a}, {}).status().code(), Status::Code::kConflict);
}

TEST_F(OrganisationIncrement, WalksByIdWithinBounds) {
  std::vector<Id> ids;
  for (int i = 0; i < 600; ++i) ids.push_back(Add("/p" + std::to_string(i), 5000 - i));
  std::vector<Id> seen;
  ASSERT_TRUE(store_->ForEachArticleById(
                        [&](const Article& x) {
                          seen.push_back(x.id);
                          return Status::Ok();
                        },
                        ids[10], ids[550])
                  .ok());
  EXPECT_EQ(seen, std::vector<Id>(ids.begin() + 11, ids.begin() + 551));
}

TEST_F(OrganisationIncrement, SnapshotsRoundTripInChunksAndReplaceEachOther) {
  EXPECT_FALSE(store_->GetOrganiserSnapshot().value().has_value());
  OrganiserSnapshot snap;
  snap.mark = {0, 42, 7};
  snap.saved_at = 1234;
  snap.bytes.resize((20u << 20) + 17);  // three chunks
  for (std::size_t i = 0; i < snap.bytes.size(); ++i) snap.bytes[i] = static_cast<char>(i * 31 + (i >> 20));
  ASSERT_TRUE(store_->PutOrganiserSnapshot(snap).ok());
  auto got = store_->GetOrganiserSnapshot().value();
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->mark, snap.mark);
  EXPECT_EQ(got->saved_at, 1234);
  EXPECT_EQ(got->mark.edits, 7);
  EXPECT_TRUE(got->bytes == snap.bytes);

  snap.mark = {0, 50};
  snap.bytes = "small";
  ASSERT_TRUE(store_->PutOrganiserSnapshot(snap).ok());
  got = store_->GetOrganiserSnapshot().value();
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->bytes, "small");
  EXPECT_EQ(got->mark.through, 50);

  // Older states never replace newer ones.
  snap.mark = {0, 45};
  EXPECT_EQ(store_->PutOrganiserSnapshot(snap).code(), Status::Code::kConflict);
  snap.mark = {1, 60};
  EXPECT_EQ(store_->PutOrganiserSnapshot(snap).code(), Status::Code::kConflict) << "not this epoch";
  EXPECT_EQ(store_->GetOrganiserSnapshot().value()->mark.through, 50);
}

TEST_F(OrganisationIncrement, ASnapshotWithAMissingChunkIsAnErrorNotShortBytes) {
  OrganiserSnapshot snap;
  snap.mark = {0, 1};
  snap.bytes.assign((9u << 20), 'x');  // two chunks
  ASSERT_TRUE(store_->PutOrganiserSnapshot(snap).ok());
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    std::unique_ptr<sqlite3, DbCloser> owner(db);
    ASSERT_EQ(sqlite3_exec(db, "DELETE FROM organiser_snapshot_chunks WHERE chunk = 1", nullptr, nullptr, nullptr),
              SQLITE_OK);
  }
  auto got = store_->GetOrganiserSnapshot();
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().code(), Status::Code::kParseError);
}

TEST_F(OrganisationIncrement, AnEditRemembersTheMarkItWasMadeAt) {
  const Id a = Add("/a", 1000), b = Add("/b", 1100);
  ASSERT_TRUE(store_->ApplyOrganisation({0, 0}, {0, b}, {}).ok());
  StoryEdit merge;
  merge.kind = StoryEdit::Kind::kMerge;
  merge.article_a = a;
  merge.article_b = b;
  ASSERT_TRUE(store_->AddStoryEdit(merge).ok());
  EXPECT_EQ(merge.after_article, b);
  auto edits = store_->ListStoryEdits().value();
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0].after_article, b);
}

}  // namespace
}  // namespace bs::testing
