// Plain domain types shared by every subsystem. No behaviour lives here.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/time.h"

namespace bs {

using Id = std::int64_t;

// A section or region of the site, as configured.
struct Taxon {
  std::string slug;  // "diplomacy", "south-asia"
  std::string name;  // "Diplomacy", "South Asia"
};

// A partner newspaper, as configured plus its observed health.
struct Source {
  Id id = 0;
  std::string slug;  // stable key from config, used in URLs: /source/<slug>
  std::string name;
  std::string homepage;
  std::vector<std::string> feed_urls;
  std::string region;    // region slug
  std::string language;  // BCP 47, e.g. "en", "zh", "th"
  std::string about;     // "About <source>" blurb shown on article pages
  // The source's own category (lowercased) -> site section slug.
  std::map<std::string, std::string> section_map;
  std::string default_section;  // section slug when nothing maps
  int poll_interval_seconds = 900;
  // Marked by the operator for sources on loopback/private networks (demo,
  // tests). Without it such addresses are refused.
  bool local = false;
  bool paused = false;

  // Health, written by ingest.
  std::optional<Timestamp> last_fetch;
  int last_http_status = 0;
  int item_count = 0;  // articles stored from this source
  std::string last_error;
};

// How an article's section was decided, by increasing authority.
enum class SectionOrigin {
  kDefault = 0,     // nothing mapped; the source's default section
  kClassifier = 1,  // the text classifier (`broadsheet train`)
  kMapping = 2,     // the source's mapping: feed category, articleSection, URL path
  kEditor = 3,      // an operator's choice in /admin
};

struct Image {
  std::string url;
  std::string caption;
  std::string credit;
  bool empty() const { return url.empty(); }
};

// One stored article: the extracted page reconciled with its feed entry.
struct Article {
  Id id = 0;
  std::string url;        // canonical URL; the idempotency key
  // The address the page itself names as canonical (rel=canonical, og:url)
  // when that is not `url`: a syndicated copy often points at the partner
  // that first ran it, which decides the canonical copy of a duplicate group.
  std::string page_canonical_url;
  std::string source_slug;
  std::string guid;       // feed entry id
  std::string title;
  std::string standfirst;
  std::vector<std::string> authors;
  std::string author_bio;
  std::optional<Timestamp> published;
  std::optional<Timestamp> updated;
  Timestamp fetched_at = 0;
  std::string section;    // site section slug
  // Where `section` came from. An editor's choice is never overwritten by
  // ingest or reextract; a classifier's guess carries its confidence.
  SectionOrigin section_origin = SectionOrigin::kMapping;
  double section_confidence = 1.0;  // 0..1; 1 for mapping and editor choices
  std::string region;     // site region slug
  std::string language;
  std::vector<std::string> tags;
  Image image;
  std::string body_html;  // sanitized semantic HTML
  std::string body_text;  // plain text, blank line between paragraphs
  std::string teaser;     // short plain text for rivers
  std::string content_hash;  // hash of the fields above; unchanged hash = no write
};

}  // namespace bs
