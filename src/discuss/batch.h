// `broadsheet moderate [--train LABELLED.jsonl] INPUT.jsonl`: the site's
// moderation pipeline (moderation.h) over JSON lines, with the in-memory
// context, so a batch is judged exactly as the same comments posted in
// that order would be.
//
// Input lines: {"id", "text", "author"?, "thread"?, "time"?, "ip"?}; `time`
// is Unix seconds or a date string. Training lines also carry
// "label": "spam" | "ham" and train the spam classifier used instead of the
// site's. Output, one line per input line, in order:
//   {"id", "decision": "publish"|"hold"|"reject", "reasons": [...], "spam": p}
// A line that cannot be read gives {"id", "error": "..."} and the batch goes
// on; the returned Status then counts such lines. Lines are streamed: memory
// does not grow with the input (beyond the last hour of rate-limit times).
#pragma once

#include <istream>
#include <memory>
#include <ostream>

#include "core/status.h"
#include "discuss/comment_settings.h"

namespace bs::discuss {

inline constexpr std::size_t kMaxModerateLineBytes = 4u << 20;  // a comment is capped far below this
inline constexpr std::size_t kMaxTrainingComments = 500'000;

// Reads labelled lines into examples. Errors name the line.
Result<std::vector<LabelledComment>> ReadLabelledComments(std::istream& in);

// `spam` is the classifier to use (the trained one, the site's or the seed).
Status ModerateBatch(std::istream& in, std::ostream& out, const CommentSettings& settings,
                     std::shared_ptr<const SpamClassifier> spam);

}  // namespace bs::discuss
