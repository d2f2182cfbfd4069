#include "web/story_page.h"

#include <algorithm>
#include <map>

#include "web/page_parts.h"
#include "web/structured_data.h"
#include "web/view_format.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

std::string SourcesLabel(int n) { return std::to_string(n) + (n == 1 ? " source" : " sources"); }

// The article whose headline titles the story (its language is the
// title's); the founding article when none matches exactly.
const Article* TitleArticle(const std::vector<Article>& articles, const StoryRecord& story) {
  for (const auto& a : articles)
    if (a.title == story.title) return &a;
  for (const auto& a : articles)
    if (a.id == story.id) return &a;
  return articles.empty() ? nullptr : &articles.front();
}

// The newest kMaxStoryArticles, still oldest first.
void KeepNewest(std::vector<Article>& articles) {
  if (articles.size() > static_cast<std::size_t>(kMaxStoryArticles))
    articles.erase(articles.begin(), articles.end() - kMaxStoryArticles);
}

}  // namespace

Result<mu::data> StoryLink(const PageContext& ctx, const StoryRecord& story) {
  auto articles = ctx.store.ListStoryArticles(story.id);
  if (!articles.ok()) return articles.status();
  const Article* lead = TitleArticle(*articles, story);
  const std::string language = lead ? lead->language : "";
  mu::data d;
  d.set("story_url", StoryPath(story.id, story.title));
  d.set("story_title", story.title.empty() ? "Story " + std::to_string(story.id) : story.title);
  d.set("story_sources", std::to_string(story.source_count));
  d.set("story_sources_label", SourcesLabel(story.source_count));
  d.set("story_first_iso", Text(FormatIso8601Utc(story.first_seen)));
  d.set("story_first_human", Text(HumanDate(story.first_seen)));
  d.set("story_lang", Text(SafeLanguageTag(language)));
  d.set("story_dir", Text(TextDirection(language)));
  return d;
}

Result<PageView> BuildStoryPage(const PageContext& ctx, Id id) {
  auto found = ctx.store.GetStory(id);
  if (!found.ok()) return found.status();
  if (!*found) return NotFound("We could not find that story. Its coverage may have been regrouped.");
  const StoryRecord& story = **found;
  auto listed = ctx.store.ListStoryArticles(id);
  if (!listed.ok()) return listed.status();
  std::vector<Article> articles = std::move(listed).value();
  KeepNewest(articles);

  PageView v;
  v.template_name = "story";
  v.title = story.title.empty() ? "Story " + std::to_string(id) : story.title;
  v.canonical_path = StoryPath(id, story.title);
  v.description = "Coverage from " + SourcesLabel(story.source_count) + " since " + HumanDate(story.first_seen) + ".";
  const Article* lead = TitleArticle(articles, story);
  if (lead) {
    v.comment_article = lead->id;
    v.current_section = lead->section;
    v.share_image = SafeHttpUrl(lead->image.url);
  }

  mu::data& d = v.data;
  d.set("headline", v.title);
  d.set("story_lang", Text(lead ? SafeLanguageTag(lead->language) : ""));
  d.set("story_dir", Text(lead ? TextDirection(lead->language) : ""));
  d.set("first_seen_iso", Text(FormatIso8601Utc(story.first_seen)));
  d.set("first_seen_human", Text(HumanDate(story.first_seen, true)));
  d.set("last_updated_iso", Text(FormatIso8601Utc(story.last_updated)));
  d.set("last_updated_human", Text(HumanDate(story.last_updated, true)));
  d.set("updated_later", Bool(story.last_updated > story.first_seen));
  d.set("sources_label", SourcesLabel(story.source_count));
  d.set("articles_label",
        std::to_string(story.article_count) + (story.article_count == 1 ? " article" : " articles"));
  d.set("feed_rss", "/story/" + std::to_string(id) + "/rss.xml");
  d.set("feed_atom", "/story/" + std::to_string(id) + "/atom.xml");

  // Timeline, oldest first, as the store lists them. Syndicated copies are
  // marked so a reader sees one text twice is not two reports.
  mu::data timeline = List();
  // region slug -> source slug -> links; regions then follow configuration order.
  std::map<std::string, std::map<std::string, mu::data>> groups;
  for (const auto& a : articles) {
    auto org = ctx.store.GetOrganisation(a.id);
    if (!org.ok()) return org.status();
    const bool copy = *org && (*org)->duplicate_of != 0 && (*org)->duplicate_of != a.id;
    mu::data item = ArticleLink(ctx, a);
    const Timestamp t = ArticleTime(a);
    item.set("date_iso", Text(FormatIso8601Utc(t)));
    item.set("date_human", Text(HumanDate(t, true)));
    item.set("source_url", "/source/" + a.source_slug);
    item.set("teaser", Text(a.teaser));
    item.set("is_copy", Bool(copy));
    timeline.push_back(item);
    const std::string region = FindTaxon(ctx.settings.regions, a.region) ? a.region : "";
    auto [it, inserted] = groups[region].try_emplace(a.source_slug, List());
    it->second.push_back(item);
  }
  d.set("timeline", timeline);

  mu::data regions = List();
  auto add_region = [&](const std::string& slug, const std::string& name) {
    auto it = groups.find(slug);
    if (it == groups.end()) return;
    mu::data r;
    r.set("group_region_name", name);
    r.set("group_region_url", Text(slug.empty() ? "" : "/region/" + slug));
    mu::data sources = List();
    for (auto& [source, links] : it->second) {
      mu::data s;
      s.set("group_source_name", SourceName(ctx, source));
      s.set("group_source_url", "/source/" + source);
      s.set("group_articles", links);
      sources.push_back(s);
    }
    r.set("group_sources", sources);
    regions.push_back(r);
  };
  for (const auto& r : ctx.settings.regions) add_region(r.slug, r.name);
  add_region("", "Elsewhere");  // sources without a configured region
  d.set("regions", regions);

  mu::data blocks = List();
  for (const auto& body : {StoryItemListJsonLd(story, articles, ctx.settings),
                           StoryBreadcrumbJsonLd(story, ctx.settings)}) {
    mu::data block;
    block.set("json_ld_body", body);
    blocks.push_back(block);
  }
  d.set("json_ld", blocks);
  return v;
}

Result<std::optional<StoryFeed>> LoadStoryFeed(Store& store, Id id, int limit) {
  auto story = store.GetStory(id);
  if (!story.ok()) return story.status();
  if (!*story) return std::optional<StoryFeed>();
  auto articles = store.ListStoryArticles(id);
  if (!articles.ok()) return articles.status();
  StoryFeed feed{**story, std::move(articles).value()};
  // The store lists oldest first; feeds lead with the newest.
  std::reverse(feed.articles.begin(), feed.articles.end());
  if (feed.articles.size() > static_cast<std::size_t>(std::max(0, limit))) feed.articles.resize(std::max(0, limit));
  return std::optional<StoryFeed>(std::move(feed));
}

}  // namespace bs::web
