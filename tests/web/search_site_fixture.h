// Shared set-up for the search, feed, sitemap and metadata tests: a real
// SQLite store in a temporary directory, two partner sources, a site handler
// over the repository's templates, and articles indexed for search the way
// ingest indexes them.
#pragma once

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "core/hash.h"
#include "store/store.h"
#include "web/search_index.h"
#include "web/site.h"

namespace bs::web::testing {

namespace fs = std::filesystem;

inline HttpRequest Get(const std::string& path, const std::string& query = "") {
  HttpRequest r;
  r.method = "GET";
  r.path = path;
  r.query = query;
  r.target = query.empty() ? path : path + "?" + query;
  return r;
}

inline std::string HeaderOf(const HttpResponse& r, const std::string& name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return "";
}

inline std::size_t Count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct XPathContextFree {
  void operator()(xmlXPathContext* c) const { xmlXPathFreeContext(c); }
};
struct XPathObjectFree {
  void operator()(xmlXPathObject* o) const { xmlXPathFreeObject(o); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses strictly (no recovery, no network, no entities): the output must be
// well-formed on its own.
inline XmlDoc ParseXml(const std::string& bytes) {
  return XmlDoc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "out.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

// Text of every node matching `xpath` (namespaces registered as prefixes
// rss-less: atom, sm, news, dc).
inline std::vector<std::string> XPathTexts(xmlDoc* doc, const std::string& xpath) {
  std::vector<std::string> out;
  std::unique_ptr<xmlXPathContext, XPathContextFree> ctx(xmlXPathNewContext(doc));
  if (!ctx) return out;
  xmlXPathRegisterNs(ctx.get(), BAD_CAST "atom", BAD_CAST "http://www.w3.org/2005/Atom");
  xmlXPathRegisterNs(ctx.get(), BAD_CAST "sm", BAD_CAST "http://www.sitemaps.org/schemas/sitemap/0.9");
  xmlXPathRegisterNs(ctx.get(), BAD_CAST "news", BAD_CAST "http://www.google.com/schemas/sitemap-news/0.9");
  xmlXPathRegisterNs(ctx.get(), BAD_CAST "dc", BAD_CAST "http://purl.org/dc/elements/1.1/");
  std::unique_ptr<xmlXPathObject, XPathObjectFree> obj(
      xmlXPathEvalExpression(BAD_CAST xpath.c_str(), ctx.get()));
  if (!obj || !obj->nodesetval) return out;
  for (int i = 0; i < obj->nodesetval->nodeNr; ++i) {
    xmlChar* s = xmlNodeGetContent(obj->nodesetval->nodeTab[i]);
    out.emplace_back(s ? reinterpret_cast<const char*>(s) : "");
    xmlFree(s);
  }
  return out;
}

class SearchSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-web-search-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    auto opened = OpenSqliteStore((dir_ / "site.db").string());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    AddSource("alpha", "Paper Alpha", "en", "https://alpha.example/");
    AddSource("beta", "Beta Gazette", "en", "https://beta.example/");
    AddSource("hua", "Hua Daily", "zh", "https://hua.example/");
  }

  void TearDown() override {
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  void AddSource(const std::string& slug, const std::string& name, const std::string& lang,
                 const std::string& homepage) {
    Source s;
    s.slug = slug;
    s.name = name;
    s.homepage = homepage;
    s.feed_urls = {homepage + "feed.xml"};
    s.region = "delta";
    s.language = lang;
    ASSERT_TRUE(store_->SyncSource(s).ok());
  }

  // Stores and indexes an article.
  Article Add(const std::string& title, const std::string& body, const std::string& source = "alpha",
              Timestamp published = 1700000000, const std::string& section = "world",
              const std::string& language = "en", std::vector<std::string> tags = {}) {
    Article a;
    a.url = "https://" + source + ".example/stories/" + std::to_string(++serial_);
    a.source_slug = source;
    a.title = title;
    a.standfirst = "";
    a.teaser = body.substr(0, 60);
    a.section = section;
    a.region = "delta";
    a.language = language;
    a.published = published;
    a.fetched_at = published + 60;
    a.authors = {"Mira Castell"};
    a.tags = std::move(tags);
    a.body_html = "<p>" + body + "</p>";
    a.body_text = body;
    a.content_hash = ContentHasher().Add(a.url).Add(title).Add(body).Hex();
    RawPage raw{a.url, a.url, "text/html", "<html>" + a.content_hash + "</html>", a.fetched_at};
    auto r = store_->UpsertArticle(a, raw);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    auto st = IndexArticleForSearch(*store_, a);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return a;
  }

  HttpHandler Handler() {
    SiteSettings s;
    s.sections = {{"world", "World"}, {"business", "Business"}};
    s.regions = {{"delta", "River Delta"}};
    s.name = "The Test Desk";
    s.base_url = "https://desk.example/";
    s.template_dir = std::string(BROADSHEET_SOURCE_DIR) + "/templates";
    s.static_dir = std::string(BROADSHEET_SOURCE_DIR) + "/static";
    auto h = MakeSiteHandler(*store_, s);
    EXPECT_TRUE(h.ok()) << h.status().ToString();
    return h.ok() ? *h : HttpHandler();
  }

  HttpResponse Fetch(const std::string& path, const std::string& query = "") {
    if (!handler_) handler_ = Handler();
    return handler_(Get(path, query));
  }

  fs::path dir_;
  std::unique_ptr<Store> store_;
  HttpHandler handler_;
  int serial_ = 0;
};

}  // namespace bs::web::testing
