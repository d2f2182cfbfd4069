// Unsubscribe requests by mail: the List-Unsubscribe mailto of every
// newsletter is "mailto:unsubscribe@<domain>?subject=unsubscribe <token>",
// so a request is a message whose Subject carries the signed token.
//
// Pure function; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bs::mail {

// The token of a request ("unsubscribe <token>", case-insensitive, in a
// message of at most 1 MiB); nullopt for any other message.
std::optional<std::string> UnsubscribeRequestToken(std::string_view message);

}  // namespace bs::mail
