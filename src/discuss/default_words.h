// The word lists a site starts from when its configuration names none.
// Banned words reject a comment; suspect words hold it for a moderator.
// They are deliberately short and hold no word naming an identity (a
// nationality, religion, sexuality or disability): such words are far more
// often used to describe than to abuse, and a list that holds them silences
// the people it is meant to protect. Sites extend the lists in
// `[comments]`.
#pragma once

#include <string>
#include <vector>

namespace bs::discuss {

const std::vector<std::string>& DefaultBannedWords();
const std::vector<std::string>& DefaultSuspectWords();

}  // namespace bs::discuss
