// The fetcher against the in-process fixture site on 127.0.0.1. Every URL is
// loopback, except the deliberately private ones, which are only ever used
// where the policy refuses them before any connection is attempted.
#include "fetch/fetcher.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <chrono>
#include <set>
#include <string>

#include "fixture_server.h"

namespace bs {
namespace {

using fetch_test::FastOptions;
using fetch_test::FixtureServer;
using fetch_test::LoopbackRequest;
using fetch_test::TempDir;
using fetch_test::WriteFile;
using Clock = std::chrono::steady_clock;

long ElapsedMs(Clock::time_point since) {
  return static_cast<long>(
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - since).count());
}

// FastOptions, but reading and obeying robots.txt.
FetchOptions RobotsOptions() {
  FetchOptions options = FastOptions();
  options.honour_robots = true;
  return options;
}

class FetcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(
        dir_.path() / "news" / "a.html",
        "<html><body><p>Harbour reopens</p><a href=\"@ORIGIN@/news/b.html\">b</a></body></html>");
    WriteFile(dir_.path() / "feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>");
    server_ = std::make_unique<FixtureServer>(dir_.path());
    ASSERT_TRUE(server_->started());
  }

  std::string Url(const std::string& path) const { return server_->Url(path); }

  TempDir dir_;
  std::unique_ptr<FixtureServer> server_;
};

TEST_F(FetcherTest, FetchesBodyAndValidators) {
  Fetcher fetcher(FastOptions());
  auto r = fetcher.Fetch(LoopbackRequest(Url("/news/a.html")));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->http_status, 200);
  EXPECT_FALSE(r->not_modified);
  EXPECT_NE(r->body.find("Harbour reopens"), std::string::npos);
  EXPECT_NE(r->body.find(server_->origin() + "/news/b.html"), std::string::npos) << r->body;
  EXPECT_EQ(r->content_type, "text/html; charset=utf-8");
  EXPECT_FALSE(r->etag.empty());
  EXPECT_FALSE(r->last_modified.empty());
  EXPECT_EQ(r->final_url, Url("/news/a.html"));
}

TEST_F(FetcherTest, DecodesGzipContentEncoding) {
  Fetcher fetcher(FastOptions());
  auto r = fetcher.Fetch(LoopbackRequest(Url("/_fault/gzipped")));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->http_status, 200);
  EXPECT_EQ(r->body.rfind("gzipped line 0\n", 0), 0u);
  EXPECT_NE(r->body.find("gzipped line 199\n"), std::string::npos);
}

TEST_F(FetcherTest, ConditionalGetGives304) {
  Fetcher fetcher(FastOptions());
  auto first = fetcher.Fetch(LoopbackRequest(Url("/feed.xml")));
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_FALSE(first->etag.empty());

  FetchRequest by_etag = LoopbackRequest(Url("/feed.xml"));
  by_etag.etag = first->etag;
  auto second = fetcher.Fetch(by_etag);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(second->http_status, 304);
  EXPECT_TRUE(second->not_modified);
  EXPECT_TRUE(second->body.empty());
  EXPECT_EQ(second->etag, first->etag);

  FetchRequest by_date = LoopbackRequest(Url("/feed.xml"));
  by_date.last_modified = first->last_modified;
  auto third = fetcher.Fetch(by_date);
  ASSERT_TRUE(third.ok()) << third.status().ToString();
  EXPECT_TRUE(third->not_modified);

  FetchRequest stale = LoopbackRequest(Url("/feed.xml"));
  stale.etag = "\"not-the-current-one\"";
  auto fourth = fetcher.Fetch(stale);
  ASSERT_TRUE(fourth.ok());
  EXPECT_EQ(fourth->http_status, 200);
  EXPECT_FALSE(fourth->not_modified);
}

TEST_F(FetcherTest, ValidatorsWithLineBreaksAreRejected) {
  Fetcher fetcher(FastOptions());
  FetchRequest req = LoopbackRequest(Url("/feed.xml"));
  req.etag = "\"x\"\r\nX-Injected: 1";
  auto r = fetcher.Fetch(req);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
}

TEST_F(FetcherTest, HttpErrorsAreOkResultsWithStatus) {
  Fetcher fetcher(FastOptions());
  auto r = fetcher.Fetch(LoopbackRequest(Url("/_fault/status/500")));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->http_status, 500);
  auto missing = fetcher.Fetch(LoopbackRequest(Url("/nowhere.xml")));
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(missing->http_status, 404);
}

TEST_F(FetcherTest, RedirectLoopExceedsLimit) {
  Fetcher fetcher(FastOptions());
  auto r = fetcher.Fetch(LoopbackRequest(Url("/_fault/redirect-loop")));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kLimitExceeded) << r.status().ToString();
}

TEST_F(FetcherTest, FollowsRedirectsWithinLimit) {
  FetchOptions options = FastOptions();
  options.max_redirects = 3;
  Fetcher fetcher(options);
  auto ok = fetcher.Fetch(LoopbackRequest(Url("/_fault/redirect/3")));
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ok->http_status, 200);
  EXPECT_EQ(ok->body, "arrived\n");
  EXPECT_EQ(ok->final_url, Url("/_fault/redirect/0"));

  auto too_many = fetcher.Fetch(LoopbackRequest(Url("/_fault/redirect/4")));
  ASSERT_FALSE(too_many.ok());
  EXPECT_EQ(too_many.status().code(), Status::Code::kLimitExceeded);
}

TEST_F(FetcherTest, OversizedBodyExceedsLimit) {
  FetchOptions options = FastOptions();
  options.max_body_bytes = 1u << 20;
  Fetcher fetcher(options);
  auto r = fetcher.Fetch(LoopbackRequest(Url("/_fault/big?mb=2")));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kLimitExceeded) << r.status().ToString();
  auto fits = fetcher.Fetch(LoopbackRequest(Url("/_fault/big?mb=1")));
  ASSERT_TRUE(fits.ok()) << fits.status().ToString();
  EXPECT_EQ(fits->body.size(), 1u << 20);
}

TEST_F(FetcherTest, GzipBombIsCutOffWithBoundedMemory) {
  FetchOptions options = FastOptions();
  options.max_body_bytes = 4u << 20;
  Fetcher fetcher(options);
  const Clock::time_point start = Clock::now();
  auto r = fetcher.Fetch(LoopbackRequest(Url("/_fault/gzip-bomb")));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kLimitExceeded) << r.status().ToString();
  EXPECT_LT(ElapsedMs(start), 4'000);
  // Inflating the bomb would need a gigabyte; the whole test process must
  // have stayed far below that.
  rusage usage{};
  ASSERT_EQ(getrusage(RUSAGE_SELF, &usage), 0);
  EXPECT_LT(usage.ru_maxrss, 256L * 1024) << "peak RSS in KiB";
}

TEST_F(FetcherTest, SlowResponseHitsTotalTimeout) {
  FetchOptions options = FastOptions();
  options.total_timeout_ms = 300;
  Fetcher fetcher(options);
  const Clock::time_point start = Clock::now();
  auto r = fetcher.Fetch(LoopbackRequest(Url("/_fault/slow?ms=1500")));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kLimitExceeded) << r.status().ToString();
  EXPECT_LT(ElapsedMs(start), 1'200);
}

TEST_F(FetcherTest, LoopbackRefusedUnlessAllowed) {
  Fetcher fetcher(FastOptions());
  FetchRequest req;
  req.url = Url("/_fault/count/public-only");
  auto r = fetcher.Fetch(req);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kRefused);
  EXPECT_NE(r.status().message().find("loopback address 127.0.0.1"), std::string::npos)
      << r.status().message();
  // By name, so the check happens when the socket is about to be opened.
  req.url = "http://localhost:" + server_->origin().substr(server_->origin().rfind(':') + 1) +
            "/_fault/count/public-only";
  auto by_name = fetcher.Fetch(req);
  ASSERT_FALSE(by_name.ok());
  EXPECT_EQ(by_name.status().code(), Status::Code::kRefused) << by_name.status().ToString();
  EXPECT_NE(by_name.status().message().find("loopback address"), std::string::npos)
      << by_name.status().message();
  // Numeric spellings of 127.0.0.1 are caught too.
  for (const char* host : {"2130706433", "0x7f.1", "127.1"}) {
    FetchRequest odd;
    odd.url = std::string("http://") + host + ":" +
              server_->origin().substr(server_->origin().rfind(':') + 1) +
              "/_fault/count/public-only";
    auto refused = fetcher.Fetch(odd);
    ASSERT_FALSE(refused.ok()) << host;
    EXPECT_EQ(refused.status().code(), Status::Code::kRefused) << refused.status().ToString();
  }
  // With robots.txt on, the refused robots.txt fetch refuses the request too.
  FetchOptions with_robots = FastOptions();
  with_robots.honour_robots = true;
  Fetcher polite(with_robots);
  auto via_robots = polite.Fetch(req);
  ASSERT_FALSE(via_robots.ok());
  EXPECT_EQ(via_robots.status().code(), Status::Code::kRefused);
  EXPECT_NE(via_robots.status().message().find(req.url + " resolves to loopback address"),
            std::string::npos)
      << via_robots.status().message();
  EXPECT_EQ(server_->Get("/_fault/hits/public-only"), "0");
  EXPECT_EQ(server_->Get("/_fault/hits?path=/robots.txt"), "0");
}

TEST_F(FetcherTest, ReusedConnectionDoesNotBypassPolicy) {
  // A keep-alive connection opened for a loopback-allowed request must not
  // carry a later public-only request to the same origin.
  Fetcher fetcher(FastOptions());
  const std::string url =
      "http://localhost:" + server_->origin().substr(server_->origin().rfind(':') + 1) +
      "/_fault/count/reuse";
  FetchRequest allowed = LoopbackRequest(url);
  FetchRequest strict;
  strict.url = url;
  ASSERT_TRUE(fetcher.Fetch(allowed).ok());
  auto r = fetcher.Fetch(strict);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kRefused) << r.status().ToString();
  EXPECT_EQ(server_->Get("/_fault/hits/reuse"), "1");
}

TEST_F(FetcherTest, PrivateLiteralRefusedWithoutConnecting) {
  Fetcher fetcher(FastOptions());
  for (AddressPolicy policy : {AddressPolicy::kPublicOnly, AddressPolicy::kAllowLoopback}) {
    FetchRequest req;
    req.url = "http://10.255.255.1/feed.xml";
    req.address_policy = policy;
    const Clock::time_point start = Clock::now();
    auto r = fetcher.Fetch(req);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kRefused);
    EXPECT_EQ(r.status().message(),
              "refused: http://10.255.255.1/feed.xml resolves to private address 10.255.255.1");
    EXPECT_LT(ElapsedMs(start), 200) << "no connection attempt should have been made";
  }
  FetchRequest mapped;
  mapped.url = "http://[::ffff:169.254.169.254]/latest/meta-data/";
  auto r = fetcher.Fetch(mapped);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kRefused);
  EXPECT_NE(r.status().message().find("link-local"), std::string::npos) << r.status().message();
}

TEST_F(FetcherTest, RedirectToPrivateAddressRefused) {
  Fetcher fetcher(FastOptions());
  const Clock::time_point start = Clock::now();
  auto r = fetcher.Fetch(LoopbackRequest(Url("/_fault/private-redirect")));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kRefused) << r.status().ToString();
  EXPECT_NE(r.status().message().find("private address 10.255.255.1"), std::string::npos)
      << r.status().message();
  EXPECT_LT(ElapsedMs(start), 1'000);
}

TEST_F(FetcherTest, NonHttpSchemesAndJunkUrls) {
  Fetcher fetcher(FastOptions());
  std::vector<FetchRequest> reqs(4);
  reqs[0].url = "file:///etc/passwd";
  reqs[1].url = "not a url at all";
  reqs[2].url = "http://";
  reqs[3].url = std::string("http://127.0.0.1/\0x", 19);
  std::vector<Status::Code> codes(reqs.size(), Status::Code::kOk);
  fetcher.FetchAll(reqs, [&](std::size_t i, Result<FetchResponse> r) {
    ASSERT_FALSE(r.ok());
    codes[i] = r.status().code();
  });
  EXPECT_EQ(codes[0], Status::Code::kRefused);
  EXPECT_EQ(codes[1], Status::Code::kInvalidArgument);
  EXPECT_EQ(codes[2], Status::Code::kInvalidArgument);
  EXPECT_EQ(codes[3], Status::Code::kInvalidArgument);
}

TEST_F(FetcherTest, RobotsDisallowRefusesWithoutRequest) {
  WriteFile(dir_.path() / "robots.txt",
            "User-agent: *\nDisallow: /_fault/count/secret\n\nUser-agent: otherbot\nDisallow: /\n");
  Fetcher fetcher(RobotsOptions());
  std::vector<FetchRequest> reqs = {LoopbackRequest(Url("/_fault/count/secret")),
                                    LoopbackRequest(Url("/_fault/count/open")),
                                    LoopbackRequest(Url("/_fault/count/secret?page=2"))};
  std::vector<Status::Code> codes(reqs.size(), Status::Code::kInternal);
  fetcher.FetchAll(reqs,
                   [&](std::size_t i, Result<FetchResponse> r) { codes[i] = r.status().code(); });
  EXPECT_EQ(codes[0], Status::Code::kRefused);
  EXPECT_EQ(codes[1], Status::Code::kOk);
  EXPECT_EQ(codes[2], Status::Code::kRefused);
  // robots.txt is cached for the Fetcher's lifetime.
  auto again = fetcher.Fetch(LoopbackRequest(Url("/_fault/count/open")));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(server_->Get("/_fault/hits/secret"), "0");
  EXPECT_EQ(server_->Get("/_fault/hits/open"), "2");
  EXPECT_EQ(server_->Get("/_fault/hits?path=/robots.txt"), "1");
}

// Each redirect hop is a request of its own: robots.txt of the origin it
// lands on decides, before anything there is fetched.
TEST_F(FetcherTest, RobotsAreCheckedOnEveryRedirectHop) {
  TempDir other_dir;
  WriteFile(other_dir.path() / "robots.txt", "User-agent: *\nDisallow: /_fault/count/secret\n");
  FixtureServer other(other_dir.path());
  ASSERT_TRUE(other.started());
  Fetcher fetcher(RobotsOptions());

  auto refused = fetcher.Fetch(
      LoopbackRequest(Url("/_fault/redirect-to?url=" + other.Url("/_fault/count/secret"))));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), Status::Code::kRefused) << refused.status().ToString();
  EXPECT_NE(refused.status().message().find("robots.txt of " + other.origin()), std::string::npos)
      << refused.status().message();
  EXPECT_EQ(other.Get("/_fault/hits/secret"), "0");

  auto allowed = fetcher.Fetch(
      LoopbackRequest(Url("/_fault/redirect-to?url=" + other.Url("/_fault/count/open"))));
  ASSERT_TRUE(allowed.ok()) << allowed.status().ToString();
  EXPECT_EQ(allowed->http_status, 200);
  EXPECT_EQ(allowed->final_url, other.Url("/_fault/count/open"));
  EXPECT_EQ(other.Get("/_fault/hits/open"), "1");
  // Both origins' robots.txt were read once.
  EXPECT_EQ(other.Get("/_fault/hits?path=/robots.txt"), "1");
  EXPECT_EQ(server_->Get("/_fault/hits?path=/robots.txt"), "1");
}

TEST_F(FetcherTest, RobotsDisallowingAHopOnTheSameSiteRefuses) {
  WriteFile(dir_.path() / "robots.txt", "User-agent: *\nDisallow: /_fault/redirect/0\n");
  Fetcher fetcher(RobotsOptions());
  auto r = fetcher.Fetch(LoopbackRequest(Url("/_fault/redirect/2")));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kRefused) << r.status().ToString();
  EXPECT_NE(r.status().message().find("/_fault/redirect/0"), std::string::npos);
}

TEST_F(FetcherTest, MissingRobotsAllowsEverything) {
  Fetcher fetcher(RobotsOptions());
  auto r = fetcher.Fetch(LoopbackRequest(Url("/_fault/count/free")));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->http_status, 200);
  EXPECT_EQ(server_->Get("/_fault/hits?path=/robots.txt"), "1");
}

TEST_F(FetcherTest, RobotsServerErrorDisallowsTheSite) {
  WriteFile(dir_.path() / "robots.txt", "User-agent: *\nAllow: /\n");
  WriteFile(dir_.path() / "robots.txt.status", "503\n");
  Fetcher fetcher(RobotsOptions());
  auto r = fetcher.Fetch(LoopbackRequest(Url("/_fault/count/blocked")));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kRefused);
  EXPECT_NE(r.status().message().find("robots.txt answered HTTP 503"), std::string::npos)
      << r.status().message();
  EXPECT_EQ(server_->Get("/_fault/hits/blocked"), "0");
}

TEST_F(FetcherTest, UnreachableRobotsDisallowsTheSite) {
  // Port 1 on loopback has no listener: the connection is refused at once.
  Fetcher fetcher(RobotsOptions());
  auto r = fetcher.Fetch(LoopbackRequest("http://127.0.0.1:1/feed.xml"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kRefused) << r.status().ToString();
  EXPECT_NE(r.status().message().find("robots.txt could not be fetched"), std::string::npos)
      << r.status().message();
  // Without robots.txt checking, the same failure is a plain network error.
  Fetcher plain(FastOptions());
  auto direct = plain.Fetch(LoopbackRequest("http://127.0.0.1:1/feed.xml"));
  ASSERT_FALSE(direct.ok());
  EXPECT_EQ(direct.status().code(), Status::Code::kNetworkError) << direct.status().ToString();
}

TEST_F(FetcherTest, PerHostConcurrencyIsCapped) {
  FetchOptions options = FastOptions();
  options.max_connections_per_host = 2;
  Fetcher fetcher(options);
  std::vector<FetchRequest> reqs;
  for (int i = 0; i < 6; ++i) {
    reqs.push_back(LoopbackRequest(Url("/_fault/concurrency/cap?ms=250&n=" + std::to_string(i))));
  }
  std::set<std::size_t> seen;
  fetcher.FetchAll(reqs, [&](std::size_t i, Result<FetchResponse> r) {
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_TRUE(seen.insert(i).second) << "index reported twice: " << i;
  });
  EXPECT_EQ(seen.size(), reqs.size());
  const std::string stats = server_->Get("/_fault/stats/cap");
  EXPECT_NE(stats.find("max_concurrent=2 "), std::string::npos) << stats;
  EXPECT_NE(stats.find("requests=6"), std::string::npos) << stats;
}

TEST_F(FetcherTest, PerHostDelaySpacesRequestStarts) {
  FetchOptions options = FastOptions();
  options.per_host_delay_ms = 150;
  Fetcher fetcher(options);
  std::vector<FetchRequest> reqs;
  for (int i = 0; i < 4; ++i) {
    reqs.push_back(LoopbackRequest(Url("/_fault/concurrency/gap?ms=1&n=" + std::to_string(i))));
  }
  const Clock::time_point start = Clock::now();
  fetcher.FetchAll(reqs, [&](std::size_t, Result<FetchResponse> r) { EXPECT_TRUE(r.ok()); });
  EXPECT_GE(ElapsedMs(start), 3 * 150 - 20);
  const std::string stats = server_->Get("/_fault/stats/gap");
  const auto pos = stats.find("min_gap_ms=");
  ASSERT_NE(pos, std::string::npos) << stats;
  EXPECT_GE(std::stol(stats.substr(pos + 11)), 130) << stats;
}

TEST_F(FetcherTest, CrawlDelayWidensTheGap) {
  WriteFile(dir_.path() / "robots.txt", "User-agent: *\nCrawl-delay: 0.2\n");
  Fetcher fetcher(RobotsOptions());
  std::vector<FetchRequest> reqs;
  for (int i = 0; i < 3; ++i) {
    reqs.push_back(LoopbackRequest(Url("/_fault/concurrency/crawl?ms=1&n=" + std::to_string(i))));
  }
  fetcher.FetchAll(reqs, [&](std::size_t, Result<FetchResponse> r) { EXPECT_TRUE(r.ok()); });
  const std::string stats = server_->Get("/_fault/stats/crawl");
  const auto pos = stats.find("min_gap_ms=");
  ASSERT_NE(pos, std::string::npos) << stats;
  EXPECT_GE(std::stol(stats.substr(pos + 11)), 180) << stats;
}

// "127.0.0.1" and "localhost" are different origins to the scheduler, which
// gives two hosts to overlap without leaving loopback.
TEST_F(FetcherTest, OverlapsHostsWithinTheGlobalCap) {
  const std::string port = server_->origin().substr(server_->origin().rfind(':') + 1);
  auto run = [&](int max_total, const std::string& name) {
    FetchOptions options = FastOptions();
    options.max_connections_per_host = 1;
    options.max_total_connections = max_total;
    Fetcher fetcher(options);
    std::vector<FetchRequest> reqs;
    for (const char* host : {"127.0.0.1", "localhost"}) {
      for (int i = 0; i < 2; ++i) {
        reqs.push_back(LoopbackRequest("http://" + std::string(host) + ":" + port +
                                       "/_fault/concurrency/" + name +
                                       "?ms=200&n=" + std::to_string(i)));
      }
    }
    fetcher.FetchAll(reqs, [&](std::size_t, Result<FetchResponse> r) {
      EXPECT_TRUE(r.ok()) << r.status().ToString();
    });
    return server_->Get("/_fault/stats/" + name);
  };
  const std::string both = run(8, "two-hosts");
  EXPECT_NE(both.find("max_concurrent=2 "), std::string::npos) << both;
  const std::string capped = run(1, "one-slot");
  EXPECT_NE(capped.find("max_concurrent=1 "), std::string::npos) << capped;
  EXPECT_NE(capped.find("requests=4"), std::string::npos) << capped;
}

TEST_F(FetcherTest, SendsUserAgent) {
  FetchOptions options = FastOptions();
  options.contact_url = "https://desk.example.invalid/about";
  Fetcher fetcher(options);
  auto r = fetcher.Fetch(LoopbackRequest(Url("/_fault/echo-headers")));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->body.find(std::string("user-agent: Broadsheet/") + BROADSHEET_VERSION +
                         " (+https://desk.example.invalid/about)\n"),
            std::string::npos)
      << r->body;
  EXPECT_NE(r->body.find("accept-encoding: "), std::string::npos) << r->body;
  EXPECT_NE(r->body.find("gzip"), std::string::npos) << r->body;

  FetchOptions custom = FastOptions();
  custom.user_agent = "CustomAgent/9";
  Fetcher other(custom);
  auto c = other.Fetch(LoopbackRequest(Url("/_fault/echo-headers")));
  ASSERT_TRUE(c.ok());
  EXPECT_NE(c->body.find("user-agent: CustomAgent/9\n"), std::string::npos) << c->body;
}

TEST_F(FetcherTest, FetchAllReportsEveryIndexOnce) {
  Fetcher fetcher(FastOptions());
  std::vector<FetchRequest> reqs = {
      LoopbackRequest(Url("/news/a.html")), LoopbackRequest(Url("/_fault/status/503")),
      LoopbackRequest("gopher://127.0.0.1/"), LoopbackRequest(Url("/_fault/redirect/1")),
      LoopbackRequest(Url("/feed.xml"))};
  std::vector<int> calls(reqs.size(), 0);
  fetcher.FetchAll(reqs, [&](std::size_t i, Result<FetchResponse>) { ++calls.at(i); });
  for (std::size_t i = 0; i < calls.size(); ++i) EXPECT_EQ(calls[i], 1) << i;
}

}  // namespace
}  // namespace bs
