// Discussion mail: the opt-in mail a reader gets when someone replies to
// their comment, sent when the reply is published (at once, or when a
// moderator approves it); and moderators' opt-in digests of their queue.
#pragma once

#include "core/status.h"
#include "store/store.h"
#include "web/site.h"

namespace bs::web {

// Queues the mail for `reply` (a published comment) when its parent's
// author asked for reply mail, is not the replier and still has an account.
// Ok when there is nothing to send.
Status NotifyReply(Store& store, const SiteSettings& settings, const Comment& reply);

// Queues a digest for every moderator who asked for one, whose last digest
// is [comments] digest_hours old and whose queue (held and reported, on the
// papers they moderate) is not empty. Each digest is claimed in the store
// first, so nodes running this at once send it once. Returns how many were
// queued; Ok(0) without comments or mail.
Result<int> QueueModeratorDigests(Store& store, const SiteSettings& settings, Timestamp now);

}  // namespace bs::web
