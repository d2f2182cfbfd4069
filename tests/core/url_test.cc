#include "core/url.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace bs {
namespace {

std::string Canon(std::string_view in) { return CanonicalizeUrl(in).value_or("<none>"); }
std::string Resolve(std::string_view base, std::string_view ref) {
  return ResolveUrl(base, ref).value_or("<none>");
}

TEST(CanonicalizeUrl, LowercasesSchemeAndHostButNotPath) {
  EXPECT_EQ(Canon("HTTPS://News.Example.ORG/World/Story-One"),
            "https://news.example.org/World/Story-One");
}

TEST(CanonicalizeUrl, DropsDefaultPortsOnly) {
  EXPECT_EQ(Canon("http://example.org:80/a"), "http://example.org/a");
  EXPECT_EQ(Canon("https://example.org:443/a"), "https://example.org/a");
  EXPECT_EQ(Canon("http://example.org:443/a"), "http://example.org:443/a");
  EXPECT_EQ(Canon("https://example.org:8443/a"), "https://example.org:8443/a");
}

TEST(CanonicalizeUrl, DropsFragmentAndEmptyQuery) {
  EXPECT_EQ(Canon("https://example.org/a#comments"), "https://example.org/a");
  EXPECT_EQ(Canon("https://example.org/a?#"), "https://example.org/a");
  EXPECT_EQ(Canon("https://example.org/a?"), "https://example.org/a");
}

TEST(CanonicalizeUrl, EmptyPathBecomesSlash) {
  EXPECT_EQ(Canon("https://example.org"), "https://example.org/");
  EXPECT_EQ(Canon("https://example.org?x=1"), "https://example.org/?x=1");
}

TEST(CanonicalizeUrl, RemovesTrackingParamsKeepsOthersInOrder) {
  EXPECT_EQ(Canon("https://example.org/s?utm_source=rss&id=7&utm_medium=feed&page=2&fbclid=abc"),
            "https://example.org/s?id=7&page=2");
  EXPECT_EQ(Canon("https://example.org/s?b=2&a=1"), "https://example.org/s?b=2&a=1");
  EXPECT_EQ(Canon("https://example.org/s?UTM_Campaign=x&gclid=1&mc_cid=2&mc_eid=3&_ga=4"),
            "https://example.org/s");
  EXPECT_EQ(Canon("https://example.org/s?utm_anything_new=1&q=kept"), "https://example.org/s?q=kept");
  EXPECT_EQ(Canon("https://example.org/s?msclkid=1&dclid=2&yclid=3&igshid=4&ref_src=5&cmpid=6"),
            "https://example.org/s");
}

TEST(CanonicalizeUrl, KeepsParamsThatOnlyLookLikeTracking) {
  // Only the exact names are tracking; "gclid_x" and "autm_x" are content.
  EXPECT_EQ(Canon("https://example.org/s?gclid_x=1&autm_x=2"),
            "https://example.org/s?gclid_x=1&autm_x=2");
}

TEST(CanonicalizeUrl, CollapsesEmptyQueryPieces) {
  EXPECT_EQ(Canon("https://example.org/s?&a=1&&b=2&"), "https://example.org/s?a=1&b=2");
  EXPECT_EQ(Canon("https://example.org/s?flag"), "https://example.org/s?flag");
}

TEST(CanonicalizeUrl, RemovesDotSegments) {
  EXPECT_EQ(Canon("https://example.org/a/b/../c/./d"), "https://example.org/a/c/d");
}

TEST(CanonicalizeUrl, KeepsPercentEncodingAndEncodesSpacesAndHighBytes) {
  EXPECT_EQ(Canon("https://example.org/a%2Fb?q=%E2%9C%93"), "https://example.org/a%2Fb?q=%E2%9C%93");
  EXPECT_EQ(Canon("https://example.org/two words"), "https://example.org/two%20words");
  EXPECT_EQ(Canon("https://example.org/caf\xc3\xa9"), "https://example.org/caf%C3%A9");
  // Escape case is normalised, so both spellings give one key.
  EXPECT_EQ(Canon("https://example.org/caf%c3%a9?q=%e2%9c%93"), Canon("https://example.org/caf%C3%A9?q=%E2%9C%93"));
  // A bare "%" that starts no escape is left alone.
  EXPECT_EQ(Canon("https://example.org/100%25?p=5%"), "https://example.org/100%25?p=5%");
}

TEST(CanonicalizeUrl, DropsCredentials) {
  EXPECT_EQ(Canon("https://user:secret@example.org/a"), "https://example.org/a");
}

TEST(CanonicalizeUrl, TrimsWhitespaceAndLineBreaks) {
  EXPECT_EQ(Canon("  \n https://example.org/a\n/b \t"), "https://example.org/a/b");
}

TEST(CanonicalizeUrl, IsIdempotent) {
  for (const char* in : {"HTTP://Example.org:80/x/../y?utm_source=a&z=1#f",
                         "https://example.org/two words?q=a b", "https://[::1]:8080/p"}) {
    auto once = CanonicalizeUrl(in);
    ASSERT_TRUE(once) << in;
    EXPECT_EQ(CanonicalizeUrl(*once), once) << in;
  }
}

TEST(CanonicalizeUrl, IPv6HostKeepsBrackets) {
  EXPECT_EQ(Canon("http://[::1]:8080/x"), "http://[::1]:8080/x");
}

TEST(CanonicalizeUrl, RejectsNonHttpAndGarbage) {
  for (const char* bad : {"javascript:alert(1)", "data:text/html,hi", "mailto:desk@example.org",
                          "ftp://example.org/file", "file:///etc/passwd", "", "   ",
                          "example.org/no-scheme", "/relative/path", "http://", "https://",
                          "http://exa mple.org/", "http://example.org/\x01", "://x", "%%%",
                          "http://[::1/x"}) {
    EXPECT_FALSE(CanonicalizeUrl(bad).has_value()) << bad;
  }
}

TEST(CanonicalizeUrl, RejectsEmbeddedNul) {
  std::string with_nul("https://example.org/a\0b", 23);
  EXPECT_FALSE(CanonicalizeUrl(with_nul).has_value());
}

TEST(CanonicalizeUrl, BoundsLength) {
  std::string ok = "https://example.org/" + std::string(4000, 'a');
  EXPECT_TRUE(CanonicalizeUrl(ok).has_value());
  std::string huge = "https://example.org/" + std::string(9000, 'a');
  EXPECT_FALSE(CanonicalizeUrl(huge).has_value());
  std::string enormous = "https://example.org/?q=" + std::string(10 * 1024 * 1024, 'x');
  EXPECT_FALSE(CanonicalizeUrl(enormous).has_value());
}

// Random bytes after a valid prefix: nothing crashes, and whatever is
// accepted is a fixed point of canonicalisation (the store relies on it).
TEST(CanonicalizeUrl, RandomGarbageIsSafeAndStable) {
  std::mt19937 rng(7);
  const char kAlphabet[] = "aZ09-._~:/?#[]@!$&'()*+,;=% \t\n\x01\x7f\x80\xc3\xa9\xff";
  int accepted = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string url = (i % 2 == 0) ? "http://" : "https://h.example/";
    const int n = static_cast<int>(rng() % 64);
    for (int j = 0; j < n; ++j) url.push_back(kAlphabet[rng() % (sizeof kAlphabet - 1)]);
    auto once = CanonicalizeUrl(url);
    (void)ResolveUrl("https://base.example/a/b", url.substr(7));
    if (!once) continue;
    ++accepted;
    EXPECT_TRUE(IsHttpUrl(*once)) << *once;
    EXPECT_EQ(CanonicalizeUrl(*once), once) << "input: " << url;
  }
  EXPECT_GT(accepted, 100);
}

TEST(ResolveUrl, RelativeForms) {
  const std::string base = "https://news.example.org/world/asia/story.html?page=2#top";
  EXPECT_EQ(Resolve(base, "other.html"), "https://news.example.org/world/asia/other.html");
  EXPECT_EQ(Resolve(base, "../europe/x"), "https://news.example.org/world/europe/x");
  EXPECT_EQ(Resolve(base, "../../../../../x"), "https://news.example.org/x");
  EXPECT_EQ(Resolve(base, "/abs"), "https://news.example.org/abs");
  EXPECT_EQ(Resolve(base, "//cdn.example.net/i.jpg"), "https://cdn.example.net/i.jpg");
  EXPECT_EQ(Resolve(base, "?a"), "https://news.example.org/world/asia/story.html?a");
  EXPECT_EQ(Resolve(base, "#notes"), "https://news.example.org/world/asia/story.html?page=2#notes");
  EXPECT_EQ(Resolve(base, ""), "https://news.example.org/world/asia/story.html?page=2");
  EXPECT_EQ(Resolve(base, "  photo one.jpg "), "https://news.example.org/world/asia/photo%20one.jpg");
}

TEST(ResolveUrl, AbsoluteRefWins) {
  EXPECT_EQ(Resolve("https://a.example/x", "http://b.example/y"), "http://b.example/y");
  EXPECT_EQ(Resolve("https://a.example/x", "HTTPS://B.example:443"), "https://B.example/");
}

TEST(ResolveUrl, ProtocolRelativeKeepsBaseScheme) {
  EXPECT_EQ(Resolve("http://a.example/x", "//b.example/y"), "http://b.example/y");
}

TEST(ResolveUrl, NonHttpRefsAreRefused) {
  const std::string base = "https://a.example/x";
  for (const char* bad : {"javascript:void(0)", "mailto:desk@a.example", "data:image/png;base64,AA",
                          "ftp://a.example/f", "tel:+100", "http:", "\x01"}) {
    EXPECT_FALSE(ResolveUrl(base, bad).has_value()) << bad;
  }
}

TEST(ResolveUrl, UnusableBaseIsRefused) {
  EXPECT_FALSE(ResolveUrl("", "/x").has_value());
  EXPECT_FALSE(ResolveUrl("not a url", "/x").has_value());
  EXPECT_FALSE(ResolveUrl("ftp://a.example/", "/x").has_value());
  EXPECT_FALSE(ResolveUrl("https://a.example/" + std::string(9000, 'a'), "x").has_value());
  EXPECT_FALSE(ResolveUrl("https://a.example/", std::string(9000, 'a')).has_value());
}

TEST(UrlParts, HostOriginPathAndQuery) {
  EXPECT_EQ(UrlHost("https://News.Example.org:8443/a").value_or(""), "news.example.org");
  EXPECT_EQ(UrlOrigin("https://News.Example.org:8443/a").value_or(""),
            "https://news.example.org:8443");
  EXPECT_EQ(UrlOrigin("https://example.org:443/a").value_or(""), "https://example.org");
  EXPECT_EQ(UrlOrigin("http://example.org/a").value_or(""), "http://example.org");
  EXPECT_EQ(UrlOrigin("http://127.0.0.1:8080/a").value_or(""), "http://127.0.0.1:8080");
  EXPECT_EQ(UrlPathAndQuery("https://example.org").value_or(""), "/");
  EXPECT_EQ(UrlPathAndQuery("https://example.org/a/b?c=d#e").value_or(""), "/a/b?c=d");
  EXPECT_FALSE(UrlHost("mailto:a@b.example").has_value());
  EXPECT_FALSE(UrlOrigin("garbage").has_value());
  EXPECT_FALSE(UrlPathAndQuery("").has_value());
}

TEST(IsHttpUrl, AcceptsOnlyAbsoluteHttp) {
  EXPECT_TRUE(IsHttpUrl("http://example.org"));
  EXPECT_TRUE(IsHttpUrl("https://example.org/feed.xml"));
  EXPECT_FALSE(IsHttpUrl("example.org/feed.xml"));
  EXPECT_FALSE(IsHttpUrl("feed://example.org/feed.xml"));
  EXPECT_FALSE(IsHttpUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsHttpUrl(std::string(20000, 'h')));
}

}  // namespace
}  // namespace bs
