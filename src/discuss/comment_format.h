// A comment's plain text as HTML: the only way a commenter's words reach a
// page. Nothing of the input is ever taken as markup: every character is
// escaped, then only these shapes are added —
//   * paragraphs at blank lines, line breaks inside them;
//   * lines starting with ">" as a quotation;
//   * http(s):// and www. addresses as links with rel="nofollow ugc"
//     (trailing punctuation stays outside the link).
// Thread-safe; output size is bounded by a small multiple of the input.
#pragma once

#include <string>
#include <string_view>

namespace bs::discuss {

std::string CommentHtml(std::string_view text);

}  // namespace bs::discuss
