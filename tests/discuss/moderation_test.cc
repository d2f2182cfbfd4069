// Every check of the moderation pipeline, in its order, with the in-memory
// context that batch mode uses.
#include "discuss/moderation.h"

#include <gtest/gtest.h>

#include "discuss/default_words.h"
#include "discuss/seed_comments.h"

namespace bs::discuss {
namespace {

constexpr Timestamp kT = 1'800'000'000;

ModerationPipeline Pipeline(ModerationSettings s = {}) {
  return ModerationPipeline(s, WordFilter(DefaultBannedWords()), WordFilter({"scam artist", "liar"}),
                            SeedSpamClassifier());
}

CommentDraft Draft(std::string text, std::string author = "reader-1", Timestamp t = kT) {
  CommentDraft c;
  c.text = std::move(text);
  c.author = std::move(author);
  c.thread = "story-7";
  c.ip = "203.0.113.9";
  c.time = t;
  return c;
}

// A context with an author already trusted, a closed thread and a mode.
class FixedContext : public MemoryModerationContext {
 public:
  explicit FixedContext(Premoderation mode = Premoderation::kOff) : MemoryModerationContext(mode) {}
  bool ThreadClosed(const std::string& thread) override { return thread == "closed"; }
  int ApprovedComments(const std::string& author) override {
    return author == "regular" ? 10 : MemoryModerationContext::ApprovedComments(author);
  }
};

bool Has(const ModerationResult& r, const std::string& reason) {
  for (const auto& x : r.reasons)
    if (x == reason || x.rfind(reason + ":", 0) == 0) return true;
  return false;
}

TEST(Moderation, AnOrdinaryCommentIsPublished) {
  FixedContext ctx;
  auto r = Pipeline().Check(Draft("The ferry was late again this morning; the timetable needs fixing."), ctx);
  EXPECT_EQ(r.decision, Decision::kPublish);
  EXPECT_TRUE(r.reasons.empty());
  EXPECT_LT(r.spam, 0.5);
}

TEST(Moderation, ShapeChecksRejectWithAReason) {
  FixedContext ctx;
  const auto p = Pipeline();
  EXPECT_TRUE(Has(p.Check(Draft(std::string(1 << 20, 'a')), ctx), "too_long"));
  EXPECT_TRUE(Has(p.Check(Draft(std::string(500, '\n') + "x"), ctx), "too_many_lines"));
  EXPECT_TRUE(Has(p.Check(Draft("  \n\t "), ctx), "empty"));
  EXPECT_TRUE(Has(p.Check(Draft("bad \xff\xfe bytes"), ctx), "invalid_text"));
  EXPECT_TRUE(Has(p.Check(Draft(std::string("nul\0inside", 10)), ctx), "invalid_text"));
  EXPECT_EQ(p.Check(Draft(std::string(1 << 20, 'a')), ctx).decision, Decision::kReject);
}

TEST(Moderation, RateLimitsPerAccountAndPerNetwork) {
  const auto p = Pipeline();
  FixedContext ctx;
  int rejected = 0;
  for (int i = 0; i < 5; ++i) {
    auto c = Draft("Comment number " + std::to_string(i) + " about the harbour.", "busy", kT + i);
    auto r = p.Check(c, ctx);
    ctx.Record(c, r);
    rejected += Has(r, "rate_limit_account");
  }
  EXPECT_EQ(rejected, 2) << "three a minute per account";
  auto later = Draft("A minute later I can speak again.", "busy", kT + 120);
  EXPECT_EQ(p.Check(later, ctx).decision, Decision::kPublish);

  // Twenty a minute from one /24, whoever they claim to be; IPv6 by /48.
  FixedContext net;
  int limited = 0;
  for (int i = 0; i < 25; ++i) {
    auto c = Draft("Reader view " + std::to_string(i) + " on the budget.", "r" + std::to_string(i), kT);
    c.ip = "198.51.100." + std::to_string(i);
    auto r = p.Check(c, net);
    net.Record(c, r);
    limited += Has(r, "rate_limit_network");
  }
  EXPECT_EQ(limited, 5);
  EXPECT_EQ(NetworkOf("2001:db8:1:2::5"), NetworkOf("2001:0db8:0001:ffff::9")) << "one /48";
  EXPECT_NE(NetworkOf("2001:db8:1::5"), NetworkOf("2001:db8:2::5"));
  EXPECT_EQ(NetworkOf("::ffff:192.0.2.7"), NetworkOf("192.0.2.200")) << "IPv4-mapped is the IPv4 /24";
  EXPECT_EQ(NetworkOf("not an address"), "");
  EXPECT_EQ(NetworkOf(std::string(1000, '1')), "");
}

TEST(Moderation, AnEditIsNotCountedAgainstTheRate) {
  const auto p = Pipeline();
  FixedContext ctx;
  for (int i = 0; i < 3; ++i) {
    auto c = Draft("Post " + std::to_string(i), "editor-of-own", kT);
    ctx.Record(c, p.Check(c, ctx));
  }
  auto edit = Draft("Post 2, with a typo fixed", "editor-of-own", kT + 1);
  edit.edit = true;
  EXPECT_EQ(p.Check(edit, ctx).decision, Decision::kPublish);
}

TEST(Moderation, AClosedThreadTakesNoComments) {
  FixedContext ctx;
  auto c = Draft("Too late?");
  c.thread = "closed";
  auto r = Pipeline().Check(c, ctx);
  EXPECT_EQ(r.decision, Decision::kReject);
  EXPECT_TRUE(Has(r, "thread_closed"));
}

TEST(Moderation, BannedWordsRejectAndSuspectWordsHoldThroughDodges) {
  FixedContext ctx;
  const auto p = Pipeline();
  const std::string banned = DefaultBannedWords().front();
  std::string spaced;
  for (char ch : banned) (spaced += ch) += ' ';
  auto r = p.Check(Draft("Total " + spaced + "and everyone knows it"), ctx);
  EXPECT_EQ(r.decision, Decision::kReject) << spaced;
  EXPECT_TRUE(Has(r, "banned_word"));
  auto s = p.Check(Draft("The minister is a L1AR and a sc4m artist"), ctx);
  EXPECT_EQ(s.decision, Decision::kHold);
  EXPECT_TRUE(Has(s, "suspect_word:liar"));
  EXPECT_EQ(p.Check(Draft("Scunthorpe's classes assess the grassland"), ctx).decision, Decision::kPublish);
}

TEST(Moderation, LinksFromNewCommentersAreHeldButNotFromRegulars) {
  FixedContext ctx;
  const auto p = Pipeline();
  const std::string text = "The full report is at www.example.org/report, page 12.";
  auto fresh = p.Check(Draft(text, "newcomer"), ctx);
  EXPECT_EQ(fresh.decision, Decision::kHold);
  EXPECT_TRUE(Has(fresh, "link_from_new_commenter"));
  EXPECT_FALSE(Has(p.Check(Draft(text, "regular"), ctx), "link_from_new_commenter"));
  ModerationSettings off;
  off.hold_links_from_new = false;
  EXPECT_FALSE(Has(Pipeline(off).Check(Draft(text, "newcomer"), ctx), "link_from_new_commenter"));
}

TEST(Moderation, SpamIsHeldWithItsProbability) {
  FixedContext ctx;
  auto r = Pipeline().Check(
      Draft("Earn 500 dollars a day from home!!! Subscribe to my channel and visit my page", "regular"), ctx);
  EXPECT_EQ(r.decision, Decision::kHold);
  EXPECT_TRUE(Has(r, "spam"));
  EXPECT_GT(r.spam, 0.5);
}

TEST(Moderation, PremoderationModes) {
  const auto p = Pipeline();
  const auto c = Draft("A calm and reasonable remark about the tide tables.", "newcomer");
  FixedContext off(Premoderation::kOff), fresh(Premoderation::kNewCommenters), all(Premoderation::kEveryone);
  EXPECT_EQ(p.Check(c, off).decision, Decision::kPublish);
  EXPECT_TRUE(Has(p.Check(c, fresh), "premoderation"));
  auto regular = c;
  regular.author = "regular";
  EXPECT_EQ(p.Check(regular, fresh).decision, Decision::kPublish) << "K approved comments make one trusted";
  EXPECT_TRUE(Has(p.Check(regular, all), "premoderation"));
  EXPECT_EQ(ParsePremoderation("new"), Premoderation::kNewCommenters);
  EXPECT_FALSE(ParsePremoderation("sometimes").has_value());
}

TEST(Moderation, HidingCharactersAreHeldAndHoldsCollectEveryReason) {
  FixedContext ctx(Premoderation::kEveryone);
  auto r = Pipeline().Check(Draft("What a liar \xe2\x80\xae" "eno siht si, visit www.example.org", "newcomer"), ctx);
  EXPECT_EQ(r.decision, Decision::kHold);
  EXPECT_TRUE(Has(r, "suspect_word"));
  EXPECT_TRUE(Has(r, "hidden_characters"));
  EXPECT_TRUE(Has(r, "link_from_new_commenter"));
  EXPECT_TRUE(Has(r, "premoderation"));
}

TEST(Moderation, AnUntimedBatchLineHasNoRateLimit) {
  const auto p = Pipeline();
  MemoryModerationContext ctx;
  for (int i = 0; i < 50; ++i) {
    auto c = Draft("Line " + std::to_string(i) + " of an old export.", "archive", 0);
    auto r = p.Check(c, ctx);
    ctx.Record(c, r);
    ASSERT_EQ(r.decision, Decision::kPublish) << i;
  }
}

}  // namespace
}  // namespace bs::discuss
