#include "web/pages.h"

#include <algorithm>

#include "web/view_format.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

// The front page is a digest: a few stories per section keep it scannable.
constexpr int kFrontPerSection = 4;
constexpr int kFrontLatest = 10;

const Taxon* FindTaxon(const std::vector<Taxon>& list, const std::string& slug) {
  for (const auto& t : list) {
    if (t.slug == slug) return &t;
  }
  return nullptr;
}

std::string SourceName(const PageContext& ctx, const std::string& slug) {
  auto it = ctx.sources.find(slug);
  return it == ctx.sources.end() || it->second.name.empty() ? slug : it->second.name;
}

std::string SectionName(const PageContext& ctx, const std::string& slug) {
  const Taxon* t = FindTaxon(ctx.settings.sections, slug);
  return t ? t->name : "";
}

mu::data Bool(bool b) { return mu::data(b); }

// kainjow treats an empty string as true in {{#section}}s; optional text is
// therefore stored as `false` when empty, which also renders as nothing.
mu::data Text(const std::string& s) { return s.empty() ? mu::data(false) : mu::data(s); }

mu::data List() { return mu::data(mu::data::type::list); }

// One story in a list. Every key is set (possibly empty) so a template never
// picks up a same-named value from an enclosing context.
mu::data Card(const PageContext& ctx, const Article& a) {
  mu::data d;
  d.set("url", ArticlePath(a));
  d.set("title", Text(a.title.empty() ? a.url : a.title));
  d.set("teaser", Text(a.teaser));
  d.set("source_name", Text(SourceName(ctx, a.source_slug)));
  d.set("source_url", "/source/" + a.source_slug);
  const Timestamp t = ArticleTime(a);
  d.set("date_iso", Text(FormatIso8601Utc(t)));
  d.set("date_human", Text(HumanDate(t)));
  const std::string section = SectionName(ctx, a.section);
  d.set("card_section_name", Text(section));
  d.set("card_section_url", Text(section.empty() ? "" : "/section/" + a.section));
  d.set("lang", Text(SafeLanguageTag(a.language)));
  d.set("dir", Text(TextDirection(a.language)));
  d.set("thumb_url", Text(SafeHttpUrl(a.image.url)));
  return d;
}

mu::data Cards(const PageContext& ctx, const std::vector<Article>& articles) {
  mu::data list = List();
  for (const auto& a : articles) list.push_back(Card(ctx, a));
  return list;
}

PageView NotFound(const std::string& what) {
  return BuildErrorPage(404, "Page not found", what);
}

}  // namespace

Result<PageView> BuildFrontPage(const PageContext& ctx) {
  PageView v;
  v.template_name = "front";
  v.canonical_path = "/";
  v.description = ctx.settings.tagline;

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
  }
  auto total = ctx.store.CountArticles(q);
  if (!total.ok()) return total.status();
  const int pages = std::max(1, (*total + kRiverPageSize - 1) / kRiverPageSize);
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
  v.data.set("stories", Cards(ctx, *list));
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
  v.canonical_path = ArticlePath(a);
  v.is_article = true;
  v.share_image = SafeHttpUrl(a.image.url);
  v.title = a.title.empty() ? a.url : a.title;
  v.description = !a.standfirst.empty() ? a.standfirst : a.teaser;
  v.current_section = a.section;

  mu::data& d = v.data;
  d.set("headline", Text(v.title));
  d.set("standfirst", Text(a.standfirst));
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
  for (const auto& tag : a.tags) tags.push_back(mu::data("tag", mu::data(tag)));
  d.set("tags", tags);
  d.set("has_tags", Bool(!a.tags.empty()));

  auto src = ctx.sources.find(a.source_slug);
  mu::data about;
  about.set("about_name", Text(source_name));
  about.set("about_text", Text(src != ctx.sources.end() ? src->second.about : ""));
  about.set("about_homepage", Text(src != ctx.sources.end() ? SafeHttpUrl(src->second.homepage) : ""));
  about.set("about_river_url", "/source/" + a.source_slug);
  d.set("about", about);
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
