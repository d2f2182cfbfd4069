// The site's comment settings, from `[comments]` in the configuration.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "discuss/moderation.h"

namespace bs::discuss {

struct CommentSettings {
  bool enabled = true;
  // Shown above the comment form; paragraphs split at blank lines.
  std::string policy =
      "We welcome comments that add to the story: facts, experience, argument. Comments that abuse, "
      "threaten, advertise or reveal someone's private details are removed. If you see one, report it "
      "with the \"Report as abusive\" link and an editor will look at it.";
  ModerationSettings moderation;
  Premoderation premoderation = Premoderation::kOff;
  // Added to the built-in lists (default_words.h).
  std::vector<std::string> banned_words, suspect_words;
};

// The pipeline these settings describe, with `spam` (null = none).
ModerationPipeline MakePipeline(const CommentSettings& settings, std::shared_ptr<const SpamClassifier> spam);

}  // namespace bs::discuss
