// The opt-in mail a reader gets when someone replies to their comment, sent
// when the reply is published (at once, or when a moderator approves it).
#pragma once

#include "core/status.h"
#include "store/store.h"
#include "web/site.h"

namespace bs::web {

// Queues the mail for `reply` (a published comment) when its parent's
// author asked for reply mail, is not the replier and still has an account.
// Ok when there is nothing to send.
Status NotifyReply(Store& store, const SiteSettings& settings, const Comment& reply);

}  // namespace bs::web
