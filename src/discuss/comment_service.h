// Posting, editing and acting on comments: the moderation pipeline with the
// store as its context, one thread per copy group, and the rules around it
// (reply depth, edit window, banned readers and email domains).
//
// Stateless beyond its references: every fact lives in the store, so any
// number of web nodes may run one each. Thread-safe when the Store is.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "discuss/comment_settings.h"
#include "discuss/moderation.h"
#include "store/store.h"

namespace bs::discuss {

struct PostRequest {
  Id article_id = 0;  // the page the comment is posted on
  Id parent_id = 0;   // 0 = top level
  Id author_id = 0;
  std::string body;
  std::string ip;
};

struct PostOutcome {
  Decision decision = Decision::kHold;
  std::vector<std::string> reasons;
  Id comment_id = 0;    // 0 when rejected (nothing stored)
  std::string message;  // for the author: what happened and why
};

// The reader-facing sentence for a pipeline reason code.
std::string ReasonText(const std::string& reason);

class CommentService {
 public:
  // References must outlive the service. `clock` defaults to NowUtc.
  CommentService(Store& store, const CommentSettings& settings, std::shared_ptr<const SpamClassifier> spam,
                 std::function<Timestamp()> clock = {});

  // The article ids that share `article_id`'s thread: its canonical copy
  // and every duplicate of that (the canonical first). NotFound for an
  // unknown article.
  Result<std::vector<Id>> ThreadGroup(Id article_id);
  // Closed explicitly, or by the section's age rule.
  Result<bool> ThreadClosed(Id article_id);

  Result<PostOutcome> Post(const PostRequest& request);
  // The author's edit, within edit_minutes; passes the pipeline again.
  Result<PostOutcome> Edit(Id comment_id, Id author_id, const std::string& body, const std::string& ip);

  // Whether `reader` may post at all: a confirmed address, not banned,
  // not on a banned domain. "" when they may, else the reason to show.
  Result<std::string> CannotPost(Id reader);

  const CommentSettings& settings() const { return settings_; }
  const ModerationPipeline& pipeline() const { return pipeline_; }

 private:
  class StoreContext;

  Store& store_;
  const CommentSettings& settings_;
  const ModerationPipeline pipeline_;
  const std::function<Timestamp()> clock_;
};

}  // namespace bs::discuss
