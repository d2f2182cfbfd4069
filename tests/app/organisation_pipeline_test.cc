// The organisation pipeline over a store written directly: what the stored
// article carries reaches the organiser's decisions.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/organisation_pipeline.h"
#include "app/support/fixture_tree.h"
#include "store/store.h"

namespace bs {
namespace {

using testing::TempDir;

// About 60 words: long enough for a near-duplicate signature.
constexpr const char* kWireText =
    "Harbour pilots in Port Salang walked off the job on Monday after talks on night-shift "
    "pay collapsed, leaving eleven container ships waiting at anchor outside the breakwater.\n\n"
    "The pilots' association said its members had worked without a new agreement for "
    "fourteen months and that fatigue rules were being ignored during the monsoon season.\n\n"
    "Port managers said reserve crews from the coastguard would guide vessels carrying food "
    "and fuel, while other cargo would wait until the dispute was settled.";

class OrganisationPipeline : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenSqliteStore((tmp_.path() / "o.db").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    for (const char* slug : {"origin", "partner"}) {
      Source s;
      s.slug = slug;
      s.name = slug;
      s.homepage = std::string("https://") + slug + ".example/";
      s.feed_urls = {s.homepage + "rss.xml"};
      s.language = "en";
      s.default_section = "world";
      ASSERT_TRUE(store_->SyncSource(s).ok());
    }
  }

  Article Put(const std::string& source, const std::string& path, Timestamp published,
              const std::string& page_canonical) {
    Article a;
    a.url = "https://" + source + ".example" + path;
    a.page_canonical_url = page_canonical;
    a.source_slug = source;
    a.title = source == "origin" ? "Pilots strike at Port Salang" : "Port Salang pilots walk out";
    a.published = published;
    a.fetched_at = published;
    a.section = "world";
    a.language = "en";
    a.body_text = kWireText;
    a.body_html = "<p>wire</p>";
    RawPage raw{a.url, a.url, "text/html", "<html></html>", published};
    auto r = store_->UpsertArticle(a, raw);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return a;
  }

  Id DuplicateOf(Id id) {
    auto o = store_->GetOrganisation(id);
    EXPECT_TRUE(o.ok() && o->has_value());
    return o.ok() && o->has_value() ? (*o)->duplicate_of : -1;
  }

  TempDir tmp_;
  std::unique_ptr<Store> store_;
};

TEST_F(OrganisationPipeline, EarliestCopyIsCanonicalWithoutOtherEvidence) {
  Article partner = Put("partner", "/pilots", 1'800'000'000, "");
  Article origin = Put("origin", "/strike", 1'800'000'600, "");
  ASSERT_TRUE(RecomputeOrganisation(*store_).ok());
  EXPECT_EQ(DuplicateOf(partner.id), 0);
  EXPECT_EQ(DuplicateOf(origin.id), partner.id);
}

TEST_F(OrganisationPipeline, PagesCanonicalNamesTheOriginalEvenWhenTheCopyCameFirst) {
  // The partner published (and was stored) first, but its page says the
  // story lives at the origin paper: that copy is the canonical one.
  Article partner = Put("partner", "/pilots", 1'800'000'000, "https://origin.example/strike");
  Article origin = Put("origin", "/strike", 1'800'000'600, "");
  ASSERT_TRUE(RecomputeOrganisation(*store_).ok());
  EXPECT_EQ(DuplicateOf(origin.id), 0);
  EXPECT_EQ(DuplicateOf(partner.id), origin.id);
}

}  // namespace
}  // namespace bs
