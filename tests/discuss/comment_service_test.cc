// The comment service over a real SQLite store: a syndicated pair shares a
// thread, replies go three deep, the rules around posting (confirmed, not
// banned, open thread, edit window) hold, and the pipeline's checks see the
// store's counts.
#include "discuss/comment_service.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "discuss/seed_comments.h"

namespace bs::discuss {
namespace {

namespace fs = std::filesystem;
constexpr Timestamp kNow = 1'800'000'000;

class CommentServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-comments-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    store_ = std::move(OpenSqliteStore((dir_ / "c.db").string()).value());
    for (const char* slug : {"harbour", "hill"}) {
      Source s;
      s.slug = slug;
      s.name = std::string("The ") + slug;
      ASSERT_TRUE(store_->SyncSource(s).ok());
    }
    for (const auto& [src, path, age] : std::vector<std::tuple<std::string, std::string, Timestamp>>{
             {"harbour", "/original", 3600}, {"hill", "/copy", 3000}, {"hill", "/old", 40 * 86400}}) {
      Article a;
      a.url = "https://" + src + ".example" + path;
      a.source_slug = src;
      a.title = path;
      a.section = "politics";
      a.published = kNow - age;
      a.fetched_at = kNow - age;
      RawPage raw{a.url, a.url, "text/html", "<p></p>", a.fetched_at};
      ASSERT_TRUE(store_->UpsertArticle(a, raw).ok());
      ids_.push_back(a.id);
    }
    // The copy is a duplicate of the original.
    ASSERT_TRUE(store_->ReplaceOrganisation({{ids_[0], "t", kNow, kNow, 2, 2}, {ids_[2], "o", kNow, kNow, 1, 1}},
                                            {{ids_[0], ids_[0], 0, {}, {}, {}},
                                             {ids_[1], ids_[0], ids_[0], {}, {}, {}},
                                             {ids_[2], ids_[2], 0, {}, {}, {}}})
                    .ok());
    service_ = std::make_unique<CommentService>(*store_, settings_, SeedSpamClassifier(), [this] { return now_; });
  }
  void TearDown() override {
    service_.reset();
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  Id Reader(const std::string& name, bool confirmed = true, const std::string& domain = "readers.example") {
    Account a;
    a.email = name + "@" + domain;
    ReaderProfile p;
    p.display_name = name;
    p.display_key = name;
    p.email_confirmed = confirmed;
    EXPECT_TRUE(store_->CreateReader(a, p).ok());
    return a.id;
  }
  PostOutcome Post(Id author, Id article, const std::string& body, Id parent = 0, const std::string& ip = "192.0.2.1") {
    auto r = service_->Post({article, parent, author, body, ip});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : PostOutcome{};
  }

  fs::path dir_;
  std::unique_ptr<Store> store_;
  CommentSettings settings_;
  std::unique_ptr<CommentService> service_;
  std::vector<Id> ids_;
  Timestamp now_ = kNow;
};

TEST_F(CommentServiceTest, ASyndicatedCopyAndItsOriginalShareOneThread) {
  EXPECT_EQ(service_->ThreadGroup(ids_[1]).value(), (std::vector<Id>{ids_[0], ids_[1]}));
  EXPECT_EQ(service_->ThreadGroup(ids_[0]).value(), (std::vector<Id>{ids_[0], ids_[1]}));
  const Id ana = Reader("ana");
  auto on_copy = Post(ana, ids_[1], "Posted under the partner's copy.");
  ASSERT_EQ(on_copy.decision, Decision::kPublish) << on_copy.message;
  auto thread = store_->ListThread(service_->ThreadGroup(ids_[0]).value(), 0, ThreadSort::kOldest, 10, 0).value();
  ASSERT_EQ(thread.size(), 1u);
  EXPECT_EQ(thread[0].thread_id, ids_[0]) << "stored under the canonical article";
  EXPECT_EQ(thread[0].article_id, ids_[1]) << "and remembers the page it came from";
  EXPECT_FALSE(service_->ThreadGroup(999'999).ok());
}

TEST_F(CommentServiceTest, RepliesGoThreeDeep) {
  const Id ana = Reader("ana"), bo = Reader("bo");
  auto a = Post(ana, ids_[0], "Top");
  auto b = Post(bo, ids_[0], "Reply", a.comment_id);
  auto c = Post(ana, ids_[0], "Reply to reply", b.comment_id);
  auto d = Post(bo, ids_[0], "Fourth level", c.comment_id);
  EXPECT_EQ(store_->GetComment(b.comment_id).value()->depth, 1);
  EXPECT_EQ(store_->GetComment(c.comment_id).value()->depth, 2);
  auto deepest = store_->GetComment(d.comment_id).value();
  EXPECT_EQ(deepest->depth, 2);
  EXPECT_EQ(deepest->parent_id, b.comment_id) << "joins the third level beside its parent";
  EXPECT_FALSE(service_->Post({ids_[2], a.comment_id, bo, "Cross-thread reply", "192.0.2.1"}).ok())
      << "a parent from another thread is refused";
}

TEST_F(CommentServiceTest, OnlyConfirmedUnbannedReadersPost) {
  const Id fresh = Reader("fresh", false);
  auto r = Post(fresh, ids_[0], "Hello");
  EXPECT_EQ(r.decision, Decision::kReject);
  EXPECT_NE(r.message.find("Confirm"), std::string::npos);
  const Id banned = Reader("banned");
  ASSERT_TRUE(store_->SetReaderBan(banned, kNow + 3600, {0, 1, 0, banned, "ban", "", kNow}).ok());
  EXPECT_EQ(Post(banned, ids_[0], "Hello").decision, Decision::kReject);
  now_ = kNow + 7200;
  EXPECT_EQ(Post(banned, ids_[0], "Hello again after the ban").decision, Decision::kPublish) << "a ban for a time ends";
  const Id spammy = Reader("spammy", true, "spam.example");
  ASSERT_TRUE(store_->BanEmailDomain("spam.example", {0, 1, 0, 0, "ban_domain", "", kNow}).ok());
  EXPECT_EQ(Post(spammy, ids_[0], "Hello").decision, Decision::kReject);
}

TEST_F(CommentServiceTest, ThreadsCloseWithAgeOrByHand) {
  const Id ana = Reader("ana");
  auto old = Post(ana, ids_[2], "Too late");
  EXPECT_EQ(old.decision, Decision::kReject);
  EXPECT_EQ(old.reasons.front(), "thread_closed");
  ASSERT_TRUE(store_->SetThreadClosed(ids_[2], false, {0, 1, 0, 0, "open", "", kNow}).ok());
  EXPECT_EQ(Post(ana, ids_[2], "Reopened by an editor").decision, Decision::kPublish);
  ASSERT_TRUE(store_->SetThreadClosed(ids_[1], true, {0, 1, 0, 0, "close", "", kNow}).ok());
  EXPECT_EQ(Post(ana, ids_[0], "On the original of a closed copy").decision, Decision::kReject)
      << "closing either copy closes the one thread";
}

TEST_F(CommentServiceTest, PremoderationByPartnerAndTheStoreCounts) {
  settings_.premoderation_by_source["hill"] = Premoderation::kEveryone;
  CommentService service(*store_, settings_, SeedSpamClassifier(), [this] { return now_; });
  const Id ana = Reader("ana");
  auto held = service.Post({ids_[1], 0, ana, "A fair point about the tides.", "192.0.2.1"}).value();
  EXPECT_EQ(held.decision, Decision::kHold) << "posted on the hill paper's copy";
  EXPECT_EQ(store_->GetComment(held.comment_id).value()->state, CommentState::kHeld);
  auto published = service.Post({ids_[0], 0, ana, "And on the original.", "192.0.2.1"}).value();
  EXPECT_EQ(published.decision, Decision::kPublish);
  auto third = service.Post({ids_[0], 0, ana, "Third in a minute.", "192.0.2.1"}).value();
  EXPECT_EQ(third.decision, Decision::kPublish);
  auto fourth = service.Post({ids_[0], 0, ana, "Fourth in a minute.", "192.0.2.1"}).value();
  EXPECT_EQ(fourth.decision, Decision::kReject) << "the store's count of the last minute, held ones included";
  EXPECT_EQ(fourth.comment_id, 0) << "nothing is stored for a rejection";
}

TEST_F(CommentServiceTest, EditsWithinTheWindowPassThePipelineAgain) {
  const Id ana = Reader("ana"), bo = Reader("bo");
  auto c = Post(ana, ids_[0], "Teh tide was late");
  auto fixed = service_->Edit(c.comment_id, ana, "The tide was late", "192.0.2.1").value();
  EXPECT_EQ(fixed.decision, Decision::kPublish);
  EXPECT_TRUE(store_->GetComment(c.comment_id).value()->edited_at.has_value());
  EXPECT_FALSE(service_->Edit(c.comment_id, bo, "Not mine", "192.0.2.1").ok());
  now_ = kNow + 6 * 60;
  EXPECT_EQ(service_->Edit(c.comment_id, ana, "Too late to change", "192.0.2.1").value().decision, Decision::kReject);
}

}  // namespace
}  // namespace bs::discuss
