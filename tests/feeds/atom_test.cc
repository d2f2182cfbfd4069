#include <gtest/gtest.h>

#include "core/time.h"
#include "feeds/feed.h"

namespace bs {
namespace {

Feed MustParse(std::string_view bytes, const std::string& url = "https://wire.example/atom.xml") {
  auto r = ParseFeed(bytes, FeedContext{url, "application/atom+xml"});
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? r.value() : Feed{};
}

constexpr char kAtom[] = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://wire.example/">
  <title type="html">Wire &lt;i&gt;Service&lt;/i&gt;</title>
  <link rel="self" href="/atom.xml"/>
  <link rel="alternate" type="application/json" href="/index.json"/>
  <link rel="alternate" type="text/html" href="/"/>
  <entry xml:base="stories/2024/">
    <title type="text">Port strike &lt;ends&gt;</title>
    <link rel="alternate" type="text/html" href="port-strike.html"/>
    <link rel="enclosure" type="image/jpeg" href="../../img/port.jpg"/>
    <id>tag:wire.example,2024:port-strike</id>
    <published>2024-03-05T07:08:09Z</published>
    <updated>2024-03-05T09:08:09+01:00</updated>
    <author><name>Kenji Sato</name><email>ks@wire.example</email></author>
    <author><name>Mai Tran</name></author>
    <category term="labour" label="Labour"/>
    <category term="ports"/>
    <summary type="html">&lt;p&gt;Dockers &lt;a href="vote.html"&gt;voted&lt;/a&gt;.&lt;/p&gt;</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Full <a href="more.html">story</a> &amp; notes.</p></div></content>
  </entry>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Markets <b>rally</b></div></title>
    <link href="https://wire.example/markets"/>
    <id>urn:uuid:1b7e6a2c-0000-4000-8000-000000000001</id>
    <updated>2024-03-04T00:00:00Z</updated>
    <content type="text">Plain &lt;text&gt; body</content>
  </entry>
</feed>)";

TEST(AtomTest, FeedAndEntryFields) {
  Feed f = MustParse(kAtom);
  EXPECT_EQ(f.format, "atom");
  EXPECT_EQ(f.title, "Wire Service");
  EXPECT_EQ(f.link, "https://wire.example/");
  ASSERT_EQ(f.entries.size(), 2u);

  const FeedEntry& a = f.entries[0];
  EXPECT_EQ(a.title, "Port strike <ends>");
  EXPECT_EQ(a.link, "https://wire.example/stories/2024/port-strike.html");
  EXPECT_EQ(a.image, "https://wire.example/img/port.jpg");
  EXPECT_EQ(a.id, "tag:wire.example,2024:port-strike");
  EXPECT_EQ(a.published, MakeTimestamp(2024, 3, 5, 7, 8, 9));
  EXPECT_EQ(a.updated, MakeTimestamp(2024, 3, 5, 8, 8, 9));
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Kenji Sato", "Mai Tran"}));
  EXPECT_EQ(a.categories, (std::vector<std::string>{"labour", "ports"}));
  EXPECT_EQ(a.summary, "<p>Dockers <a href=\"https://wire.example/stories/2024/vote.html\">voted</a>.</p>");
  EXPECT_EQ(a.content,
            "<p>Full <a href=\"https://wire.example/stories/2024/more.html\">story</a> &amp; notes.</p>");

  const FeedEntry& b = f.entries[1];
  EXPECT_EQ(b.title, "Markets rally");
  EXPECT_EQ(b.link, "https://wire.example/markets");
  EXPECT_FALSE(b.published.has_value());
  EXPECT_EQ(b.updated, MakeTimestamp(2024, 3, 4, 0, 0, 0));
  EXPECT_EQ(b.content, "Plain <text> body");
}

TEST(AtomTest, Atom03) {
  constexpr char kOld[] = R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#">
<title mode="escaped" type="text/html">Old &lt;b&gt;feed&lt;/b&gt;</title>
<link rel="alternate" type="text/html" href="https://old.example/"/>
<entry><title>Entry</title><link rel="alternate" href="https://old.example/1"/>
<id>old-1</id><issued>2004-01-02T03:04:05Z</issued><modified>2004-01-03T03:04:05Z</modified>
<content type="text/html" mode="base64">PHA+SGk8L3A+</content></entry></feed>)";
  Feed f = MustParse(kOld);
  EXPECT_EQ(f.title, "Old feed");
  EXPECT_EQ(f.link, "https://old.example/");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].published, MakeTimestamp(2004, 1, 2, 3, 4, 5));
  EXPECT_EQ(f.entries[0].updated, MakeTimestamp(2004, 1, 3, 3, 4, 5));
  EXPECT_EQ(f.entries[0].content, "<p>Hi</p>");
}

TEST(AtomTest, LinkWithoutRelIsAlternateAndFeedUrlIsBase) {
  Feed f = MustParse(
      R"(<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title>)"
      R"(<link rel="related" href="/other"/><link href="p/1"/></entry></feed>)",
      "https://wire.example/feeds/all.atom");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].link, "https://wire.example/feeds/p/1");
  EXPECT_EQ(f.entries[0].id, "https://wire.example/feeds/p/1");  // no <id>: the link
}

TEST(AtomTest, ContentBySrcIsIgnored) {
  Feed f = MustParse(
      R"(<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id>)"
      R"(<content src="https://wire.example/x.html" type="text/html"/></entry></feed>)");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].content, "");
}

TEST(AtomTest, MediaThumbnail) {
  Feed f = MustParse(
      R"(<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">)"
      R"(<entry><id>v</id><media:group><media:thumbnail url="https://i.example/v.jpg"/></media:group>)"
      R"(</entry></feed>)");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].image, "https://i.example/v.jpg");
}

}  // namespace
}  // namespace bs
