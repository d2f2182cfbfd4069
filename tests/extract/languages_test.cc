// Pages in unspaced scripts and legacy encodings.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include "extract/extractor.h"
#include "extract/language_tag.h"

namespace bs {
namespace {

const char* kChinesePage = R"(<html lang="zh-Hans"><head><meta charset="utf-8"><title>小贩中心试行无现金支付</title></head>
<body><nav><a href="/">首页</a><a href="/n">新闻</a></nav>
<div class="article-content">
<h1>小贩中心试行无现金支付</h1>
<div class="byline">李美玲 报道</div>
<p>新加坡多个小贩中心本月开始试行统一的无现金支付系统，顾客可以用手机扫码付款。</p>
<p>不少年长的摊主表示，他们需要更多时间来适应新系统，希望政府提供更多培训和补贴。</p>
<p>相关阅读：<a href="/older">咖啡店涨价引发讨论</a></p>
<p>有关部门表示，试行期为六个月，之后将根据摊主和顾客的意见决定是否推广到全国。</p>
</div><div class="footer">版权所有</div></body></html>)";

const char* kThaiPage = R"(<html lang="th"><head><meta charset="utf-8"><title>เรือไฟฟ้าคลองแสนแสบ</title></head>
<body><div class="menu"><a href="/">หน้าแรก</a></div>
<section class="article-detail">
<h1>เรือไฟฟ้าคลองแสนแสบเปิดเส้นทางใหม่</h1>
<p>กรุงเทพมหานครเปิดเส้นทางเรือไฟฟ้าสายใหม่ในคลองแสนแสบ เพื่อช่วยลดการใช้รถยนต์และมลพิษทางอากาศในเมือง</p>
<p>ผู้โดยสารหลายคนกล่าวว่าเรือไฟฟ้าเงียบกว่าเรือแบบเดิมมาก และทำให้การเดินทางไปทำงานสะดวกขึ้น</p>
<p>อ่านเพิ่มเติม: <a href="/x">รถไฟฟ้าสายสีม่วงขยายเวลาให้บริการ</a></p>
<p>เจ้าหน้าที่คาดว่าจะมีผู้ใช้บริการเพิ่มขึ้นเป็นสองเท่าภายในสิ้นปีนี้ หากได้รับการตอบรับที่ดี</p>
</section></body></html>)";

TEST(Languages, ChinesePage) {
  auto r = ExtractArticle(ExtractInput{kChinesePage, "https://paper.example/zh/1.html", ""});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->language, "zh-Hans");
  EXPECT_EQ(r->title, "小贩中心试行无现金支付");
  EXPECT_EQ(r->authors, std::vector<std::string>{"李美玲"});
  EXPECT_NE(r->text.find("小贩中心本月开始试行"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("试行期为六个月"), std::string::npos);
  EXPECT_EQ(r->text.find("咖啡店涨价"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("首页"), std::string::npos);
  EXPECT_EQ(r->text.find("版权所有"), std::string::npos);
}

TEST(Languages, ThaiPage) {
  auto r = ExtractArticle(ExtractInput{kThaiPage, "https://paper.example/th/1.html", ""});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->language, "th");
  EXPECT_NE(r->text.find("กรุงเทพมหานครเปิดเส้นทางเรือไฟฟ้า"), std::string::npos) << r->text;
  EXPECT_NE(r->text.find("เจ้าหน้าที่คาดว่า"), std::string::npos);
  EXPECT_EQ(r->text.find("รถไฟฟ้าสายสีม่วง"), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("หน้าแรก"), std::string::npos);
}

TEST(Languages, LegacyEncodedPageDecoded) {
  std::string utf8 = std::string(kChinesePage);
  // Re-declare as GBK and encode the bytes accordingly.
  utf8.replace(utf8.find("utf-8"), 5, "gb2312");
  std::string gbk(utf8.size() * 2, '\0');
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = ucnv_convert("GBK", "UTF-8", gbk.data(), static_cast<int32_t>(gbk.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  ASSERT_TRUE(U_SUCCESS(err));
  gbk.resize(n);
  auto r = ExtractArticle(ExtractInput{gbk, "https://paper.example/zh/1.html", ""});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title, "小贩中心试行无现金支付");
  EXPECT_NE(r->text.find("试行期为六个月"), std::string::npos);
}

TEST(Languages, UndeclaredLanguageDetected) {
  std::string page = kThaiPage;
  page.replace(page.find(" lang=\"th\""), 10, "");
  auto r = ExtractArticle(ExtractInput{page, "https://paper.example/th/1.html", ""});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->language, "th");
}

TEST(Languages, TagNormalisation) {
  EXPECT_EQ(extract::NormaliseLanguageTag("en_US"), "en");
  EXPECT_EQ(extract::NormaliseLanguageTag("ZH-hans-SG"), "zh-Hans");
  EXPECT_EQ(extract::NormaliseLanguageTag("not a tag"), "");
}

}  // namespace
}  // namespace bs
