// Story similarity: the one pairwise decision "are these two texts about the
// same event?" used by the online clusterer (article against story centroid),
// by the quality benchmark (article against article) and by related coverage.
//
// A text becomes a StoryVector: TF-IDF weights of its stemmed words and,
// separately, of its entities (proper-noun prefixes, numbers and long-word
// anchors, all accent- and script-insensitive). Words carry
// same-language evidence; entities survive translation between Latin-script
// languages and into CJK text (numbers, Latin names), so cross-language pairs
// are judged on them.
//
// Thread-safety: IdfTable is not synchronised (one writer, no concurrent
// readers); the free functions are pure.
#pragma once

#include <cstdint>
#include <vector>

#include "core/byte_codec.h"
#include "organise/features.h"

namespace bs {

// Document frequencies learned online, in a fixed-size counting table indexed
// by key hash: memory stays flat however large the vocabulary grows, and a
// rare collision only makes one term look a little commoner.
class IdfTable {
 public:
  // 2^21 counters (8 MB): collisions stay rare for a news vocabulary of a few
  // million terms.
  static constexpr std::size_t kSlots = std::size_t{1} << 21;

  IdfTable();
  // Counts one document containing each of the distinct `keys`.
  void Observe(const std::vector<KeyCount>& keys);
  double Idf(std::uint32_t key) const;
  std::uint64_t documents() const { return documents_; }
  std::size_t MemoryBytes() const { return counts_.capacity() * sizeof(std::uint32_t); }
  // Non-zero counters only: most of the table is empty for years.
  void Encode(ByteWriter* out) const;
  bool Decode(ByteReader* in);

 private:
  std::vector<std::uint32_t> counts_;
  std::uint64_t documents_ = 0;
};

struct WeightedKey {
  std::uint32_t key = 0;
  float weight = 0;
};

// Sparse vectors sorted by key. Not normalised: cosine divides by the norms.
struct StoryVector {
  std::vector<WeightedKey> terms;
  std::vector<WeightedKey> entities;
  // ArticleFeatures::caseless_script; a centroid's is true only while all
  // its articles' are.
  bool caseless_script = false;
  // Words in the pivot vocabulary (ArticleFeatures::pivot). When
  // pivot_is_terms (English text, or a story all of whose articles are
  // English) the pivot is `terms` and `pivot` stays empty.
  std::vector<WeightedKey> pivot;
  bool pivot_is_terms = false;
  const std::vector<WeightedKey>& Pivot() const { return pivot_is_terms ? terms : pivot; }
};

// The heaviest terms and entities an article keeps while it is scored (only
// its salient keys are held afterwards). Longer rewrites of one event share
// words deep in the tail: SemEval 2022 task 8 dev pairs, same-story F1 0.794
// at 80 terms, 0.798 at 100, 0.801 at 120 to 140, 0.800 at 160 and 200, with
// the 5-fold cross-validated threshold giving the same figures; the corpus
// rows do not move. 128 sits on that plateau, at about 3% of organise_speed's
// throughput against 80.
inline constexpr std::size_t kArticleTopTerms = 128;
inline constexpr std::size_t kArticleTopEntities = 40;
// A story centroid keeps more, since it sums several articles.
inline constexpr std::size_t kCentroidTopTerms = 64;
inline constexpr std::size_t kCentroidTopEntities = 40;
inline constexpr std::size_t kArticleTopPivot = 80;
inline constexpr std::size_t kCentroidTopPivot = 64;

// (1 + log tf) × idf, top-k kept, L2-normalised per part.
StoryVector MakeStoryVector(const ArticleFeatures& f, const IdfTable& idf);

// Adds `v` (scaled by `scale`, negative to remove) into `sum`, keeping the
// heaviest kCentroidTop* entries.
void AccumulateCentroid(const StoryVector& v, float scale, StoryVector* sum);

double Cosine(const std::vector<WeightedKey>& a, const std::vector<WeightedKey>& b);

struct StoryEvidence {
  double term_cosine = 0;
  double entity_cosine = 0;
  double pivot_cosine = 0;  // cross-language pairs only
  double score = 0;  // the combined similarity the decision thresholds
};

// Same-language pairs are scored mostly on words; cross-language pairs (or
// pairs without usable words) on entities, or on words where those meet
// strongly (names and figures spelled alike), whichever is stronger. Between
// languages where one side is written in a script without Latin keys, the
// entity score counts for more (see kCrossScriptScale).
StoryEvidence StorySimilarity(const StoryVector& a, const StoryVector& b, bool same_language);

// One article scored against many stories: its vector is put in small hash
// tables once, so each comparison walks only the story's keys and probes,
// instead of a branchy merge of both lists. Results equal StorySimilarity's
// exactly (same products summed in the same key order).
class StoryQuery {
 public:
  explicit StoryQuery(const StoryVector& v);
  StoryEvidence Similarity(const StoryVector& b, bool same_language) const;
  double TermCosine(const std::vector<WeightedKey>& b) const { return terms_.Cosine(b); }

 private:
  struct Part {
    std::vector<WeightedKey> slots;     // home slot or the next; weight 0 marks empty
    std::vector<WeightedKey> overflow;  // keys that found both taken
    unsigned shift = 64;
    double norm2 = 0;
    bool empty = true;
    void Build(const std::vector<WeightedKey>& v);
    double Cosine(const std::vector<WeightedKey>& b) const;
  };
  Part terms_, entities_, pivot_;
  bool caseless_script_ = false;
  bool pivot_is_terms_ = false;
};

// Set on the SemEval 2022 task 8 development pairs and the project corpus;
// bench/organise_quality also chooses it by 5-fold cross-validation on the
// pairs and reports that held-out F1 beside the fixed one (they agree, so the
// constant is not an artefact of fitting the pairs it is scored on). With
// six-letter entity keys, cut unstemmed words and the cross-language and
// cross-script scales, 0.22 is still the best threshold (dev F1 0.789; 0.777
// at 0.21, 0.776 at 0.23: the F1 curve is peaked, so the bench also prints
// the mean over 0.19-0.25, 0.771). With the cross-language pivot (below)
// 0.22 stays best: 0.794, and 0.794 with threshold and pivot scale both
// chosen out of sample; with 128 article terms (above), 0.801 both ways.
inline constexpr double kSameStoryThreshold = 0.22;
// Earlier stories this similar belong to the same running topic.
inline constexpr double kSameTopicThreshold = 0.20;

// Cross-language pairs: the pivot cosine (words translated into English, see
// ArticleFeatures::pivot) times this stands in for the other evidence when it
// is stronger. Translation through a small dictionary is partial and noisy,
// so pivot cosines are low (SemEval dev pairs: median 0.10 for same-story
// de-en pairs, 0.03 for others); the scale lifts the strong ones to the
// threshold. Dev pairs: F1 0.789 -> 0.794 (cross-language 0.776 -> 0.795);
// 1.75 gives 0.789 and 2.25 0.785, so the gain is small and the value is
// also chosen out of sample in bench/organise_quality's "CV t+pivot" row.
inline constexpr double kCrossLanguagePivotScale = 2.0;

inline bool IsSameStory(const StoryEvidence& e) { return e.score >= kSameStoryThreshold; }

}  // namespace bs
