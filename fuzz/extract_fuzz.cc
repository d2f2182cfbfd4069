// libFuzzer target: ExtractArticle must never crash, hang or leak on any
// bytes. The first input byte picks a content type so the charset paths
// (header label, meta, sniffing) are all reached. The Markdown converter
// runs on the extracted body and, for small inputs, on the raw bytes too
// (any markup, not only what the sanitizer emits).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/article_json.h"
#include "extract/extractor.h"
#include "extract/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const char* const kContentTypes[] = {
      "", "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1252",
      "text/html; charset=Shift_JIS", "text/html; charset=euc-kr", "text/html; charset=gb2312",
      "text/html; charset=utf-16", "text/html; charset=x-unknown",
  };
  constexpr std::size_t kTypes = sizeof(kContentTypes) / sizeof(kContentTypes[0]);
  std::string content_type;
  if (size > 0) {
    content_type = kContentTypes[data[0] % kTypes];
    ++data;
    --size;
  }
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto article = bs::ExtractArticle(bs::ExtractInput{bytes, "https://fuzz.example/a/b.html", content_type});
  if (article.ok()) {
    // Serialising exercises every field; invalid UTF-8 here would throw.
    std::string out = bs::ArticleToJson(*article).dump();
    (void)out;
    (void)bs::extract::HtmlToMarkdown(article->html);
  }
  if (size <= 65536) (void)bs::extract::HtmlToMarkdown(bytes);
  return 0;
}
