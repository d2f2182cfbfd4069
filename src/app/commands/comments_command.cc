#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/commands.h"
#include "discuss/display_name.h"
#include "web/auth/password.h"

namespace bs {

namespace {

using nlohmann::json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

// `broadsheet comments load FILE [--base URL]`: readers, desk moderators,
// comments (with replies, picks and reports) from a JSON file, written
// straight to the store as already moderated. For the demo and for moving
// a site's comments in; articles are named by URL (relative ones against
// --base). A file whose first reader exists is taken as loaded already.
Status RunCommentsLoad(const Config& config, const std::string& path, const std::string& base) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  if (ss.str().size() > (16u << 20)) return Status::LimitExceeded(path + " is larger than 16 MB");
  json doc = json::parse(ss.str(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return Status::ParseError(path + ": not a JSON object");
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  Store& s = **store;
  const Timestamp now = NowUtc();

  const json readers = doc.value("readers", json::array());
  if (!readers.empty()) {
    auto first = s.FindAccountByEmail(Str(readers[0], "email"));
    if (!first.ok()) return first.status();
    if (*first) {
      std::printf("comments: %s is loaded already\n", path.c_str());
      return Status::Ok();
    }
  }
  std::map<std::string, Id> people;  // reader names and moderator usernames -> ids
  for (const auto& r : readers) {
    auto name = discuss::CleanDisplayName(Str(r, "name"));
    if (!name.ok()) return Status::InvalidArgument(path + ": reader " + Str(r, "name") + ": " + name.status().message());
    Account a;
    a.email = Str(r, "email");
    a.created_at = now - 30 * 86400;
    ReaderProfile p;
    p.display_name = *name;
    p.display_key = discuss::DisplayKey(*name);
    p.email_confirmed = true;
    p.notify_replies = r.value("notify_replies", false);
    if (auto st = s.CreateReader(a, p); !st.ok()) return st;
    people[*name] = a.id;
  }
  for (const auto& m : doc.value("moderators", json::array())) {
    Account a;
    a.username = Str(m, "username");
    a.email = Str(m, "email");
    a.role = Role::kModerator;
    a.created_at = now;
    auto hash = web::HashPassword(Str(m, "password"));
    if (!hash.ok()) return hash.status();
    a.password_hash = *hash;
    if (auto st = s.CreateAccount(a); !st.ok()) return st;
    std::vector<std::string> sources;
    for (const auto& src : m.value("sources", json::array()))
      if (src.is_string()) sources.push_back(src.get<std::string>());
    if (auto st = s.SetModeratorSources(a.id, sources); !st.ok()) return st;
    people[a.username] = a.id;
  }
  std::map<std::string, Comment> by_key;
  int loaded = 0, reports = 0;
  for (const auto& c : doc.value("comments", json::array())) {
    std::string url = Str(c, "article");
    if (!url.starts_with("http")) url = base + (url.starts_with("/") ? "" : "/") + url;
    auto article = s.GetArticleByUrl(url);
    if (!article.ok()) return article.status();
    if (!*article) return Status::NotFound(path + ": no stored article " + url);
    auto author = people.find(Str(c, "author"));
    if (author == people.end()) return Status::NotFound(path + ": no reader " + Str(c, "author"));
    auto group = s.ListCopyGroup((*article)->id);
    if (!group.ok()) return group.status();
    Comment x;
    x.thread_id = group->front();
    x.article_id = (*article)->id;
    x.author_id = author->second;
    x.body = Str(c, "text");
    x.created_at = now - c.value("minutes_ago", 60) * 60;
    if (const std::string parent = Str(c, "reply_to"); !parent.empty()) {
      auto p = by_key.find(parent);
      if (p == by_key.end()) return Status::NotFound(path + ": reply to unknown comment " + parent);
      x.parent_id = p->second.id;
      x.depth = std::min(p->second.depth + 1, 2);
    }
    if (auto st = s.CreateComment(x); !st.ok()) return st;
    if (c.value("featured", false))
      if (auto st = s.ModerateComment(x.id, CommentState::kPublished, true, {0, 0, x.id, 0, "feature", "loaded", now});
          !st.ok())
        return st;
    by_key[Str(c, "key")] = x;
    ++loaded;
  }
  for (const auto& r : doc.value("reports", json::array())) {
    auto c = by_key.find(Str(r, "comment"));
    auto by = people.find(Str(r, "by"));
    if (c == by_key.end() || by == people.end()) return Status::NotFound(path + ": report on an unknown comment or by an unknown reader");
    auto hidden = s.ReportComment({c->second.id, by->second, "", Str(r, "reason"), Str(r, "note"), now},
                                  config.comments.hide_after_reports);
    if (!hidden.ok()) return hidden.status();
    ++reports;
  }
  std::printf("comments: loaded %zu readers, %d comments, %d reports\n", readers.size(), loaded, reports);
  return Status::Ok();
}

}  // namespace bs
