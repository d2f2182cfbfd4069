// Legacy encodings, built as raw bytes here, and the order in which the byte
// order mark, the HTTP charset and the XML declaration are trusted.
#include <gtest/gtest.h>

#include "feeds/feed.h"
#include "feeds/xml_input.h"

namespace bs {
namespace {

std::string Doc(std::string_view declared, std::string_view title_bytes) {
  std::string s;
  if (!declared.empty()) s += "<?xml version=\"1.0\" encoding=\"" + std::string(declared) + "\"?>\n";
  s += "<rss><channel><title>" + std::string(title_bytes) + "</title></channel></rss>";
  return s;
}

std::string Title(const std::string& bytes, const std::string& content_type = "") {
  auto r = ParseFeed(bytes, FeedContext{"https://e.example/f", content_type});
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? r->title : "";
}

TEST(EncodingTest, DeclaredLegacyEncodings) {
  EXPECT_EQ(Title(Doc("windows-1251", "\xCD\xEE\xE2\xEE\xF1\xF2\xE8")), "Новости");
  EXPECT_EQ(Title(Doc("koi8-r", "\xED\xC9\xD2")), "Мир");
  EXPECT_EQ(Title(Doc("gb2312", "\xD6\xD0\xCE\xC4")), "中文");
  EXPECT_EQ(Title(Doc("iso-8859-2", "\xA3\xF3\x64\xBC")), "Łódź");
  EXPECT_EQ(Title(Doc("Shift_JIS", "\x93\xFA\x96\x7B")), "日本");
  EXPECT_EQ(Title(Doc("euc-kr", "\xC7\xD1\xB1\xB9")), "한국");
  // iso-8859-1 is read as its superset windows-1252, as browsers do.
  EXPECT_EQ(Title(Doc("iso-8859-1", "\x93hi\x94 caf\xE9")), "\u201chi\u201d caf\u00e9");
}

TEST(EncodingTest, HttpCharsetOverridesDeclarationForXmlMediaTypes) {
  const std::string bytes = Doc("iso-8859-1", "\xCD\xEE\xE2\xEE\xF1\xF2\xE8");
  EXPECT_EQ(Title(bytes, "application/rss+xml; charset=windows-1251"), "Новости");
  EXPECT_EQ(Title(bytes, "text/xml;charset=\"windows-1251\""), "Новости");
}

TEST(EncodingTest, DeclarationWinsOverCharsetOnNonXmlMediaTypes) {
  const std::string bytes = Doc("utf-8", "caf\xC3\xA9");
  EXPECT_EQ(Title(bytes, "text/html; charset=iso-8859-1"), "café");
  // ...but fills in when the document declares nothing.
  EXPECT_EQ(Title(Doc("", "\xCD\xEE\xE2"), "text/plain; charset=windows-1251"), "Нов");
}

TEST(EncodingTest, ByteOrderMarkWinsOverEverything) {
  const std::string ascii = Doc("iso-8859-1", "Hi \xC3\xA9");
  std::string with_bom = "\xEF\xBB\xBF" + ascii;
  EXPECT_EQ(Title(with_bom, "application/xml; charset=windows-1251"), "Hi é");
}

TEST(EncodingTest, Utf16WithAndWithoutBom) {
  const std::string utf8 = Doc("utf-16", "Tiếng Việt");
  // Build UTF-16LE from the UTF-8 text (all BMP).
  std::u32string cps;
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    char32_t cp;
    int n;
    if (c < 0x80) { cp = c; n = 1; }
    else if (c < 0xE0) { cp = c & 0x1F; n = 2; }
    else { cp = c & 0x0F; n = 3; }
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    cps.push_back(cp);
    i += n;
  }
  std::string le, be;
  for (char32_t cp : cps) {
    le.push_back(static_cast<char>(cp & 0xFF));
    le.push_back(static_cast<char>(cp >> 8));
    be.push_back(static_cast<char>(cp >> 8));
    be.push_back(static_cast<char>(cp & 0xFF));
  }
  EXPECT_EQ(Title("\xFF\xFE" + le), "Tiếng Việt");
  EXPECT_EQ(Title("\xFE\xFF" + be), "Tiếng Việt");
  EXPECT_EQ(Title(le), "Tiếng Việt");  // sniffed from "<\0?\0"
}

TEST(EncodingTest, UnknownCharsetFallsBack) {
  EXPECT_EQ(Title(Doc("x-no-such-charset", "caf\xC3\xA9")), "café");
  EXPECT_EQ(Title(Doc("x-no-such-charset", "caf\xE9")), "café");
}

TEST(XmlInputTest, DecideCharsetOrder) {
  using feeds::DecideXmlCharset;
  EXPECT_EQ(DecideXmlCharset("<?xml version='1.0' encoding='KOI8-R'?><rss/>", ""), "koi8-r");
  EXPECT_EQ(DecideXmlCharset("<?xml version='1.0' encoding='KOI8-R'?><rss/>",
                             "application/xml; charset=UTF-8"), "utf-8");
  EXPECT_EQ(DecideXmlCharset("<?xml version='1.0' encoding='KOI8-R'?><rss/>",
                             "text/html; charset=UTF-8"), "koi8-r");
  EXPECT_EQ(DecideXmlCharset("<rss/>", ""), "utf-8");
  EXPECT_EQ(DecideXmlCharset("<?xml version='1.0' encoding='utf-16'?><rss/>", ""), "utf-8");
  EXPECT_EQ(DecideXmlCharset("\xFF\xFE<\0", "application/xml; charset=koi8-r"), "utf-16le");
}

TEST(XmlInputTest, RepairReferences) {
  using feeds::RepairReferences;
  bool repaired = false;
  EXPECT_EQ(RepairReferences("<a>&amp;&lt;&#233;&#xE9;</a>", &repaired), "<a>&amp;&lt;&#233;&#xE9;</a>");
  EXPECT_FALSE(repaired);
  EXPECT_EQ(RepairReferences("<a>&nbsp;&eacute;&hellip;</a>", &repaired), "<a>&#160;&#233;&#8230;</a>");
  EXPECT_TRUE(repaired);
  EXPECT_EQ(RepairReferences("<a href=\"?a=1&b=2\">AT&T &nosuch;</a>", nullptr),
            "<a href=\"?a=1&amp;b=2\">AT&amp;T &amp;nosuch;</a>");
  EXPECT_EQ(RepairReferences("<a>&#150;&#X41;&#0;&#xD800;</a>", nullptr),
            "<a>&#8211;&#65;&#65533;&#65533;</a>");
  // CDATA, comments and processing instructions are left alone.
  EXPECT_EQ(RepairReferences("<![CDATA[&nbsp; & x]]><!-- & --><?pi & ?>", nullptr),
            "<![CDATA[&nbsp; & x]]><!-- & --><?pi & ?>");
  // Names declared in an internal subset are kept for libxml2 to resolve.
  EXPECT_EQ(RepairReferences("<!DOCTYPE r [<!ENTITY me \"x\">]><r>&me;</r>", nullptr),
            "<!DOCTYPE r [<!ENTITY me \"x\">]><r>&me;</r>");
}

}  // namespace
}  // namespace bs
