#include "fetch/robots.h"

#include <gtest/gtest.h>

#include <string>

namespace bs {
namespace {

TEST(RobotsPattern, PrefixWildcardAndAnchor) {
  EXPECT_TRUE(RobotsPatternMatches("/", "/anything"));
  EXPECT_TRUE(RobotsPatternMatches("/fish", "/fish.html"));
  EXPECT_TRUE(RobotsPatternMatches("/fish", "/fishheads/yummy"));
  EXPECT_FALSE(RobotsPatternMatches("/fish", "/Fish.asp"));
  EXPECT_FALSE(RobotsPatternMatches("/fish/", "/fish"));
  EXPECT_TRUE(RobotsPatternMatches("/*.php", "/folder/filename.php?params"));
  EXPECT_FALSE(RobotsPatternMatches("/*.php", "/windows.PHP"));
  EXPECT_TRUE(RobotsPatternMatches("/*.php$", "/filename.php"));
  EXPECT_FALSE(RobotsPatternMatches("/*.php$", "/filename.php?x=1"));
  EXPECT_FALSE(RobotsPatternMatches("/*.php$", "/filename.php5"));
  EXPECT_TRUE(RobotsPatternMatches("/fish*.php", "/fishheads/catfish.php?p"));
  EXPECT_TRUE(RobotsPatternMatches("/a$", "/a"));
  EXPECT_FALSE(RobotsPatternMatches("/a$", "/ab"));
  EXPECT_TRUE(RobotsPatternMatches("*", "/"));
  EXPECT_TRUE(RobotsPatternMatches("/**/x", "/a/b/x"));
}

TEST(RobotsPattern, PathologicalPatternStaysFast) {
  // Many stars against a long non-matching path: the iterative matcher must
  // not explode (a naive recursive matcher would take exponential time).
  std::string pattern = "/";
  for (int i = 0; i < 500; ++i) pattern += "*a";
  pattern += "b";
  const std::string path = "/" + std::string(4000, 'a');
  EXPECT_FALSE(RobotsPatternMatches(pattern, path));
}

TEST(Robots, PicksOurGroupOverStar) {
  const RobotsRules r = ParseRobots(
      "User-agent: *\nDisallow: /\n\n"
      "User-agent: BroadSheet/2.0\nDisallow: /drafts/\n");
  EXPECT_TRUE(RobotsAllows(r, "/news/1.html"));
  EXPECT_FALSE(RobotsAllows(r, "/drafts/x"));
}

TEST(Robots, FallsBackToStarGroup) {
  const RobotsRules r =
      ParseRobots("User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n");
  EXPECT_TRUE(RobotsAllows(r, "/"));
  EXPECT_FALSE(RobotsAllows(r, "/private/p.html"));
}

TEST(Robots, NoApplicableGroupAllowsEverything) {
  const RobotsRules r = ParseRobots("User-agent: otherbot\nDisallow: /\n");
  EXPECT_TRUE(RobotsAllows(r, "/anything"));
}

TEST(Robots, LongestMatchWinsAndAllowWinsTies) {
  const RobotsRules r = ParseRobots(
      "User-agent: *\n"
      "Disallow: /news/\n"
      "Allow: /news/public/\n"
      "Allow: /page\n"
      "Disallow: /page\n");
  EXPECT_FALSE(RobotsAllows(r, "/news/secret.html"));
  EXPECT_TRUE(RobotsAllows(r, "/news/public/a.html"));
  EXPECT_TRUE(RobotsAllows(r, "/page"));
  EXPECT_TRUE(RobotsAllows(r, "/other"));
}

TEST(Robots, GroupedAgentsAndMergedGroups) {
  const RobotsRules r = ParseRobots(
      "User-agent: a\nUser-agent: broadsheet\nDisallow: /x/\n\n"
      "User-agent: broadsheet\nDisallow: /y/\n");
  EXPECT_FALSE(RobotsAllows(r, "/x/1"));
  EXPECT_FALSE(RobotsAllows(r, "/y/1"));
  EXPECT_TRUE(RobotsAllows(r, "/z/1"));
}

TEST(Robots, CommentsBlankLinesCrlfAndOddSpacing) {
  const RobotsRules r = ParseRobots(
      "# site rules\r\n"
      "USER-AGENT :  *   # everyone\r\n"
      "\r\n"
      "disallow:/tmp/  # scratch\r\n"
      "Sitemap: https://example.invalid/sitemap.xml\r\n"
      "Disallow:\r\n");
  EXPECT_FALSE(RobotsAllows(r, "/tmp/file"));
  EXPECT_TRUE(RobotsAllows(r, "/news"));
}

TEST(Robots, RulesBeforeAnyUserAgentAreIgnored) {
  const RobotsRules r = ParseRobots("Disallow: /\nUser-agent: *\nDisallow: /a\n");
  EXPECT_TRUE(RobotsAllows(r, "/b"));
  EXPECT_FALSE(RobotsAllows(r, "/a"));
}

TEST(Robots, RobotsTxtItselfIsAlwaysAllowed) {
  const RobotsRules r = ParseRobots("User-agent: *\nDisallow: /\n");
  EXPECT_FALSE(RobotsAllows(r, "/"));
  EXPECT_TRUE(RobotsAllows(r, "/robots.txt"));
  EXPECT_TRUE(RobotsAllows(RobotsRules::DisallowAll(), "/robots.txt"));
  EXPECT_FALSE(RobotsAllows(RobotsRules::DisallowAll(), "/index.html"));
}

TEST(Robots, PercentEncodingIsNormalised) {
  const RobotsRules r = ParseRobots(
      "User-agent: *\nDisallow: /%7Euser/\nDisallow: /caf\xC3\xA9/\nDisallow: /a%2fb\n");
  EXPECT_FALSE(RobotsAllows(r, "/~user/page"));
  EXPECT_FALSE(RobotsAllows(r, "/caf%C3%A9/menu"));
  EXPECT_FALSE(RobotsAllows(r, "/caf%c3%a9/menu"));
  EXPECT_FALSE(RobotsAllows(r, "/a%2Fb"));
  EXPECT_TRUE(RobotsAllows(r, "/a/b"));  // an encoded slash is not a slash
}

TEST(Robots, QueryStringsParticipateInMatching) {
  const RobotsRules r = ParseRobots("User-agent: *\nDisallow: /*?print=\n");
  EXPECT_FALSE(RobotsAllows(r, "/story?print=1"));
  EXPECT_TRUE(RobotsAllows(r, "/story?page=2"));
}

TEST(Robots, CrawlDelayIsReadAndCapped) {
  EXPECT_DOUBLE_EQ(ParseRobots("User-agent: *\nCrawl-delay: 2.5\n").crawl_delay_seconds, 2.5);
  EXPECT_DOUBLE_EQ(ParseRobots("User-agent: *\nCrawl-delay: 99999\n").crawl_delay_seconds, 60);
  EXPECT_DOUBLE_EQ(ParseRobots("User-agent: *\nCrawl-delay: soon\n").crawl_delay_seconds, 0);
}

TEST(Robots, HostileInputIsBounded) {
  // NULs, invalid UTF-8 and a body far past the cap must neither crash nor
  // let rules beyond the cap apply.
  std::string body = "User-agent: *\nDisallow: /a\xff\xfe\n";
  body += std::string("Disallow: /nul\0x\n", 17);
  body += std::string(kMaxRobotsBytes, '#');
  body += "\nDisallow: /\n";
  const RobotsRules r = ParseRobots(body);
  EXPECT_TRUE(RobotsAllows(r, "/news"));
  EXPECT_FALSE(RobotsAllows(r, "/a%FF%FE"));
  EXPECT_FALSE(RobotsAllows(r, "/nul%00x"));
}

TEST(Robots, EmptyAndJunkBodiesAllowAll) {
  EXPECT_TRUE(RobotsAllows(ParseRobots(""), "/x"));
  EXPECT_TRUE(RobotsAllows(ParseRobots("<html><body>Not found</body></html>"), "/x"));
}

}  // namespace
}  // namespace bs
