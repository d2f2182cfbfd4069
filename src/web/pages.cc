#include "web/pages.h"

#include <algorithm>
#include <set>

#include "core/utf8.h"
#include "web/article_links.h"
#include "web/comment_thread.h"
#include "web/page_parts.h"
#include "web/story_page.h"
#include "web/view_format.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

// The front page is a digest: a few stories per section keep it scannable.
constexpr int kFrontPerSection = 4;
constexpr int kFrontLatest = 10;
// Multi-source stories at the top, and per region and section: enough to
// show what many papers cover without pushing the sections off screen.
constexpr int kFrontTopStories = 5;
constexpr int kFrontTopPerRegion = 3;
constexpr int kFrontTopPerSection = 1;
// Author names and tags are short; longer request paths cannot match.
constexpr std::size_t kMaxNameBytes = 200;

// Multi-source stories for `q`, leaving out those in `exclude` (already shown
// higher on the page: a region or section list that repeats the main list is
// noise). Adds what it lists to `shown` when given.
Result<mu::data> TopStories(const PageContext& ctx, StoryListQuery q, const std::set<Id>& exclude,
                            std::set<Id>* shown = nullptr) {
  q.min_sources = 2;  // "top" means covered by more than one paper
  const int wanted = q.limit;
  q.limit += static_cast<int>(exclude.size());
  auto stories = ctx.store.ListStories(q);
  if (!stories.ok()) return stories.status();
  mu::data list = List();
  int listed = 0;
  for (const auto& s : *stories) {
    if (listed == wanted) break;
    if (exclude.count(s.id)) continue;
    auto link = StoryLink(ctx, s);
    if (!link.ok()) return link.status();
    list.push_back(std::move(link).value());
    ++listed;
    if (shown) shown->insert(s.id);
  }
  return list;
}

}  // namespace

Result<PageView> BuildFrontPage(const PageContext& ctx) {
  PageView v;
  v.template_name = "front";
  v.canonical_path = "/";
  v.description = ctx.settings.tagline;

  StoryListQuery main_top_q;
  main_top_q.limit = kFrontTopStories;
  std::set<Id> in_top;
  auto top = TopStories(ctx, main_top_q, {}, &in_top);
  if (!top.ok()) return top.status();

  mu::data sections = List();
  bool any = false;
  for (const auto& s : ctx.settings.sections) {
    ArticleQuery q;
    q.section = s.slug;
    q.limit = kFrontPerSection;
    auto list = ctx.store.ListArticles(q);
    if (!list.ok()) return list.status();
    if (list->empty()) continue;  // an empty heading is noise on a digest page
    any = true;
    mu::data block;
    block.set("section_name", s.name);
    block.set("section_url", "/section/" + s.slug);
    block.set("section_slug", s.slug);
    block.set("stories", Cards(ctx, *list));
    StoryListQuery top_q;
    top_q.section = s.slug;
    top_q.limit = kFrontTopPerSection;
    auto section_top = TopStories(ctx, top_q, in_top);
    if (!section_top.ok()) return section_top.status();
    block.set("has_section_top", Bool(!section_top->is_empty_list()));
    block.set("section_top", std::move(section_top).value());
    sections.push_back(block);
  }
  // Operator pins lead the page, in the operator's order.
  auto pinned = ctx.store.ListPinned();
  if (!pinned.ok()) return pinned.status();
  v.data.set("pinned", Cards(ctx, *pinned));
  v.data.set("has_pinned", Bool(!pinned->empty()));
  any = any || !pinned->empty();

  ArticleQuery latest_q;
  latest_q.limit = kFrontLatest;
  auto latest = ctx.store.ListArticles(latest_q);
  if (!latest.ok()) return latest.status();

  mu::data by_region = List();
  for (const auto& r : ctx.settings.regions) {
    StoryListQuery rq;
    rq.region = r.slug;
    rq.limit = kFrontTopPerRegion;
    auto stories = TopStories(ctx, rq, in_top);
    if (!stories.ok()) return stories.status();
    if (stories->is_empty_list()) continue;
    mu::data block;
    block.set("top_region_name", r.name);
    block.set("top_region_url", "/region/" + r.slug);
    block.set("top_region_stories", std::move(stories).value());
    by_region.push_back(block);
  }
  const bool has_top = !top->is_empty_list();
  v.data.set("has_top_stories", Bool(has_top));
  v.data.set("top_stories", std::move(top).value());
  v.data.set("has_top_regions", Bool(!by_region.is_empty_list()));
  v.data.set("top_regions", by_region);

  // Cards sit under the section headings (h2) here, directly under the h1 in
  // rivers: heading levels must not skip.
  v.data.set("card_level", "3");
  v.data.set("section_blocks", sections);
  v.data.set("latest", Cards(ctx, *latest));
  v.data.set("has_latest", Bool(!latest->empty()));
  v.data.set("empty", Bool(!any && latest->empty()));
  return v;
}

Result<PageView> BuildRiverPage(const PageContext& ctx, RiverKind kind, const std::string& slug,
                                int page) {
  PageView v;
  v.template_name = "river";
  ArticleQuery q;
  std::string heading;
  std::string base;
  v.data.set("about", Bool(false));
  switch (kind) {
    case RiverKind::kSection: {
      const Taxon* t = FindTaxon(ctx.settings.sections, slug);
      if (!t) return NotFound("There is no section called \"" + slug + "\".");
      q.section = slug;
      heading = t->name;
      base = "/section/" + slug;
      v.current_section = slug;
      v.data.set("kind_label", "Section");
      break;
    }
    case RiverKind::kRegion: {
      const Taxon* t = FindTaxon(ctx.settings.regions, slug);
      if (!t) return NotFound("There is no region called \"" + slug + "\".");
      q.region = slug;
      heading = t->name;
      base = "/region/" + slug;
      v.data.set("kind_label", "Region");
      break;
    }
    case RiverKind::kSource: {
      auto it = ctx.sources.find(slug);
      if (it == ctx.sources.end()) return NotFound("There is no partner called \"" + slug + "\".");
      q.source = slug;
      heading = SourceName(ctx, slug);
      base = "/source/" + slug;
      v.data.set("kind_label", "Partner newspaper");
      mu::data a;
      a.set("about_text", Text(it->second.about));
      a.set("homepage", Text(SafeHttpUrl(it->second.homepage)));
      v.data.set("about", a);
      break;
    }
    case RiverKind::kAuthor:
    case RiverKind::kTag: {
      // Names come from the request: unknown ones fail the count below, so
      // only bounded, valid text reaches the store.
      if (slug.empty() || slug.size() > kMaxNameBytes || !IsValidUtf8(slug)) return NotFound("There is no such page.");
      const bool author = kind == RiverKind::kAuthor;
      (author ? q.author : q.tag) = slug;
      heading = slug;
      base = author ? AuthorPath(slug) : TagPath(slug);
      v.data.set("kind_label", author ? "Author" : "Tag");
      break;
    }
  }
  auto total = ctx.store.CountArticles(q);
  if (!total.ok()) return total.status();
  const int pages = std::max(1, (*total + kRiverPageSize - 1) / kRiverPageSize);
  // Authors and tags exist only through their articles.
  if ((kind == RiverKind::kAuthor || kind == RiverKind::kTag) && *total == 0)
    return NotFound("Nothing is published under \"" + heading + "\".");
  if (page < 1 || page > pages) return NotFound("That page of " + heading + " does not exist.");

  q.limit = kRiverPageSize;
  q.offset = (page - 1) * kRiverPageSize;
  auto list = ctx.store.ListArticles(q);
  if (!list.ok()) return list.status();

  v.canonical_path = page > 1 ? base + "?page=" + std::to_string(page) : base;
  v.title = page > 1 ? heading + " (page " + std::to_string(page) + ")" : heading;
  v.description = "Latest from " + heading;
  v.data.set("heading", heading);
  v.data.set("card_level", "2");
  if (ctx.settings.comments) {
    std::vector<Id> ids;
    for (const auto& a : *list) ids.push_back(a.id);
    auto counts = CountThreads(ctx.store, ids);
    if (!counts.ok()) return counts.status();
    v.thread_ids = std::move(counts->thread_ids);
    v.thread_version = counts->version;
    v.data.set("stories", Cards(ctx, *list, &counts->by_article));
  } else {
    v.data.set("stories", Cards(ctx, *list));
  }
  v.data.set("empty", Bool(list->empty()));
  mu::data pager;
  pager.set("page", std::to_string(page));
  pager.set("pages", std::to_string(pages));
  pager.set("prev_url", Text(page > 1 ? (page == 2 ? base : base + "?page=" + std::to_string(page - 1)) : ""));
  pager.set("next_url", Text(page < pages ? base + "?page=" + std::to_string(page + 1) : ""));
  v.data.set("pager", pages > 1 ? pager : mu::data(false));
  return v;
}

Result<PageView> BuildArticlePage(const PageContext& ctx, Id id) {
  auto found = ctx.store.GetArticle(id);
  if (!found.ok()) return found.status();
  if (!found->has_value()) return NotFound("We could not find that article. It may have been removed.");
  const Article& a = **found;

  PageView v;
  v.template_name = "article";
  v.comment_article = a.id;
  v.canonical_path = ArticlePath(a);
  v.is_article = true;
  v.share_image = SafeHttpUrl(a.image.url);
  v.title = a.title.empty() ? a.url : a.title;
  v.description = !a.standfirst.empty() ? a.standfirst : a.teaser;
  v.current_section = a.section;

  mu::data& d = v.data;
  d.set("headline", Text(v.title));
  d.set("standfirst", Text(BodyOpensWithStandfirst(a) ? std::string() : a.standfirst));
  d.set("lang", Text(SafeLanguageTag(a.language)));
  d.set("dir", Text(TextDirection(a.language)));
  const Timestamp t = ArticleTime(a);
  d.set("published_iso", Text(FormatIso8601Utc(t)));
  d.set("published_human", Text(HumanDate(t, true)));
  if (a.updated && *a.updated > t) {
    mu::data up;
    up.set("updated_iso", Text(FormatIso8601Utc(*a.updated)));
    up.set("updated_human", Text(HumanDate(*a.updated, true)));
    d.set("updated", up);
  } else {
    d.set("updated", Bool(false));
  }
  d.set("byline", Text(JoinNames(a.authors)));
  // The byline again as links to each author's river; the separators are
  // data so "A, B and C" reads the same as the plain byline.
  mu::data authors = List();
  for (std::size_t i = 0; i < a.authors.size(); ++i) {
    mu::data au;
    au.set("author_name", a.authors[i]);
    au.set("author_url", AuthorPath(a.authors[i]));
    au.set("author_sep", i == 0 ? "" : (i + 1 == a.authors.size() ? " and " : ", "));
    authors.push_back(au);
  }
  d.set("authors", authors);
  d.set("author_bio", Text(a.author_bio));

  const std::string source_name = SourceName(ctx, a.source_slug);
  d.set("source_name", Text(source_name));
  d.set("source_url", "/source/" + a.source_slug);
  d.set("original_url", Text(SafeHttpUrl(a.url)));

  const std::string section = SectionName(ctx, a.section);
  d.set("article_section_name", Text(section));
  d.set("article_section_url", Text(section.empty() ? "" : "/section/" + a.section));

  const std::string image_url = SafeHttpUrl(a.image.url);
  if (!image_url.empty()) {
    mu::data img;
    img.set("image_url", Text(image_url));
    img.set("caption", Text(a.image.caption));
    img.set("credit", Text(a.image.credit));
    img.set("has_figcaption", Bool(!a.image.caption.empty() || !a.image.credit.empty()));
    d.set("image", img);
  } else {
    d.set("image", Bool(false));
  }
  // Sanitized by extraction: the only value rendered unescaped ({{{ }}}).
  d.set("body_html", Text(a.body_html));

  mu::data tags = List();
  for (const auto& tag : a.tags) {
    mu::data t;
    t.set("tag", tag);
    t.set("tag_url", TagPath(tag));
    tags.push_back(t);
  }
  d.set("tags", tags);
  d.set("has_tags", Bool(!a.tags.empty()));

  auto src = ctx.sources.find(a.source_slug);
  mu::data about;
  about.set("about_name", Text(source_name));
  about.set("about_text", Text(src != ctx.sources.end() ? src->second.about : ""));
  about.set("about_homepage", Text(src != ctx.sources.end() ? SafeHttpUrl(src->second.homepage) : ""));
  about.set("about_river_url", "/source/" + a.source_slug);
  d.set("about", about);
  if (auto st = AddArticleLinks(ctx, a, v); !st.ok()) return st;
  return v;
}

PageView BuildErrorPage(int status, const std::string& heading, const std::string& message) {
  PageView v;
  v.status = status;
  v.template_name = "error";
  v.title = heading;
  v.data.set("status", std::to_string(status));
  v.data.set("error_heading", heading);
  v.data.set("error_message", message);
  return v;
}

}  // namespace bs::web
