// Article metadata from JSON-LD, OpenGraph, Twitter cards, Dublin Core,
// schema.org microdata, <time>, rel=author and byline text, reconciled by
// trust (structured data first, visible text last).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/time.h"
#include "extract/dom.h"

namespace bs::extract {

struct PageMetadata {
  std::string title;
  std::string standfirst;
  std::vector<std::string> authors;
  std::string author_bio;
  std::optional<Timestamp> published;
  std::optional<Timestamp> modified;
  std::string section;
  std::vector<std::string> tags;
  std::string language;
  std::string site_name;
  std::string canonical_url;  // absolute http(s), or ""
  Image image;                // url absolute, or empty
};

// Reads metadata from the whole document. `base_url` (may be empty) resolves
// relative URLs. Never fails; fields that cannot be found stay empty.
PageMetadata ReadMetadata(const Dom& dom, std::string_view base_url);

// Splits a photo credit off a caption: "Voters queue. Photo: A B/Paper" ->
// {"Voters queue.", "A B/Paper"}; also "REUTERS/Name", "(Reuters)",
// "Credit: ...", "Image: ...". Returns the caption unchanged and "" when no
// credit is found.
std::pair<std::string, std::string> SplitCredit(std::string_view caption);

}  // namespace bs::extract

namespace bs::extract {

// Fills `image`'s caption and credit from the page around the <img> at dom
// index `img` (its figcaption or caption-hinted neighbour, credit-hinted
// children, "Photo: X" patterns); falls back to the alt text for the
// caption. Does nothing when img < 0.
void DescribeImage(const Dom& dom, int img, Image& image);

}  // namespace bs::extract
