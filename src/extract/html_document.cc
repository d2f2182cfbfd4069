#include "extract/html_document.h"

#include "text/charset.h"

namespace bs::extract {

Result<std::string> DecodePage(std::string_view bytes, std::string_view content_type) {
  if (bytes.size() > kMaxPageBytes)
    return Status::LimitExceeded("page of " + std::to_string(bytes.size()) + " bytes exceeds " +
                                 std::to_string(kMaxPageBytes));
  std::string charset = DetectHtmlEncoding(bytes, content_type);
  auto utf8 = ConvertToUtf8(bytes, charset);
  if (utf8.ok()) return utf8;
  // The label named a charset ICU cannot open; windows-1252 is what browsers
  // fall back to, and it decodes every byte.
  return ConvertToUtf8(bytes, "windows-1252");
}

Result<XmlDocPtr> ParseHtml(std::string_view utf8) {
  if (utf8.size() > kMaxPageBytes)
    return Status::LimitExceeded("page exceeds " + std::to_string(kMaxPageBytes) + " bytes");
  // The text is already UTF-8, so any <meta charset> inside must not switch
  // the parser's decoder (HTML_PARSE_IGNORE_ENC).
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                           HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
  // libxml2 treats an empty buffer as an error; a lone space parses to an
  // empty document, which the caller then reports uniformly.
  std::string_view input = utf8.empty() ? std::string_view(" ") : utf8;
  XmlDocPtr doc(htmlReadMemory(input.data(), static_cast<int>(input.size()), nullptr, "UTF-8",
                               kOptions));
  if (!doc) return Status::ParseError("no HTML document could be built");
  if (xmlDocGetRootElement(doc.get()) == nullptr)
    return Status::ParseError("HTML document has no root element");
  return doc;
}

}  // namespace bs::extract
