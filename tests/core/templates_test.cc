#include "core/templates.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace bs {
namespace {

namespace fs = std::filesystem;
namespace mu = kainjow::mustache;

class TemplateSetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-web-templates-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  fs::path dir_;
};

TEST_F(TemplateSetTest, RendersWithPartialsAndEscapes) {
  Write("page.mustache", "<h1>{{title}}</h1>{{#items}}{{> _item}}{{/items}}{{{raw}}}");
  Write("_item.mustache", "<li>{{name}}</li>");
  Write("notes.txt", "ignored: not a template");
  auto set = TemplateSet::Load(dir_.string(), {"page"});
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  mu::data d;
  d.set("title", "Fish & <Chips>");
  mu::data items(mu::data::type::list);
  items.push_back(mu::data("name", mu::data("\"quoted\"")));
  d.set("items", items);
  d.set("raw", "<em>ok</em>");
  auto out = set->Render("page", d);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "<h1>Fish &amp; &lt;Chips&gt;</h1><li>&quot;quoted&quot;</li><em>ok</em>");
  EXPECT_FALSE(set->Render("_item", d).ok()) << "partials are not pages";
  EXPECT_FALSE(set->Render("nope", d).ok());
}

TEST_F(TemplateSetTest, ReportsSyntaxErrorsAndMissingTemplates) {
  Write("page.mustache", "{{#open}} never closed");
  auto bad = TemplateSet::Load(dir_.string(), {});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("page.mustache"), std::string::npos);

  Write("page.mustache", "fine");
  EXPECT_TRUE(TemplateSet::Load(dir_.string(), {"page"}).ok());
  EXPECT_FALSE(TemplateSet::Load(dir_.string(), {"page", "layout"}).ok());
  EXPECT_FALSE(TemplateSet::Load((dir_ / "missing").string(), {}).ok());
}

TEST_F(TemplateSetTest, OversizedTemplateIsRefused) {
  Write("page.mustache", std::string(300 * 1024, 'x'));
  EXPECT_FALSE(TemplateSet::Load(dir_.string(), {}).ok());
}

TEST_F(TemplateSetTest, DeepSectionNestingRenders) {
  std::string open, close;
  for (int i = 0; i < 200; ++i) {
    open += "{{#a}}";
    close += "{{/a}}";
  }
  Write("deep.mustache", open + "x" + close);
  auto set = TemplateSet::Load(dir_.string(), {"deep"});
  ASSERT_TRUE(set.ok());
  mu::data d;
  d.set("a", mu::data(true));
  auto out = set->Render("deep", d);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "x");
}

}  // namespace
}  // namespace bs
