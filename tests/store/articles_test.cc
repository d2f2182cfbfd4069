#include <gtest/gtest.h>

#include "store_fixture.h"

namespace bs::testing {
namespace {

using ArticleStore = StoreTest;

TEST_F(ArticleStore, InsertThenReadBackEveryField) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/2026/harbour", 1700000100);
  a.updated = 1700000200;
  a.page_canonical_url = "https://origin.example/2026/harbour";
  auto r = store_->UpsertArticle(a, MakeRaw(a));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, UpsertOutcome::kInserted);
  EXPECT_GT(a.id, 0);

  auto got = store_->GetArticle(a.id);
  ASSERT_TRUE(got.ok());
  ASSERT_TRUE(got->has_value());
  const Article& b = **got;
  EXPECT_EQ(b.id, a.id);
  EXPECT_EQ(b.url, a.url);
  EXPECT_EQ(b.source_slug, "alpha");
  EXPECT_EQ(b.guid, a.guid);
  EXPECT_EQ(b.title, a.title);
  EXPECT_EQ(b.standfirst, a.standfirst);
  EXPECT_EQ(b.authors, a.authors);
  EXPECT_EQ(b.author_bio, a.author_bio);
  EXPECT_EQ(b.published, a.published);
  EXPECT_EQ(b.updated, a.updated);
  EXPECT_EQ(b.fetched_at, a.fetched_at);
  EXPECT_EQ(b.section, a.section);
  EXPECT_EQ(b.region, a.region);
  EXPECT_EQ(b.language, a.language);
  EXPECT_EQ(b.tags, a.tags);
  EXPECT_EQ(b.image.url, a.image.url);
  EXPECT_EQ(b.image.caption, a.image.caption);
  EXPECT_EQ(b.image.credit, a.image.credit);
  EXPECT_EQ(b.body_html, a.body_html);
  EXPECT_EQ(b.body_text, a.body_text);
  EXPECT_EQ(b.teaser, a.teaser);
  EXPECT_EQ(b.content_hash, a.content_hash);
  EXPECT_EQ(b.page_canonical_url, a.page_canonical_url);

  auto by_url = store_->GetArticleByUrl(a.url);
  ASSERT_TRUE(by_url.ok());
  ASSERT_TRUE(by_url->has_value());
  EXPECT_EQ((*by_url)->id, a.id);
}

TEST_F(ArticleStore, MissingArticlesAreEmptyNotErrors) {
  auto by_id = store_->GetArticle(12345);
  ASSERT_TRUE(by_id.ok());
  EXPECT_FALSE(by_id->has_value());
  auto by_url = store_->GetArticleByUrl("https://nowhere.example/x");
  ASSERT_TRUE(by_url.ok());
  EXPECT_FALSE(by_url->has_value());
  auto garbage = store_->GetArticleByUrl("not a url at all");
  ASSERT_TRUE(garbage.ok());
  EXPECT_FALSE(garbage->has_value());
}

TEST_F(ArticleStore, UnchangedUpsertWritesNothing) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/same");
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
  const Id id = a.id;
  auto version = store_->DataVersion();
  ASSERT_TRUE(version.ok());
  const std::int64_t file_version = FileDataVersion();

  Article again = MakeArticle("alpha", "/same");
  again.fetched_at += 3600;  // a later fetch of the same bytes
  RawPage raw = MakeRaw(again);
  auto r = store_->UpsertArticle(again, raw);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, UpsertOutcome::kUnchanged);
  EXPECT_EQ(again.id, id);
  EXPECT_EQ(store_->DataVersion().value(), *version);
  EXPECT_EQ(WatcherDataVersion(), file_version) << "an unchanged upsert committed a write";
  // The stored row still has the first fetch time.
  EXPECT_EQ(store_->GetArticle(id).value()->fetched_at, a.fetched_at);
}

TEST_F(ArticleStore, ChangedContentUpdatesInPlace) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/story");
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
  const std::int64_t v0 = store_->DataVersion().value();

  Article b = MakeArticle("alpha", "/story");
  b.title = "Corrected headline";
  b.content_hash = "hash-2";
  auto r = store_->UpsertArticle(b, MakeRaw(b));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, UpsertOutcome::kUpdated);
  EXPECT_EQ(b.id, a.id);
  EXPECT_GT(store_->DataVersion().value(), v0);
  EXPECT_EQ(store_->GetArticle(a.id).value()->title, "Corrected headline");
  EXPECT_EQ(store_->CountArticles(ArticleQuery{}).value(), 1);
}

TEST_F(ArticleStore, ChangedRawPageAloneIsStoredWithoutMovingDataVersion) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/story");
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a, "<html>v1</html>")).ok());
  const std::int64_t v0 = store_->DataVersion().value();
  const std::int64_t file_version = FileDataVersion();

  Article b = MakeArticle("alpha", "/story");
  auto r = store_->UpsertArticle(b, MakeRaw(b, "<html>v2, a new ad slot</html>"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, UpsertOutcome::kUpdated);
  EXPECT_EQ(store_->DataVersion().value(), v0);
  EXPECT_NE(WatcherDataVersion(), file_version);
  EXPECT_EQ(store_->GetRawPage(a.url).value()->body, "<html>v2, a new ad slot</html>");
}

// Reextract passes the stored raw page back with new content: the article
// keeps its id, and the caller's section/region are what get stored.
TEST_F(ArticleStore, ReextractStyleUpsertKeepsIdAndRaw) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/story");
  a.section = "business";
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a, "<html>original</html>")).ok());
  auto raw = store_->GetRawPage(a.url).value();
  ASSERT_TRUE(raw.has_value());

  Article re = *store_->GetArticleByUrl(a.url).value();
  re.body_text = "Better extraction";
  re.content_hash = "hash-re";
  auto r = store_->UpsertArticle(re, *raw);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, UpsertOutcome::kUpdated);
  auto stored = store_->GetArticle(a.id).value();
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->body_text, "Better extraction");
  EXPECT_EQ(stored->section, "business");
  EXPECT_EQ(store_->GetRawPage(a.url).value()->body, "<html>original</html>");
}

TEST_F(ArticleStore, UrlVariantsNameOneArticle) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/story");
  a.url = "HTTPS://Alpha.Example:443/story?utm_source=rss&id=4#comments";
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
  EXPECT_EQ(a.url, "https://alpha.example/story?id=4");

  Article b = MakeArticle("alpha", "/story");
  b.url = "https://alpha.example/story?id=4&fbclid=xyz";
  auto r = store_->UpsertArticle(b, MakeRaw(b));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, UpsertOutcome::kUnchanged);
  EXPECT_EQ(b.id, a.id);
  EXPECT_EQ(store_->CountArticles(ArticleQuery{}).value(), 1);
  auto found = store_->GetArticleByUrl("https://ALPHA.example/story?id=4&utm_medium=x");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->id, a.id);
}

TEST_F(ArticleStore, EmptyContentHashIsComputed) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/nohash");
  a.content_hash.clear();
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
  EXPECT_EQ(a.content_hash.size(), 16u);

  Article same = MakeArticle("alpha", "/nohash");
  same.content_hash.clear();
  EXPECT_EQ(store_->UpsertArticle(same, MakeRaw(same)).value(), UpsertOutcome::kUnchanged);

  Article changed = MakeArticle("alpha", "/nohash");
  changed.content_hash.clear();
  changed.body_text = "different";
  EXPECT_EQ(store_->UpsertArticle(changed, MakeRaw(changed)).value(), UpsertOutcome::kUpdated);
}

TEST_F(ArticleStore, RejectsBadInputWithoutWriting) {
  AddSource("alpha");
  const std::int64_t v0 = store_->DataVersion().value();

  Article no_source = MakeArticle("ghost", "/x");
  auto r1 = store_->UpsertArticle(no_source, MakeRaw(no_source));
  ASSERT_FALSE(r1.ok());
  EXPECT_EQ(r1.status().code(), Status::Code::kNotFound);

  Article bad_url = MakeArticle("alpha", "/x");
  bad_url.url = "javascript:alert(1)";
  auto r2 = store_->UpsertArticle(bad_url, MakeRaw(bad_url));
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.status().code(), Status::Code::kInvalidArgument);

  Article huge = MakeArticle("alpha", "/huge");
  auto r3 = store_->UpsertArticle(huge, MakeRaw(huge, std::string(65u << 20, 'x')));
  ASSERT_FALSE(r3.ok());
  EXPECT_EQ(r3.status().code(), Status::Code::kLimitExceeded);

  EXPECT_EQ(store_->CountArticles(ArticleQuery{}).value(), 0);
  EXPECT_EQ(store_->DataVersion().value(), v0);
}

TEST_F(ArticleStore, TextWithNulsAndInvalidUtf8RoundTrips) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/bytes");
  static const char kBytes[] = "before\0after \xff\xfe \xc3\x28";
  a.body_text = std::string(kBytes, sizeof kBytes - 1);
  a.title = "Caf\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87";
  a.authors = {"Valid N\xc3\xa1me", "Bad \xff byte"};
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
  auto b = store_->GetArticle(a.id).value();
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->body_text, a.body_text);
  EXPECT_EQ(b->title, a.title);
  ASSERT_EQ(b->authors.size(), 2u);
  EXPECT_EQ(b->authors[0], "Valid N\xc3\xa1me");
  // JSON lists must be UTF-8: the stray byte becomes U+FFFD, the rest stays.
  EXPECT_EQ(b->authors[1], "Bad \xef\xbf\xbd byte");
}

TEST_F(ArticleStore, ReopenedDatabaseKeepsData) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/kept", 1700000000);
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a, "raw bytes")).ok());
  const std::int64_t version = store_->DataVersion().value();
  store_.reset();

  store_ = Open();
  ASSERT_NE(store_, nullptr);
  EXPECT_EQ(store_->DataVersion().value(), version);
  auto b = store_->GetArticleByUrl(a.url).value();
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->id, a.id);
  EXPECT_EQ(store_->GetRawPage(a.url).value()->body, "raw bytes");
  EXPECT_EQ(store_->GetSource("alpha").value().item_count, 1);
}

}  // namespace
}  // namespace bs::testing
