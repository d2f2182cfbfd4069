// Turning fetched bytes into a libxml2 HTML tree.
#pragma once

#include <libxml/HTMLparser.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace bs::extract {

// Pages above this are not articles (the largest real news pages are a few
// MiB); refusing them bounds parse time and memory.
constexpr std::size_t kMaxPageBytes = 32u << 20;

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
// Owns a parsed document; nodes borrowed from it live as long as the pointer.
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// Decodes `bytes` to UTF-8 (charset from BOM, `content_type`, <meta>, then
// sniffing; unknown charsets fall back to windows-1252). Fails with
// kLimitExceeded above kMaxPageBytes.
Result<std::string> DecodePage(std::string_view bytes, std::string_view content_type);

// `html` without the contents of <script> (other than JSON-LD) and <style>
// elements, which are left empty. Tags, comments and all other text are
// kept byte for byte; an unterminated element is left as it is.
std::string StripRawText(std::string_view html);

// Parses UTF-8 HTML leniently (never touches the network). Fails with
// kParseError when libxml2 builds no document or one without a root element.
Result<XmlDocPtr> ParseHtml(std::string_view utf8);

}  // namespace bs::extract
