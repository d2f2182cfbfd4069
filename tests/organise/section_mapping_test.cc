#include "organise/section_mapping.h"

#include <gtest/gtest.h>

namespace bs {
namespace {

class SectionMappingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    sections_ = {{"diplomacy", "Diplomacy"}, {"business", "Business"}, {"sport", "Sport"}};
    source_.slug = "paper";
    source_.section_map = {{"foreign affairs", "diplomacy"}, {"markets", "business"}};
    source_.default_section = "business";
  }
  std::vector<Taxon> sections_;
  Source source_;
};

TEST_F(SectionMappingTest, SourceMappingWinsCaseInsensitively) {
  auto c = AssignSection(source_, sections_, {{"  FOREIGN Affairs "}, "https://p.example/x"});
  EXPECT_EQ(c.section, "diplomacy");
  EXPECT_DOUBLE_EQ(c.confidence, 1.0);
}

TEST_F(SectionMappingTest, CategoryNamingASectionDirectly) {
  auto c = AssignSection(source_, sections_, {{"Unmapped", "SPORT"}, ""});
  EXPECT_EQ(c.section, "sport");
}

TEST_F(SectionMappingTest, UrlPathSegment) {
  auto c = AssignSection(source_, sections_, {{}, "https://p.example/news/diplomacy/talks-resume"});
  EXPECT_EQ(c.section, "diplomacy");
  // The article's own slug is not evidence: "sport" here is a headline word.
  auto d = AssignSection(source_, sections_, {{}, "https://p.example/news/sport"});
  EXPECT_EQ(d.section, "business");
}

TEST_F(SectionMappingTest, FallsBackToDefaultThenFirst) {
  EXPECT_EQ(AssignSection(source_, sections_, {{"Weather"}, ""}).section, "business");
  source_.default_section.clear();
  EXPECT_EQ(AssignSection(source_, sections_, {{}, "not a url"}).section, "diplomacy");
}

}  // namespace
}  // namespace bs
