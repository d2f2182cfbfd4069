#include "web/page_parts.h"

#include "web/view_format.h"

namespace bs::web {

namespace mu = kainjow::mustache;

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

std::string RegionName(const PageContext& ctx, const std::string& slug) {
  const Taxon* t = FindTaxon(ctx.settings.regions, slug);
  return t ? t->name : "";
}

mu::data Bool(bool b) { return mu::data(b); }

mu::data Text(const std::string& s) { return s.empty() ? mu::data(false) : mu::data(s); }

mu::data List() { return mu::data(mu::data::type::list); }

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
  d.set("card_comments", Bool(false));
  return d;
}

mu::data Cards(const PageContext& ctx, const std::vector<Article>& articles, const std::map<Id, int>* comment_counts) {
  mu::data list = List();
  for (const auto& a : articles) {
    mu::data card = Card(ctx, a);
    if (comment_counts) {
      auto it = comment_counts->find(a.id);
      if (it != comment_counts->end() && it->second > 0) {
        mu::data c;
        c.set("card_comments_url", ArticlePath(a) + "#comments");
        c.set("card_comments_label", std::to_string(it->second) + (it->second == 1 ? " comment" : " comments"));
        card.set("card_comments", c);
      }
    }
    list.push_back(card);
  }
  return list;
}

mu::data ArticleLink(const PageContext& ctx, const Article& a) {
  mu::data d;
  d.set("link_url", ArticlePath(a));
  d.set("link_title", a.title.empty() ? a.url : a.title);
  d.set("link_source", SourceName(ctx, a.source_slug));
  d.set("link_lang", Text(SafeLanguageTag(a.language)));
  d.set("link_dir", Text(TextDirection(a.language)));
  return d;
}

PageView NotFound(const std::string& what) { return BuildErrorPage(404, "Page not found", what); }

}  // namespace bs::web
