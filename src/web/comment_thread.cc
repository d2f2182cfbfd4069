#include "web/comment_thread.h"

#include <algorithm>

#include "core/time.h"
#include "discuss/comment_format.h"
#include "web/view_format.h"
#include "web/xml_text.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

mu::data Text(const std::string& s) { return s.empty() ? mu::data(false) : mu::data(s); }

}  // namespace

ThreadSort ParseThreadSort(std::string_view s) {
  if (s == "newest") return ThreadSort::kNewest;
  if (s == "liked") return ThreadSort::kMostLiked;
  return ThreadSort::kOldest;
}

const char* ThreadSortName(ThreadSort s) {
  switch (s) {
    case ThreadSort::kNewest: return "newest";
    case ThreadSort::kMostLiked: return "liked";
    case ThreadSort::kOldest: return "oldest";
  }
  return "oldest";
}

Result<std::int64_t> ThreadsVersion(Store& store, const std::vector<Id>& thread_ids) {
  // The store bounds one call (a copy group is a handful); a river passes
  // a few dozen ids.
  constexpr std::size_t kChunk = 500;
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < thread_ids.size(); i += kChunk) {
    const std::vector<Id> chunk(thread_ids.begin() + i,
                                thread_ids.begin() + std::min(thread_ids.size(), i + kChunk));
    auto v = store.ThreadVersion(chunk);
    if (!v.ok()) return v.status();
    sum += *v;
  }
  return sum;
}

Result<ThreadCounts> CountThreads(Store& store, const std::vector<Id>& article_ids) {
  ThreadCounts out;
  std::vector<std::pair<Id, std::vector<Id>>> groups;
  for (Id id : article_ids) {
    auto group = store.ListCopyGroup(id);
    if (!group.ok()) {
      if (group.status().code() == Status::Code::kNotFound) continue;  // removed meanwhile
      return group.status();
    }
    out.thread_ids.insert(out.thread_ids.end(), group->begin(), group->end());
    groups.emplace_back(id, std::move(group).value());
  }
  std::sort(out.thread_ids.begin(), out.thread_ids.end());
  out.thread_ids.erase(std::unique(out.thread_ids.begin(), out.thread_ids.end()), out.thread_ids.end());
  auto version = ThreadsVersion(store, out.thread_ids);
  if (!version.ok()) return version.status();
  out.version = *version;
  auto counts = store.CountComments(out.thread_ids);
  if (!counts.ok()) return counts.status();
  for (const auto& [article, group] : groups) {
    int n = 0;
    for (Id t : group)
      if (auto it = counts->find(t); it != counts->end()) n += it->second;
    out.by_article[article] = n;
  }
  return out;
}

Result<mu::data> ThreadData(Store& store, discuss::CommentService& comments, const ThreadQuery& q) {
  auto group = comments.ThreadGroup(q.article_id);
  if (!group.ok()) return group.status();
  const int page = std::clamp(q.page, 1, kMaxCommentPage);
  auto list = store.ListThread(*group, /*viewer=*/0, q.sort, kCommentsPerPage, (page - 1) * kCommentsPerPage);
  if (!list.ok()) return list.status();
  auto counts = store.CountThread(*group);
  if (!counts.ok()) return counts.status();
  auto closed = comments.ThreadClosed(q.article_id);
  if (!closed.ok()) return closed.status();

  const auto& settings = comments.settings();
  mu::data d;
  const std::string article = std::to_string(q.article_id);
  const std::string base = q.page_path.empty() ? "/article/" + article : q.page_path;
  d.set("article_id", article);
  d.set("story_id", Text(q.story_id ? std::to_string(q.story_id) : ""));
  d.set("subject", q.story_id ? "story" : "article");
  d.set("count", std::to_string(counts->first));
  d.set("count_one", mu::data(counts->first == 1));
  d.set("closed", mu::data(*closed));
  auto policy = settings.policy_by_source.find(q.source_slug);
  d.set("policy", policy != settings.policy_by_source.end() ? policy->second : settings.policy);
  d.set("atom_url", "/article/" + article + "/comments.atom");
  mu::data sorts(mu::data::type::list);
  for (ThreadSort s : {ThreadSort::kOldest, ThreadSort::kNewest, ThreadSort::kMostLiked}) {
    mu::data item;
    item.set("label", s == ThreadSort::kOldest ? "Oldest" : s == ThreadSort::kNewest ? "Newest" : "Most liked");
    item.set("url", base + "?sort=" + ThreadSortName(s) + "#comments");
    item.set("current", mu::data(s == q.sort));
    sorts.push_back(item);
  }
  d.set("sorts", sorts);
  mu::data items(mu::data::type::list);
  for (const Comment& c : *list) {
    mu::data item;
    const std::string id = std::to_string(c.id);
    item.set("id", id);
    item.set("depth", std::to_string(c.depth));
    item.set("is_reply", mu::data(c.depth > 0));
    item.set("can_reply", mu::data(!*closed && c.state == CommentState::kPublished));
    item.set("deleted", mu::data(c.state == CommentState::kDeleted));
    item.set("hidden", mu::data(c.state == CommentState::kHidden));
    item.set("published", mu::data(c.state == CommentState::kPublished));
    item.set("author", c.author_name.empty() ? "[deleted]" : c.author_name);
    item.set("time_iso", FormatIso8601Utc(c.created_at));
    item.set("time", HumanDate(c.created_at, true));
    item.set("edited", mu::data(c.edited_at.has_value()));
    item.set("featured", mu::data(c.featured));
    item.set("likes", std::to_string(c.likes));
    item.set("has_likes", mu::data(c.likes > 0));
    // Triple mustache in the template: CommentHtml escapes everything and
    // adds only its own tags.
    item.set("html", c.state == CommentState::kPublished ? discuss::CommentHtml(c.body) : std::string());
    items.push_back(item);
  }
  d.set("items", items);
  d.set("has_items", mu::data(!list->empty()));
  const int pages = std::max(1, (counts->second + kCommentsPerPage - 1) / kCommentsPerPage);
  const std::string sort = ThreadSortName(q.sort);
  d.set("prev_url", Text(page > 1 ? base + "?sort=" + sort + "&cpage=" + std::to_string(page - 1) + "#comments" : ""));
  d.set("next_url", Text(page < pages ? base + "?sort=" + sort + "&cpage=" + std::to_string(page + 1) + "#comments" : ""));
  d.set("page_label", Text(pages > 1 ? "Page " + std::to_string(page) + " of " + std::to_string(pages) : ""));
  return d;
}

Result<std::string> ThreadAtom(Store& store, discuss::CommentService& comments, Id article_id,
                               const std::string& base_url, const std::string& site_name) {
  auto group = comments.ThreadGroup(article_id);
  if (!group.ok()) return group.status();
  auto list = store.ListThread(*group, 0, ThreadSort::kNewest, kCommentsPerPage, 0);
  if (!list.ok()) return list.status();
  auto article = store.GetArticle(article_id);
  if (!article.ok()) return article.status();
  if (!*article) return Status::NotFound("no such article");
  std::string base = base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  const std::string page = base + "/article/" + std::to_string(article_id);
  Timestamp updated = (*article)->fetched_at;
  for (const auto& c : *list) updated = std::max(updated, c.edited_at.value_or(c.created_at));
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  out += "<title>" + XmlEscape(ValidUtf8("Comments on " + (*article)->title + " — " + site_name)) + "</title>\n";
  out += "<id>" + XmlEscape(page + "#comments") + "</id>\n";
  out += "<link rel=\"alternate\" type=\"text/html\" href=\"" + XmlEscape(page + "#comments") + "\"/>\n";
  out += "<link rel=\"self\" href=\"" + XmlEscape(page + "/comments.atom") + "\"/>\n";
  out += "<updated>" + FormatIso8601Utc(updated) + "</updated>\n";
  for (const auto& c : *list) {
    if (c.state != CommentState::kPublished) continue;
    const std::string link = page + "#c" + std::to_string(c.id);
    out += "<entry>\n<id>" + XmlEscape(link) + "</id>\n<title>" + XmlEscape(ValidUtf8("Comment by " + c.author_name)) +
           "</title>\n<link href=\"" + XmlEscape(link) + "\"/>\n<author><name>" + XmlEscape(ValidUtf8(c.author_name)) +
           "</name></author>\n<published>" + FormatIso8601Utc(c.created_at) + "</published>\n<updated>" +
           FormatIso8601Utc(c.edited_at.value_or(c.created_at)) + "</updated>\n<content type=\"html\">" +
           XmlEscape(ValidUtf8(discuss::CommentHtml(c.body))) + "</content>\n</entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace bs::web
