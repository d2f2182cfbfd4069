// JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/).
#include <nlohmann/json.hpp>

#include "core/time.h"
#include "core/url.h"
#include "feeds/feed_text.h"
#include "feeds/readers.h"

namespace bs::feeds {
namespace {

// Real feeds nest four levels (feed, items, item, authors); deeper input is
// hostile. Checked before parsing so no parser or destructor recursion sees it.
constexpr int kMaxJsonDepth = 64;

using Json = nlohmann::json;

bool NestingWithin(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth) return false;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return true;
}

std::string Str(const Json& obj, const char* key) {
  if (!obj.is_object()) return "";
  auto it = obj.find(key);
  if (it == obj.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return "";
}

void ReadAuthors(const Json& obj, std::vector<std::string>& out) {
  if (!obj.is_object()) return;
  if (auto it = obj.find("authors"); it != obj.end() && it->is_array()) {
    for (const Json& a : *it) AddUnique(out, CollapseWhitespace(Str(a, "name")));
  }
  if (auto it = obj.find("author"); it != obj.end()) {  // JSON Feed 1.0
    if (it->is_object()) AddUnique(out, CollapseWhitespace(Str(*it, "name")));
    else if (it->is_string()) AddUnique(out, CollapseWhitespace(it->get<std::string>()));
  }
}

FeedEntry ReadItem(const Json& item, std::string_view base) {
  FeedEntry e;
  e.id = Str(item, "id");
  e.link = ResolveLink(base, Str(item, "url"));
  if (e.link.empty()) e.link = ResolveLink(base, Str(item, "external_url"));
  e.title = CleanTitle(Str(item, "title"), false);
  e.summary = Str(item, "summary");
  std::string html = Str(item, "content_html");
  e.content = html.empty() ? Str(item, "content_text") : ResolveLinksInHtml(html, base);
  e.image = ResolveLink(base, Str(item, "image"));
  if (e.image.empty()) e.image = ResolveLink(base, Str(item, "banner_image"));
  e.published = ParseDate(Str(item, "date_published"));
  e.updated = ParseDate(Str(item, "date_modified"));
  ReadAuthors(item, e.authors);
  if (auto it = item.find("tags"); it != item.end() && it->is_array()) {
    for (const Json& t : *it)
      if (t.is_string()) AddUnique(e.categories, CollapseWhitespace(t.get<std::string>()));
  }
  FinishEntry(e);
  return e;
}

}  // namespace

Result<Feed> ReadJsonFeed(std::string_view utf8, const FeedContext& context) {
  if (!NestingWithin(utf8, kMaxJsonDepth)) return Status::LimitExceeded("JSON nested too deeply");
  Json doc;
  try {
    doc = Json::parse(utf8.begin(), utf8.end());
  } catch (const Json::exception& ex) {
    return Status::ParseError(std::string("JSON: ") + ex.what());
  }
  if (!doc.is_object()) return Status::ParseError("JSON: not an object");
  const std::string version = Str(doc, "version");
  if (version.find("jsonfeed.org/version/") == std::string::npos)
    return Status::ParseError("JSON: not a JSON Feed (no jsonfeed version)");

  Feed feed;
  feed.format = "json";
  // Relative URLs are relative to the feed's own location.
  std::string base = context.url;
  if (base.empty() || !IsHttpUrl(base)) base = Str(doc, "feed_url");
  feed.title = CleanTitle(Str(doc, "title"), false);
  feed.link = ResolveLink(base, Str(doc, "home_page_url"));
  if (auto it = doc.find("items"); it != doc.end() && it->is_array()) {
    for (const Json& item : *it) {
      if (feed.entries.size() >= kMaxEntries) break;
      if (item.is_object()) feed.entries.push_back(ReadItem(item, base));
    }
  }
  return feed;
}

}  // namespace bs::feeds
