// Normalising declared language tags.
#pragma once

#include <string>
#include <string_view>

namespace bs::extract {

// A declared language tag in the form the desk uses: primary language
// lowercased, script subtag kept ("zh-Hans"), region dropped ("en-PH" ->
// "en", "en_US" -> "en"); "" for an unusable tag. Undeclared languages are
// detected from the body text instead (text/language.h).
std::string NormaliseLanguageTag(std::string_view tag);

}  // namespace bs::extract
