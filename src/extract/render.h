// Serialising the chosen body as sanitized semantic HTML and as plain text.
#pragma once

#include "core/html_escape.h"  // EscapeHtml, used by the renderer's callers

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dom.h"

namespace bs::extract {

struct RenderedBody {
  std::string html;  // allow-listed tags only, absolute http(s) URLs only
  std::string text;  // paragraphs separated by blank lines
};

// Renders the subtrees `roots` minus those marked in `drop` (a mask over dom
// nodes). Allowed: p, h2-h4 (h1 becomes h2, h5/h6 become h4), blockquote,
// ul/ol/li, figure/img/figcaption, a (absolute http(s) href only), em,
// strong, b, i, table/thead/tbody/tr/th/td, br. Everything else is unwrapped
// (its text kept) or, for invisible elements, dropped; loose inline text is
// wrapped in <p>, and a double <br> splits paragraphs. Relative URLs resolve
// against `base_url`; attributes other than href/src/alt are never emitted.
RenderedBody RenderBody(const Dom& dom, const std::vector<int>& roots,
                        const std::vector<std::uint8_t>& drop, std::string_view base_url);

// The image URL of an <img> element: src, or the usual lazy-loading
// attributes when src is empty or a data: placeholder; resolved against
// `base_url`. "" when there is no usable http(s) URL.
std::string ImageSource(const xmlNode* img, std::string_view base_url);


}  // namespace bs::extract
