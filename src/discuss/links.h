// What in a comment looks like a link: the spam classifier counts them, the
// pipeline holds them from new commenters.
#pragma once

#include <string_view>

namespace bs::discuss {

// How many whitespace-separated words of `text` look like links: a scheme
// ("https://"), "www.", or a dotted name ending in two to six letters
// ("shop.example.net", "bit.ly/x"). "e.g." and "3.5" do not count.
int CountLinks(std::string_view text);

}  // namespace bs::discuss
