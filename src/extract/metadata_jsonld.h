// Article facts from schema.org JSON-LD blocks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bs::extract {

// One schema.org article object (NewsArticle, Article, BlogPosting, ...).
struct JsonLdArticle {
  std::string headline, name, description, section, language, url, image_url, image_caption,
      date_published, date_created, date_modified;
  // Author values as written: Person names (including ones reached through an
  // "@id" reference into an @graph) and plain strings. Organisation authors
  // are counted in `organisation_authors` instead, never listed.
  std::vector<std::string> authors;
  int organisation_authors = 0;
  // Every author was typed "Person": a name equal to the site's is then a
  // one-person site's owner, not the site credited as author.
  bool authors_typed_person = false;
  std::vector<std::string> keywords;
  int depth = 0;  // nesting depth where it was found; 0 = a block's top level
};

struct JsonLdFacts {
  std::vector<JsonLdArticle> articles;  // document order, at most a few
  std::string publisher, website;
};

// Parses the text of <script type="application/ld+json"> blocks. Tolerates
// CDATA and comment wrappers; skips invalid, oversized or too deeply nested
// blocks. Never fails.
JsonLdFacts ReadJsonLd(const std::vector<std::string>& blocks);

// The article object that describes this page: the one whose url/@id equals
// `page_url` (canonical or fetched), else the shallowest, else the first.
// nullptr when there is none.
const JsonLdArticle* MainJsonLdArticle(const JsonLdFacts& facts,
                                       const std::vector<std::string>& page_urls);

// Strips "<![CDATA[ ... ]]>" and "<!-- ... -->" wrappers (also when commented
// out with "//"), which pages put around JSON-LD for old XHTML parsers.
std::string_view UnwrapScriptText(std::string_view text);

}  // namespace bs::extract
