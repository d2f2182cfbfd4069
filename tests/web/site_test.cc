#include "web/site.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <thread>

#include "core/compress.h"
#include "core/hash.h"
#include "web/instrumented_store.h"
#include "web/http_server.h"
#include "web/raw_http_client.h"

namespace bs::web {
namespace {

namespace fs = std::filesystem;
using bs::testing::InstrumentedStore;

const std::string kSourceDir = BROADSHEET_SOURCE_DIR;

std::size_t Count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) ++n;
  return n;
}

HttpRequest Get(const std::string& path, const std::string& query = "",
                std::vector<std::pair<std::string, std::string>> headers = {}) {
  HttpRequest r;
  r.method = "GET";
  r.path = path;
  r.query = query;
  r.target = query.empty() ? path : path + "?" + query;
  r.headers = std::move(headers);
  return r;
}

std::string HeaderOf(const HttpResponse& r, const std::string& name) {
  for (const auto& [n, v] : r.headers) {
    if (n == name) return v;
  }
  return "";
}

class SiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-web-site-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    auto opened = OpenSqliteStore((dir_ / "site.db").string());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::make_unique<InstrumentedStore>(std::move(opened).value());
    AddSource("alpha", "Paper Alpha", "Paper Alpha is a daily from the river delta, founded in 1951.",
              "https://alpha.example/");
    AddSource("beta", "Beta Gazette", "An independent weekly.", "https://beta.example/");
  }

  void AddSource(const std::string& slug, const std::string& name, const std::string& about,
                 const std::string& homepage) {
    Source s;
    s.slug = slug;
    s.name = name;
    s.about = about;
    s.homepage = homepage;
    s.region = "delta";
    ASSERT_TRUE(store_->SyncSource(s).ok());
  }

  void TearDown() override {
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // Writes `a` (again): the store skips writes whose content hash is
  // unchanged, so the hash is recomputed from the fields tests edit.
  void Save(Article& a) {
    ContentHasher h;
    h.Add(a.title).Add(a.standfirst).Add(a.teaser).Add(a.body_html).Add(a.url).Add(a.language);
    for (const auto& au : a.authors) h.Add(au);
    h.Add(a.image.url).Add(a.image.caption).Add(a.image.credit);
    h.Add(std::to_string(a.updated.value_or(0)));
    for (const auto& t : a.tags) h.Add(t);
    a.content_hash = h.Hex();
    RawPage raw;
    raw.url = a.url;
    raw.final_url = a.url;
    raw.content_type = "text/html; charset=utf-8";
    raw.body = "<html><body>" + a.content_hash + "</body></html>";
    raw.fetched_at = a.fetched_at;
    auto r = store_->UpsertArticle(a, raw);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }

  Article& AddArticle(const std::string& title, const std::string& section, const std::string& source,
                      Timestamp published) {
    auto a = std::make_unique<Article>();
    a->url = "https://" + source + ".example/stories/" + std::to_string(++serial_);
    a->source_slug = source;
    a->title = title;
    a->teaser = "Teaser for " + title;
    a->section = section;
    a->region = "delta";
    a->language = "en";
    a->published = published;
    a->fetched_at = published + 60;
    a->body_html = "<p>Body of " + title + "</p>";
    a->body_text = "Body of " + title;
    Save(*a);
    articles_.push_back(std::move(a));
    return *articles_.back();
  }

  HttpHandler Handler(SiteSettings s = {}) {
    if (s.sections.empty()) s.sections = {{"world", "World"}, {"business", "Business"}, {"culture", "Culture"}};
    if (s.regions.empty()) s.regions = {{"delta", "River Delta"}};
    s.name = "The Test Desk";
    if (s.base_url.empty()) s.base_url = "https://desk.example/";
    s.tagline = "Partner news, gathered";
    s.template_dir = kSourceDir + "/templates";
    if (s.static_dir == "static") s.static_dir = kSourceDir + "/static";
    auto h = MakeSiteHandler(*store_, s);
    EXPECT_TRUE(h.ok()) << h.status().ToString();
    return h.ok() ? *h : HttpHandler();
  }

  fs::path dir_;
  std::unique_ptr<InstrumentedStore> store_;
  std::vector<std::unique_ptr<Article>> articles_;
  int serial_ = 0;
};

TEST_F(SiteTest, FrontPageListsArticlesUnderSectionHeadings) {
  AddArticle("Harbour talks resume", "world", "alpha", 1'700'000'000);
  AddArticle("Rice prices steady", "business", "beta", 1'700'000'100);
  AddArticle("A quiet festival", "culture", "alpha", 1'700'000'200);
  auto h = Handler();
  auto r = h(Get("/"));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(HeaderOf(r, "Content-Type"), "text/html; charset=utf-8");
  const std::string& b = r.body;
  const auto world = b.find(">World</a></h2>");
  const auto business = b.find(">Business</a></h2>");
  ASSERT_NE(world, std::string::npos) << b;
  ASSERT_NE(business, std::string::npos);
  const auto harbour = b.find("Harbour talks resume");
  const auto rice = b.find("Rice prices steady");
  EXPECT_LT(world, harbour);
  EXPECT_LT(harbour, business);
  EXPECT_LT(business, rice);
  EXPECT_NE(b.find(">Latest</h2>"), std::string::npos);
  EXPECT_NE(b.find("href=\"/article/" + std::to_string(articles_[0]->id) + "/harbour-talks-resume\""),
            std::string::npos);
  // Landmarks, language and the skip link.
  for (const char* s : {"<html lang=\"en\">", "<header", "<nav", "<main id=\"main\"", "<footer",
                        "href=\"#main\"", "href=\"/static/site.css\""}) {
    EXPECT_NE(b.find(s), std::string::npos) << s;
  }
}

TEST_F(SiteTest, EmptyStoreRendersFrontPage) {
  auto h = Handler();
  auto r = h(Get("/"));
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("No stories yet"), std::string::npos);
}

TEST_F(SiteTest, SectionRiverPaginatesAndShowsSource) {
  for (int i = 0; i < 45; ++i) {
    AddArticle("World story " + std::to_string(i), "world", i % 2 ? "alpha" : "beta", 1'700'000'000 + i * 60);
  }
  AddArticle("Not in world", "business", "alpha", 1'800'000'000);
  auto h = Handler();

  auto p1 = h(Get("/section/world"));
  ASSERT_EQ(p1.status, 200);
  EXPECT_EQ(Count(p1.body, "<article class=\"card\""), 20u);
  EXPECT_NE(p1.body.find("World story 44"), std::string::npos) << "newest first";
  EXPECT_EQ(p1.body.find("World story 24<"), std::string::npos);
  EXPECT_EQ(p1.body.find("Not in world"), std::string::npos);
  EXPECT_NE(p1.body.find("By <a href=\"/source/alpha\">Paper Alpha</a>"), std::string::npos);
  EXPECT_NE(p1.body.find("By <a href=\"/source/beta\">Beta Gazette</a>"), std::string::npos);
  EXPECT_NE(p1.body.find("Page 1 of 3"), std::string::npos);
  EXPECT_NE(p1.body.find("href=\"/section/world?page=2\""), std::string::npos);
  EXPECT_EQ(p1.body.find("rel=\"prev\""), std::string::npos);
  EXPECT_NE(p1.body.find("aria-current=\"page\">World<"), std::string::npos);

  auto p2 = h(Get("/section/world", "page=2"));
  ASSERT_EQ(p2.status, 200);
  EXPECT_NE(p2.body.find("World story 24<"), std::string::npos);
  EXPECT_NE(p2.body.find("rel=\"prev\" href=\"/section/world\""), std::string::npos);
  EXPECT_NE(p2.body.find("href=\"/section/world?page=3\""), std::string::npos);

  auto p3 = h(Get("/section/world", "page=3"));
  ASSERT_EQ(p3.status, 200);
  EXPECT_EQ(Count(p3.body, "<article class=\"card\""), 5u);
  EXPECT_EQ(p3.body.find("rel=\"next\""), std::string::npos);
  EXPECT_NE(p3.body.find("href=\"/section/world?page=2\""), std::string::npos);

  for (const char* q : {"page=4", "page=0", "page=-1", "page=abc", "page=99999999999"}) {
    EXPECT_EQ(h(Get("/section/world", q)).status, 404) << q;
  }
  EXPECT_EQ(h(Get("/section/nowhere")).status, 404);
  // Region and source rivers use the same machinery.
  EXPECT_EQ(h(Get("/region/delta")).status, 200);
  auto src = h(Get("/source/alpha"));
  ASSERT_EQ(src.status, 200);
  EXPECT_NE(src.body.find("founded in 1951"), std::string::npos);
  EXPECT_EQ(h(Get("/source/gamma")).status, 404);
}

TEST_F(SiteTest, ArticlePageShowsALeadOnceWhenTheBodyOpensWithIt) {
  Article& a = AddArticle("Ferry route reopens", "world", "alpha", 1'709'622'489);
  a.standfirst = "Sailings resume on Monday after a month of repairs.";
  a.body_text = "Sailings resume on Monday after a month of repairs.\n\nTickets go on sale today.";
  a.body_html = "<p>Sailings resume on Monday after a month of repairs.</p><p>Tickets go on sale today.</p>";
  Save(a);
  auto r = Handler()(Get("/article/" + std::to_string(a.id)));
  ASSERT_EQ(r.status, 200);
  const std::string lead = "Sailings resume on Monday";
  const auto first = r.body.find("<p>" + lead);
  ASSERT_NE(first, std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("class=\"standfirst\""), std::string::npos);
  EXPECT_EQ(r.body.find("<p>" + lead, first + 1), std::string::npos);
}

TEST_F(SiteTest, ArticlePageShowsAttributionBodyAndAboutBox) {
  Article& a = AddArticle("Bridge opens to traffic", "world", "alpha", 1'709'622'489);
  a.standfirst = "The crossing cuts the journey to the coast by an hour.";
  a.authors = {"Mira Santos", "Jon Okafor"};
  a.updated = 1'709'630'000;
  a.image.url = "https://alpha.example/img/bridge.jpg";
  a.image.caption = "The bridge at dawn";
  a.image.credit = "Photo: L. Ferreira";
  a.body_html = "<p>First <em>paragraph</em>.</p><p>Second paragraph.</p>";
  a.tags = {"infrastructure"};
  Save(a);
  auto h = Handler();

  auto r = h(Get("/article/" + std::to_string(a.id)));
  ASSERT_EQ(r.status, 200);
  const std::string& b = r.body;
  EXPECT_NE(b.find("<h1 class=\"headline\">Bridge opens to traffic</h1>"), std::string::npos) << b;
  EXPECT_NE(b.find("The crossing cuts the journey"), std::string::npos);
  EXPECT_NE(b.find("By <a href=\"/author/Mira%20Santos\" rel=\"author\">Mira Santos</a> and "
                   "<a href=\"/author/Jon%20Okafor\" rel=\"author\">Jon Okafor</a>"),
            std::string::npos);
  EXPECT_NE(b.find("By <a href=\"/source/alpha\">Paper Alpha</a>"), std::string::npos);
  EXPECT_NE(b.find("href=\"" + a.url + "\""), std::string::npos) << "link to the original";
  EXPECT_NE(b.find("<time datetime=\"2024-03-05T07:08:09Z\">5 March 2024, 07:08 UTC</time>"),
            std::string::npos);
  EXPECT_NE(b.find("Updated"), std::string::npos);
  EXPECT_NE(b.find("<img src=\"https://alpha.example/img/bridge.jpg\""), std::string::npos);
  EXPECT_NE(b.find("The bridge at dawn"), std::string::npos);
  EXPECT_NE(b.find("Photo: L. Ferreira"), std::string::npos);
  EXPECT_NE(b.find("<p>First <em>paragraph</em>.</p><p>Second paragraph.</p>"), std::string::npos)
      << "body is inserted as HTML";
  EXPECT_NE(b.find("About Paper Alpha"), std::string::npos);
  EXPECT_NE(b.find("a daily from the river delta"), std::string::npos);
  EXPECT_NE(b.find("<article class=\"story\" lang=\"en\">"), std::string::npos);
  EXPECT_NE(b.find("<aside"), std::string::npos);
  // Without an organisation there is no coverage to link; with comments
  // off (no CommentService) there is no thread either.
  EXPECT_EQ(b.find("Read next"), std::string::npos);
  EXPECT_EQ(b.find("Full coverage"), std::string::npos);
  EXPECT_EQ(b.find("id=\"comments\""), std::string::npos);
  EXPECT_NE(b.find("<title>Bridge opens to traffic \u2014 The Test Desk</title>"), std::string::npos);

  // We syndicate: the canonical link credits the partner's original page.
  EXPECT_NE(b.find("<link rel=\"canonical\" href=\"" + a.url + "\">"), std::string::npos) << b;

  EXPECT_NE(b.find("<meta property=\"og:type\" content=\"article\">"), std::string::npos);
  EXPECT_NE(b.find("<meta property=\"og:image\" content=\"https://alpha.example/img/bridge.jpg\">"),
            std::string::npos);

  // The title slug is decoration; any slug (or none) reaches the article.
  EXPECT_EQ(h(Get("/article/" + std::to_string(a.id) + "/bridge-opens-to-traffic")).status, 200);
  EXPECT_EQ(h(Get("/article/" + std::to_string(a.id) + "/old-title")).status, 200);
}

TEST_F(SiteTest, TextIsEscapedEverywhereButTheBody) {
  Source evil;
  evil.slug = "evil";
  evil.name = "<b>Evil</b> & Sons";
  evil.about = "About <script>steal()</script>";
  evil.homepage = "javascript:alert(2)";
  ASSERT_TRUE(store_->SyncSource(evil).ok());
  Article& a = AddArticle("<script>alert(1)</script> \"quoted\" & 'single'", "world", "evil", 1'700'000'000);
  a.standfirst = "<img src=x onerror=alert(3)>";
  a.authors = {"<i>Someone</i>"};
  a.teaser = "<svg onload=alert(4)>";
  // (The store itself refuses non-http(s) article URLs; the view's own URL
  // check is covered in view_format_test.)
  a.image.url = "javascript:alert(6)";
  a.language = "en\" onmouseover=\"x";
  a.body_html = "<p>Sanitized upstream.</p>";  // the one trusted field
  Save(a);
  auto h = Handler();

  for (const std::string& path : {std::string("/"), std::string("/section/world"), std::string("/source/evil"),
                                 "/article/" + std::to_string(a.id)}) {
    auto r = h(Get(path));
    ASSERT_EQ(r.status, 200) << path;
    // The only scripts allowed are JSON-LD data blocks, which browsers never run.
    std::string scripts_removed = r.body;
    for (std::size_t at; (at = scripts_removed.find("<script type=\"application/ld+json\">")) !=
                         std::string::npos;)
      scripts_removed.erase(at, std::string("<script type=\"application/ld+json\">").size());
    EXPECT_EQ(scripts_removed.find("<script"), std::string::npos) << path;
    EXPECT_EQ(r.body.find("<img src=x"), std::string::npos) << path;
    EXPECT_EQ(r.body.find("<svg"), std::string::npos) << path;
    EXPECT_EQ(r.body.find("<b>Evil"), std::string::npos) << path;
    EXPECT_EQ(r.body.find("javascript:"), std::string::npos) << path;
    EXPECT_EQ(r.body.find("onmouseover"), std::string::npos) << path;
  }
  auto r = h(Get("/article/" + std::to_string(a.id)));
  EXPECT_NE(r.body.find("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &apos;single&apos;"),
            std::string::npos);
  EXPECT_NE(r.body.find("&lt;b&gt;Evil&lt;/b&gt; &amp; Sons"), std::string::npos);
}

TEST_F(SiteTest, OddBytesInDataDoNotBreakRendering) {
  static const char kBroken[] = "Broken \xC3\x28 utf8 and a \0 nul";
  AddArticle(std::string(kBroken, sizeof kBroken - 1), "world", "alpha", 1'700'000'000);
  AddArticle(std::string(100'000, 'x'), "world", "alpha", 1'700'000'001);
  auto h = Handler();
  EXPECT_EQ(h(Get("/")).status, 200);
  EXPECT_EQ(h(Get("/article/1")).status, 200);
  EXPECT_EQ(h(Get("/article/2")).status, 200);
}

TEST_F(SiteTest, UnknownRoutesAndIdsAre404AndOtherMethods405) {
  AddArticle("Only story", "world", "alpha", 1'700'000'000);
  auto h = Handler();
  for (const char* path : {"/nope", "/article/999", "/article/abc", "/article/-1", "/article/",
                           "/article/99999999999999999999", "/section/", "/section/world/extra", "/static/none.css"}) {
    auto r = h(Get(path));
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_NE(r.body.find("Page not found"), std::string::npos) << path;
    EXPECT_EQ(HeaderOf(r, "Cache-Control"), "no-store") << path;
  }
  for (const char* method : {"POST", "PUT", "DELETE", "OPTIONS", "BREW"}) {
    HttpRequest req = Get("/");
    req.method = method;
    auto r = h(req);
    EXPECT_EQ(r.status, 405) << method;
    EXPECT_EQ(HeaderOf(r, "Allow"), "GET, HEAD");
  }
  HttpRequest head = Get("/");
  head.method = "HEAD";
  EXPECT_EQ(h(head).status, 200);
}

TEST_F(SiteTest, EtagAndIfNoneMatchGive304) {
  AddArticle("Story", "world", "alpha", 1'700'000'000);
  auto h = Handler();
  auto first = h(Get("/"));
  const std::string etag = HeaderOf(first, "ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(etag.front(), '"');
  EXPECT_EQ(HeaderOf(first, "Cache-Control"), "public, max-age=60");

  auto again = h(Get("/", "", {{"if-none-match", etag}}));
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(HeaderOf(again, "ETag"), etag);
  EXPECT_EQ(h(Get("/", "", {{"if-none-match", "\"other\", W/" + etag}})).status, 304);
  EXPECT_EQ(h(Get("/", "", {{"if-none-match", "\"other\""}})).status, 200);

  AddArticle("Another story", "world", "alpha", 1'700'000'100);
  auto changed = h(Get("/", "", {{"if-none-match", etag}}));
  EXPECT_EQ(changed.status, 200) << "new data, new validator";
  EXPECT_NE(HeaderOf(changed, "ETag"), etag);
}

TEST_F(SiteTest, CompressesWhenTheClientAccepts) {
  for (int i = 0; i < 10; ++i) AddArticle("Story number " + std::to_string(i), "world", "alpha", 1'700'000'000 + i);
  auto h = Handler();
  auto plain = h(Get("/"));
  EXPECT_EQ(HeaderOf(plain, "Content-Encoding"), "");
  EXPECT_EQ(HeaderOf(plain, "Vary"), "Accept-Encoding");

  auto gz = h(Get("/", "", {{"accept-encoding", "gzip, deflate"}}));
  ASSERT_EQ(HeaderOf(gz, "Content-Encoding"), "gzip");
  EXPECT_LT(gz.body.size(), plain.body.size());
  auto inflated = GzipDecompress(gz.body, 10u << 20);
  ASSERT_TRUE(inflated.ok());
  EXPECT_EQ(*inflated, plain.body);
  EXPECT_NE(HeaderOf(gz, "ETag"), HeaderOf(plain, "ETag")) << "each coding has its own validator";
  EXPECT_EQ(h(Get("/", "", {{"accept-encoding", "gzip"}, {"if-none-match", HeaderOf(plain, "ETag")}})).status, 304);

  auto br = h(Get("/", "", {{"accept-encoding", "gzip, deflate, br"}}));
  EXPECT_EQ(HeaderOf(br, "Content-Encoding"), "br");
  EXPECT_LT(br.body.size(), plain.body.size());

  EXPECT_EQ(HeaderOf(h(Get("/", "", {{"accept-encoding", "gzip;q=0, identity"}})), "Content-Encoding"), "");
  EXPECT_EQ(HeaderOf(h(Get("/", "", {{"accept-encoding", "br;q=0, *"}})), "Content-Encoding"), "gzip");
  EXPECT_EQ(HeaderOf(h(Get("/", "", {{"accept-encoding", "br"}})), "Content-Encoding"), "br");
}

TEST_F(SiteTest, CacheIsInvalidatedWhenTheDataVersionChanges) {
  Article& a = AddArticle("Original headline", "world", "alpha", 1'700'000'000);
  auto h = Handler();
  EXPECT_NE(h(Get("/")).body.find("Original headline"), std::string::npos);
  EXPECT_NE(h(Get("/article/" + std::to_string(a.id))).body.find("Original headline"), std::string::npos);

  // Cached: the article is not read again while the version stays.
  const int reads = store_->article_reads();
  EXPECT_EQ(h(Get("/article/" + std::to_string(a.id))).status, 200);
  EXPECT_EQ(store_->article_reads(), reads);

  a.title = "Corrected headline";
  a.teaser = "Now corrected.";
  Save(a);
  auto front = h(Get("/"));
  EXPECT_NE(front.body.find("Corrected headline"), std::string::npos);
  EXPECT_EQ(front.body.find("Original headline"), std::string::npos);
  EXPECT_NE(h(Get("/article/" + std::to_string(a.id))).body.find("Corrected headline"), std::string::npos);
}

TEST_F(SiteTest, JunkQueryParametersShareOneCacheEntry) {
  Article& a = AddArticle("Story", "world", "alpha", 1'700'000'000);
  auto h = Handler();
  const std::string path = "/article/" + std::to_string(a.id);
  EXPECT_EQ(h(Get(path)).status, 200);
  const int reads = store_->article_reads();
  for (int i = 0; i < 50; ++i) EXPECT_EQ(h(Get(path, "utm_source=" + std::to_string(i))).status, 200);
  EXPECT_EQ(store_->article_reads(), reads);
}

TEST_F(SiteTest, StaticFilesAreServedWithTypesAndNoTraversal) {
  auto h = Handler();
  auto css = h(Get("/static/site.css"));
  ASSERT_EQ(css.status, 200);
  EXPECT_EQ(HeaderOf(css, "Content-Type"), "text/css; charset=utf-8");
  EXPECT_NE(css.body.find("prefers-color-scheme: dark"), std::string::npos);
  EXPECT_NE(css.body.find("@media print"), std::string::npos);
  EXPECT_FALSE(HeaderOf(css, "ETag").empty());
  EXPECT_EQ(HeaderOf(css, "X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(h(Get("/static/site.css", "", {{"if-none-match", HeaderOf(css, "ETag")}})).status, 304);

  // The server hands the handler decoded paths, so "%2e%2e" arrives as "..".
  for (const char* path : {"/static/../CMakeLists.txt", "/static/../../etc/passwd", "/static/..",
                           "/static//etc/passwd", "/static/..\\CMakeLists.txt"}) {
    auto r = h(Get(path));
    EXPECT_TRUE(r.status == 400 || r.status == 404) << path << " " << r.status;
    EXPECT_EQ(r.body.find("cmake_minimum_required"), std::string::npos) << path;
  }
}

TEST_F(SiteTest, StaticSymlinksLeadingOutAreNotServed) {
  const fs::path root = fs::temp_directory_path() / ("bs-web-static-" + std::to_string(std::random_device{}()));
  fs::create_directories(root / "static" / "img");
  std::ofstream(root / "secret.txt") << "top secret";
  std::ofstream(root / "static" / "a.css") << "body{}";
  std::ofstream(root / "static" / "img" / "logo.svg") << "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
  fs::create_symlink(root / "secret.txt", root / "static" / "leak.txt");
  SiteSettings s;
  s.static_dir = (root / "static").string();
  auto h = Handler(s);
  EXPECT_EQ(h(Get("/static/a.css")).status, 200);
  auto svg = h(Get("/static/img/logo.svg"));
  EXPECT_EQ(svg.status, 200);
  EXPECT_EQ(HeaderOf(svg, "Content-Type"), "image/svg+xml");
  auto leak = h(Get("/static/leak.txt"));
  EXPECT_EQ(leak.status, 404);
  EXPECT_EQ(leak.body.find("top secret"), std::string::npos);
  fs::remove_all(root);
}

TEST_F(SiteTest, SecurityHeadersOnEveryResponse) {
  AddArticle("Story", "world", "alpha", 1'700'000'000);
  auto h = Handler();
  for (const char* path : {"/", "/article/1", "/section/world", "/static/site.css", "/missing", "/healthz"}) {
    auto r = h(Get(path));
    EXPECT_EQ(HeaderOf(r, "Content-Security-Policy"),
              "default-src 'self'; img-src * data:; style-src 'self'; script-src 'self'; "
              "frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
        << path;
    EXPECT_EQ(HeaderOf(r, "X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(HeaderOf(r, "Referrer-Policy"), "strict-origin-when-cross-origin") << path;
  }
}

TEST_F(SiteTest, HealthzReflectsTheStore) {
  auto h = Handler();
  auto ok = h(Get("/healthz"));
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.body, "ok\n");
  store_->fail = true;
  EXPECT_EQ(h(Get("/healthz")).status, 503);
  EXPECT_GE(h(Get("/")).status, 500) << "a failing store is an error, not an empty page";
}

TEST_F(SiteTest, MissingOrBrokenTemplatesFailAtStart) {
  SiteSettings s;
  s.template_dir = kSourceDir + "/no-such-dir";
  s.static_dir = kSourceDir + "/static";
  EXPECT_FALSE(MakeSiteHandler(*store_, s).ok());

  const fs::path dir = fs::temp_directory_path() / ("bs-web-tpl-" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(kSourceDir + "/templates")) {
    fs::copy_file(entry.path(), dir / entry.path().filename());
  }
  s.template_dir = dir.string();
  EXPECT_TRUE(MakeSiteHandler(*store_, s).ok());
  std::ofstream(dir / "front.mustache") << "{{#unclosed}} section";
  auto broken = MakeSiteHandler(*store_, s);
  EXPECT_FALSE(broken.ok());
  fs::remove(dir / "front.mustache");
  EXPECT_FALSE(MakeSiteHandler(*store_, s).ok()) << "a required template is missing";
  fs::remove_all(dir);
}

TEST_F(SiteTest, ConcurrentRequestsWhileDataChanges) {
  for (int i = 0; i < 30; ++i) AddArticle("Story " + std::to_string(i), "world", "alpha", 1'700'000'000 + i);
  auto h = Handler();
  std::atomic<int> bad{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&, t] {
      const char* paths[] = {"/", "/section/world", "/article/3", "/source/alpha", "/static/site.css"};
      for (int i = 0; i < 100; ++i) {
        auto r = h(Get(paths[(i + t) % 5], "", {{"accept-encoding", i % 2 ? "gzip" : "br"}}));
        if (r.status != 200) ++bad;
      }
    });
  }
  for (int i = 0; i < 20; ++i) AddArticle("Late story " + std::to_string(i), "world", "beta", 1'800'000'000 + i);
  for (auto& r : readers) r.join();
  EXPECT_EQ(bad.load(), 0);
  EXPECT_NE(h(Get("/")).body.find("Late story 19"), std::string::npos);
}

TEST_F(SiteTest, ServesThroughTheHttpServer) {
  AddArticle("Over the wire", "world", "alpha", 1'700'000'000);
  HttpServerOptions o;
  o.port = 0;
  o.access_log = false;
  HttpServer server(o, Handler());
  ASSERT_TRUE(server.Start().ok());
  auto r = bs::testing::GetOnce(server.port(), "/section/world?page=1");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("Over the wire"), std::string::npos);
  auto css = bs::testing::GetOnce(server.port(), "/static/%2e%2e/CMakeLists.txt");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 400);
  server.Stop();
}

}  // namespace
}  // namespace bs::web
