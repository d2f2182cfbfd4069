// The moderation pipeline: every new or edited comment passes the same
// ordered checks, on the web and in `broadsheet moderate` alike.
//
//   1. shape: empty, too long, too many lines, invalid text   -> reject
//   2. rate: per account, and per network (IPv4 /24, IPv6 /48) -> reject
//   3. closed thread                                           -> reject
//   4. banned words (word_filter.h)                            -> reject
//   5. suspect words                                           -> hold
//   6. links from a new commenter                              -> hold
//   7. spam classifier (spam_classifier.h)                     -> hold
//   8. pre-moderation (off / new commenters / everyone)        -> hold
//
// A reject stops at the first failing check (its reason is what the author
// is told); holds collect every reason, so a moderator sees them all. The
// spam probability is always computed and reported.
//
// What the checks need beyond the comment — recent activity, whether a
// thread is closed, how many comments an author has had approved, the
// pre-moderation mode of the thread's section and partner — comes from a
// ModerationContext: the store's on the site, an in-memory one for a batch.
//
// Thread-safety: a ModerationPipeline is immutable; Check may run on many
// threads at once with a context each.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <string>
#include <vector>

#include "core/model.h"
#include "discuss/spam_classifier.h"
#include "discuss/word_filter.h"

namespace bs::discuss {

enum class Decision { kPublish, kHold, kReject };
const char* DecisionName(Decision d);  // "publish", "hold", "reject"

enum class Premoderation { kOff, kNewCommenters, kEveryone };
// "off", "new", "all"; nullopt for anything else.
std::optional<Premoderation> ParsePremoderation(std::string_view s);

struct CommentDraft {
  std::string text;
  std::string author;  // account id or name; "" = unknown (batch input without one)
  std::string thread;  // thread key; "" = unknown
  std::string ip;      // client address, textual; "" = unknown
  Timestamp time = 0;  // 0 = unknown (a batch line without one): no rate limits apply
  bool edit = false;   // an edit of a published comment (rate limits do not count it again)
};

struct ModerationResult {
  Decision decision = Decision::kPublish;
  std::vector<std::string> reasons;  // stable codes: "too_long", "banned_word:<entry>", "spam", ...
  double spam = 0;                   // the classifier's probability
};

class ModerationContext {
 public:
  virtual ~ModerationContext() = default;
  // Comments posted (not edits) since `since`, the one being checked excluded.
  virtual int CommentsByAuthorSince(const std::string& author, Timestamp since) = 0;
  virtual int CommentsFromNetworkSince(const std::string& network, Timestamp since) = 0;
  virtual bool ThreadClosed(const std::string& thread) = 0;
  // Comments of `author` a moderator (or the pipeline) published.
  virtual int ApprovedComments(const std::string& author) = 0;
  virtual Premoderation PremoderationFor(const std::string& thread) = 0;
};

struct ModerationSettings {
  std::size_t max_bytes = 5000;     // a long letter to the editor; not a pasted article
  std::size_t max_lines = 100;
  int per_author_per_minute = 3;
  int per_author_per_hour = 30;
  int per_network_per_minute = 20;  // a newsroom's office shares one /24
  int trusted_after = 3;            // approved comments before one stops being "new"
  bool hold_links_from_new = true;
};

// The network a client address belongs to for rate limits: "v4:a.b.c" for
// IPv4 (/24), "v6:xxxx:xxxx:xxxx" for IPv6 (/48, from the parsed address,
// so every spelling of one address agrees); "" when `ip` is not an address.
std::string NetworkOf(std::string_view ip);

class ModerationPipeline {
 public:
  // `spam` may be null (no classifier: check 7 is skipped).
  ModerationPipeline(ModerationSettings settings, WordFilter banned, WordFilter suspect,
                     std::shared_ptr<const SpamClassifier> spam);

  ModerationResult Check(const CommentDraft& comment, ModerationContext& context) const;

  const ModerationSettings& settings() const { return settings_; }

 private:
  const ModerationSettings settings_;
  const WordFilter banned_, suspect_;
  const std::shared_ptr<const SpamClassifier> spam_;
};

// A context kept in memory, for `broadsheet moderate`: it remembers every
// comment it is told about (Record), so rate limits and "new commenter"
// work across a batch as they do on the site.
class MemoryModerationContext : public ModerationContext {
 public:
  explicit MemoryModerationContext(Premoderation mode = Premoderation::kOff) : mode_(mode) {}
  void Record(const CommentDraft& comment, const ModerationResult& result);

  int CommentsByAuthorSince(const std::string& author, Timestamp since) override;
  int CommentsFromNetworkSince(const std::string& network, Timestamp since) override;
  bool ThreadClosed(const std::string&) override { return false; }
  int ApprovedComments(const std::string& author) override;
  Premoderation PremoderationFor(const std::string&) override { return mode_; }

 private:
  const Premoderation mode_;
  std::unordered_map<std::string, std::vector<Timestamp>> by_author_, by_network_;
  std::unordered_map<std::string, int> approved_;
};

}  // namespace bs::discuss
