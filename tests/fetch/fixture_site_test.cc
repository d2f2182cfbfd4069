// The fixture site's handler called directly (no sockets): path safety,
// content types, validators and the fault endpoints' shapes.
#include "web/fixture_site.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "fixture_server.h"

namespace bs::web {
namespace {

using fetch_test::TempDir;
using fetch_test::WriteFile;

HttpRequest Get(const std::string& path, const std::string& query = "") {
  HttpRequest r;
  r.method = "GET";
  r.path = path;
  r.query = query;
  r.target = query.empty() ? path : path + "?" + query;
  r.headers = {{"host", "127.0.0.1:4321"}};
  return r;
}

std::string HeaderOf(const HttpResponse& r, const std::string& name) {
  for (const auto& [k, v] : r.headers) {
    if (k.size() == name.size() && std::equal(k.begin(), k.end(), name.begin(), [](char a, char b) {
          return std::tolower(a) == std::tolower(b);
        })) {
      return v;
    }
  }
  return "";
}

class FixtureSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = dir_.path() / "site";
    WriteFile(root_ / "index.html", "<p>front</p>");
    WriteFile(root_ / "paper" / "rss.xml",
              "<?xml version=\"1.0\"?><rss><link>@ORIGIN@/x</link></rss>");
    WriteFile(root_ / "paper" / "atom.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>");
    WriteFile(root_ / "paper" / "rdf.xml", "<rdf:RDF xmlns:rdf=\"urn:x\"></rdf:RDF>");
    WriteFile(root_ / "paper" / "feed.json", "{\"version\": \"https://jsonfeed.org/version/1.1\"}");
    WriteFile(root_ / "paper" / "latin1.html", "<p>caf\xe9</p>");
    WriteFile(root_ / "paper" / "declared.html", "<p>caf\xe9</p>");
    WriteFile(root_ / "paper" / "declared.html.content-type", "text/html; charset=iso-8859-1\n");
    WriteFile(dir_.path() / "outside.txt", "secret outside the root");
    std::filesystem::create_symlink(dir_.path() / "outside.txt", root_ / "escape.txt");
    handler_ = MakeFixtureSite({root_});
  }

  TempDir dir_;
  std::filesystem::path root_;
  HttpHandler handler_;
};

TEST_F(FixtureSiteTest, ServesFilesWithTypesAndOriginSubstitution) {
  HttpResponse front = handler_(Get("/"));
  EXPECT_EQ(front.status, 200);
  EXPECT_EQ(front.body, "<p>front</p>");
  EXPECT_EQ(HeaderOf(front, "Content-Type"), "text/html; charset=utf-8");

  HttpResponse rss = handler_(Get("/paper/rss.xml"));
  EXPECT_EQ(rss.status, 200);
  EXPECT_EQ(HeaderOf(rss, "Content-Type"), "application/rss+xml; charset=utf-8");
  EXPECT_NE(rss.body.find("<link>http://127.0.0.1:4321/x</link>"), std::string::npos) << rss.body;

  EXPECT_EQ(HeaderOf(handler_(Get("/paper/atom.xml")), "Content-Type"),
            "application/atom+xml; charset=utf-8");
  EXPECT_EQ(HeaderOf(handler_(Get("/paper/rdf.xml")), "Content-Type"),
            "application/rdf+xml; charset=utf-8");
  EXPECT_EQ(HeaderOf(handler_(Get("/paper/feed.json")), "Content-Type"),
            "application/feed+json; charset=utf-8");
  // Not UTF-8: no charset claimed; the sidecar overrides verbatim.
  EXPECT_EQ(HeaderOf(handler_(Get("/paper/latin1.html")), "Content-Type"), "text/html");
  EXPECT_EQ(HeaderOf(handler_(Get("/paper/declared.html")), "Content-Type"),
            "text/html; charset=iso-8859-1");
}

TEST_F(FixtureSiteTest, RejectsTraversalNulAndSymlinkEscapes) {
  EXPECT_EQ(handler_(Get("/../outside.txt")).status, 400);
  EXPECT_EQ(handler_(Get("/paper/../../outside.txt")).status, 400);
  EXPECT_EQ(handler_(Get(std::string("/index.html\0.txt", 16))).status, 400);
  EXPECT_EQ(handler_(Get("relative.html")).status, 400);
  EXPECT_EQ(handler_(Get("/paper\\..\\..\\outside.txt")).status, 400);
  HttpResponse escape = handler_(Get("/escape.txt"));
  EXPECT_EQ(escape.status, 404);
  EXPECT_EQ(escape.body.find("secret"), std::string::npos);
  EXPECT_EQ(handler_(Get("/nothing-here.html")).status, 404);
  EXPECT_EQ(handler_(Get("//etc/passwd")).status, 404);
}

TEST_F(FixtureSiteTest, HonoursConditionalHeaders) {
  HttpResponse first = handler_(Get("/paper/rss.xml"));
  const std::string etag = HeaderOf(first, "ETag");
  const std::string modified = HeaderOf(first, "Last-Modified");
  ASSERT_FALSE(etag.empty());
  ASSERT_FALSE(modified.empty());

  HttpRequest by_etag = Get("/paper/rss.xml");
  by_etag.headers.emplace_back("if-none-match", "\"other\", W/" + etag);
  EXPECT_EQ(handler_(by_etag).status, 304);

  HttpRequest by_date = Get("/paper/rss.xml");
  by_date.headers.emplace_back("if-modified-since", modified);
  EXPECT_EQ(handler_(by_date).status, 304);

  HttpRequest old_date = Get("/paper/rss.xml");
  old_date.headers.emplace_back("if-modified-since", "Sat, 01 Jan 2000 00:00:00 GMT");
  EXPECT_EQ(handler_(old_date).status, 200);

  // The ETag depends on the substituted text, so another port is another ETag.
  HttpRequest other_port = Get("/paper/rss.xml");
  other_port.headers = {{"host", "127.0.0.1:9999"}, {"if-none-match", etag}};
  EXPECT_EQ(handler_(other_port).status, 200);
}

TEST_F(FixtureSiteTest, FaultEndpoints) {
  EXPECT_EQ(handler_(Get("/_fault/status/503")).status, 503);
  EXPECT_EQ(handler_(Get("/_fault/status/42")).status, 400);
  EXPECT_EQ(handler_(Get("/_fault/slow", "ms=250")).delay_ms, 250);
  EXPECT_EQ(handler_(Get("/_fault/slow", "ms=99999999")).delay_ms, 60'000);
  HttpResponse loop = handler_(Get("/_fault/redirect-loop"));
  EXPECT_EQ(loop.status, 302);
  EXPECT_EQ(HeaderOf(loop, "Location"), "/_fault/redirect-loop");
  EXPECT_EQ(HeaderOf(handler_(Get("/_fault/redirect/2")), "Location"), "/_fault/redirect/1");
  EXPECT_EQ(handler_(Get("/_fault/redirect/0")).status, 200);
  EXPECT_EQ(handler_(Get("/_fault/big", "mb=3")).body.size(), 3u << 20);
  EXPECT_EQ(HeaderOf(handler_(Get("/_fault/private-redirect")), "Location"),
            "http://10.255.255.1/");
  handler_(Get("/_fault/count/a"));
  handler_(Get("/_fault/count/a"));
  EXPECT_EQ(handler_(Get("/_fault/hits/a")).body, "2");
  EXPECT_EQ(handler_(Get("/_fault/hits", "path=/_fault/count/a")).body, "2");
  EXPECT_EQ(handler_(Get("/_fault/hits/never")).body, "0");
  EXPECT_EQ(handler_(Get("/_fault/no-such-thing")).status, 404);
  HttpRequest post = Get("/index.html");
  post.method = "POST";
  EXPECT_EQ(handler_(post).status, 405);
}

TEST_F(FixtureSiteTest, GzipBombIsSmallAndInflatesToAGigabyteOfZeros) {
  HttpResponse bomb = handler_(Get("/_fault/gzip-bomb"));
  ASSERT_EQ(bomb.status, 200);
  EXPECT_EQ(HeaderOf(bomb, "Content-Encoding"), "gzip");
  EXPECT_LT(bomb.body.size(), 4u << 20);
  // The trailer promises 2^30 bytes (ISIZE, little-endian).
  ASSERT_GT(bomb.body.size(), 8u);
  const std::string isize = bomb.body.substr(bomb.body.size() - 4);
  EXPECT_EQ(isize, std::string("\x00\x00\x00\x40", 4));
  // Inflate the first 32 MiB in a fixed buffer: a valid stream of zeros that
  // keeps going. (Inflating all of it takes seconds; the fetcher tests show
  // the whole bomb is cut off at the body cap.)
  z_stream z{};
  ASSERT_EQ(inflateInit2(&z, 15 + 16), Z_OK);
  z.next_in = reinterpret_cast<Bytef*>(bomb.body.data());
  z.avail_in = static_cast<uInt>(bomb.body.size());
  std::string buffer(1 << 20, '\0');
  std::size_t total = 0;
  int rc = Z_OK;
  while (rc == Z_OK && total < (32u << 20)) {
    z.next_out = reinterpret_cast<Bytef*>(buffer.data());
    z.avail_out = static_cast<uInt>(buffer.size());
    rc = inflate(&z, Z_NO_FLUSH);
    const std::size_t n = buffer.size() - z.avail_out;
    total += n;
    ASSERT_EQ(std::string_view(buffer.data(), n).find_first_not_of('\0'), std::string_view::npos);
  }
  inflateEnd(&z);
  EXPECT_EQ(rc, Z_OK) << "stream ended early or is corrupt";
  EXPECT_GE(total, 32u << 20);
}

}  // namespace
}  // namespace bs::web
