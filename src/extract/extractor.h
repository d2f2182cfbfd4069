// Article extraction: HTML bytes -> clean article. Pure function of its input.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/status.h"

namespace bs {

struct ExtractInput {
  std::string_view bytes;    // the page as fetched, any encoding
  std::string url;           // final URL, base for relative links; may be empty
  std::string content_type;  // HTTP Content-Type, may carry a charset; may be empty
};

struct ExtractedArticle {
  std::string title;
  std::string standfirst;
  std::vector<std::string> authors;  // person names only
  std::string author_bio;
  std::optional<Timestamp> published;
  std::optional<Timestamp> modified;
  std::string section;  // the page's own section label, not yet mapped
  std::vector<std::string> tags;
  std::string language;
  std::string site_name;
  std::string canonical_url;
  Image lead_image;
  std::string html;  // sanitized semantic HTML body
  std::string text;  // plain text body, paragraphs separated by blank lines
};

// Never crashes on any bytes; fails with kParseError when no document can be
// built and kLimitExceeded beyond the size bound.
Result<ExtractedArticle> ExtractArticle(const ExtractInput& input);

}  // namespace bs
