#include "app/config.h"

#include <gtest/gtest.h>

namespace bs {
namespace {

const char* kValid = R"(
[site]
name = "Test Desk"
[fetch]
per_host_delay_ms = 10
max_body_mb = 2
[[sections]]
slug = "diplomacy"
name = "Diplomacy"
[[sections]]
slug = "business"
name = "Business"
[[regions]]
slug = "south-asia"
name = "South Asia"
[[sources]]
slug = "paper"
name = "The Paper"
homepage = "https://paper.example/"
feeds = ["https://paper.example/rss.xml"]
region = "south-asia"
language = "en"
about = "A paper."
default_section = "business"
poll_interval = 600
[sources.sections]
"Foreign Affairs" = "diplomacy"
)";

TEST(ConfigTest, ParsesEveryPart) {
  auto c = ParseConfig(kValid, "test.toml");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->site_name, "Test Desk");
  EXPECT_EQ(c->fetch.per_host_delay_ms, 10);
  EXPECT_EQ(c->fetch.max_body_bytes, 2u << 20);
  ASSERT_EQ(c->sections.size(), 2u);
  ASSERT_EQ(c->sources.size(), 1u);
  const Source& s = c->sources[0];
  EXPECT_EQ(s.feed_urls.size(), 1u);
  EXPECT_EQ(s.poll_interval_seconds, 600);
  EXPECT_FALSE(s.local);
  // Category keys are matched case-insensitively, so they are stored lowercased.
  EXPECT_EQ(s.section_map.at("foreign affairs"), "diplomacy");
}

TEST(ConfigTest, DefaultsWithoutFile) {
  Config c = DefaultConfig();
  EXPECT_FALSE(c.sections.empty());
  EXPECT_NE(DefaultUserAgent("").find("Broadsheet/"), std::string::npos);
}

TEST(ConfigTest, RejectsMistakes) {
  struct Case { const char* name; std::string toml; };
  const Case cases[] = {
      {"unknown key", "[site]\nnmae = \"x\"\n"},
      {"syntax", "[site\nname = 1"},
      {"port range", "[server]\nport = 70000\n"},
      {"unknown region", "[[sources]]\nslug=\"a\"\nname=\"A\"\nregion=\"mars\"\n"},
      {"bad feed url", "[[sources]]\nslug=\"a\"\nname=\"A\"\nfeeds=[\"file:///etc/passwd\"]\n"},
      {"mapping to unknown section",
       "[[sources]]\nslug=\"a\"\nname=\"A\"\n[sources.sections]\n\"X\" = \"nowhere\"\n"},
      {"duplicate source", "[[sources]]\nslug=\"a\"\nname=\"A\"\n[[sources]]\nslug=\"a\"\nname=\"B\"\n"},
      {"poll too fast", "[[sources]]\nslug=\"a\"\nname=\"A\"\npoll_interval=1\n"},
      {"politeness", "[fetch]\nper_host_connections = 8\n"},
      {"wrong type", "[fetch]\nmax_redirects = \"five\"\n"},
  };
  for (const auto& c : cases) {
    auto r = ParseConfig(c.toml, "bad.toml");
    EXPECT_FALSE(r.ok()) << c.name;
  }
}

TEST(ConfigTest, MissingFileIsAnError) {
  auto r = LoadConfig("/nonexistent/broadsheet.toml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kIoError);
}

}  // namespace
}  // namespace bs
