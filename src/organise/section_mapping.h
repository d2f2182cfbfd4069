// Assigning a site section to an article from what the partner says about it:
// its feed categories, the page's own section label and its URL path.
// (A text classifier for articles with no usable label comes later; it will
// sit behind the same call.)
#pragma once

#include <string>
#include <vector>

#include "core/model.h"

namespace bs {

struct SectionEvidence {
  std::vector<std::string> categories;  // feed categories, page section and tags, in trust order
  std::string url;                      // article URL; path segments are weak evidence
};

struct SectionChoice {
  std::string section;      // site section slug; never empty when sections exist
  double confidence = 0.0;  // 1.0 mapped label, 0.8 site-name match, 0.5 URL path, 0.2 default
};

// Chooses by: the source's own mapping of a category (case-insensitive), a
// category that names a site section directly (slug or name), a URL path
// segment that does either, then the source's default section, then the first
// site section.
SectionChoice AssignSection(const Source& source, const std::vector<Taxon>& sections,
                            const SectionEvidence& evidence);

}  // namespace bs
