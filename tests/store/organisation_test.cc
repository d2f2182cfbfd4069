// Organisation storage (schema v5): stories, per-article organisation, the
// editor log, section origins, models, and the river filters that use them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store_fixture.h"

namespace bs::testing {
namespace {

class Organisation : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    AddSource("alpha");
    AddSource("beta");
  }

  Id Add(const std::string& source, const std::string& path, Timestamp published,
         const std::string& section = "world") {
    Article a = MakeArticle(source, path, published);
    a.section = section;
    auto r = store_->UpsertArticle(a, MakeRaw(a));
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return a.id;
  }

  std::int64_t Version() {
    auto v = store_->DataVersion();
    EXPECT_TRUE(v.ok());
    return v.ok() ? *v : -1;
  }

  std::vector<Id> RiverIds(ArticleQuery q) {
    q.limit = 100;
    std::vector<Id> out;
    auto list = store_->ListArticles(q);
    EXPECT_TRUE(list.ok()) << list.status().ToString();
    if (list.ok())
      for (const auto& a : *list) out.push_back(a.id);
    return out;
  }
};

TEST_F(Organisation, RoundTripsStoriesAndRows) {
  Id a = Add("alpha", "/a", 1000), b = Add("beta", "/b", 2000), c = Add("beta", "/c", 3000);
  StoryRecord story{a, "Cyclone makes landfall", 1000, 3000, 3, 2};
  ArticleOrganisation ra{a, a, 0, {b}, {}, {c}};
  ArticleOrganisation rb{b, a, 0, {a}, {}, {}};
  ArticleOrganisation rc{c, a, b, {a}, {a, b}, {}};
  const auto before = Version();
  ASSERT_TRUE(store_->ReplaceOrganisation({story}, {ra, rb, rc}).ok());
  EXPECT_GT(Version(), before);

  auto got = store_->GetOrganisation(c);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->story_id, a);
  EXPECT_EQ((*got)->duplicate_of, b);
  EXPECT_EQ((*got)->read_next, std::vector<Id>{a});
  EXPECT_EQ((*got)->same_topic, (std::vector<Id>{a, b}));
  EXPECT_TRUE((*got)->related.empty());

  auto s = store_->GetStory(a);
  ASSERT_TRUE(s.ok() && s->has_value());
  EXPECT_EQ((*s)->title, "Cyclone makes landfall");
  EXPECT_EQ((*s)->first_seen, 1000);
  EXPECT_EQ((*s)->last_updated, 3000);
  EXPECT_EQ((*s)->article_count, 3);
  EXPECT_EQ((*s)->source_count, 2);

  auto members = store_->ListStoryArticles(a);
  ASSERT_TRUE(members.ok());
  ASSERT_EQ(members->size(), 3u);
  EXPECT_EQ((*members)[0].id, a);  // oldest first
  EXPECT_EQ((*members)[2].id, c);

  auto dups = store_->ListDuplicates(b);
  ASSERT_TRUE(dups.ok());
  ASSERT_EQ(dups->size(), 1u);
  EXPECT_EQ(dups->front().id, c);
  EXPECT_TRUE(store_->ListDuplicates(0)->empty());

  EXPECT_FALSE(store_->GetStory(b)->has_value());
}

TEST_F(Organisation, ReplaceDropsWhatTheNewOrganisationLacks) {
  Id a = Add("alpha", "/a", 1000), b = Add("beta", "/b", 2000);
  ASSERT_TRUE(store_->ReplaceOrganisation({{a, "Old", 1000, 2000, 2, 2}},
                                          {{a, a, 0, {b}, {}, {}}, {b, a, 0, {a}, {}, {}}})
                  .ok());
  ASSERT_TRUE(store_->ReplaceOrganisation({{b, "New", 2000, 2000, 1, 1}}, {{b, b, 0, {}, {}, {}}}).ok());
  EXPECT_FALSE(store_->GetStory(a)->has_value());
  EXPECT_FALSE(store_->GetOrganisation(a)->has_value());
  EXPECT_EQ((*store_->GetStory(b))->title, "New");
  EXPECT_EQ((*store_->GetOrganisation(b))->story_id, b);
}

TEST_F(Organisation, RowsForUnknownArticlesAreSkipped) {
  Id a = Add("alpha", "/a", 1000);
  ASSERT_TRUE(store_->ReplaceOrganisation({}, {{a, a, 0, {}, {}, {}}, {a + 100, a, 0, {}, {}, {}}}).ok());
  EXPECT_TRUE(store_->GetOrganisation(a)->has_value());
  EXPECT_FALSE(store_->GetOrganisation(a + 100)->has_value());
}

TEST_F(Organisation, FailedReplaceKeepsTheOldOrganisation) {
  Id a = Add("alpha", "/a", 1000);
  ASSERT_TRUE(store_->ReplaceOrganisation({{a, "Kept", 1000, 1000, 1, 1}}, {{a, a, 0, {}, {}, {}}}).ok());
  // The same article twice violates the key: nothing of the new set lands.
  EXPECT_FALSE(store_->ReplaceOrganisation({{a, "Lost", 1000, 1000, 1, 1}},
                                           {{a, a, 0, {}, {}, {}}, {a, a, 0, {}, {}, {}}})
                   .ok());
  EXPECT_EQ((*store_->GetStory(a))->title, "Kept");
}

TEST_F(Organisation, BoundsLinkListsAndTitles) {
  Id a = Add("alpha", "/a", 1000);
  ArticleOrganisation row{a, a, 0, {}, {}, {}};
  row.related.assign(kMaxOrganisationLinks + 1, a);
  EXPECT_EQ(store_->ReplaceOrganisation({}, {row}).status().code(), Status::Code::kLimitExceeded);
  row.related.assign(kMaxOrganisationLinks, a);
  EXPECT_TRUE(store_->ReplaceOrganisation({}, {row}).ok());

  // A title of multi-byte characters is cut below the bound on a character edge.
  std::string title;
  while (title.size() <= kMaxStoryTitleBytes + 10) title += "\xE5\x8F\xB0";  // 台
  ASSERT_TRUE(store_->ReplaceOrganisation({{a, title, 1, 1, 1, 1}}, {row}).ok());
  const std::string stored = (*store_->GetStory(a))->title;
  EXPECT_LE(stored.size(), kMaxStoryTitleBytes);
  EXPECT_EQ(stored.size() % 3, 0u);
  EXPECT_EQ(stored, title.substr(0, stored.size()));
}

TEST_F(Organisation, DuplicatesAreHiddenFromRiversUnlessAsked) {
  Id a = Add("alpha", "/original", 1000), b = Add("beta", "/copy", 2000), c = Add("beta", "/own", 3000);
  ASSERT_TRUE(store_->ReplaceOrganisation({}, {{a, a, 0, {}, {}, {}}, {b, a, a, {}, {}, {}},
                                               {c, c, 0, {}, {}, {}}})
                  .ok());
  ArticleQuery q;
  EXPECT_EQ(RiverIds(q), (std::vector<Id>{c, a}));
  EXPECT_EQ(store_->CountArticles(q).value(), 2);
  q.source = "beta";
  EXPECT_EQ(RiverIds(q), std::vector<Id>{c});
  EXPECT_EQ(store_->CountArticles(q).value(), 1);
  q.include_duplicates = true;
  EXPECT_EQ(RiverIds(q), (std::vector<Id>{c, b}));
  EXPECT_EQ(store_->CountArticles(q).value(), 2);
}

TEST_F(Organisation, RiversFilterByAuthorAndTagExactly) {
  Article x = MakeArticle("alpha", "/x", 1000);
  x.authors = {"Mei Lin", "Arun Das"};
  x.tags = {"ports", "cyclones"};
  Article y = MakeArticle("beta", "/y", 2000);
  y.authors = {"Mei Lina"};
  y.tags = {"port"};
  ASSERT_TRUE(store_->UpsertArticle(x, MakeRaw(x)).ok());
  ASSERT_TRUE(store_->UpsertArticle(y, MakeRaw(y)).ok());
  ArticleQuery q;
  q.author = "Mei Lin";
  EXPECT_EQ(RiverIds(q), std::vector<Id>{x.id});
  EXPECT_EQ(store_->CountArticles(q).value(), 1);
  q.author = "Arun Das";
  q.tag = "cyclones";
  EXPECT_EQ(RiverIds(q), std::vector<Id>{x.id});
  q.tag = "port";
  EXPECT_TRUE(RiverIds(q).empty());
  q.author.clear();
  EXPECT_EQ(RiverIds(q), std::vector<Id>{y.id});
  // Quotes and JSON-looking text are values, not syntax.
  q.tag = "\"port\"]";
  EXPECT_TRUE(RiverIds(q).empty());
}

TEST_F(Organisation, ListStoriesFiltersAndOrders) {
  Id a = Add("alpha", "/a", 1000, "politics"), b = Add("beta", "/b", 1100, "politics");
  Id c = Add("alpha", "/c", 5000, "sport");
  Id d = Add("beta", "/d", 5100, "sport");  // a duplicate of c, in another section
  ASSERT_TRUE(store_->ReplaceOrganisation(
                       {{a, "Two papers", 1000, 1100, 2, 2}, {c, "One paper", 5000, 5100, 2, 1}},
                       {{a, a, 0, {b}, {}, {}}, {b, a, 0, {a}, {}, {}}, {c, c, 0, {}, {}, {}},
                        {d, c, c, {}, {}, {}}})
                  .ok());
  auto ids = [&](const StoryListQuery& q) {
    std::vector<Id> out;
    auto list = store_->ListStories(q);
    EXPECT_TRUE(list.ok()) << list.status().ToString();
    if (list.ok())
      for (const auto& s : *list) out.push_back(s.id);
    return out;
  };
  StoryListQuery q;
  EXPECT_EQ(ids(q), (std::vector<Id>{c, a}));  // newest update first
  q.min_sources = 2;
  EXPECT_EQ(ids(q), std::vector<Id>{a});
  q = {};
  q.since = 5050;
  EXPECT_EQ(ids(q), std::vector<Id>{c});
  q = {};
  q.section = "sport";
  EXPECT_EQ(ids(q), std::vector<Id>{c});
  q.section = "politics";
  EXPECT_EQ(ids(q), std::vector<Id>{a});
  q = {};
  q.region = "south-asia";
  EXPECT_EQ(ids(q).size(), 2u);
  q.region = "europe";
  EXPECT_TRUE(ids(q).empty());
  q = {};
  q.limit = 1;
  q.offset = 1;
  EXPECT_EQ(ids(q), std::vector<Id>{a});
}

TEST_F(Organisation, StoryEditsAreLoggedInOrder) {
  Id a = Add("alpha", "/a", 1000), b = Add("beta", "/b", 2000);
  StoryEdit merge;
  merge.kind = StoryEdit::Kind::kMerge;
  merge.article_a = a;
  merge.article_b = b;
  merge.editor_id = 7;
  merge.at = 42;
  const auto before = Version();
  ASSERT_TRUE(store_->AddStoryEdit(merge).ok());
  EXPECT_GT(Version(), before);
  StoryEdit split;
  split.kind = StoryEdit::Kind::kSplit;
  split.article_a = b;
  split.article_b = a;  // ignored for a split
  ASSERT_TRUE(store_->AddStoryEdit(split).ok());
  EXPECT_GT(split.seq, merge.seq);

  auto log = store_->ListStoryEdits();
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ((*log)[0].kind, StoryEdit::Kind::kMerge);
  EXPECT_EQ((*log)[0].article_a, a);
  EXPECT_EQ((*log)[0].article_b, b);
  EXPECT_EQ((*log)[0].editor_id, 7);
  EXPECT_EQ((*log)[0].at, 42);
  EXPECT_EQ((*log)[1].kind, StoryEdit::Kind::kSplit);
  EXPECT_EQ((*log)[1].article_b, 0);

  // The log survives a recomputation: replacing the organisation leaves it alone.
  ASSERT_TRUE(store_->ReplaceOrganisation({}, {}).ok());
  EXPECT_EQ(store_->ListStoryEdits()->size(), 2u);
}

TEST_F(Organisation, StoryEditsAreValidated) {
  Id a = Add("alpha", "/a", 1000);
  StoryEdit e;
  e.kind = StoryEdit::Kind::kMerge;
  e.article_a = a;
  e.article_b = a;
  EXPECT_EQ(store_->AddStoryEdit(e).code(), Status::Code::kInvalidArgument);
  e.article_b = a + 1000;
  EXPECT_EQ(store_->AddStoryEdit(e).code(), Status::Code::kNotFound);
  e.kind = StoryEdit::Kind::kSplit;
  e.article_a = 0;
  EXPECT_EQ(store_->AddStoryEdit(e).code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(store_->ListStoryEdits()->empty());
}

TEST_F(Organisation, EditorSectionSurvivesReingestAndReextract) {
  Article a = MakeArticle("alpha", "/a", 1000);
  a.section = "world";
  a.section_origin = SectionOrigin::kMapping;
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
  const auto before = Version();
  ASSERT_TRUE(store_->SetArticleSection(a.id, "sport").ok());
  EXPECT_GT(Version(), before);

  // The same page again, and then new content with a mapped section.
  Article again = MakeArticle("alpha", "/a", 1000);
  ASSERT_TRUE(store_->UpsertArticle(again, MakeRaw(again)).ok());
  Article changed = MakeArticle("alpha", "/a", 1000);
  changed.title = "A corrected headline";
  changed.content_hash = "hash-changed";
  changed.section = "politics";
  changed.section_origin = SectionOrigin::kMapping;
  ASSERT_EQ(store_->UpsertArticle(changed, MakeRaw(changed, "<html>v2</html>")).value(),
            UpsertOutcome::kUpdated);
  EXPECT_EQ(changed.section, "sport");  // the caller sees what was stored
  auto got = store_->GetArticle(a.id);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->title, "A corrected headline");
  EXPECT_EQ((*got)->section, "sport");
  EXPECT_EQ((*got)->section_origin, SectionOrigin::kEditor);
  EXPECT_DOUBLE_EQ((*got)->section_confidence, 1.0);

  EXPECT_EQ(store_->SetArticleSection(a.id + 99, "sport").code(), Status::Code::kNotFound);
  EXPECT_EQ(store_->SetArticleSection(a.id, "").code(), Status::Code::kInvalidArgument);
}

TEST_F(Organisation, ClassifierSectionsNeverOverrideMappingOrEditor) {
  Article def = MakeArticle("alpha", "/default", 1000);
  def.section_origin = SectionOrigin::kDefault;
  def.section_confidence = 0.0;
  Article mapped = MakeArticle("alpha", "/mapped", 1000);
  Article edited = MakeArticle("alpha", "/edited", 1000);
  for (Article* a : {&def, &mapped, &edited}) ASSERT_TRUE(store_->UpsertArticle(*a, MakeRaw(*a)).ok());
  ASSERT_TRUE(store_->SetArticleSection(edited.id, "politics").ok());

  const auto before = Version();
  ASSERT_TRUE(store_->SetClassifiedSections({{def.id, "sport", 0.8}, {mapped.id, "sport", 0.9},
                                             {edited.id, "sport", 0.9}, {def.id + 999, "sport", 1}})
                  .ok());
  EXPECT_GT(Version(), before);
  auto d = *store_->GetArticle(def.id);
  EXPECT_EQ(d->section, "sport");
  EXPECT_EQ(d->section_origin, SectionOrigin::kClassifier);
  EXPECT_DOUBLE_EQ(d->section_confidence, 0.8);
  EXPECT_EQ((*store_->GetArticle(mapped.id))->section, "world");
  EXPECT_EQ((*store_->GetArticle(edited.id))->section, "politics");

  // The same guesses again change nothing and leave cached pages valid.
  const auto settled = Version();
  ASSERT_TRUE(store_->SetClassifiedSections({{def.id, "sport", 0.8}}).ok());
  EXPECT_EQ(Version(), settled);

  // Re-ingest with only the default keeps the guess; a mapped section replaces it.
  Article again = MakeArticle("alpha", "/default", 1000);
  again.section_origin = SectionOrigin::kDefault;
  again.content_hash = "hash-v2";
  ASSERT_TRUE(store_->UpsertArticle(again, MakeRaw(again)).ok());
  EXPECT_EQ((*store_->GetArticle(def.id))->section, "sport");
  Article mapped_now = MakeArticle("alpha", "/default", 1000);
  mapped_now.section = "business";
  mapped_now.content_hash = "hash-v3";
  ASSERT_TRUE(store_->UpsertArticle(mapped_now, MakeRaw(mapped_now)).ok());
  EXPECT_EQ((*store_->GetArticle(def.id))->section, "business");
  EXPECT_EQ((*store_->GetArticle(def.id))->section_origin, SectionOrigin::kMapping);
}

TEST_F(Organisation, ModelsRoundTripAsBytes) {
  EXPECT_FALSE(store_->GetModel("section")->has_value());
  std::string bytes("\x00\x01binary\xff", 9);
  ASSERT_TRUE(store_->PutModel("section", bytes).ok());
  EXPECT_EQ(store_->GetModel("section")->value(), bytes);
  ASSERT_TRUE(store_->PutModel("section", "v2").ok());
  EXPECT_EQ(store_->GetModel("section")->value(), "v2");
  EXPECT_EQ(store_->PutModel("", "x").code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(store_->PutModel(std::string(65, 'n'), "x").code(), Status::Code::kInvalidArgument);
}

TEST_F(Organisation, ForEachArticleWalksOldestFirstAcrossPages) {
  // More than one internal page, with ties in time and undated articles.
  std::vector<Id> expected;
  for (int i = 0; i < 600; ++i) {
    Article a = MakeArticle(i % 2 ? "alpha" : "beta", "/p" + std::to_string(i));
    if (i % 5 != 0) a.published = 10'000 + (i / 3);  // ties in threes
    a.fetched_at = 10'000 + (i / 3);
    ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
    expected.push_back(a.id);
  }
  std::vector<Id> seen;
  ASSERT_TRUE(store_->ForEachArticle([&](const Article& a) {
                       seen.push_back(a.id);
                       return Status::Ok();
                     }).ok());
  EXPECT_EQ(seen, expected);

  seen.clear();
  ASSERT_TRUE(store_->ForEachArticle(
                       [&](const Article& a) {
                         EXPECT_GE(a.published.value_or(a.fetched_at), 10'100);
                         seen.push_back(a.id);
                         return Status::Ok();
                       },
                       Timestamp{10'100})
                  .ok());
  EXPECT_EQ(seen.size(), 300u);  // times 10100..10199, three each

  int visited = 0;
  Status st = store_->ForEachArticle([&](const Article&) {
    return ++visited == 3 ? Status::IoError("stop") : Status::Ok();
  });
  EXPECT_EQ(st.code(), Status::Code::kIoError);
  EXPECT_EQ(visited, 3);
}

TEST_F(Organisation, SectionOriginRoundTrips) {
  Article a = MakeArticle("alpha", "/classified", 1000);
  a.section_origin = SectionOrigin::kClassifier;
  a.section_confidence = 0.625;
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
  auto got = *store_->GetArticle(a.id);
  EXPECT_EQ(got->section_origin, SectionOrigin::kClassifier);
  EXPECT_DOUBLE_EQ(got->section_confidence, 0.625);
}

}  // namespace
}  // namespace bs::testing
