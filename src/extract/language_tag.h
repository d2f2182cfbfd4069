// Guessing a language from the script of a text, for pages that declare none.
#pragma once

#include <string>
#include <string_view>

namespace bs::extract {

// "th", "ko", "ja", "zh" when the text is clearly written in Thai, Hangul,
// Japanese kana or Han characters; "" otherwise (latin and other scripts
// need real language identification, which the caller's source config
// provides). Reads at most the first 64 KiB.
std::string GuessLanguageFromScript(std::string_view utf8);

// Like GuessLanguageFromScript, then for latin text the language whose most
// frequent function words ("the", "und", "les"...) dominate: en, de, fr, es,
// it, pt, nl, id. "" when unsure.
std::string GuessLanguage(std::string_view utf8);

// A declared language tag in the form the desk uses: primary language
// lowercased, script subtag kept ("zh-Hans"), region dropped ("en-PH" ->
// "en"); "" for an unusable tag.
std::string NormaliseLanguageTag(std::string_view tag);

}  // namespace bs::extract
