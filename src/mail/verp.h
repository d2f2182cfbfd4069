// VERP (variable envelope return paths): each copy's return path names its
// recipient, "bounces+alice=example.org@news.example", so a bounce says who
// bounced even when the report itself is mangled.
//
// Pure functions; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bs::mail {

std::string VerpReturnPath(std::string_view bounce_local, std::string_view bounce_domain, std::string_view recipient);

// The recipient a VERP address names (its last '=' was the '@'); nullopt
// for any other address. The local prefix compares case-insensitively.
std::optional<std::string> VerpRecipient(std::string_view address, std::string_view bounce_local);

}  // namespace bs::mail
