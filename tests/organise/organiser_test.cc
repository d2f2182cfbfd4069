#include "organise/organiser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace bs {
namespace {

constexpr Timestamp kDay = 86400;
constexpr Timestamp kT0 = 1'700'000'000;

// A long original body about a ferry fire (invented names throughout).
const char* kFerryBody =
    "A fire broke out in the engine room of the Samudra Lines ferry Kirana Dewi off Tanjung "
    "Mirah early on Tuesday, forcing 212 passengers and 31 crew into lifeboats.\n\n"
    "Captain Ardi Wiranata said the blaze started shortly after the vessel left the harbour "
    "for its overnight crossing to Pulau Sekar.\n\n"
    "Coast guard cutters and two fishing boats reached the ferry within forty minutes and took "
    "everyone on board to the port, where nine people were treated for smoke inhalation.\n\n"
    "The transport ministry ordered an inspection of the remaining four ferries in the Samudra "
    "Lines fleet and suspended the Pulau Sekar route until Friday.\n\n"
    "Passengers described thick black smoke filling the lower deck and crew members handing out "
    "life jackets while alarms sounded across the ship.\n\n"
    "The company said the Kirana Dewi had passed its annual safety survey in March and promised "
    "to cooperate fully with investigators from the maritime safety board.";

const char* kFerryPara1 =
    "Nine people were treated for smoke inhalation after flames swept through the engine room "
    "of the Kirana Dewi, a Samudra Lines ferry, near Tanjung Mirah on Tuesday.\n\n"
    "All 212 passengers and 31 crew were evacuated into lifeboats and picked up by coast guard "
    "cutters, according to the port authority.\n\n"
    "Captain Ardi Wiranata told reporters the fire began soon after departure on the overnight "
    "route to Pulau Sekar.\n\n"
    "The transport ministry suspended the Pulau Sekar crossing and ordered inspections of the "
    "Samudra Lines fleet.";

const char* kFerryPara2 =
    "Tanjung Mirah: Samudra Lines has suspended sailings to Pulau Sekar after a fire on its "
    "ferry Kirana Dewi forced 212 passengers to abandon ship in lifeboats on Tuesday.\n\n"
    "The blaze began in the engine room, Captain Ardi Wiranata said. Coast guard cutters "
    "rescued everyone, and nine passengers were treated for smoke inhalation.\n\n"
    "Maritime investigators will examine why the Kirana Dewi caught fire months after passing "
    "its safety survey, the transport ministry said.";

const char* kCupBody =
    "Kestrel Rovers won the Harbour Shield for the first time on Saturday, beating Bayside "
    "Athletic 3-1 in front of 41,500 fans at Meridian Stadium.\n\n"
    "Striker Tomas Ferrante scored twice in the second half after Bayside had taken an early "
    "lead through a header from Jun Aldana.\n\n"
    "Rovers coach Imelda Sarkis said her players had kept faith with their passing game even "
    "when the crowd grew restless before the break.\n\n"
    "Bayside Athletic finished with ten men after defender Okon Balewa was sent off for a "
    "second booking with twelve minutes left.\n\n"
    "The victory earns Kestrel Rovers a place in next season's regional club championship.";

OrganiseInput Article(std::string id, std::string title, std::string text, std::string source,
                      Timestamp published) {
  OrganiseInput in;
  in.id = std::move(id);
  in.title = std::move(title);
  in.text = std::move(text);
  in.source = std::move(source);
  in.language = "en";
  in.url = "https://" + in.source + ".example/news/" + in.id;
  in.published = published;
  return in;
}

OrganiseResult MustAdd(Organiser& org, const OrganiseInput& in) {
  Result<OrganiseResult> r = org.Add(in);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? r.value() : OrganiseResult{};
}

OrganiseResult MustLookup(const Organiser& org, const std::string& id) {
  Result<OrganiseResult> r = org.Lookup(id);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? r.value() : OrganiseResult{};
}

std::string DropLastParagraph(const std::string& text) {
  return text.substr(0, text.rfind("\n\n"));
}

TEST(OrganiserTest, ExactCopyUnderAnotherHeadlineIsDuplicate) {
  Organiser org;
  MustAdd(org, Article("a1", "Ferry fire off Tanjung Mirah", kFerryBody, "harbour-post", kT0));
  OrganiseResult r = MustAdd(org, Article("a2", "Passengers flee burning ferry", kFerryBody,
                                          "coast-times", kT0 + 3600));
  EXPECT_EQ(r.duplicate_of, "a1");
  EXPECT_EQ(r.story, MustLookup(org, "a1").story);
}

TEST(OrganiserTest, SameUrlDeliveredTwiceIsDuplicate) {
  Organiser org;
  OrganiseInput a = Article("a1", "Ferry fire", kFerryBody, "harbour-post", kT0);
  OrganiseInput b = a;
  b.id = "a2";
  b.url = a.url + "?utm_source=feed";
  MustAdd(org, a);
  EXPECT_EQ(MustAdd(org, b).duplicate_of, "a1");
}

TEST(OrganiserTest, CopyWithBoilerplateAndTrimmedEndingIsNearDuplicate) {
  Organiser org;
  MustAdd(org, Article("orig", "Ferry fire off Tanjung Mirah", kFerryBody, "harbour-post", kT0));
  const std::string copy = "This article first appeared in The Harbour Post. It is republished "
                           "under a content-sharing agreement.\n\n" +
                           DropLastParagraph(kFerryBody) +
                           "\n\nSign up for our morning newsletter to get the top stories.";
  OrganiseResult r = MustAdd(org, Article("copy", "Syndicated: Ferry fire off Tanjung Mirah",
                                          copy, "coast-times", kT0 + 5 * 3600));
  EXPECT_EQ(r.duplicate_of, "orig");
  // A one-word edit is still the same text.
  std::string edited = kFerryBody;
  edited.replace(edited.find("thick black"), 11, "dense black");
  EXPECT_EQ(MustAdd(org, Article("edit", "Ferry blaze", edited, "gulf-daily", kT0 + 7 * 3600))
                .duplicate_of,
            "orig");
}

TEST(OrganiserTest, ParaphrasedCoverageIsNotDuplicate) {
  Organiser org;
  MustAdd(org, Article("a1", "Ferry fire off Tanjung Mirah", kFerryBody, "harbour-post", kT0));
  OrganiseResult r = MustAdd(org, Article("a2", "Nine treated after ferry blaze", kFerryPara1,
                                          "coast-times", kT0 + 3600));
  EXPECT_EQ(r.duplicate_of, "");
}

TEST(OrganiserTest, CanonicalCopyDoesNotDependOnArrivalOrder) {
  const std::string copy1 = "(Via The Harbour Post)\n\n" + std::string(kFerryBody);
  const std::string copy2 = DropLastParagraph(kFerryBody) + "\n\nRead more: https://x.example/";
  std::vector<OrganiseInput> items = {
      Article("orig", "Ferry fire", kFerryBody, "harbour-post", kT0),
      Article("c1", "Ferry fire | Network", copy1, "coast-times", kT0 + 4 * 3600),
      Article("c2", "Ferry fire off Tanjung Mirah", copy2, "gulf-daily", kT0 + 9 * 3600)};
  std::vector<int> order = {0, 1, 2};
  do {
    Organiser org;
    for (int i : order) MustAdd(org, items[i]);
    EXPECT_EQ(MustLookup(org, "orig").duplicate_of, "");
    EXPECT_EQ(MustLookup(org, "c1").duplicate_of, "orig");
    EXPECT_EQ(MustLookup(org, "c2").duplicate_of, "orig");
    EXPECT_EQ(MustLookup(org, "c1").story, MustLookup(org, "orig").story);
  } while (std::next_permutation(order.begin(), order.end()));
}

TEST(OrganiserTest, CreditLineBeatsEarlierPublication) {
  // The copy carries an earlier timestamp (a feed with a wrong clock) but
  // credits the original's paper, which must win.
  Organiser org;
  const std::string copy =
      std::string(kFerryBody) + "\n\nThis article first appeared in The Harbour Post.";
  MustAdd(org, Article("copy", "Ferry fire", copy, "coast-times", kT0 - 2 * 3600));
  MustAdd(org, Article("orig", "Ferry fire", kFerryBody, "harbour-post", kT0));
  EXPECT_EQ(MustLookup(org, "copy").duplicate_of, "orig");
  EXPECT_EQ(MustLookup(org, "orig").duplicate_of, "");
}

TEST(OrganiserTest, RelCanonicalToAnotherPaperBeatsEarlierPublication) {
  // The copy ran first and says nothing in its text, but its page names the
  // original's address (another host, another path) as canonical.
  for (bool copy_first : {true, false}) {
    Organiser org;
    OrganiseInput copy = Article("copy", "Ferry fire", kFerryBody, "coast-times", kT0 - 2 * 3600);
    copy.canonical_hint = "https://harbour-post.example/news/somewhere-else";
    const OrganiseInput orig = Article("orig", "Ferry fire", kFerryBody, "harbour-post", kT0);
    if (copy_first) MustAdd(org, copy);
    MustAdd(org, orig);
    if (!copy_first) MustAdd(org, copy);
    EXPECT_EQ(MustLookup(org, "copy").duplicate_of, "orig") << copy_first;
    EXPECT_EQ(MustLookup(org, "orig").duplicate_of, "") << copy_first;
  }
}

TEST(OrganiserTest, RelCanonicalNamingItsOwnHostIsNoCredit) {
  Organiser org;
  OrganiseInput early = Article("early", "Ferry fire", kFerryBody, "coast-times", kT0 - 3600);
  early.canonical_hint = "https://coast-times.example/news/early-amp";
  MustAdd(org, early);
  MustAdd(org, Article("late", "Ferry fire", kFerryBody, "harbour-post", kT0));
  EXPECT_EQ(MustLookup(org, "early").duplicate_of, "");
  EXPECT_EQ(MustLookup(org, "late").duplicate_of, "early");
}

TEST(OrganiserTest, ParaphrasedMultiSourceCoverageFormsOneStory) {
  Organiser org;
  OrganiseResult a = MustAdd(org, Article("a1", "Ferry fire off Tanjung Mirah forces 212 into "
                                          "lifeboats", kFerryBody, "harbour-post", kT0));
  OrganiseResult b = MustAdd(org, Article("a2", "Nine treated after Kirana Dewi blaze",
                                          kFerryPara1, "coast-times", kT0 + 2 * 3600));
  OrganiseResult c = MustAdd(org, Article("a3", "Samudra Lines suspends Pulau Sekar sailings",
                                          kFerryPara2, "gulf-daily", kT0 + 6 * 3600));
  OrganiseResult d = MustAdd(org, Article("a4", "Kestrel Rovers lift the Harbour Shield",
                                          kCupBody, "gulf-daily", kT0 + 7 * 3600));
  EXPECT_EQ(b.story, a.story);
  EXPECT_EQ(c.story, a.story);
  EXPECT_NE(d.story, a.story);
  EXPECT_EQ(a.story, "a1");
  EXPECT_FALSE(MustLookup(org, "a3").story_title.empty());
  // Read next: the same story from the other papers.
  OrganiseResult look = MustLookup(org, "a1");
  ASSERT_EQ(look.read_next.size(), 2u);
  EXPECT_TRUE(std::find(look.read_next.begin(), look.read_next.end(), "a2") != look.read_next.end());
  EXPECT_TRUE(std::find(look.read_next.begin(), look.read_next.end(), "a3") != look.read_next.end());
  EXPECT_LE(look.related.size(), kMaxRelated);
  EXPECT_EQ(look.related.front(), look.read_next.front());
  EXPECT_TRUE(std::find(look.related.begin(), look.related.end(), "a1") == look.related.end());
}

// The ferry fire and the cup final told by a German-language paper: no word
// is shared with the English coverage, only names, places and numbers.
const char* kFerryGerman =
    "Vor Tanjung Mirah ist am Dienstag im Maschinenraum der Fähre Kirana Dewi der Reederei "
    "Samudra Lines ein Feuer ausgebrochen. 212 Passagiere und 31 Besatzungsmitglieder "
    "retteten sich in die Rettungsboote.\n\n"
    "Kapitän Ardi Wiranata sagte, der Brand sei kurz nach dem Ablegen in Richtung Pulau "
    "Sekar entstanden. Neun Menschen wurden wegen Rauchvergiftung behandelt.\n\n"
    "Das Verkehrsministerium stoppte die Verbindung nach Pulau Sekar und ließ die übrigen "
    "Schiffe von Samudra Lines überprüfen.";

const char* kCupGerman =
    "Kestrel Rovers haben am Samstag erstmals den Harbour Shield gewonnen: Vor 41.500 "
    "Zuschauern im Meridian Stadium siegten sie 3:1 gegen Bayside Athletic.\n\n"
    "Tomas Ferrante traf in der zweiten Halbzeit doppelt, nachdem Jun Aldana Bayside früh in "
    "Führung geköpft hatte. Trainerin Imelda Sarkis lobte die Geduld ihrer Mannschaft.";

TEST(OrganiserTest, CrossLanguageArticleSharingEntitiesJoinsTheStory) {
  Organiser org;
  OrganiseResult en = MustAdd(org, Article("f1", "Ferry fire off Tanjung Mirah", kFerryBody,
                                           "harbour-post", kT0));
  OrganiseResult cup = MustAdd(org, Article("c1", "Kestrel Rovers lift the Harbour Shield",
                                            kCupBody, "gulf-daily", kT0 + 1800));
  OrganiseInput de = Article("f2", "Feuer auf der Fähre Kirana Dewi", kFerryGerman,
                             "rhein-kurier", kT0 + 3600);
  de.language = "de";
  OrganiseInput de_cup = Article("c2", "Kestrel Rovers holen den Harbour Shield", kCupGerman,
                                 "rhein-kurier", kT0 + 5400);
  de_cup.language = "de";
  OrganiseResult r = MustAdd(org, de);
  OrganiseResult r_cup = MustAdd(org, de_cup);
  EXPECT_EQ(r.story, en.story);
  EXPECT_EQ(r.duplicate_of, "");
  EXPECT_EQ(r_cup.story, cup.story);
  EXPECT_NE(r_cup.story, en.story);
}

TEST(OrganiserTest, IdenticalLiveUpdatesHeadlinesOnDifferentEventsStaySeparate) {
  Organiser org;
  OrganiseResult a = MustAdd(org, Article("l1", "Live updates: the latest", kFerryBody,
                                          "harbour-post", kT0));
  OrganiseResult b = MustAdd(org, Article("l2", "Live updates: the latest", kCupBody,
                                          "harbour-post", kT0 + 3600));
  EXPECT_NE(a.story, b.story);
  EXPECT_EQ(b.duplicate_of, "");
}

TEST(OrganiserTest, StoriesCloseAfterTheWindowAndBecomeEarlierTopicCoverage) {
  Organiser org;
  MustAdd(org, Article("old", "Ferry fire off Tanjung Mirah", kFerryBody, "harbour-post", kT0));
  // Other news moves time on, so the first story is closed.
  for (int i = 0; i < 70; ++i) {
    MustAdd(org, Article("n" + std::to_string(i), "Note " + std::to_string(i),
                         "Council note number " + std::to_string(i) + " about parking rules.",
                         "town-news", kT0 + 30 * kDay + i));
  }
  OrganiseResult r = MustAdd(org, Article("new", "Nine treated after Kirana Dewi blaze",
                                          kFerryPara1, "coast-times", kT0 + 30 * kDay + 100));
  EXPECT_NE(r.story, "old");
  EXPECT_TRUE(std::find(r.same_topic.begin(), r.same_topic.end(), "old") != r.same_topic.end());
}

TEST(OrganiserTest, EditorMergeIsRespectedByLaterArticles) {
  Organiser org;
  MustAdd(org, Article("f", "Ferry fire", kFerryBody, "harbour-post", kT0));
  MustAdd(org, Article("c", "Cup final", kCupBody, "gulf-daily", kT0 + 60));
  ASSERT_TRUE(org.MergeStories("f", "c").ok());
  EXPECT_EQ(MustLookup(org, "c").story, "f");
  OrganiseResult later = MustAdd(org, Article("f2", "Nine treated after Kirana Dewi blaze",
                                              kFerryPara1, "coast-times", kT0 + 3600));
  EXPECT_EQ(later.story, "f");
  EXPECT_FALSE(org.MergeStories("f", "missing").ok());
}

TEST(OrganiserTest, EditorSplitIsRespectedByLaterArticles) {
  Organiser org;
  MustAdd(org, Article("a1", "Ferry fire", kFerryBody, "harbour-post", kT0));
  MustAdd(org, Article("a2", "Nine treated after blaze", kFerryPara1, "coast-times", kT0 + 60));
  ASSERT_EQ(MustLookup(org, "a2").story, "a1");
  ASSERT_TRUE(org.SplitArticle("a2").ok());
  const std::string split_story = MustLookup(org, "a2").story;
  EXPECT_NE(split_story, "a1");
  EXPECT_EQ(MustLookup(org, "a1").story, "a1");
  EXPECT_TRUE(MustLookup(org, "a1").read_next.empty());
  // A later copy of the split article follows it, not the old story.
  OrganiseResult copy = MustAdd(org, Article("a3", "Blaze", kFerryPara1, "gulf-daily", kT0 + 600));
  EXPECT_EQ(copy.duplicate_of, "a2");
  EXPECT_EQ(copy.story, split_story);
  EXPECT_FALSE(org.SplitArticle("missing").ok());
}

TEST(OrganiserTest, SplittingOffTheFounderRenamesTheStoryItLeaves) {
  Organiser org;
  MustAdd(org, Article("a1", "Ferry fire", kFerryBody, "harbour-post", kT0));
  MustAdd(org, Article("a2", "Nine treated after blaze", kFerryPara1, "coast-times", kT0 + 60));
  MustAdd(org, Article("a3", "Sailings suspended", kFerryPara2, "gulf-daily", kT0 + 120));
  ASSERT_EQ(MustLookup(org, "a3").story, "a1");
  ASSERT_TRUE(org.SplitArticle("a1").ok());
  // Two stories, two ids, each an article of its own.
  EXPECT_EQ(MustLookup(org, "a1").story, "a1");
  EXPECT_EQ(MustLookup(org, "a2").story, "a2");
  EXPECT_EQ(MustLookup(org, "a3").story, "a2");
  EXPECT_EQ(org.DescribeStory("a3").value().id, "a2");
}

TEST(OrganiserTest, RejectsBadIds) {
  Organiser org;
  EXPECT_FALSE(org.Add(Article("", "t", "text", "s", kT0)).ok());
  EXPECT_FALSE(org.Add(Article(std::string(kMaxIdBytes + 1, 'x'), "t", "text", "s", kT0)).ok());
  ASSERT_TRUE(org.Add(Article("x", "t", "text", "s", kT0)).ok());
  EXPECT_EQ(org.Add(Article("x", "t", "other", "s", kT0)).status().code(),
            Status::Code::kInvalidArgument);
  EXPECT_EQ(org.Lookup("nope").status().code(), Status::Code::kNotFound);
}

TEST(OrganiserTest, AcceptsDegenerateTexts) {
  Organiser org;
  // Empty bodies are not duplicates of each other: "no text" is no evidence.
  OrganiseResult e1 = MustAdd(org, Article("e1", "Photo gallery", "", "p", kT0));
  OrganiseResult e2 = MustAdd(org, Article("e2", "Photo gallery", "", "q", kT0 + 1));
  EXPECT_EQ(e2.duplicate_of, "");
  EXPECT_NE(e1.story, e2.story);
  OrganiseResult w1 = MustAdd(org, Article("w1", "", "Closed", "p", kT0 + 2));
  OrganiseResult w2 = MustAdd(org, Article("w2", "", "Open", "q", kT0 + 3));
  EXPECT_EQ(w2.duplicate_of, "");
  EXPECT_NE(w1.story, w2.story);
  // Invalid UTF-8 and NULs.
  MustAdd(org, Article("bad", "\xff\xfe", std::string("a\0b\xc3\x28 text", 12), "p", kT0 + 4));
  // Unknown language code: no stemming, still organised.
  OrganiseInput u = Article("u1", "Ferry fire", kFerryBody, "harbour-post", kT0 + 5);
  u.language = "xx";
  EXPECT_EQ(MustAdd(org, u).duplicate_of, "");
  // No publication date: placed at the latest time seen.
  OrganiseInput nd = Article("nd", "Cup", kCupBody, "gulf-daily", 0);
  nd.published.reset();
  MustAdd(org, nd);
  EXPECT_EQ(org.size(), 7u);
}

TEST(OrganiserTest, EnormousBodyIsBoundedAndStillMatchesItsCopy) {
  Organiser org;
  std::string huge;
  huge.reserve(5 << 20);
  int i = 0;
  while (huge.size() < (5u << 20)) {
    huge += "Paragraph " + std::to_string(i) + " of the harbour inquiry transcript notes "
            "witness " + std::to_string(i * 7) + " and exhibit " + std::to_string(i * 13) + ".\n\n";
    ++i;
  }
  MustAdd(org, Article("big", "Inquiry transcript", huge, "harbour-post", kT0));
  OrganiseResult r = MustAdd(org, Article("big2", "Transcript", huge, "coast-times", kT0 + 60));
  EXPECT_EQ(r.duplicate_of, "big");
  EXPECT_LT(org.MemoryBytes(), std::size_t{64} << 20);
}

TEST(OrganiserTest, MemoryStaysCompactPerArticle) {
  Organiser org;
  const std::size_t base = org.MemoryBytes();
  for (int i = 0; i < 300; ++i) {
    MustAdd(org, Article("m" + std::to_string(i), "Item " + std::to_string(i),
                         std::string(kCupBody) + " Report " + std::to_string(i) + " Zed" +
                             std::to_string(i * 31),
                         "p" + std::to_string(i % 7), kT0 + i * kDay));
  }
  // Signatures are dropped once articles leave the windows; what stays is a
  // small record per article.
  EXPECT_LT((org.MemoryBytes() - base) / 300, 1024u);
}

TEST(OrganiserTest, TranslatedKeysAreReleasedLikeTheOthers) {
  // German articles also carry English pivot keys (when the dictionary is
  // installed); those must leave with the other signatures.
  Organiser org;
  const std::size_t base = org.MemoryBytes();
  for (int i = 0; i < 300; ++i) {
    OrganiseInput in = Article("g" + std::to_string(i), "Meldung " + std::to_string(i),
                               std::string(kFerryGerman) + " Bericht " + std::to_string(i),
                               "p" + std::to_string(i % 7), kT0 + i * kDay);
    in.language = "de";
    MustAdd(org, in);
  }
  EXPECT_LT((org.MemoryBytes() - base) / 300, 1024u);
}

}  // namespace
}  // namespace bs
