// Small formatting rules for the reader site's pages. Pure functions; safe
// from any thread. Output is plain text: templates escape it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/time.h"

namespace bs::web {

// "5 March 2024"; with `with_time` "5 March 2024, 07:08 UTC".
std::string HumanDate(Timestamp t, bool with_time = false);

// "headline-words-like-this" from letters and digits, Latin, Greek and
// Cyrillic ones rendered in ASCII, at most kMaxSlugChars; "" when the title
// has none (Chinese, Japanese, Arabic... titles).
std::string TitleSlug(std::string_view title);

// "/article/<id>/<slug>" (or "/article/<id>" without a slug).
std::string ArticlePath(const Article& article);

// "/story/<id>/<slug>" (or "/story/<id>" when the title gives no slug).
std::string StoryPath(Id story_id, std::string_view title);

// "/author/<name>" and "/tag/<tag>", the name percent-encoded (any script).
std::string AuthorPath(std::string_view name);
std::string TagPath(std::string_view tag);

// "A", "A and B", "A, B and C".
std::string JoinNames(const std::vector<std::string>& names);

// `url` when it is an absolute http(s) URL, else "" — so a hostile feed
// cannot smuggle "javascript:" into an href or src.
std::string SafeHttpUrl(const std::string& url);

// A BCP 47 tag safe for a lang attribute ("en", "zh-Hant"), else "".
std::string SafeLanguageTag(const std::string& tag);

// "rtl" for languages written right to left (Arabic, Hebrew, Persian, Urdu,
// ...), else "" — for the dir attribute next to lang.
std::string TextDirection(const std::string& language_tag);

// When an article appeared: published, else first fetched.
Timestamp ArticleTime(const Article& article);

// True when the body's first paragraph already says the standfirst (the
// extractor keeps a page's lead in the body, and many papers' standfirst is
// that lead): the page then shows it once, as the body's opening. Compared
// with whitespace collapsed; a standfirst cut short with "..." or "…" counts
// when the paragraph starts with what is left.
bool BodyOpensWithStandfirst(const Article& article);

}  // namespace bs::web
