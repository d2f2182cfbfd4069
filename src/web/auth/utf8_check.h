// Strict UTF-8 validation for text an operator submits (passwords, About
// text, usernames): rejects truncated sequences, overlong forms, surrogates
// and code points past U+10FFFF. Pure; safe from any thread.
#pragma once

#include <string_view>

#include "core/utf8.h"

namespace bs::web {

using bs::IsValidUtf8;  // core/utf8.h

// Code points in valid UTF-8 (counts lead bytes).
std::size_t CountCodePoints(std::string_view s);

}  // namespace bs::web
