// The extractor never crashes and stays bounded on hostile input.
#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "extract/extractor.h"
#include "extract/html_document.h"
#include "page_builder.h"

namespace bs {
namespace {

using testing::Page;
using testing::ProseHtml;

Result<ExtractedArticle> RunExtract(std::string_view bytes, std::string content_type = "") {
  return ExtractArticle(ExtractInput{bytes, "https://paper.example/x.html", std::move(content_type)});
}

TEST(BadInput, EmptyInput) {
  auto r = RunExtract("");
  if (r.ok()) {
    EXPECT_TRUE(r->text.empty());
  } else {
    EXPECT_EQ(r.status().code(), Status::Code::kParseError);
  }
}

TEST(BadInput, BinaryGarbage) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 20; ++round) {
    std::string bytes(4096 + round * 97, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() & 0xFF);
    auto r = RunExtract(bytes);
    if (r.ok()) {
      EXPECT_EQ(r->html.find("<script"), std::string::npos);
    }
  }
}

TEST(BadInput, InvalidUtf8BecomesReplacementCharacters) {
  std::string body = ProseHtml("<p>Broken bytes \xC3\x28 and \xFF\xFE here, in an otherwise ordinary "
                               "sentence about the harbour board and its plans.</p>");
  auto r = RunExtract(Page("", body), "text/html; charset=utf-8");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find("Broken bytes \xEF\xBF\xBD( and \xEF\xBF\xBD\xEF\xBF\xBD here"), std::string::npos)
      << r->text;
}

TEST(BadInput, NulBytesDropped) {
  std::string body = ProseHtml() + std::string("<p>Nul\0 bytes\0 inside a paragraph that is long enough to count.</p>", 68);
  auto r = RunExtract(Page("", body));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.find('\0'), std::string::npos);
  EXPECT_EQ(r->html.find('\0'), std::string::npos);
  EXPECT_NE(r->text.find("Nul bytes inside"), std::string::npos) << r->text;
}

TEST(BadInput, DeepNestingFinishes) {
  constexpr int kDepth = 10000;
  std::string page = "<html><body>";
  for (int i = 0; i < kDepth; ++i) page += "<div>";
  page += ProseHtml();
  for (int i = 0; i < kDepth; ++i) page += "</div>";
  page += "</body></html>";
  auto r = RunExtract(page);
  // The article at the bottom is still found: the parser's default depth
  // cap (256) would drop everything below it.
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->html.find("<div"), std::string::npos);
  for (const auto& p : testing::ProseParagraphs()) EXPECT_NE(r->text.find(p), std::string::npos) << p;
  std::string unclosed = "<html><body>";
  for (int i = 0; i < kDepth; ++i) unclosed += "<span><b><i>";
  auto r2 = RunExtract(unclosed + ProseHtml());
  ASSERT_TRUE(r2.ok());
  EXPECT_NE(r2->text.find(testing::ProseParagraphs()[0]), std::string::npos);
}

TEST(BadInput, VeryDeepNestingDoesNotOverflowTheStack) {
  // Every stage walks the tree with loops; a recursive walk would overflow
  // the stack long before this depth.
  constexpr int kDepth = 200000;
  std::string page = "<html><body>";
  page.reserve(static_cast<std::size_t>(kDepth) * 11 + 4096);
  for (int i = 0; i < kDepth; ++i) page += "<div>";
  page += ProseHtml();
  for (int i = 0; i < kDepth; ++i) page += "</div>";
  auto r = RunExtract(page + "</body></html>");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->text.find(testing::ProseParagraphs()[0]), std::string::npos);
}

TEST(BadInput, HundredMegabytePageRejected) {
  const std::string chunk = ProseHtml();
  std::string page = "<html><body>";
  page.reserve((100u << 20) + chunk.size());
  while (page.size() < (100u << 20)) page += chunk;
  auto r = RunExtract(page);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kLimitExceeded);
}

TEST(BadInput, HugePageRejectedQuickly) {
  std::string page(extract::kMaxPageBytes + 1, 'a');
  auto start = std::chrono::steady_clock::now();
  auto r = RunExtract(page);
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kLimitExceeded);
  EXPECT_LT(elapsed, std::chrono::seconds(2));
}

TEST(BadInput, LargeButAllowedPageCompletes) {
  // ~8 MiB of many paragraphs: must finish (linear behaviour), not time out.
  std::string body;
  while (body.size() < (8u << 20)) body += ProseHtml() + "<div class=\"x\"><a href=\"/y\">link</a></div>";
  auto r = RunExtract(Page("", body));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->text.empty());
}

TEST(BadInput, UnknownDeclaredCharsetFallsBack) {
  auto r = RunExtract(Page("", ProseHtml()), "text/html; charset=x-made-up");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->text.empty());
}

TEST(BadInput, HostileJsonLd) {
  std::string deep(100000, '[');
  std::string head = "<script type=\"application/ld+json\">" + deep + "</script>"
                     "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[[[[1]]]],"
                     "\"headline\":{\"x\":1},\"image\":[],\"keywords\":[1,2,null]}</script>";
  auto r = RunExtract(Page(head, ProseHtml()));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->authors.empty());
}

}  // namespace
}  // namespace bs
