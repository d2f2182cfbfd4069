// The organiser engine: for each incoming article, decides whether it is a
// (near-)duplicate of one already seen, which story (event) it belongs to,
// and which other articles to recommend next to it.
//
//   Add(article) -> features (text layer) -> duplicates: canonical URL, exact
//   body hash, MinHash-LSH verified by Jaccard/containment -> else online
//   story clustering over a sliding window -> related lists stored.
//
// Cost per article is bounded: candidates come from LSH buckets and capped
// inverted indexes, and per-article signatures are dropped once the article
// leaves the duplicate/story windows. Held state is plain structs (no text).
//
// Thread-safety: not thread-safe; one caller at a time (wrap in a mutex to
// share). Deterministic: the same inputs in the same order give the same
// results; the canonical copy of a duplicate group does not depend on order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/time.h"

namespace bs {

struct OrganiseInput {
  std::string id, title, text, source, language, url;
  std::optional<Timestamp> published;
  // rel=canonical URL or credited source name; may be empty.
  std::string canonical_hint;
  // Section assigned by the caller (classifier or mapping), "" if unknown;
  // used to prefer same-section articles in `related`.
  std::string section;
};

struct OrganiseResult {
  std::string id;
  std::string story;         // story id (the id of the story's first article)
  std::string story_title;   // the story's most representative headline so far
  std::string duplicate_of;  // canonical copy's id, "" if this is canonical/unique
  std::vector<std::string> related;  // up to kMaxRelated ids, best first
  std::vector<std::string> read_next;   // same story, other sources
  std::vector<std::string> same_topic;  // earlier stories of the same running topic
  // Filled by the caller (section classifier); the organiser leaves them.
  std::string section;
  double section_confidence = 0.0;
};

struct OrganiserOptions {
  // Articles of one event are published within a few days of each other.
  Timestamp story_window = 4 * 86400;
  // Syndicated copies follow their original within two days; a week covers
  // late republication and re-delivered feed items.
  Timestamp duplicate_window = 7 * 86400;
  // Near-duplicate verification thresholds (see organiser.cc).
  double duplicate_jaccard = 0.5;
  double duplicate_containment = 0.8;
};

// A story as it stands: what the store keeps per story.
struct StorySummary {
  std::string id;     // the id of the article that founded it
  std::string title;  // its most representative headline
  Timestamp first = 0, last = 0;  // earliest and latest article times
  int articles = 0;               // every article that joined, copies included
  int sources = 0;                // distinct sources of its canonical articles (listed members)
};

inline constexpr std::size_t kMaxRelated = 10;
inline constexpr std::size_t kMaxReadNext = 5;
inline constexpr std::size_t kMaxSameTopic = 3;
// Inputs beyond these are refused: ids and URLs are keys, not documents.
inline constexpr std::size_t kMaxIdBytes = 512;

class Organiser {
 public:
  explicit Organiser(OrganiserOptions options = {});
  ~Organiser();
  Organiser(const Organiser&) = delete;
  Organiser& operator=(const Organiser&) = delete;

  // Organises one article. An empty or overlong id, or an id already added,
  // is an InvalidArgument error; any text (empty, huge, invalid UTF-8) is
  // accepted. Articles without `published` are placed at the latest time seen.
  Result<OrganiseResult> Add(const OrganiseInput& input);

  // The current state of an article: story and canonical copy after later
  // arrivals and editor operations; read_next includes articles added since.
  Result<OrganiseResult> Lookup(const std::string& id) const;

  // Editor: stories of articles `a` and `b` become one (the story of `a`
  // keeps its id); later articles matching either join the merged story.
  Status MergeStories(const std::string& article_a, const std::string& article_b);
  // Editor: the article leaves its story and forms its own; its words no
  // longer pull later articles into the old story.
  Status SplitArticle(const std::string& id);

  // The story `article_id` is in now (after merges and splits).
  Result<StorySummary> DescribeStory(const std::string& article_id) const;

  // Ids of the articles whose Lookup may have changed since the last call:
  // those added, and the members of every story or copy group that an Add,
  // merge or split changed, each once, in the order they were added. The
  // caller rewrites only these (rows that did not change stay as stored).
  std::vector<std::string> TakeTouched();
  // Ids of stories with more members than the organiser lists
  // (kMaxStoryMembers) whose unlisted members' Lookup may have changed
  // since the last call: the caller rewrites all the members it stored.
  std::vector<std::string> TakeOverflowStories();

  // The whole state as bytes (versioned, checksummed, compressed): an
  // organiser restored from them decides every later Add exactly as this one
  // would, without the article texts. Restore refuses bytes that are
  // truncated, corrupted, of another format version or made with other
  // options (ParseError / InvalidArgument): the caller then rebuilds.
  std::string Snapshot() const;
  static Result<std::unique_ptr<Organiser>> Restore(std::string_view bytes, OrganiserOptions options = {});

  std::size_t size() const;
  // Approximate heap bytes held (signatures, indexes, records).
  std::size_t MemoryBytes() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace bs
