#include "web/structured_data.h"

#include <nlohmann/json.hpp>

#include <utility>
#include <vector>

#include "core/time.h"
#include "web/feeds_out.h"
#include "web/view_format.h"

namespace bs::web {
namespace {

using nlohmann::json;

// dump() with invalid UTF-8 replaced, then the HTML-significant characters
// escaped. They only ever occur inside JSON strings, where \u003c is the
// same character, so the data is unchanged for any JSON reader.
std::string ScriptSafeDump(const json& j) {
  const std::string raw = j.dump(-1, ' ', false, json::error_handler_t::replace);
  std::string out;
  out.reserve(raw.size());
  for (char c : raw) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out += c;
    }
  }
  return out;
}

std::string SectionName(const SiteSettings& settings, const std::string& slug) {
  for (const auto& s : settings.sections)
    if (s.slug == slug) return s.name;
  return "";
}

// A BreadcrumbList of (name, site path) steps, root first.
std::string BreadcrumbList(const std::vector<std::pair<std::string, std::string>>& trail,
                           const SiteSettings& settings) {
  const std::string origin = SiteOrigin(settings);
  json items = json::array();
  for (const auto& [name, path] : trail) {
    json item = {{"@type", "ListItem"}, {"position", static_cast<int>(items.size()) + 1}, {"name", name}};
    if (!origin.empty()) item["item"] = origin + path;
    items.push_back(item);
  }
  json j = {{"@context", "https://schema.org"}, {"@type", "BreadcrumbList"}, {"itemListElement", items}};
  return ScriptSafeDump(j);
}

}  // namespace

std::string NewsArticleJsonLd(const Article& a, const Source* source, const SiteSettings& settings) {
  const std::string origin = SiteOrigin(settings);
  json j = {{"@context", "https://schema.org"}, {"@type", "NewsArticle"}, {"headline", a.title}};
  if (!origin.empty()) {
    j["url"] = origin + ArticlePath(a);
    j["mainEntityOfPage"] = origin + ArticlePath(a);
  }
  j["datePublished"] = FormatIso8601Utc(ArticleTime(a));
  j["dateModified"] = FormatIso8601Utc(a.updated.value_or(ArticleTime(a)));
  if (!a.standfirst.empty()) j["description"] = a.standfirst;
  if (const std::string lang = SafeLanguageTag(a.language); !lang.empty()) j["inLanguage"] = lang;
  json authors = json::array();
  for (const auto& name : a.authors) authors.push_back({{"@type", "Person"}, {"name", name}});
  if (!authors.empty()) j["author"] = authors;
  json publisher = {{"@type", "Organization"}, {"name", settings.name}};
  if (!origin.empty()) publisher["url"] = origin + "/";
  j["publisher"] = publisher;
  if (source) {
    json org = {{"@type", "NewsMediaOrganization"}, {"name", source->name}};
    if (const std::string home = SafeHttpUrl(source->homepage); !home.empty()) org["url"] = home;
    j["sourceOrganization"] = org;
  }
  if (const std::string img = SafeHttpUrl(a.image.url); !img.empty()) j["image"] = json::array({img});
  if (const std::string original = SafeHttpUrl(a.url); !original.empty()) j["isBasedOn"] = original;
  if (const std::string section = SectionName(settings, a.section); !section.empty())
    j["articleSection"] = section;
  return ScriptSafeDump(j);
}

std::string BreadcrumbJsonLd(const Article& a, const SiteSettings& settings) {
  std::vector<std::pair<std::string, std::string>> trail{{settings.name, "/"}};
  if (const std::string section = SectionName(settings, a.section); !section.empty())
    trail.emplace_back(section, "/section/" + a.section);
  trail.emplace_back(a.title, ArticlePath(a));
  return BreadcrumbList(trail, settings);
}

std::string StoryItemListJsonLd(const StoryRecord& story, const std::vector<Article>& articles,
                                const SiteSettings& settings) {
  const std::string origin = SiteOrigin(settings);
  json items = json::array();
  for (const auto& a : articles) {
    json item = {{"@type", "ListItem"}, {"position", static_cast<int>(items.size()) + 1}, {"name", a.title}};
    if (!origin.empty()) item["url"] = origin + ArticlePath(a);
    items.push_back(item);
  }
  json j = {{"@context", "https://schema.org"},
            {"@type", "ItemList"},
            {"name", story.title},
            {"itemListOrder", "https://schema.org/ItemListOrderAscending"},
            {"numberOfItems", static_cast<int>(items.size())},
            {"itemListElement", items}};
  if (!origin.empty()) j["url"] = origin + StoryPath(story.id, story.title);
  return ScriptSafeDump(j);
}

std::string StoryBreadcrumbJsonLd(const StoryRecord& story, const SiteSettings& settings) {
  return BreadcrumbList({{settings.name, "/"}, {story.title, StoryPath(story.id, story.title)}}, settings);
}

void AddArticleMetadata(const PageContext& ctx, const Article& article, PageView& view) {
  auto it = ctx.sources.find(article.source_slug);
  const Source* source = it == ctx.sources.end() ? nullptr : &it->second;
  kainjow::mustache::data blocks(kainjow::mustache::data::type::list);
  for (const auto& body : {NewsArticleJsonLd(article, source, ctx.settings),
                           BreadcrumbJsonLd(article, ctx.settings)}) {
    kainjow::mustache::data block;
    block.set("json_ld_body", body);
    blocks.push_back(block);
  }
  view.data.set("json_ld", blocks);
  // We republish with permission; the partner's page is the canonical one.
  if (const std::string original = SafeHttpUrl(article.url); !original.empty())
    view.canonical_path = original;
}

Status AddArticleMetadata(const PageContext& ctx, Id id, PageView& view) {
  auto found = ctx.store.GetArticle(id);
  if (!found.ok()) return found.status();
  if (*found) AddArticleMetadata(ctx, **found, view);
  return Status::Ok();
}

}  // namespace bs::web
