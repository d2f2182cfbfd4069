// The stories screen of the /admin desk: merge two stories, split an article
// out of its story, change an article's section. Edits go to the store's
// editor log (Store::AddStoryEdit), which every recomputation of the
// organisation replays, so ingest never undoes them.
#include <spdlog/spdlog.h>

#include "web/admin/admin_context.h"
#include "web/view_format.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

// Stories listed on the screen, and articles shown per story: a working
// view of recent coverage, not an archive.
constexpr int kStoriesShown = 20;
constexpr std::size_t kArticlesPerStory = 12;

}  // namespace

HttpResponse AdminDesk::Stories(Context& ctx, const std::string& message, int status) {
  StoryListQuery q;
  q.limit = kStoriesShown;
  auto stories = store_.ListStories(q);
  if (!stories.ok()) return AdminBare(503, "Service Unavailable\n");
  mu::data sections(mu::data::type::list);
  for (const auto& s : settings_.sections) {
    mu::data o;
    o.set("section_slug", s.slug);
    o.set("section_name", s.name);
    sections.push_back(o);
  }
  const mu::data split_csrf = ctx.Csrf("/admin/stories/split");
  const mu::data section_csrf = ctx.Csrf("/admin/stories/section");
  mu::data rows(mu::data::type::list);
  for (const auto& s : *stories) {
    auto articles = store_.ListStoryArticles(s.id);
    if (!articles.ok()) return AdminBare(503, "Service Unavailable\n");
    mu::data row;
    row.set("story_id", std::to_string(s.id));
    row.set("story_title", s.title.empty() ? "Story " + std::to_string(s.id) : s.title);
    row.set("story_url", StoryPath(s.id, s.title));
    row.set("story_counts", std::to_string(s.article_count) + " articles, " + std::to_string(s.source_count) +
                                " sources");
    mu::data items(mu::data::type::list);
    const bool splittable = articles->size() > 1;
    for (std::size_t i = 0; i < articles->size() && i < kArticlesPerStory; ++i) {
      const Article& a = (*articles)[i];
      mu::data item;
      item.set("article_id", std::to_string(a.id));
      item.set("article_title", a.title.empty() ? a.url : a.title);
      item.set("article_url", ArticlePath(a));
      item.set("article_source", a.source_slug);
      item.set("article_section", a.section.empty() ? "none" : a.section);
      item.set("splittable", mu::data(splittable));
      item.set("split_csrf", split_csrf);
      item.set("section_csrf", section_csrf);
      mu::data options(mu::data::type::list);
      for (const auto& sec : settings_.sections) {
        mu::data o;
        o.set("option_slug", sec.slug);
        o.set("option_name", sec.name);
        o.set("option_selected", mu::data(sec.slug == a.section));
        options.push_back(o);
      }
      item.set("section_options", options);
      items.push_back(item);
    }
    row.set("articles", items);
    row.set("more_articles", mu::data(articles->size() > kArticlesPerStory));
    rows.push_back(row);
  }
  mu::data d;
  d.set("stories", rows);
  d.set("no_stories", mu::data(stories->empty()));
  d.set("sections", sections);
  d.set("merge_csrf", ctx.Csrf("/admin/stories/merge"));
  d.set("split_csrf", split_csrf);
  d.set("section_csrf", section_csrf);
  d.set("message", message.empty() ? mu::data(false) : mu::data(message));
  d.set("is_error", mu::data(status >= 400));
  return Render("admin_stories", "Stories", d, &ctx, status);
}

HttpResponse AdminDesk::EditStories(Context& ctx, const std::string& path,
                                    const std::map<std::string, std::string>& form) {
  // Every article an edit names must exist: the log would otherwise keep an
  // edit that can never apply.
  auto existing = [&](const std::string& field) -> Result<std::optional<Id>> {
    auto id = ParseAdminId(AdminField(form, field));
    if (!id) return std::optional<Id>();
    auto a = store_.GetArticle(*id);
    if (!a.ok()) return a.status();
    return *a ? std::optional<Id>(*id) : std::optional<Id>();
  };
  auto unavailable = [](const Status& st, std::string_view what) {
    spdlog::error("admin: {} failed: {}", what, st.ToString());
    return AdminBare(503, "Service Unavailable\n");
  };

  std::string done;
  if (path == "/admin/stories/merge" || path == "/admin/stories/split") {
    StoryEdit edit;
    edit.editor_id = ctx.who.account.id;
    edit.at = clock_();
    auto a = existing(path.ends_with("/merge") ? "article_a" : "article_id");
    if (!a.ok()) return unavailable(a.status(), "story edit");
    if (!*a) return Stories(ctx, "There is no article with that number.", 400);
    edit.article_a = **a;
    if (path.ends_with("/merge")) {
      auto b = existing("article_b");
      if (!b.ok()) return unavailable(b.status(), "story edit");
      if (!*b) return Stories(ctx, "There is no article with the second number.", 400);
      if (**b == **a) return Stories(ctx, "Name two different articles to merge their stories.", 400);
      edit.kind = StoryEdit::Kind::kMerge;
      edit.article_b = **b;
      done = "merged the stories of articles " + std::to_string(edit.article_a) + " and " +
             std::to_string(edit.article_b);
    } else {
      edit.kind = StoryEdit::Kind::kSplit;
      done = "split article " + std::to_string(edit.article_a) + " out of its story";
    }
    Status st = store_.AddStoryEdit(edit);
    if (st.code() == Status::Code::kNotFound || st.code() == Status::Code::kInvalidArgument ||
        st.code() == Status::Code::kLimitExceeded)
      return Stories(ctx, st.message(), 400);
    if (!st.ok()) return unavailable(st, "story edit");
  } else if (path == "/admin/stories/section") {
    auto a = existing("article_id");
    if (!a.ok()) return unavailable(a.status(), "section change");
    if (!*a) return Stories(ctx, "There is no article with that number.", 400);
    const std::string section = AdminField(form, "section");
    bool configured = false;
    for (const auto& s : settings_.sections) configured = configured || s.slug == section;
    if (!configured) return Stories(ctx, "Choose one of the site's sections.", 400);
    Status st = store_.SetArticleSection(**a, section);
    if (st.code() == Status::Code::kNotFound) return Stories(ctx, st.message(), 400);
    if (!st.ok()) return unavailable(st, "section change");
    done = "moved article " + std::to_string(**a) + " to " + section;
  } else {
    return AdminBare(404, "Not Found\n");
  }
  spdlog::info("admin: {} {}", ctx.who.account.username, done);

  if (settings_.reorganise) {
    // The edit is saved either way; a failed regrouping only delays it to
    // the next ingest, which replays the editor log.
    if (Status st = settings_.reorganise(path == "/admin/stories/section"); !st.ok()) {
      spdlog::error("admin: regrouping after an edit failed: {}", st.ToString());
      return Stories(ctx, "Saved, but regrouping failed; the edit applies at the next update.", 200);
    }
  }
  return AdminRedirect("/admin/stories");
}

}  // namespace bs::web
