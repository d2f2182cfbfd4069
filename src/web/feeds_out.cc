#include "web/feeds_out.h"

#include <algorithm>

#include "core/time.h"
#include "web/view_format.h"
#include "web/xml_text.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

std::string ArticleUrl(const FeedContext& ctx, const Article& a) {
  return SiteOrigin(ctx.settings) + ArticlePath(a);
}

std::string SectionName(const SiteSettings& settings, const std::string& slug) {
  for (const auto& s : settings.sections)
    if (s.slug == slug) return s.name;
  return "";
}

const Source* FindSource(const FeedContext& ctx, const std::string& slug) {
  auto it = ctx.sources.find(slug);
  return it == ctx.sources.end() ? nullptr : &it->second;
}

std::string Summary(const Article& a) { return !a.standfirst.empty() ? a.standfirst : a.teaser; }

// Newest time among the items (the feed's own "updated"); now when empty.
Timestamp FeedUpdated(const std::vector<Article>& articles) {
  Timestamp t = 0;
  for (const auto& a : articles) t = std::max(t, a.updated.value_or(ArticleTime(a)));
  return t > 0 ? t : NowUtc();
}

}  // namespace

std::string SiteOrigin(const SiteSettings& settings) {
  std::string base = settings.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

std::string RenderRss(const FeedChannel& channel, const std::vector<Article>& articles,
                      const FeedContext& ctx) {
  std::string x = kXmlDeclaration;
  x += "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\""
       " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n";
  x += "<title>" + XmlEscape(channel.title) + "</title>\n";
  x += "<link>" + XmlEscape(channel.page_url) + "</link>\n";
  x += "<description>" + XmlEscape(channel.description.empty() ? channel.title : channel.description) +
       "</description>\n";
  if (!channel.language.empty()) x += "<language>" + XmlEscape(channel.language) + "</language>\n";
  x += "<lastBuildDate>" + FormatRfc1123(FeedUpdated(articles)) + "</lastBuildDate>\n";
  x += "<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"" + XmlEscape(channel.feed_url) + "\"/>\n";
  for (const auto& a : articles) {
    const std::string url = ArticleUrl(ctx, a);
    x += "<item>\n<title>" + XmlEscape(a.title) + "</title>\n";
    x += "<link>" + XmlEscape(url) + "</link>\n";
    x += "<guid isPermaLink=\"true\">" + XmlEscape(url) + "</guid>\n";
    // RFC 822 date; FormatRfc1123 writes the four-digit-year form RSS readers expect.
    x += "<pubDate>" + FormatRfc1123(ArticleTime(a)) + "</pubDate>\n";
    const std::string summary = Summary(a);
    if (!summary.empty()) x += "<description>" + XmlEscape(summary) + "</description>\n";
    for (const auto& author : a.authors) x += "<dc:creator>" + XmlEscape(author) + "</dc:creator>\n";
    const std::string section = SectionName(ctx.settings, a.section);
    if (!section.empty()) x += "<category>" + XmlEscape(section) + "</category>\n";
    if (const Source* s = FindSource(ctx, a.source_slug)) {
      // <source> names the partner; its url must be the partner's feed.
      const std::string feed = s->feed_urls.empty() ? "" : SafeHttpUrl(s->feed_urls.front());
      if (!feed.empty())
        x += "<source url=\"" + XmlEscape(feed) + "\">" + XmlEscape(s->name) + "</source>\n";
    }
    x += "</item>\n";
  }
  x += "</channel>\n</rss>\n";
  return x;
}

std::string RenderAtom(const FeedChannel& channel, const std::vector<Article>& articles,
                       const FeedContext& ctx) {
  std::string x = kXmlDeclaration;
  x += "<feed xmlns=\"http://www.w3.org/2005/Atom\"";
  if (!channel.language.empty()) x += " xml:lang=\"" + XmlEscape(channel.language) + "\"";
  x += ">\n";
  x += "<id>" + XmlEscape(channel.feed_url) + "</id>\n";
  x += "<title>" + XmlEscape(channel.title) + "</title>\n";
  if (!channel.description.empty()) x += "<subtitle>" + XmlEscape(channel.description) + "</subtitle>\n";
  x += "<updated>" + FormatIso8601Utc(FeedUpdated(articles)) + "</updated>\n";
  x += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + XmlEscape(channel.feed_url) + "\"/>\n";
  x += "<link rel=\"alternate\" type=\"text/html\" href=\"" + XmlEscape(channel.page_url) + "\"/>\n";
  // Atom requires an author per entry or on the feed; the site is the
  // fallback for entries without bylines.
  x += "<author><name>" + XmlEscape(ctx.settings.name) + "</name></author>\n";
  for (const auto& a : articles) {
    const std::string url = ArticleUrl(ctx, a);
    x += "<entry>\n<id>" + XmlEscape(url) + "</id>\n";
    x += "<title type=\"text\">" + XmlEscape(a.title) + "</title>\n";
    x += "<link rel=\"alternate\" type=\"text/html\" href=\"" + XmlEscape(url) + "\"/>\n";
    x += "<published>" + FormatIso8601Utc(ArticleTime(a)) + "</published>\n";
    x += "<updated>" + FormatIso8601Utc(a.updated.value_or(ArticleTime(a))) + "</updated>\n";
    for (const auto& author : a.authors)
      x += "<author><name>" + XmlEscape(author) + "</name></author>\n";
    const std::string summary = Summary(a);
    if (!summary.empty()) x += "<summary type=\"text\">" + XmlEscape(summary) + "</summary>\n";
    const std::string section = SectionName(ctx.settings, a.section);
    if (!section.empty()) x += "<category term=\"" + XmlEscape(section) + "\"/>\n";
    if (const Source* s = FindSource(ctx, a.source_slug)) {
      x += "<source><title>" + XmlEscape(s->name) + "</title>";
      if (const std::string home = SafeHttpUrl(s->homepage); !home.empty())
        x += "<link rel=\"alternate\" href=\"" + XmlEscape(home) + "\"/>";
      x += "</source>\n";
    }
    x += "</entry>\n";
  }
  x += "</feed>\n";
  return x;
}

mu::data AlternateFeedLinks(std::string_view canonical_path, const std::string& title) {
  mu::data list(mu::data::type::list);
  std::string_view path = canonical_path;
  std::string_view query;
  if (auto q = path.find('?'); q != std::string_view::npos) {
    query = path.substr(q + 1);
    path = path.substr(0, q);
  }
  // A story's feeds hang off its id: "/story/12/some-slug" -> "/story/12/rss.xml".
  if (path.starts_with("/story/")) {
    const std::size_t end = path.find('/', 7);
    path = path.substr(0, end);
    if (path.size() == 7) return list;
  }
  std::string suffix;  // query kept on feed URLs (search terms), not page numbers
  const bool is_search = path == "/search";
  if (is_search) {
    std::string kept;
    std::size_t start = 0;
    while (start <= query.size()) {
      std::size_t amp = query.find('&', start);
      if (amp == std::string_view::npos) amp = query.size();
      std::string_view pair = query.substr(start, amp - start);
      if (!pair.empty() && pair.substr(0, 5) != "page=" && pair.substr(0, 5) != "sort=") {
        if (!kept.empty()) kept += '&';
        kept += pair;
      }
      start = amp + 1;
    }
    if (!kept.empty()) suffix = "?" + kept;
  } else if (!(path.starts_with("/section/") || path.starts_with("/region/") ||
               path.starts_with("/source/") || path.starts_with("/story/") ||
               path.starts_with("/author/") || path.starts_with("/tag/"))) {
    return list;
  }
  const std::string base(path);
  auto add = [&](const char* type, const char* file, const char* label) {
    mu::data item;
    item.set("feed_type", type);
    item.set("feed_href", base + "/" + file + suffix);
    item.set("feed_title", title + " (" + label + ")");
    list.push_back(item);
  };
  add("application/rss+xml", "rss.xml", "RSS");
  add("application/atom+xml", "atom.xml", "Atom");
  return list;
}

}  // namespace bs::web
