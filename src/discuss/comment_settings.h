// The site's comment settings, from `[comments]` in the configuration.
#pragma once

#include <map>
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
  // Overrides by section slug and by partner (source slug); a partner's
  // setting wins over its section's when both are set.
  std::map<std::string, Premoderation> premoderation_by_section, premoderation_by_source;
  // Threads close this many days after their article appeared (0 = never),
  // per section where set; editors close or open one by hand.
  int close_after_days = 14;
  std::map<std::string, int> close_after_days_by_section;
  // The policy shown under a partner's articles, where the partner has one.
  std::map<std::string, std::string> policy_by_source;
  int edit_minutes = 5;           // an author may edit for this long
  // Moderators who opt in get a mail of what waits in their queue at most
  // this often (and only when something waits).
  int digest_hours = 24;
  int hide_after_reports = 3;     // reports from readers in good standing that hide a comment
  // Added to the built-in lists (default_words.h).
  std::vector<std::string> banned_words, suspect_words;
};

// The pipeline these settings describe, with `spam` (null = none).
ModerationPipeline MakePipeline(const CommentSettings& settings, std::shared_ptr<const SpamClassifier> spam);

}  // namespace bs::discuss
