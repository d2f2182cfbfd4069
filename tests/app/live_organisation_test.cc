// Incremental organisation against a real SQLite store: generated streams
// with late arrivals and copies, organised in small steps, restarted from
// the snapshot, with a corrupt snapshot and a process killed mid-commit,
// always compared with a full recompute of the same articles.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <thread>

#include "app/organisation_pipeline.h"
#include "app/support/fixture_tree.h"
#include "core/hash.h"
#include "store/store.h"
#include "support/news_stream.h"

namespace bs {
namespace {

using testing::TempDir;

class LiveOrganisationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (tmp_.path() / "live.db").string();
    store_ = Open();
    for (int i = 0; i < 8; ++i) {
      Source s;
      s.slug = "paper-" + std::to_string(i);
      s.name = "Paper " + std::to_string(i);
      s.homepage = "https://paper" + std::to_string(i) + ".example/";
      s.feed_urls = {s.homepage + "rss.xml"};
      s.language = "en";
      s.default_section = "world";
      ASSERT_TRUE(store_->SyncSource(s).ok());
    }
  }

  std::unique_ptr<Store> Open() {
    auto store = OpenSqliteStore(path_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return std::move(*store);
  }

  // The stored article for `item`, fetched when it was published.
  static Article ToArticle(const testing::NewsItem& item) {
    Article a;
    a.url = item.url;
    a.page_canonical_url = item.canonical_hint;
    a.source_slug = item.source;
    a.title = item.title;
    a.published = item.published;
    a.fetched_at = item.published;
    a.section = "world";
    a.language = "en";
    a.body_text = item.text;
    a.body_html = "<p>" + item.id + "</p>";
    return a;
  }

  void PutArticle(Store& store, Article a) {
    RawPage raw{a.url, a.url, "text/html", "<html></html>", a.fetched_at};
    auto r = store.UpsertArticle(a, raw);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }

  void Put(Store& store, const std::vector<testing::NewsItem>& items) {
    for (const auto& item : items) PutArticle(store, ToArticle(item));
  }

  // `n` articles organised by a process that then goes away.
  void OrganiseInAnotherProcess(testing::NewsStream& stream, int n) {
    LiveOrganisation live(*store_);
    Put(*store_, stream.Take(n));
    ASSERT_TRUE(live.CatchUp().ok());
  }

  // Every stored row and story, one line per article, in id order.
  std::vector<std::string> Rows(Store& store) {
    std::vector<std::string> rows;
    const Id last = store.LastArticleId().value();
    EXPECT_TRUE(store.ForEachArticleById(
                         [&](const Article& a) {
                           auto o = store.GetOrganisation(a.id).value();
                           if (!o) {
                             rows.push_back(std::to_string(a.id) + " unorganised");
                             return Status::Ok();
                           }
                           auto s = store.GetStory(o->story_id).value();
                           rows.push_back(nlohmann::json{{"id", a.id},
                                                         {"story", o->story_id},
                                                         {"dup", o->duplicate_of},
                                                         {"next", o->read_next},
                                                         {"topic", o->same_topic},
                                                         {"related", o->related},
                                                         {"title", s ? s->title : "-"},
                                                         {"n", s ? s->article_count : -1},
                                                         {"src", s ? s->source_count : -1},
                                                         {"first", s ? s->first_seen : -1},
                                                         {"last", s ? s->last_updated : -1}}
                                              .dump());
                           return Status::Ok();
                         },
                         0, last)
                    .ok());
    return rows;
  }

  // The stored organisation row for row equals a full recompute's of the
  // same articles (which then stays stored).
  void ExpectSameAsFullRecompute(Store& store) {
    const auto incremental = Rows(store);
    ASSERT_TRUE(RecomputeOrganisation(store).ok());
    EXPECT_EQ(incremental, Rows(store));
  }

  std::uint64_t Digest(const std::vector<std::string>& rows) {
    std::uint64_t h = 0;
    for (const auto& r : rows) h = Fnv1a64(r, h ^ 0x9e37);
    return h;
  }

  TempDir tmp_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(LiveOrganisationTest, SmallStepsWithLateArrivalsEqualAFullRecompute) {
  testing::NewsStream stream(21);
  LiveOrganisation live(*store_);
  int late = 0;
  Timestamp newest = 0;
  for (int batch = 0; batch < 40; ++batch) {
    const auto items = stream.Take(batch % 3 == 0 ? 1 : 30);
    for (const auto& item : items) {
      late += item.published < newest;
      newest = std::max(newest, item.published);
    }
    Put(*store_, items);
    auto step = live.CatchUp();
    ASSERT_TRUE(step.ok()) << step.status().ToString();
    EXPECT_EQ(step->articles, static_cast<int>(items.size()));
  }
  ASSERT_GT(late, 20) << "the stream should deliver late articles";
  const OrganisationMark mark = store_->GetOrganisationMark().value();
  EXPECT_EQ(mark.through, store_->LastArticleId().value());
  const auto incremental = Rows(*store_);
  ASSERT_TRUE(RecomputeOrganisation(*store_).ok());
  const auto full = Rows(*store_);
  EXPECT_EQ(Digest(incremental), Digest(full));
  EXPECT_EQ(incremental, full);
}

TEST_F(LiveOrganisationTest, AStepWritesOnlyTheRowsThatChanged) {
  testing::NewsStream stream(5);
  LiveOrganisation live(*store_);
  Put(*store_, stream.Take(600));
  ASSERT_TRUE(live.CatchUp().ok());
  const std::int64_t version = store_->DataVersion().value();
  // Nothing new: nothing written, pages stay cached.
  auto idle = live.CatchUp();
  ASSERT_TRUE(idle.ok());
  EXPECT_EQ(idle->articles, 0);
  EXPECT_EQ(idle->rows_written, 0);
  EXPECT_EQ(store_->DataVersion().value(), version);

  Put(*store_, stream.Take(10));
  auto step = live.CatchUp();
  ASSERT_TRUE(step.ok());
  EXPECT_EQ(step->articles, 10);
  EXPECT_GE(step->rows_written, 10);       // the new rows at least
  EXPECT_LT(step->rows_written, 10 * 40);  // not the archive
}

TEST_F(LiveOrganisationTest, ARestartResumesFromTheSnapshotWithoutRecomputing) {
  testing::NewsStream stream(8);
  {
    LiveOrganisation live(*store_);
    Put(*store_, stream.Take(2500));  // past kSnapshotEvery
    ASSERT_TRUE(live.CatchUp().ok());
    Put(*store_, stream.Take(150));   // after the snapshot: replayed on restart
    ASSERT_TRUE(live.CatchUp().ok());
  }
  const auto snap = store_->GetOrganiserSnapshot().value();
  ASSERT_TRUE(snap.has_value());
  const OrganisationMark mark = store_->GetOrganisationMark().value();
  EXPECT_EQ(snap->mark.epoch, mark.epoch);
  EXPECT_LT(snap->mark.through, mark.through);

  // Another process (a new store connection, a new organiser) continues.
  auto reopened = Open();
  LiveOrganisation next(*reopened);
  Put(*reopened, stream.Take(40));
  auto step = next.CatchUp();
  ASSERT_TRUE(step.ok()) << step.status().ToString();
  EXPECT_TRUE(step->restored);
  EXPECT_EQ(step->articles, 40);
  EXPECT_EQ(reopened->GetOrganisationMark().value().epoch, mark.epoch) << "restart recomputed";
  ExpectSameAsFullRecompute(*reopened);
}

TEST_F(LiveOrganisationTest, ACorruptSnapshotIsDetectedAndTheOrganisationRebuilt) {
  testing::NewsStream stream(13);
  OrganiseInAnotherProcess(stream, 300);
  auto snap = store_->GetOrganiserSnapshot().value();
  ASSERT_TRUE(snap.has_value());
  snap->bytes[snap->bytes.size() / 2] ^= 0x11;
  ASSERT_TRUE(store_->PutOrganiserSnapshot(*snap).ok());
  const OrganisationMark before = store_->GetOrganisationMark().value();

  LiveOrganisation next(*store_);
  Put(*store_, stream.Take(20));
  auto step = next.CatchUp();
  ASSERT_TRUE(step.ok()) << step.status().ToString();
  EXPECT_FALSE(step->restored);
  EXPECT_GT(store_->GetOrganisationMark().value().epoch, before.epoch) << "rebuilt in full";
  ExpectSameAsFullRecompute(*store_);
}

TEST_F(LiveOrganisationTest, EditorEditsApplyIncrementallyWhereTheyWereMadeAndSurviveARestart) {
  testing::NewsStream stream(31);
  {
    LiveOrganisation live(*store_);
    Put(*store_, stream.Take(2200));  // a snapshot is written here
    ASSERT_TRUE(live.CatchUp().ok());
    Put(*store_, stream.Take(100));
    ASSERT_TRUE(live.CatchUp().ok());

    // A founder with company (split: its story is renamed) and two other
    // stories to merge.
    std::map<Id, std::vector<Id>> stories;
    for (Id id = 1; id <= store_->LastArticleId().value(); ++id) {
      auto o = store_->GetOrganisation(id).value();
      if (o && o->duplicate_of == 0) stories[o->story_id].push_back(id);
    }
    std::vector<Id> big;
    for (const auto& [story, members] : stories)
      if (members.size() >= 3) big.push_back(story);
    ASSERT_GE(big.size(), 3u);
    const OrganisationMark before = store_->GetOrganisationMark().value();
    StoryEdit split;
    split.kind = StoryEdit::Kind::kSplit;
    split.article_a = big[0];
    ASSERT_TRUE(store_->AddStoryEdit(split).ok());
    StoryEdit merge;
    merge.kind = StoryEdit::Kind::kMerge;
    merge.article_a = stories[big[1]].back();
    merge.article_b = stories[big[2]].back();
    ASSERT_TRUE(store_->AddStoryEdit(merge).ok());

    auto step = live.CatchUp();
    ASSERT_TRUE(step.ok()) << step.status().ToString();
    EXPECT_EQ(step->edits_applied, 2);
    const OrganisationMark after = store_->GetOrganisationMark().value();
    EXPECT_EQ(after.epoch, before.epoch) << "an edit recomputed instead of applying";
    EXPECT_EQ(after.edits, merge.seq);
    EXPECT_NE(store_->GetOrganisation(stories[big[0]][1]).value()->story_id, big[0]) << "the founder left";
    EXPECT_EQ(store_->GetOrganisation(merge.article_b).value()->story_id,
              store_->GetOrganisation(merge.article_a).value()->story_id);
    EXPECT_FALSE(store_->GetStory(big[2]).value().has_value()) << "the merged-away story is gone";
    Put(*store_, stream.Take(60));  // later articles join the edited stories as they would
    ASSERT_TRUE(live.CatchUp().ok());
  }
  // A restart replays the edits made after the snapshot, then continues.
  auto reopened = Open();
  LiveOrganisation next(*reopened);
  Put(*reopened, stream.Take(40));
  auto step = next.CatchUp();
  ASSERT_TRUE(step.ok()) << step.status().ToString();
  EXPECT_TRUE(step->restored);
  const auto incremental = Rows(*reopened);
  auto full = RecomputeOrganisation(*reopened);
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(full->edits_applied, 2);
  EXPECT_EQ(incremental, Rows(*reopened));
}

TEST_F(LiveOrganisationTest, AnArticleDatedFarInTheFutureDoesNotStopLaterCopiesBeingFound) {
  testing::NewsStream stream(41);
  LiveOrganisation live(*store_);
  auto items = stream.Take(200);
  Put(*store_, items);
  ASSERT_TRUE(live.CatchUp().ok());
  // A feed's wrong year: published in 2100, fetched now.
  Article a = ToArticle(stream.Take(1).front());
  a.published = 4'102'444'800;
  a.fetched_at = items.back().published + 600;
  PutArticle(*store_, a);
  a.id = store_->LastArticleId().value();
  ASSERT_TRUE(live.CatchUp().ok());
  // The organiser took it as published a day after the fetch at most, so its
  // clock (and every window) stays in this century.
  const auto bogus_story = store_->GetStory(store_->GetOrganisation(a.id).value()->story_id).value();
  ASSERT_TRUE(bogus_story.has_value());
  EXPECT_LE(bogus_story->last_updated, a.fetched_at + 86400);
  // Enough later articles for the organiser's housekeeping to run (it
  // releases what its clock says is old) ...
  const auto later = stream.Take(140);
  Put(*store_, later);
  ASSERT_TRUE(live.CatchUp().ok());
  // ... and a syndicated copy of a recent article is still recognised.
  testing::NewsItem copy = later[130];
  copy.url = "https://paper7.example/copy";
  copy.source = "paper-7";
  copy.published = later.back().published + 1200;
  Put(*store_, {copy});
  ASSERT_TRUE(live.CatchUp().ok());
  const Id copy_id = store_->LastArticleId().value();
  EXPECT_NE(store_->GetOrganisation(copy_id).value()->duplicate_of, 0);
  ExpectSameAsFullRecompute(*store_);
}

TEST_F(LiveOrganisationTest, TwoProcessesOrganisingOneStoreNeverWriteOverEachOther) {
  testing::NewsStream stream(17);
  auto other_store = Open();
  LiveOrganisation a(*store_), b(*other_store);
  for (int round = 0; round < 6; ++round) {
    Put(*store_, stream.Take(25));
    // Whoever goes second finds the mark moved and catches up from the store.
    ASSERT_TRUE((round % 2 ? a : b).CatchUp().ok());
    Put(*store_, stream.Take(5));
    ASSERT_TRUE((round % 2 ? b : a).CatchUp().ok());
  }
  ExpectSameAsFullRecompute(*store_);
}

TEST_F(LiveOrganisationTest, AProcessKilledMidCommitLeavesTheStoreConsistentAndTheNextRunCompletes) {
  testing::NewsStream stream(29);
  OrganiseInAnotherProcess(stream, 200);
  Put(*store_, stream.Take(12000));  // a burst: several committed steps
  const OrganisationMark before = store_->GetOrganisationMark().value();
  store_.reset();  // the child opens its own connection

  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto store = OpenSqliteStore(path_);
    if (!store.ok()) _exit(2);
    LiveOrganisation live(**store);
    (void)live.CatchUp();
    _exit(0);
  }
  // Kill it once it has committed at least one step but not all of them.
  store_ = Open();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  OrganisationMark seen = before;
  while (std::chrono::steady_clock::now() < deadline) {
    seen = store_->GetOrganisationMark().value();
    if (seen.through > before.through) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  const OrganisationMark killed = store_->GetOrganisationMark().value();
  ASSERT_GT(killed.through, before.through) << "the child never committed a step";
  ASSERT_LT(killed.through, store_->LastArticleId().value()) << "the child finished before the kill";
  EXPECT_EQ(killed.epoch, before.epoch);

  LiveOrganisation next(*store_);
  auto step = next.CatchUp();
  ASSERT_TRUE(step.ok()) << step.status().ToString();
  EXPECT_EQ(store_->GetOrganisationMark().value().through, store_->LastArticleId().value());
  ExpectSameAsFullRecompute(*store_);
}

}  // namespace
}  // namespace bs
