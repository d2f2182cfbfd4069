// The per-format readers behind ParseFeed, and the entry clean-up they share.
// Each reader turns an already-parsed document into a Feed; none of them
// fails: a document with nothing recognisable gives a feed without entries.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

#include "core/status.h"
#include "feeds/feed.h"

namespace bs::feeds {

// A feed with more entries than this is a dump, not a feed; the rest are
// ignored. News feeds carry 10-100.
constexpr std::size_t kMaxEntries = 10000;

// RSS 0.9x/2.0 (root <rss>) and RSS 0.90/1.0 (root <rdf:RDF>).
Feed ReadRss(const xmlNode* root, const FeedContext& context);
// Atom 1.0 and 0.3 (root <feed>).
Feed ReadAtom(const xmlNode* root, const FeedContext& context);
// JSON Feed 1.0/1.1. Fails with kParseError for invalid JSON or JSON that is
// not a JSON Feed, kLimitExceeded for nesting deeper than kMaxJsonDepth.
Result<Feed> ReadJsonFeed(std::string_view utf8, const FeedContext& context);

// Plain-text title from feed markup: tags stripped and references decoded
// when `html` (or when the text looks like HTML), whitespace collapsed.
std::string CleanTitle(std::string_view raw, bool html);

// Byline from an RSS <author>/<dc:creator>: "jo@example.com (Jo Bloggs)",
// "Jo Bloggs (jo@example.com)" and "Jo Bloggs <jo@example.com>" give "Jo Bloggs".
std::string CleanAuthor(std::string_view raw);

// `s` without surrounding XML whitespace (space, tab, CR, LF).
std::string Trimmed(std::string_view s);

void AddUnique(std::vector<std::string>& list, std::string value);

bool IsImageType(std::string_view mime_type);
bool HasImageExtension(std::string_view url);

// Fills a missing id from the link, else from a hash of title, date and
// summary, so every entry has a stable key.
void FinishEntry(FeedEntry& entry);

}  // namespace bs::feeds
