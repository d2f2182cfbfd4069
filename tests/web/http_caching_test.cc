#include "web/http_caching.h"

#include <gtest/gtest.h>

#include "core/compress.h"

namespace bs::web {
namespace {

TEST(ParseAcceptEncoding, HonoursNamesQValuesAndStar) {
  auto a = ParseAcceptEncoding("gzip, deflate, br");
  EXPECT_TRUE(a.gzip);
  EXPECT_TRUE(a.brotli);
  a = ParseAcceptEncoding("GZIP;Q=0.5");
  EXPECT_TRUE(a.gzip);
  EXPECT_FALSE(a.brotli);
  a = ParseAcceptEncoding("gzip;q=0, br;q=0.0");
  EXPECT_FALSE(a.gzip);
  EXPECT_FALSE(a.brotli);
  a = ParseAcceptEncoding("*");
  EXPECT_TRUE(a.gzip && a.brotli);
  a = ParseAcceptEncoding("*;q=0, gzip");
  EXPECT_TRUE(a.gzip);
  EXPECT_FALSE(a.brotli);
  a = ParseAcceptEncoding("");
  EXPECT_FALSE(a.gzip || a.brotli);
  a = ParseAcceptEncoding("identity");
  EXPECT_FALSE(a.gzip || a.brotli);
  a = ParseAcceptEncoding(",,;q=,gzipx,;;;");
  EXPECT_FALSE(a.gzip || a.brotli);
}

TEST(IfNoneMatch, WeakComparisonListsAndStar) {
  EXPECT_TRUE(IfNoneMatchMatches("\"abc\"", "\"abc\""));
  EXPECT_TRUE(IfNoneMatchMatches("W/\"abc\"", "\"abc\""));
  EXPECT_TRUE(IfNoneMatchMatches("\"x\", \"abc\" ,\"y\"", "\"abc\""));
  EXPECT_TRUE(IfNoneMatchMatches("*", "\"abc\""));
  EXPECT_FALSE(IfNoneMatchMatches("\"abcd\"", "\"abc\""));
  EXPECT_FALSE(IfNoneMatchMatches("abc", "\"abc\""));
  EXPECT_FALSE(IfNoneMatchMatches("", "\"abc\""));
  EXPECT_FALSE(IfNoneMatchMatches(",,,", "\"abc\""));
}

TEST(PrepareBody, CompressesOnlyTextWorthCompressing) {
  const std::string html(4000, 'a');
  auto big = PrepareBody("text/html; charset=utf-8", "public", html);
  EXPECT_FALSE(big->gzip.empty());
  EXPECT_FALSE(big->brotli.empty());
  auto round = GzipDecompress(big->gzip, 1 << 20);
  ASSERT_TRUE(round.ok());
  EXPECT_EQ(*round, html);

  auto small = PrepareBody("text/html; charset=utf-8", "public", "<p>hi</p>");
  EXPECT_TRUE(small->gzip.empty());
  auto png = PrepareBody("image/png", "public", std::string(4000, '\x89'));
  EXPECT_TRUE(png->gzip.empty()) << "already-compressed types are sent as they are";

  EXPECT_NE(PrepareBody("text/plain", "", "a")->etag, PrepareBody("text/plain", "", "b")->etag);
  EXPECT_EQ(PrepareBody("text/plain", "", "a")->etag, PrepareBody("text/css", "", "a")->etag);
}

TEST(ServePrepared, NegotiatesAndAnswersConditionals) {
  auto body = PrepareBody("text/html; charset=utf-8", "public, max-age=60", std::string(3000, 'z'));
  HttpRequest req;
  req.method = "GET";
  HttpResponse plain = ServePrepared(req, *body);
  EXPECT_EQ(plain.status, 200);
  EXPECT_EQ(plain.body, body->identity);

  req.headers = {{"accept-encoding", "br"}};
  HttpResponse br = ServePrepared(req, *body);
  EXPECT_EQ(br.body, body->brotli);

  req.headers = {{"accept-encoding", "gzip"}, {"if-none-match", body->etag}};
  HttpResponse nm = ServePrepared(req, *body);
  EXPECT_EQ(nm.status, 304);
  EXPECT_TRUE(nm.body.empty());

  // Error pages never answer 304 and carry no validator.
  req.headers = {{"if-none-match", "*"}};
  HttpResponse err = ServePrepared(req, *body, 404);
  EXPECT_EQ(err.status, 404);
  EXPECT_EQ(err.body, body->identity);
  for (const auto& [n, v] : err.headers) EXPECT_NE(n, "ETag");
}

}  // namespace
}  // namespace bs::web
