#include "text/charset.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

namespace bs {
namespace {

// Encodes UTF-8 text into `charset` with ICU, so the legacy samples are built
// from readable source text.
std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(n);
  return out;
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

const std::string kJapanese =
    "<html><body><p>北陸の小さな酒蔵が、地震から二年ぶりに新酒を出荷した。"
    "蔵元は「ようやく町に活気が戻ってきた」と話している。杜氏たちは仮設の蔵で仕込みを続けてきた。</p></body></html>";
const std::string kKorean =
    "<html><body><p>부산 앞바다에서 해상풍력 단지 착공식이 열렸다. 시는 이번 사업으로 "
    "지역 일자리가 늘어날 것으로 기대하고 있다. 주민들은 어업 피해를 걱정하고 있다.</p></body></html>";
const std::string kChinese =
    "<html><body><p>新加坡的小贩中心正在试行无现金支付，许多年长摊主表示需要更多时间适应。"
    "政府将为他们提供培训和补贴，帮助他们使用新的支付系统。</p></body></html>";
const std::string kRussian =
    "<html><body><p>В Ташкенте открылась новая линия метро, которая соединила центр города "
    "с северными районами. Жители говорят, что дорога на работу стала намного короче.</p></body></html>";

TEST(CharsetFromContentType, ReadsParameter) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=EUC-KR"), "euc-kr");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"Shift_JIS\""), "shift_jis");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
}

TEST(DetectHtmlEncoding, ByteOrderMarksWin) {
  EXPECT_EQ(DetectHtmlEncoding("\xEF\xBB\xBF<html>", "text/html; charset=windows-1251"), "UTF-8");
  EXPECT_EQ(DetectHtmlEncoding(std::string("\xFF\xFE<\0h\0", 6), ""), "UTF-16LE");
  EXPECT_EQ(DetectHtmlEncoding(std::string("\xFE\xFF\0<\0h", 6), ""), "UTF-16BE");
}

TEST(DetectHtmlEncoding, HeaderBeatsMeta) {
  EXPECT_EQ(DetectHtmlEncoding("<meta charset=\"utf-8\"><p>x</p>", "text/html; charset=euc-kr"),
            "EUC-KR");
}

TEST(DetectHtmlEncoding, MetaCharsetAndHttpEquiv) {
  EXPECT_EQ(DetectHtmlEncoding("<html><head><meta charset=\"Shift_JIS\"></head>", ""), "Shift_JIS");
  EXPECT_EQ(DetectHtmlEncoding("<html><head><META HTTP-EQUIV=\"Content-Type\" "
                               "CONTENT=\"text/html; charset=euc-kr\" /></head>",
                               "text/html"),
            "EUC-KR");
  // A page that could be read to find its meta tag is not UTF-16.
  EXPECT_EQ(DetectHtmlEncoding("<meta charset=utf-16>", ""), "UTF-8");
}

TEST(DetectHtmlEncoding, Utf8BytesBeatLegacyLabel) {
  // Valid multi-byte UTF-8 under a legacy label: the label is stale.
  EXPECT_EQ(DetectHtmlEncoding("<meta charset=gb2312><p>" + kChinese, ""), "UTF-8");
  EXPECT_EQ(DetectHtmlEncoding("<p>café</p>", "text/html; charset=iso-8859-1"), "UTF-8");
  // Real legacy bytes keep their label.
  EXPECT_EQ(DetectHtmlEncoding("<meta charset=gb2312>" + Encode(kChinese, "GBK"), ""), "GB18030");
  EXPECT_EQ(DetectHtmlEncoding("<p>caf\xE9</p>", "text/html; charset=iso-8859-1"), "windows-1252");
}

TEST(DetectHtmlEncoding, LabelsMappedLikeBrowsers) {
  EXPECT_EQ(DetectHtmlEncoding("<meta charset=iso-8859-1>", ""), "windows-1252");
  EXPECT_EQ(DetectHtmlEncoding("<meta charset=us-ascii>", ""), "windows-1252");
  std::string gb = DetectHtmlEncoding("<meta charset=gb2312>", "");
  EXPECT_TRUE(gb == "GBK" || gb == "GB18030") << gb;
  EXPECT_EQ(DetectHtmlEncoding("<meta charset=tis-620>", ""), "windows-874");
  EXPECT_EQ(DetectHtmlEncoding("", "text/html; charset=windows-1251"), "windows-1251");
}

TEST(DetectHtmlEncoding, UnknownLabelFallsThroughToSniffing) {
  EXPECT_EQ(DetectHtmlEncoding("<meta charset=no-such-thing><p>plain</p>", ""), "UTF-8");
}

TEST(DetectHtmlEncoding, SniffsLegacyEncodings) {
  EXPECT_EQ(DetectHtmlEncoding(Encode(Repeat(kJapanese, 3), "Shift_JIS"), ""), "Shift_JIS");
  EXPECT_EQ(DetectHtmlEncoding(Encode(Repeat(kKorean, 3), "EUC-KR"), ""), "EUC-KR");
  std::string gb = DetectHtmlEncoding(Encode(Repeat(kChinese, 3), "GBK"), "");
  EXPECT_TRUE(gb == "GBK" || gb == "GB18030") << gb;
  EXPECT_EQ(DetectHtmlEncoding(Encode(Repeat(kRussian, 3), "windows-1251"), ""), "windows-1251");
  EXPECT_EQ(DetectHtmlEncoding(kKorean, ""), "UTF-8");
}

TEST(ConvertToUtf8, RoundTripsLegacyEncodings) {
  for (const char* cs : {"Shift_JIS", "EUC-KR", "GBK", "windows-1251"}) {
    const std::string& text = std::string(cs) == "Shift_JIS" ? kJapanese
                              : std::string(cs) == "EUC-KR"  ? kKorean
                              : std::string(cs) == "GBK"     ? kChinese
                                                             : kRussian;
    auto bytes = Encode(text, cs);
    auto utf8 = ConvertToUtf8(bytes, DetectHtmlEncoding(bytes, ""));
    ASSERT_TRUE(utf8.ok()) << cs << ": " << utf8.status().ToString();
    EXPECT_EQ(*utf8, text) << cs;
  }
}

TEST(ConvertToUtf8, Windows1252Specials) {
  auto r = ConvertToUtf8("caf\xE9 \x93quoted\x94 \x97 dash", "iso-8859-1");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "café “quoted” — dash");
}

TEST(ConvertToUtf8, Utf16WithBom) {
  std::string bytes("\xFF\xFE" "h\0i\0", 6);
  auto r = ConvertToUtf8(bytes, DetectHtmlEncoding(bytes, ""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "hi");
}

TEST(ConvertToUtf8, StripsUtf8Bom) {
  auto r = ConvertToUtf8("\xEF\xBB\xBFhello", "utf-8");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "hello");
}

TEST(ConvertToUtf8, InvalidBytesBecomeReplacementCharacter) {
  auto r = ConvertToUtf8("a\xFF" "b\xC3", "UTF-8");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  // Truncated double-byte sequence in Shift_JIS.
  auto sj = ConvertToUtf8("ab\x82", "Shift_JIS");
  ASSERT_TRUE(sj.ok());
  EXPECT_EQ(*sj, "ab\xEF\xBF\xBD");
  // An unassigned byte in windows-1252 (0x81).
  auto w = ConvertToUtf8("x\x81y", "windows-1252");
  ASSERT_TRUE(w.ok());
  EXPECT_TRUE(*w == "x\xEF\xBF\xBDy" || *w == "x\xC2\x81y") << *w;
}

TEST(ConvertToUtf8, NulsDropped) {
  auto r = ConvertToUtf8(std::string("a\0b\0c", 5), "windows-1252");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "abc");
  auto u = ConvertToUtf8(std::string("a\0b", 3), "UTF-8");
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(*u, "ab");
}

TEST(ConvertToUtf8, UnknownCharsetFails) {
  auto r = ConvertToUtf8("abc", "x-no-such-charset");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
}

TEST(SanitizeUtf8, RejectsOverlongsAndSurrogates) {
  EXPECT_EQ(SanitizeUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(SanitizeUtf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(SanitizeUtf8("ok \xF0\x9F\x98\x80"), "ok \xF0\x9F\x98\x80");
  EXPECT_EQ(SanitizeUtf8(std::string("a\x01\tb\x1F\n", 6)), "a\tb\n");
}

}  // namespace
}  // namespace bs

namespace bs {
namespace {

// Labels ICU knows only as aliases (not canonical names) must convert too.
TEST(CharsetAliases, LegacyIsoLabelsConvert) {
  // "Łódź" in ISO-8859-2: Ł=0xA3, ó=0xF3, d, ź=0xBC
  const std::string latin2 = "\xA3\xF3" "d\xBC";
  for (const char* label : {"iso-8859-2", "ISO-8859-2", "latin2", "iso_8859-2"}) {
    auto r = ConvertToUtf8(latin2, label);
    ASSERT_TRUE(r.ok()) << label << ": " << r.status().ToString();
    EXPECT_EQ(*r, "Łódź") << label;
  }
  auto cyr = ConvertToUtf8("\xCC\xEE\xF1\xEA\xE2\xE0", "iso-8859-5");
  ASSERT_TRUE(cyr.ok());
  EXPECT_NE(*cyr, "");
  EXPECT_FALSE(ConvertToUtf8("x", "no-such-charset").ok());
}

}  // namespace
}  // namespace bs
