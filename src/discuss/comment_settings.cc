#include "discuss/comment_settings.h"

#include "discuss/default_words.h"

namespace bs::discuss {

ModerationPipeline MakePipeline(const CommentSettings& settings, std::shared_ptr<const SpamClassifier> spam) {
  std::vector<std::string> banned = DefaultBannedWords(), suspect = DefaultSuspectWords();
  banned.insert(banned.end(), settings.banned_words.begin(), settings.banned_words.end());
  suspect.insert(suspect.end(), settings.suspect_words.begin(), settings.suspect_words.end());
  return ModerationPipeline(settings.moderation, WordFilter(banned), WordFilter(suspect), std::move(spam));
}

}  // namespace bs::discuss
