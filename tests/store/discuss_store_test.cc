// Readers' discussion in the SQLite store: reader accounts and their
// single-use links, one thread per copy group, replies, likes, reports that
// hide, moderation with its log, scoping by paper, deletion, and the thread
// versions the page cache keys on (DataVersion never moves).
#include <gtest/gtest.h>

#include <algorithm>

#include "store/store_fixture.h"

namespace bs::testing {
namespace {

constexpr Timestamp kNow = 1'800'000'000;

class DiscussStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    AddSource("harbour");
    AddSource("hill");
    for (const auto& [src, path] : std::vector<std::pair<std::string, std::string>>{
             {"harbour", "/original"}, {"hill", "/copy"}, {"hill", "/other"}}) {
      Article a = MakeArticle(src, path, kNow - 3600);
      ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
      ids_.push_back(a.id);
    }
  }

  Id Reader(const std::string& name, bool confirmed = true) {
    Account a;
    a.email = name + "@readers.example";
    a.created_at = kNow;
    ReaderProfile p;
    p.display_name = name;
    p.display_key = name;
    p.email_confirmed = confirmed;
    auto st = store_->CreateReader(a, p);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return a.id;
  }

  Comment Post(Id author, Id thread, Id article, const std::string& body, Id parent = 0, int depth = 0,
               Timestamp at = kNow, CommentState state = CommentState::kPublished) {
    Comment c;
    c.thread_id = thread;
    c.article_id = article;
    c.parent_id = parent;
    c.depth = depth;
    c.author_id = author;
    c.body = body;
    c.state = state;
    c.network = "v4:203.0.113";
    c.created_at = at;
    auto st = store_->CreateComment(c);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return c;
  }

  std::vector<Id> ids_;
};

TEST_F(DiscussStoreTest, ReaderNamesAndAddressesAreUniqueAndLinksSingleUse) {
  const Id ana = Reader("ana");
  Account dup;
  dup.email = "ANA@readers.example";
  ReaderProfile p{0, "Other", "other", false, false, 0, false};
  auto st = store_->CreateReader(dup, p);
  EXPECT_NE(st.message().find("email"), std::string::npos) << st.ToString();
  Account other;
  other.email = "new@readers.example";
  ReaderProfile same{0, "ANA", "ana", false, false, 0, false};
  st = store_->CreateReader(other, same);
  EXPECT_NE(st.message().find("name"), std::string::npos) << st.ToString();
  EXPECT_TRUE(store_->DisplayKeyTaken("ana", 0).value());
  EXPECT_FALSE(store_->DisplayKeyTaken("ana", ana).value()) << "one's own name is not taken";
  auto found = store_->FindAccountByEmail("Ana@Readers.Example");
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->id, ana);
  EXPECT_EQ((*found)->role, Role::kReader);

  ASSERT_TRUE(store_->CreateAccountToken({"d1", ana, "signin", kNow + 600}).ok());
  EXPECT_FALSE(store_->ConsumeAccountToken("d1", "confirm", kNow).value()) << "wrong purpose";
  EXPECT_FALSE(store_->ConsumeAccountToken("d1", "signin", kNow).value()) << "a wrong-purpose try spends it";
  ASSERT_TRUE(store_->CreateAccountToken({"d2", ana, "signin", kNow + 600}).ok());
  EXPECT_FALSE(store_->ConsumeAccountToken("d2", "signin", kNow + 601).value()) << "expired";
  ASSERT_TRUE(store_->CreateAccountToken({"d3", ana, "signin", kNow + 600}).ok());
  ASSERT_TRUE(store_->CreateAccountToken({"d4", ana, "signin", kNow + 600}).ok());
  EXPECT_FALSE(store_->ConsumeAccountToken("d3", "signin", kNow).value()) << "a newer link replaces it";
  EXPECT_EQ(store_->ConsumeAccountToken("d4", "signin", kNow).value(), ana);
  EXPECT_FALSE(store_->ConsumeAccountToken("d4", "signin", kNow).value()) << "single use";
}

TEST_F(DiscussStoreTest, ACopyGroupSharesOneThreadWithRepliesAndSorts) {
  const Id ana = Reader("ana"), bo = Reader("bo");
  const std::vector<Id> group = {ids_[0], ids_[1]};
  const Id root = ids_[0];
  auto first = Post(ana, root, ids_[0], "On the original", 0, 0, kNow);
  auto second = Post(bo, ids_[1], ids_[1], "On the copy, before it was known as one", 0, 0, kNow + 10);
  auto reply = Post(bo, root, ids_[1], "A reply", first.id, 1, kNow + 20);
  Post(ana, root, ids_[1], "A reply to the reply", reply.id, 2, kNow + 30);
  Post(ana, ids_[2], ids_[2], "Elsewhere", 0, 0, kNow);
  Post(bo, root, ids_[0], "Held one", 0, 0, kNow + 40, CommentState::kHeld);
  ASSERT_TRUE(store_->LikeComment(second.id, ana).value());
  EXPECT_FALSE(store_->LikeComment(second.id, ana).value()) << "one like per reader";

  auto thread = store_->ListThread(group, 0, ThreadSort::kOldest, 50, 0);
  ASSERT_TRUE(thread.ok()) << thread.status().ToString();
  ASSERT_EQ(thread->size(), 4u) << "both copies' comments, replies nested, the held one hidden";
  EXPECT_EQ((*thread)[0].body, "On the original");
  EXPECT_EQ((*thread)[1].parent_id, first.id);
  EXPECT_EQ((*thread)[2].depth, 2);
  EXPECT_EQ((*thread)[3].body, "On the copy, before it was known as one");
  EXPECT_EQ((*thread)[0].author_name, "ana");
  auto liked = store_->ListThread(group, 0, ThreadSort::kMostLiked, 50, 0).value();
  EXPECT_EQ(liked[0].id, second.id);
  EXPECT_EQ(liked[0].likes, 1);
  auto own = store_->ListThread(group, bo, ThreadSort::kNewest, 50, 0).value();
  EXPECT_EQ(own[0].body, "Held one") << "an author sees their own held comment";
  auto page = store_->ListThread(group, 0, ThreadSort::kOldest, 1, 1).value();
  ASSERT_EQ(page.size(), 1u);
  EXPECT_EQ(page[0].id, second.id);
  auto counts = store_->CountThread(group).value();
  EXPECT_EQ(counts.first, 4);
  EXPECT_EQ(counts.second, 2);
  EXPECT_EQ(store_->CountComments({ids_[2]}).value().at(ids_[2]), 1);
}

TEST_F(DiscussStoreTest, CommentsMoveThreadVersionsNotDataVersion) {
  const Id ana = Reader("ana");
  const std::int64_t data_before = store_->DataVersion().value();
  const std::int64_t other_before = store_->ThreadVersion({ids_[2]}).value();
  const std::int64_t v0 = store_->ThreadVersion({ids_[0], ids_[1]}).value();
  auto c = Post(ana, ids_[0], ids_[0], "First");
  const std::int64_t v1 = store_->ThreadVersion({ids_[0], ids_[1]}).value();
  EXPECT_GT(v1, v0);
  ASSERT_TRUE(store_->LikeComment(c.id, Reader("bo")).value());
  const std::int64_t v2 = store_->ThreadVersion({ids_[0], ids_[1]}).value();
  EXPECT_GT(v2, v1);
  ASSERT_TRUE(store_->ModerateComment(c.id, CommentState::kPublished, true, {0, 9, c.id, 0, "feature", "", kNow}).ok());
  EXPECT_GT(store_->ThreadVersion({ids_[0], ids_[1]}).value(), v2);
  EXPECT_EQ(store_->ThreadVersion({ids_[2]}).value(), other_before) << "another thread's pages stay cached";
  EXPECT_EQ(store_->DataVersion().value(), data_before) << "no page outside the thread is touched";
}

TEST_F(DiscussStoreTest, ReportsFromReadersInGoodStandingHideOnce) {
  const Id author = Reader("author");
  auto c = Post(author, ids_[0], ids_[0], "Something rude");
  std::vector<Id> reporters;
  for (const char* n : {"r1", "r2", "r3", "fresh"}) reporters.push_back(Reader(n, std::string(n) != "fresh"));
  // Good standing needs an approved comment of one's own.
  for (int i = 0; i < 3; ++i) Post(reporters[i], ids_[2], ids_[2], "my own view " + std::to_string(i));
  EXPECT_FALSE(store_->ReportComment({c.id, reporters[3], "", "abusive", "", kNow}, 2).value())
      << "an unconfirmed newcomer's report does not count towards hiding";
  EXPECT_FALSE(store_->ReportComment({c.id, reporters[0], "", "abusive", "", kNow}, 2).value());
  EXPECT_EQ(store_->ReportComment({c.id, reporters[0], "", "spam", "", kNow}, 2).status().code(),
            Status::Code::kInvalidArgument)
      << "one report per reader";
  EXPECT_TRUE(store_->ReportComment({c.id, reporters[1], "", "other", "names my neighbour", kNow}, 2).value());
  EXPECT_EQ(store_->GetComment(c.id).value()->state, CommentState::kHidden);
  EXPECT_FALSE(store_->ReportComment({c.id, reporters[2], "", "abusive", "", kNow}, 2).value()) << "already hidden";
  auto reports = store_->ListCommentReports(c.id).value();
  ASSERT_EQ(reports.size(), 4u);
  EXPECT_TRUE(std::any_of(reports.begin(), reports.end(), [](const CommentReport& r) {
    return r.reason == "other" && r.note == "names my neighbour" && r.reporter_name == "r2";
  }));
  auto queue = store_->ListModerationQueue("held", {}, 50).value();
  ASSERT_EQ(queue.size(), 1u);
  EXPECT_EQ(queue[0].id, c.id);
  auto log = store_->ListModerationLog(10).value();
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log[0].action, "hide");

  ASSERT_TRUE(store_->DeleteOwnComment(c.id, author).ok());
  EXPECT_EQ(store_->ReportComment({c.id, Reader("late"), "", "spam", "", kNow}, 2).status().code(),
            Status::Code::kNotFound)
      << "a deleted comment cannot be reported";
}

TEST_F(DiscussStoreTest, QueuesAreScopedToPapers) {
  const Id ana = Reader("ana");
  Post(ana, ids_[0], ids_[0], "on harbour", 0, 0, kNow, CommentState::kHeld);
  Post(ana, ids_[2], ids_[2], "on hill", 0, 0, kNow, CommentState::kHeld);
  EXPECT_EQ(store_->ListModerationQueue("held", {}, 50).value().size(), 2u);
  auto harbour = store_->ListModerationQueue("held", {"harbour"}, 50).value();
  ASSERT_EQ(harbour.size(), 1u);
  EXPECT_EQ(harbour[0].body, "on harbour");
  EXPECT_EQ(store_->CommentSource(harbour[0].id).value(), "harbour");
  EXPECT_FALSE(store_->ListModerationQueue("everything", {}, 50).ok());
  ASSERT_TRUE(store_->SetModeratorSources(ana, {"hill", "harbour"}).ok());
  EXPECT_EQ(store_->GetModeratorSources(ana).value(), (std::vector<std::string>{"harbour", "hill"}));
}

TEST_F(DiscussStoreTest, EditsRespectTheAuthorAndTheModerator) {
  const Id ana = Reader("ana"), bo = Reader("bo");
  auto c = Post(ana, ids_[0], ids_[0], "Frist");
  EXPECT_EQ(store_->EditComment(c.id, bo, "hijack", CommentState::kPublished, {}, 0, kNow).code(),
            Status::Code::kRefused);
  ASSERT_TRUE(store_->EditComment(c.id, ana, "First", CommentState::kPublished, {}, 0, kNow + 60).ok());
  auto edited = store_->GetComment(c.id).value();
  EXPECT_EQ(edited->body, "First");
  EXPECT_EQ(edited->edited_at, kNow + 60);
  ASSERT_TRUE(store_->ModerateComment(c.id, CommentState::kRejected, false, {0, 1, c.id, 0, "reject", "abuse", kNow}).ok());
  EXPECT_EQ(store_->EditComment(c.id, ana, "sneaky", CommentState::kPublished, {}, 0, kNow + 90).code(),
            Status::Code::kRefused)
      << "an edit racing a rejection does not republish";
  EXPECT_EQ(store_->GetComment(c.id).value()->state, CommentState::kRejected);
}

TEST_F(DiscussStoreTest, DeletingAReaderLeavesDeletedCommentsAndNoPersonalData) {
  const Id ana = Reader("ana"), bo = Reader("bo");
  auto c = Post(ana, ids_[0], ids_[0], "My address is 12 Harbour Road");
  Post(bo, ids_[0], ids_[0], "Reply", c.id, 1);
  ASSERT_TRUE(store_->LikeComment(c.id, bo).value());
  auto other = Post(bo, ids_[0], ids_[0], "Bo's own");
  ASSERT_TRUE(store_->LikeComment(other.id, ana).value());
  ASSERT_TRUE(store_->ReportComment({other.id, ana, "", "spam", "", kNow}, 0).ok());
  ASSERT_TRUE(store_->DeleteReader(ana, kNow).ok());
  auto gone = store_->GetComment(c.id).value();
  EXPECT_EQ(gone->state, CommentState::kDeleted);
  EXPECT_EQ(gone->body, "");
  EXPECT_EQ(gone->author_name, "");
  auto bos = store_->GetComment(other.id).value();
  EXPECT_EQ(bos->likes, 0) << "the deleted reader's like is taken back";
  EXPECT_EQ(bos->reports, 0);
  EXPECT_FALSE(store_->FindAccountByEmail("ana@readers.example").value());
  EXPECT_FALSE(store_->DisplayKeyTaken("ana", 0).value()) << "the name is free again";
  auto thread = store_->ListThread({ids_[0]}, 0, ThreadSort::kOldest, 50, 0).value();
  ASSERT_EQ(thread.size(), 3u) << "the reply still hangs under a [deleted] comment";
  EXPECT_EQ(thread[0].state, CommentState::kDeleted);
}

TEST_F(DiscussStoreTest, BansAndThreadStates) {
  const Id ana = Reader("ana");
  ASSERT_TRUE(store_->SetReaderBan(ana, kBannedForever, {0, 1, 0, ana, "ban", "", kNow}).ok());
  EXPECT_EQ(store_->GetReaderProfile(ana).value()->banned_until, kBannedForever);
  ASSERT_TRUE(store_->BanEmailDomain("spam.example", {0, 1, 0, 0, "ban_domain", "spam.example", kNow}).ok());
  EXPECT_TRUE(store_->EmailDomainBanned("SPAM.example").value());
  EXPECT_FALSE(store_->EmailDomainBanned("readers.example").value());
  EXPECT_FALSE(store_->ThreadClosed({ids_[0], ids_[1]}).value().has_value());
  ASSERT_TRUE(store_->SetThreadClosed(ids_[1], true, {0, 1, 0, 0, "close", "", kNow}).ok());
  EXPECT_EQ(store_->ThreadClosed({ids_[0], ids_[1]}).value(), true) << "closing a copy closes the group's thread";
  ASSERT_TRUE(store_->SetThreadClosed(ids_[1], false, {0, 1, 0, 0, "open", "", kNow}).ok());
  EXPECT_EQ(store_->ThreadClosed({ids_[0], ids_[1]}).value(), false);
  EXPECT_FALSE(store_->ListThread({}, 0, ThreadSort::kOldest, 10, 0).ok()) << "an empty group is a caller's mistake";
}

TEST_F(DiscussStoreTest, ADigestIsClaimedOncePerIntervalAndOnlyForStaff) {
  Account mod;
  mod.username = "mod";
  mod.role = Role::kModerator;
  mod.password_hash = "x";
  mod.created_at = kNow;
  ASSERT_TRUE(store_->CreateAccount(mod).ok());
  const Id reader = Reader("ana");
  ASSERT_TRUE(store_->SetModeratorDigest(mod.id, "mod@desk.example").ok());
  ASSERT_TRUE(store_->SetModeratorDigest(reader, "ana@readers.example").ok());
  auto due = store_->ListDueModeratorDigests(kNow - 3600, 10).value();
  ASSERT_EQ(due.size(), 1u) << "a reader is no moderator";
  EXPECT_EQ(due[0].email, "mod@desk.example");
  // Two nodes see it due at once: one claim wins.
  EXPECT_TRUE(store_->ClaimModeratorDigest(mod.id, kNow - 3600, kNow).value());
  EXPECT_FALSE(store_->ClaimModeratorDigest(mod.id, kNow - 3600, kNow).value());
  EXPECT_TRUE(store_->ListDueModeratorDigests(kNow - 3600, 10).value().empty());
  EXPECT_EQ(store_->ListDueModeratorDigests(kNow, 10).value().size(), 1u);
  ASSERT_TRUE(store_->SetModeratorDigest(mod.id, "").ok());
  EXPECT_FALSE(store_->GetModeratorDigest(mod.id).value().has_value());
  EXPECT_FALSE(store_->SetModeratorDigest(mod.id, std::string(400, 'a')).ok());
}

}  // namespace
}  // namespace bs::testing
