#include "newsletter/drafting.h"

#include <gtest/gtest.h>

#include <set>

#include "core/utf8.h"

#include "newsletter/briefing_clock.h"
#include "newsletter/issue_mail.h"
#include "store/store_fixture.h"

namespace bs::newsletter {
namespace {

constexpr Timestamp kNow = 1'800'000'000;

class DraftingTest : public testing::StoreTest {
 protected:
  // A story of `papers` canonical articles, one per paper, published
  // `age` seconds before kNow; returns its id.
  Id AddStory(const std::string& title, const std::vector<std::string>& papers, Timestamp age,
              const std::string& region = "south-asia") {
    std::vector<Id> ids;
    for (const auto& p : papers) {
      Article a = MakeArticle(p, "/" + std::to_string(next_++), kNow - age);
      a.title = title + " (" + p + ")";
      a.region = region;
      a.standfirst = "What happened in " + title + ".";
      auto r = store_->UpsertArticle(a, MakeRaw(a));
      EXPECT_TRUE(r.ok()) << r.status().ToString();
      ids.push_back(a.id);
    }
    StoryRecord s{ids.front(), title, kNow - age, kNow - age, static_cast<int>(ids.size()),
                  static_cast<int>(ids.size())};
    stories_.push_back(s);
    for (Id id : ids) rows_.push_back({id, ids.front(), 0, {}, {}, {}});
    EXPECT_TRUE(store_->ReplaceOrganisation(stories_, rows_).ok());
    return s.id;
  }

  std::vector<StoryRecord> stories_;
  std::vector<ArticleOrganisation> rows_;
  int next_ = 1;
};

TEST_F(DraftingTest, MultiSourceStoriesLeadRankedByCoverage) {
  for (const char* p : {"alpha", "beta", "gamma", "delta"}) AddSource(p);
  AddStory("Single paper scoop", {"alpha"}, 600);
  AddStory("Cyclone makes landfall", {"alpha", "beta", "gamma"}, 3600);
  AddStory("Trade pact signed", {"beta", "delta"}, 1800);
  AddStory("Last week's news", {"alpha", "beta", "gamma", "delta"}, 3 * 24 * 3600);
  auto sources = store_->ListSources();
  ASSERT_TRUE(sources.ok());
  Edition daily{"daily", "The Daily Briefing", "", "", 420, true, 10};
  auto items = DraftItems(*store_, daily, *sources, kNow);
  ASSERT_TRUE(items.ok()) << items.status().ToString();
  ASSERT_EQ(items->size(), 3u) << "last week's story is outside the day";
  EXPECT_EQ((*items)[0].headline, "Cyclone makes landfall");
  EXPECT_EQ((*items)[0].other_sources, 2);
  EXPECT_EQ((*items)[0].path.rfind("/story/", 0), 0u);
  EXPECT_EQ((*items)[1].headline, "Trade pact signed");
  EXPECT_EQ((*items)[2].other_sources, 0);
  EXPECT_EQ((*items)[2].path.rfind("/article/", 0), 0u) << "a lone article links to itself";
  EXPECT_EQ((*items)[2].source_name, "The alpha Gazette");
  EXPECT_FALSE((*items)[0].summary.empty());
}

TEST_F(DraftingTest, NoPaperCrowdsOutTheOthers) {
  for (const char* p : {"prolific", "quiet", "rare"}) AddSource(p);
  for (int i = 0; i < 8; ++i) AddStory("Prolific story " + std::to_string(i), {"prolific"}, 100 + i);
  AddStory("Quiet story", {"quiet"}, 5000);
  AddStory("Rare story", {"rare"}, 6000);
  auto sources = store_->ListSources();
  Edition daily{"daily", "Daily", "", "", 420, true, 3};
  auto items = DraftItems(*store_, daily, *sources, kNow);
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 3u);
  std::set<std::string> papers;
  for (const auto& it : *items) papers.insert(it.source_name);
  EXPECT_EQ(papers.size(), 3u) << "one item per paper when three papers have news";
}

TEST_F(DraftingTest, RegionalEditionsCarryTheirRegion) {
  AddSource("alpha");
  AddStory("Mekong talks", {"alpha"}, 100, "southeast-asia");
  AddStory("Karachi port", {"alpha"}, 100, "south-asia");
  auto sources = store_->ListSources();
  Edition sea{"southeast-asia", "Southeast Asia", "", "southeast-asia", 420, true, 10};
  auto items = DraftItems(*store_, sea, *sources, kNow);
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 1u);
  EXPECT_NE((*items)[0].headline.find("Mekong"), std::string::npos);
}

TEST_F(DraftingTest, DraftIssueIsIdempotentPerEditionAndDate) {
  AddSource("alpha");
  AddStory("Only story", {"alpha"}, 100);
  NewsletterSettings settings;
  settings.editions = {{"daily", "Daily", "", "", 420, true, 10}};
  auto a = DraftIssue(*store_, settings, settings.editions[0], "2027-01-15", kNow, 0);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->subject, "Eastern Briefings: Only story (alpha)");
  auto b = DraftIssue(*store_, settings, settings.editions[0], "2027-01-15", kNow + 60, 0);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a->id, b->id);
  auto edits = store_->ListIssueEdits(a->id);
  ASSERT_TRUE(edits.ok());
  EXPECT_EQ(edits->size(), 1u) << "one draft logged";
}

TEST(Summaries, CutAtAWordAndKeepScriptsWithoutSpacesWhole) {
  Article a;
  a.standfirst = std::string(400, 'x');
  EXPECT_LE(SummaryOf(a).size(), kMaxSummaryChars + 3);
  a.standfirst = "word " + std::string(10, 'y');
  EXPECT_EQ(SummaryOf(a), a.standfirst);
  a.standfirst = "";
  a.teaser = "";
  a.body_text = "First paragraph.\n\nSecond.";
  EXPECT_EQ(SummaryOf(a), "First paragraph.");
  a.body_text = std::string(300, 'a') + " tail";
  EXPECT_EQ(SummaryOf(a).find("tail"), std::string::npos);
  std::string thai;
  for (int i = 0; i < 200; ++i) thai += "\u0e02\u0e48\u0e32\u0e27";  // no spaces
  a.body_text = thai;
  const std::string s = SummaryOf(a);
  EXPECT_GT(s.size(), 200u);
  EXPECT_TRUE(IsValidUtf8(s)) << "cut on a character boundary";
}

TEST(LocalTimes, FollowTheConfiguredZone) {
  // 2026-12-06T23:30:00Z is 07:30 on the 7th in Singapore (UTC+8).
  auto sg = ToLocalTime("Asia/Singapore", 1796599800);
  ASSERT_TRUE(sg.ok()) << sg.status().ToString();
  EXPECT_EQ(sg->date, "2026-12-07");
  EXPECT_EQ(sg->minute, 7 * 60 + 30);
  auto kathmandu = ToLocalTime("Asia/Kathmandu", 1796599800);  // UTC+5:45
  ASSERT_TRUE(kathmandu.ok());
  EXPECT_EQ(kathmandu->minute, 5 * 60 + 15);
  EXPECT_FALSE(ToLocalTime("Mars/Olympus_Mons", 0).ok());
  EXPECT_FALSE(CheckTimeZone(std::string(1000, 'A')).ok());
  EXPECT_EQ(DateLabel("2026-12-07"), "7 December 2026");
  EXPECT_EQ(DateLabel("junk"), "junk");
}

}  // namespace
}  // namespace bs::newsletter
