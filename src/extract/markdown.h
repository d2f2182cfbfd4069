// The extractor's sanitized body HTML as CommonMark (with GFM pipe tables).
#pragma once

#include <string>
#include <string_view>

namespace bs::extract {

// Converts body HTML as RenderBody emits it (p, h2-h4, blockquote, ul/ol/li,
// figure/img/figcaption, a, em/i, strong/b, table rows and cells, br) to
// Markdown. Other tags are unwrapped. Text is escaped so that it reads back
// as the same text: emphasis, link, code, HTML and entity characters always,
// and heading, list, quote and rule markers where a line starts with them.
// Nesting deeper than a fixed bound is flattened to plain text, so any input
// costs time and output linear in its size. Blocks are separated by one blank
// line; the result ends without a trailing newline ("" for an empty body).
std::string HtmlToMarkdown(std::string_view body_html);

// One line of plain text (e.g. a title) escaped for use as Markdown inline
// content, whitespace collapsed.
std::string EscapeMarkdownLine(std::string_view text);

}  // namespace bs::extract
