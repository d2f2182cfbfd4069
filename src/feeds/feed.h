// Feed parsing: RSS 0.9x/1.0 (RDF)/2.0, Atom 1.0 and JSON Feed 1.1 into one model.
// Parsers are pure functions from bytes to values: no network, no globals.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/time.h"

namespace bs {

struct FeedEntry {
  std::string id;
  std::string title;    // plain text, entities decoded
  std::string link;     // absolute URL; relative only when no base was known
  std::optional<Timestamp> published;
  std::optional<Timestamp> updated;
  std::vector<std::string> authors;
  std::vector<std::string> categories;
  // HTML or text as given, entities decoded once (Atom type="text" stays
  // plain text). Relative href/src inside HTML are made absolute. Not
  // sanitized: the reader site must sanitize before rendering.
  std::string summary;
  std::string content;  // full content when the feed carries it
  std::string image;    // absolute URL from enclosure / media:content / image
};

struct Feed {
  std::string format;  // "rss", "rdf", "atom", "json"
  std::string title;
  std::string link;
  std::vector<FeedEntry> entries;
  bool recovered = false;  // the bytes were malformed but content was readable
};

struct FeedContext {
  std::string url;           // where the bytes came from; base for relative links
  std::string content_type;  // HTTP Content-Type, may carry a charset
};

// Detects the format and parses. Fails with kParseError only when nothing
// readable is left; oversized input fails with kLimitExceeded. XML is parsed
// without loading external entities or DTDs and with libxml2's expansion and
// depth limits kept (see feeds/xml_tree.h). Thread-safe; no I/O.
Result<Feed> ParseFeed(std::string_view bytes, const FeedContext& context);

}  // namespace bs
