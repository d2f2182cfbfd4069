#include "extract/html_document.h"

#include <cstring>

#include "text/charset.h"

namespace bs::extract {
namespace {

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCase(std::string_view s, std::size_t at, std::string_view lower) {
  if (s.size() - at < lower.size()) return false;
  for (std::size_t k = 0; k < lower.size(); ++k)
    if (LowerAscii(s[at + k]) != lower[k]) return false;
  return true;
}

std::size_t FindNoCase(std::string_view s, std::size_t from, std::string_view lower) {
  for (std::size_t i = from; i < s.size();) {
    const void* hit = std::memchr(s.data() + i, '<', s.size() - i);
    if (hit == nullptr) return std::string_view::npos;
    i = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
    if (StartsWithNoCase(s, i, lower)) return i;
    ++i;
  }
  return std::string_view::npos;
}

// Length of the raw-text element name ("script", "style") opening at `lt`,
// or 0.
std::size_t RawTextTagAt(std::string_view s, std::size_t lt) {
  for (std::string_view name : {std::string_view("script"), std::string_view("style")}) {
    if (!StartsWithNoCase(s, lt + 1, name)) continue;
    std::size_t after = lt + 1 + name.size();
    if (after >= s.size()) return 0;
    char c = s[after];
    if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
      return name.size();
  }
  return 0;
}

// End (one past '>') of the start tag opening at `lt`, skipping quoted
// attribute values; npos when the tag never closes.
std::size_t StartTagEnd(std::string_view s, std::size_t lt) {
  char quote = 0;
  for (std::size_t i = lt + 1; i < s.size(); ++i) {
    char c = s[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::string StripRawText(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  std::size_t copied = 0;  // html[copied, i) is still to be copied
  std::size_t i = 0;
  while (i < html.size()) {
    const void* hit = std::memchr(html.data() + i, '<', html.size() - i);
    if (hit == nullptr) break;
    std::size_t lt = static_cast<std::size_t>(static_cast<const char*>(hit) - html.data());
    if (html.compare(lt, 4, "<!--") == 0) {
      // A "<script" inside a comment opens nothing.
      std::size_t close = html.find("-->", lt + 4);
      if (close == std::string_view::npos) break;
      i = close + 3;
      continue;
    }
    std::size_t name_len = RawTextTagAt(html, lt);
    if (name_len == 0) {
      i = lt + 1;
      continue;
    }
    std::size_t body = StartTagEnd(html, lt);
    if (body == std::string_view::npos) break;
    std::string_view tag = html.substr(lt, body - lt);
    std::string closing = "</" + std::string(html.substr(lt + 1, name_len));
    for (char& c : closing) c = LowerAscii(c);
    std::size_t end = FindNoCase(html, body, closing);
    if (end == std::string_view::npos) break;  // unterminated: leave it to the parser
    bool keep = false;
    if (name_len == 6) {  // script: JSON-LD is metadata, read later
      std::string lowered(tag);
      for (char& c : lowered) c = LowerAscii(c);
      keep = lowered.find("ld+json") != std::string::npos;
    }
    if (!keep) {
      out.append(html.data() + copied, body - copied);
      copied = end;
    }
    i = end + closing.size();
  }
  out.append(html.data() + copied, html.size() - copied);
  return out;
}

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
  // the parser's decoder (HTML_PARSE_IGNORE_ENC). XML_PARSE_HUGE lifts
  // libxml2's nesting cap of 256, past which it silently drops the rest of
  // the page; its HTML parser keeps open elements on a heap stack, and the
  // page size bound above still limits the work.
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                           HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
  // libxml2 treats an empty buffer as an error; a lone space parses to an
  // empty document, which the caller then reports uniformly.
  // Scripts and style sheets are a third of a typical news page's bytes and
  // the slowest text for libxml2 to scan, yet nothing reads them (JSON-LD
  // aside): their bodies are cut before parsing.
  std::string stripped = StripRawText(utf8);
  std::string_view input = stripped.empty() ? std::string_view(" ") : std::string_view(stripped);
  XmlDocPtr doc(htmlReadMemory(input.data(), static_cast<int>(input.size()), nullptr, "UTF-8",
                               kOptions));
  if (!doc) return Status::ParseError("no HTML document could be built");
  if (xmlDocGetRootElement(doc.get()) == nullptr)
    return Status::ParseError("HTML document has no root element");
  return doc;
}

}  // namespace bs::extract
