#include "web/sitemaps.h"

#include "core/time.h"
#include "web/feeds_out.h"
#include "web/percent_decode.h"
#include "web/view_format.h"
#include "web/xml_text.h"

namespace bs::web {
namespace {

constexpr char kSitemapNs[] = "http://www.sitemaps.org/schemas/sitemap/0.9";
constexpr char kNewsNs[] = "http://www.google.com/schemas/sitemap-news/0.9";

std::string UrlEntry(const std::string& loc, std::optional<Timestamp> lastmod = std::nullopt) {
  std::string x = "<url><loc>" + XmlEscape(loc) + "</loc>";
  if (lastmod) x += "<lastmod>" + FormatIso8601Utc(*lastmod) + "</lastmod>";
  return x + "</url>\n";
}

// Two-letter primary subtag Google News expects ("zh-Hant" -> "zh-tw" is
// beyond us; "zh" is accepted).
std::string NewsLanguage(const std::string& tag) {
  std::string safe = SafeLanguageTag(tag);
  if (safe.empty()) return "en";
  auto dash = safe.find('-');
  return safe.substr(0, dash);
}

}  // namespace

std::string RenderSitemapIndex(const SiteSettings& settings, int article_sitemaps) {
  const std::string origin = SiteOrigin(settings);
  std::string x = kXmlDeclaration;
  x += std::string("<sitemapindex xmlns=\"") + kSitemapNs + "\">\n";
  x += "<sitemap><loc>" + XmlEscape(origin + "/sitemap-pages.xml") + "</loc></sitemap>\n";
  for (int i = 1; i <= article_sitemaps; ++i)
    x += "<sitemap><loc>" + XmlEscape(origin + "/sitemap-articles-" + std::to_string(i) + ".xml") +
         "</loc></sitemap>\n";
  x += "</sitemapindex>\n";
  return x;
}

std::string RenderPagesSitemap(const SiteSettings& settings, const std::vector<Source>& sources,
                               const std::vector<StoryRecord>& stories) {
  const std::string origin = SiteOrigin(settings);
  std::string x = kXmlDeclaration;
  x += std::string("<urlset xmlns=\"") + kSitemapNs + "\">\n";
  x += UrlEntry(origin + "/");
  for (const auto& s : settings.sections) x += UrlEntry(origin + "/section/" + PercentEncode(s.slug));
  for (const auto& r : settings.regions) x += UrlEntry(origin + "/region/" + PercentEncode(r.slug));
  for (const auto& s : sources) x += UrlEntry(origin + "/source/" + PercentEncode(s.slug));
  for (const auto& st : stories) x += UrlEntry(origin + StoryPath(st.id, st.title), st.last_updated);
  x += "</urlset>\n";
  return x;
}

std::string RenderArticleSitemap(const SiteSettings& settings, const std::vector<Article>& articles) {
  const std::string origin = SiteOrigin(settings);
  std::string x = kXmlDeclaration;
  x += std::string("<urlset xmlns=\"") + kSitemapNs + "\">\n";
  for (const auto& a : articles) x += UrlEntry(origin + ArticlePath(a), a.updated.value_or(ArticleTime(a)));
  x += "</urlset>\n";
  return x;
}

std::string RenderNewsSitemap(const SiteSettings& settings, const std::vector<Article>& articles) {
  const std::string origin = SiteOrigin(settings);
  std::string x = kXmlDeclaration;
  x += std::string("<urlset xmlns=\"") + kSitemapNs + "\" xmlns:news=\"" + kNewsNs + "\">\n";
  int n = 0;
  for (const auto& a : articles) {
    if (n++ == kMaxNewsSitemapArticles) break;
    x += "<url><loc>" + XmlEscape(origin + ArticlePath(a)) + "</loc>\n<news:news>";
    x += "<news:publication><news:name>" + XmlEscape(settings.name) + "</news:name><news:language>" +
         XmlEscape(NewsLanguage(a.language)) + "</news:language></news:publication>";
    x += "<news:publication_date>" + FormatIso8601Utc(ArticleTime(a)) + "</news:publication_date>";
    x += "<news:title>" + XmlEscape(a.title) + "</news:title></news:news></url>\n";
  }
  x += "</urlset>\n";
  return x;
}

std::string RenderRobotsTxt(const SiteSettings& settings) {
  std::string x = "User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /search\n";
  const std::string origin = SiteOrigin(settings);
  // Sitemap lines must be absolute; without a configured origin there are none.
  if (!origin.empty()) {
    x += "\nSitemap: " + origin + "/sitemap.xml\n";
    x += "Sitemap: " + origin + "/news-sitemap.xml\n";
  }
  return x;
}

std::string RenderSourcesOpml(const SiteSettings& settings, const std::vector<Source>& sources) {
  const std::string origin = SiteOrigin(settings);
  std::string x = kXmlDeclaration;
  x += "<opml version=\"2.0\">\n<head><title>" + XmlEscape(settings.name + " partner sources") +
       "</title><dateCreated>" + FormatRfc1123(NowUtc()) + "</dateCreated></head>\n<body>\n";
  for (const auto& s : sources) {
    x += "<outline type=\"rss\" text=\"" + XmlEscape(s.name) + "\" title=\"" + XmlEscape(s.name) + "\"";
    const std::string feed = s.feed_urls.empty() ? "" : SafeHttpUrl(s.feed_urls.front());
    if (!feed.empty()) x += " xmlUrl=\"" + XmlEscape(feed) + "\"";
    if (const std::string home = SafeHttpUrl(s.homepage); !home.empty())
      x += " htmlUrl=\"" + XmlEscape(home) + "\"";
    if (const std::string lang = SafeLanguageTag(s.language); !lang.empty())
      x += " language=\"" + XmlEscape(lang) + "\"";
    x += ">";
    // Our own feed of the partner's stories, as a child outline.
    x += "<outline type=\"rss\" text=\"" + XmlEscape(s.name + " on " + settings.name) + "\" xmlUrl=\"" +
         XmlEscape(origin + "/source/" + PercentEncode(s.slug) + "/rss.xml") + "\" htmlUrl=\"" +
         XmlEscape(origin + "/source/" + PercentEncode(s.slug)) + "\"/>";
    x += "</outline>\n";
  }
  x += "</body>\n</opml>\n";
  return x;
}

}  // namespace bs::web
