// Hostile and broken input: entity attacks, external entities, depth, size,
// bad bytes, and the recovery paths for malformed feeds.
#include <gtest/gtest.h>

#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include <unistd.h>

#include "feeds/feed.h"

namespace bs {
namespace {

const FeedContext kCtx{"https://feeds.example/rss", ""};

// CPU seconds used by this process: unlike wall time, not inflated when the
// machine is busy, and still catches super-linear behaviour.
double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

std::string Rss(std::string_view title, std::string_view prolog = "") {
  return std::string(prolog) + "<rss version=\"2.0\"><channel><title>" + std::string(title) +
         "</title><item><title>one</title></item></channel></rss>";
}

TEST(RobustnessTest, BillionLaughsFinishesFastWithoutExpanding) {
  std::string dtd = "<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&lol" + std::to_string(i - 1) + ";";
    dtd += "\">\n";
  }
  dtd += "]>\n";
  const double start = CpuSeconds();
  auto r = ParseFeed(Rss("&lol9;", dtd), kCtx);
  EXPECT_LT(CpuSeconds() - start, 2.0);
  // Either refused outright or parsed with the reference left (mostly) unexpanded;
  // 10^9 "lol"s would be 3 GB.
  if (r.ok()) {
    EXPECT_LT(r->title.size(), 64u * 1024);
  }
}

TEST(RobustnessTest, QuadraticBlowupIsBounded) {
  // One large entity referenced many times: no nesting, just volume.
  std::string dtd = "<!DOCTYPE rss [<!ENTITY big \"" + std::string(50000, 'x') + "\">]>";
  std::string refs;
  for (int i = 0; i < 50000; ++i) refs += "&big;";
  const double start = CpuSeconds();
  auto r = ParseFeed(Rss(refs, dtd), kCtx);
  EXPECT_LT(CpuSeconds() - start, 5.0);
  if (r.ok()) {
    EXPECT_LE(r->title.size(), 4u * 1024 * 1024);
  }
}

TEST(RobustnessTest, ExternalEntitiesAreNeverRead) {
  // A file with a marker we can recognise, referenced as a general and as a
  // parameter entity; /etc/passwd as well.
  const std::filesystem::path secret =
      std::filesystem::temp_directory_path() / ("broadsheet-xxe-" + std::to_string(::getpid()));
  { std::ofstream(secret) << "TOPSECRETMARKER"; }
  const std::string url = "file://" + secret.string();
  for (const std::string& target : {url, std::string("file:///etc/passwd")}) {
    const std::string general = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + target + "\">]>";
    auto r = ParseFeed(Rss("a&xxe;b", general), kCtx);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->title, "ab");
    const std::string param = "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + target + "\"> %p;]>";
    auto q = ParseFeed(Rss("title", param), kCtx);
    if (q.ok()) {
      EXPECT_EQ(q->title.find("TOPSECRET"), std::string::npos);
      EXPECT_EQ(q->title.find("root:"), std::string::npos);
    }
  }
  // External DTD subsets are not fetched either (NONET, no DTDLOAD).
  auto d = ParseFeed(Rss("t", "<!DOCTYPE rss SYSTEM \"" + url + "\">"), kCtx);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "t");
  std::filesystem::remove(secret);
}

TEST(RobustnessTest, DeepNestingDoesNotCrash) {
  std::string doc = "<rss><channel><title>deep</title><item><title>kept</title></item><item><description>";
  for (int i = 0; i < 10000; ++i) doc += "<div>";
  doc += "bottom";
  for (int i = 0; i < 10000; ++i) doc += "</div>";
  doc += "</description></item></channel></rss>";
  auto r = ParseFeed(doc, kCtx);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->recovered);
  EXPECT_EQ(r->title, "deep");
  ASSERT_GE(r->entries.size(), 1u);
  EXPECT_EQ(r->entries[0].title, "kept");
}

TEST(RobustnessTest, OversizedInputIsRejected) {
  std::string big = "<rss><channel><title>";
  big.append(20 * 1024 * 1024, 'a');
  big += "</title></channel></rss>";
  auto r = ParseFeed(big, kCtx);
  EXPECT_EQ(r.status().code(), Status::Code::kLimitExceeded);
}

TEST(RobustnessTest, InvalidUtf8IsReplaced) {
  // Mostly valid UTF-8 with a stray byte: the bad byte becomes U+FFFD, the
  // good characters survive.
  auto r = ParseFeed(Rss("caf\xC3\xA9 \xFF bar"), kCtx);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->title, "caf\u00e9 \uFFFD bar");
  EXPECT_TRUE(r->recovered);
  ASSERT_EQ(r->entries.size(), 1u);
}

TEST(RobustnessTest, Latin1MislabelledAsUtf8IsReadAsWindows1252) {
  auto r = ParseFeed(Rss("Caf\xE9 \x93quoted\x94"), kCtx);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title, "Caf\u00e9 \u201cquoted\u201d");
}

TEST(RobustnessTest, NulsAreDropped) {
  const std::string doc = Rss(std::string("Head\0line", 9));
  auto r = ParseFeed(doc, kCtx);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->title, "Headline");
  ASSERT_EQ(r->entries.size(), 1u);
}

TEST(RobustnessTest, JunkBeforeTheDocumentIsTrimmed) {
  auto r = ParseFeed("\n\n  Warning: include() failed\n<?xml version=\"1.0\"?>\n" + Rss("ok"), kCtx);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->title, "ok");
  EXPECT_TRUE(r->recovered);
  // Junk with markup of its own, as a PHP warning prints it.
  auto html_junk = ParseFeed(
      "<br />\n<b>Warning</b>:  date(): timezone not set in <b>/srv/feed.php</b><br />\n"
      "<?xml version=\"1.0\"?>" + Rss("after warning"), kCtx);
  ASSERT_TRUE(html_junk.ok()) << html_junk.status().ToString();
  EXPECT_EQ(html_junk->title, "after warning");
  auto no_decl = ParseFeed("<p>Deprecated: something</p>\n" + Rss("no declaration"), kCtx);
  ASSERT_TRUE(no_decl.ok()) << no_decl.status().ToString();
  EXPECT_EQ(no_decl->title, "no declaration");
  auto bom_space = ParseFeed("\xEF\xBB\xBF   \n" + Rss("bom"), kCtx);
  ASSERT_TRUE(bom_space.ok());
  EXPECT_EQ(bom_space->title, "bom");
}

TEST(RobustnessTest, TruncatedDocumentKeepsWhatIsReadable) {
  const std::string doc =
      "<rss><channel><title>Cut</title><item><title>first</title><link>https://a.example/1</link>"
      "</item><item><title>second</title><link>https://a.exa";
  auto r = ParseFeed(doc, kCtx);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->recovered);
  ASSERT_GE(r->entries.size(), 1u);
  EXPECT_EQ(r->entries[0].title, "first");
  EXPECT_EQ(r->entries[0].link, "https://a.example/1");
}

TEST(RobustnessTest, MismatchedTagsRecover) {
  auto r = ParseFeed("<rss><channel><title>T</title><item><title>x<b>y</title></item></channel></rss>", kCtx);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->recovered);
  ASSERT_EQ(r->entries.size(), 1u);
}

TEST(RobustnessTest, NotAFeed) {
  EXPECT_EQ(ParseFeed("", kCtx).status().code(), Status::Code::kParseError);
  EXPECT_EQ(ParseFeed("   \n ", kCtx).status().code(), Status::Code::kParseError);
  EXPECT_EQ(ParseFeed("just some text", kCtx).status().code(), Status::Code::kParseError);
  EXPECT_EQ(ParseFeed("<html><body>Not found</body></html>", kCtx).status().code(),
            Status::Code::kParseError);
  EXPECT_EQ(ParseFeed(std::string("\0\0\0\0", 4), kCtx).status().code(), Status::Code::kParseError);
}

TEST(RobustnessTest, HostileMarkupInTextStaysFast) {
  // Escaped "<a<a<a..." and "&&&&" in titles and summaries exercise the tag
  // stripper, the HTML detector and the link resolver on worst-case input.
  std::string junk;
  for (int i = 0; i < 100000; ++i) junk += "&lt;a";
  std::string amps(300000, '&');
  const std::string doc = "<rss><channel><title>" + junk + "</title><item><title>" + junk +
                          "</title><description>" + junk + amps + "</description></item></channel></rss>";
  const double start = CpuSeconds();
  auto r = ParseFeed(doc, kCtx);
  EXPECT_LT(CpuSeconds() - start, 3.0);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entries.size(), 1u);
}

TEST(RobustnessTest, ConcurrentParsesAreIndependent) {
  // Ingest parses several sources at once; parser state must not be shared.
  std::vector<std::thread> threads;
  std::vector<std::string> titles(4);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &titles] {
      for (int i = 0; i < 50; ++i) {
        auto r = ParseFeed(Rss("caf&eacute; " + std::to_string(t)), kCtx);
        if (r.ok()) titles[t] = r->title;
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(titles[t], "caf\u00e9 " + std::to_string(t));
}

TEST(RobustnessTest, ManyEntriesAreCapped) {
  std::string doc = "<rss><channel>";
  for (int i = 0; i < 10050; ++i) doc += "<item><guid>g" + std::to_string(i) + "</guid></item>";
  doc += "</channel></rss>";
  auto r = ParseFeed(doc, kCtx);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->entries.size(), 10000u);
}

}  // namespace
}  // namespace bs
