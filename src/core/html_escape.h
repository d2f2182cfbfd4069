// Escaping text for HTML, shared by the extractor's renderer and the
// comment formatter.
#pragma once

#include <string>
#include <string_view>

namespace bs {

// Escapes text for HTML element content and (quoted) attribute values.
std::string EscapeHtml(std::string_view text);

}  // namespace bs
