#include "web/article_links.h"

#include <set>

#include "web/feeds_out.h"
#include "web/page_parts.h"
#include "web/percent_decode.h"
#include "web/story_page.h"
#include "web/view_format.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

// Articles for `ids` in their order, skipping ids the store no longer has
// and those in `skip`; at most kMaxArticleLinks.
Result<mu::data> Links(const PageContext& ctx, const std::vector<Id>& ids, std::set<Id>& skip) {
  mu::data list = List();
  int n = 0;
  for (Id id : ids) {
    if (n >= kMaxArticleLinks) break;
    if (!skip.insert(id).second) continue;
    auto a = ctx.store.GetArticle(id);
    if (!a.ok()) return a.status();
    if (!*a) continue;
    list.push_back(ArticleLink(ctx, **a));
    ++n;
  }
  return list;
}

// Earlier stories of the topic, as links to their story pages. A story's id
// is its founding article's, so an id without a story still names an
// article worth linking.
Result<mu::data> TopicLinks(const PageContext& ctx, const std::vector<Id>& ids, Id own_story) {
  mu::data list = List();
  int n = 0;
  std::set<Id> seen{own_story};
  for (Id id : ids) {
    if (n >= kMaxArticleLinks) break;
    if (!seen.insert(id).second) continue;
    auto story = ctx.store.GetStory(id);
    if (!story.ok()) return story.status();
    if (*story) {
      auto link = StoryLink(ctx, **story);
      if (!link.ok()) return link.status();
      mu::data d;
      d.set("link_url", *link->get("story_url"));
      d.set("link_title", *link->get("story_title"));
      d.set("link_source", *link->get("story_sources_label"));
      d.set("link_lang", *link->get("story_lang"));
      d.set("link_dir", *link->get("story_dir"));
      list.push_back(d);
      ++n;
      continue;
    }
    auto a = ctx.store.GetArticle(id);
    if (!a.ok()) return a.status();
    if (!*a) continue;
    list.push_back(ArticleLink(ctx, **a));
    ++n;
  }
  return list;
}

// "A", "A and B" over source names, each linking to the copy's page.
mu::data CopyLinks(const PageContext& ctx, const std::vector<Article>& copies, Id self) {
  mu::data list = List();
  std::vector<const Article*> shown;
  for (const auto& c : copies)
    if (c.id != self) shown.push_back(&c);
  for (std::size_t i = 0; i < shown.size(); ++i) {
    mu::data d = ArticleLink(ctx, *shown[i]);
    // Separators are data so the sentence reads naturally for any count.
    d.set("sep", i == 0 ? "" : (i + 1 == shown.size() ? " and " : ", "));
    list.push_back(d);
  }
  return list;
}

void SetList(PageView& view, const std::string& key, mu::data list) {
  view.data.set("has_" + key, Bool(!list.is_empty_list()));
  view.data.set(key, std::move(list));
}

}  // namespace

Status AddArticleLinks(const PageContext& ctx, const Article& a, PageView& view) {
  // Share links: plain URLs that work without scripts or third parties.
  const std::string origin = SiteOrigin(ctx.settings);
  const std::string own_url = origin.empty() ? "" : origin + ArticlePath(a);
  if (!own_url.empty()) {
    mu::data share;
    share.set("share_url", own_url);
    share.set("share_email", "mailto:?subject=" + PercentEncode(a.title) + "&body=" + PercentEncode(own_url));
    view.data.set("share", share);
  } else {
    view.data.set("share", Bool(false));
  }

  view.data.set("copy_of", Bool(false));
  view.data.set("coverage", Bool(false));
  for (const char* key : {"also_published", "read_next", "same_topic", "related"}) SetList(view, key, List());

  auto org = ctx.store.GetOrganisation(a.id);
  if (!org.ok()) return org.status();
  if (!*org) return Status::Ok();
  const ArticleOrganisation& o = **org;

  // Syndication: the copies of the canonical text, this page excluded.
  Id canonical = a.id;
  if (o.duplicate_of != 0 && o.duplicate_of != a.id) {
    auto original = ctx.store.GetArticle(o.duplicate_of);
    if (!original.ok()) return original.status();
    if (*original) {
      canonical = o.duplicate_of;
      view.data.set("copy_of", ArticleLink(ctx, **original));
    }
  }
  auto copies = ctx.store.ListDuplicates(canonical);
  if (!copies.ok()) return copies.status();
  SetList(view, "also_published", CopyLinks(ctx, *copies, a.id));

  if (o.story_id != 0) {
    auto story = ctx.store.GetStory(o.story_id);
    if (!story.ok()) return story.status();
    // Coverage means other papers: a story of one paper (or of one text and
    // its syndicated copies) has nothing the article page does not show.
    if (*story && (*story)->source_count > 1) {
      mu::data c;
      c.set("coverage_url", StoryPath((*story)->id, (*story)->title));
      c.set("coverage_sources", std::to_string((*story)->source_count));
      view.data.set("coverage", c);
    }
  }

  // Each article appears once on the page, in the first list that has it.
  std::set<Id> shown{a.id, canonical};
  for (const auto& c : *copies) shown.insert(c.id);
  auto read_next = Links(ctx, o.read_next, shown);
  if (!read_next.ok()) return read_next.status();
  SetList(view, "read_next", std::move(read_next).value());
  auto same_topic = TopicLinks(ctx, o.same_topic, o.story_id);
  if (!same_topic.ok()) return same_topic.status();
  SetList(view, "same_topic", std::move(same_topic).value());
  auto related = Links(ctx, o.related, shown);
  if (!related.ok()) return related.status();
  SetList(view, "related", std::move(related).value());
  return Status::Ok();
}

}  // namespace bs::web
