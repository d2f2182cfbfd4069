// The organiser's state and the records it is made of, shared by the
// organiser (organiser.cc) and its snapshot codec (organiser_snapshot.cc).
// Internal to src/organise: nothing outside includes it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <functional>
#include <queue>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/hash.h"
#include "core/url.h"
#include "organise/credit.h"
#include "organise/features.h"
#include "organise/lsh_table.h"
#include "organise/organiser.h"
#include "organise/posting_index.h"
#include "organise/similarity.h"
#include "text/minhash.h"
#include "text/shingles.h"

namespace bs {
namespace organiser_detail {

constexpr std::uint32_t kNone = UINT32_MAX;
// LSH banding of the 64 MinHash slots: 21 bands of 3 rows make a pair with
// Jaccard 0.5 a candidate with probability 0.94 and one with 0.6 with 0.994,
// while unrelated texts (J < 0.1) almost never collide.
constexpr int kBands = 21;
constexpr int kRows = 3;
static_assert(kBands * kRows <= kMinHashSlots);
// A bucket holding more articles than this is boilerplate shared by many
// texts, not evidence of copying; looking further only costs time.
constexpr std::size_t kMaxBucketScan = 32;
// Salient keys of an article that index its story and query for candidates.
constexpr std::size_t kSalientTerms = 12;
constexpr std::size_t kSalientEntities = 8;
// Stories per key in the window index: a very common key (a weekday, the
// desk's own city) would otherwise make every lookup scan every story.
constexpr std::size_t kMaxStoryPosting = 32;
// Stories per key in the topic index (all-time; the most recent are kept).
constexpr std::size_t kMaxTopicPosting = 32;
// Candidate stories scored per article: the top by shared salient keys.
constexpr std::size_t kMaxCandidateStories = 16;
// A candidate story sharing this many salient keys with the article makes
// one that shares a single key not worth scoring (see ScoreStories).
constexpr int kClearlyShared = 10;
// Earlier stories scored per article for "same topic": the top by shared keys.
constexpr std::size_t kMaxTopicCandidates = 16;
// A closed story keeps only this much of its centroid for topic matching.
constexpr std::size_t kClosedTopTerms = 24;
constexpr std::size_t kClosedTopEntities = 12;
// Members listed per story (read-next sources); further members still join.
constexpr std::size_t kMaxStoryMembers = 256;
// Stories this similar but below the same-story threshold are "related".
constexpr double kRelatedThreshold = 0.12;
// Score lost by a story as the gap to its last article reaches the window:
// recent coverage is the likelier home of a new article.
constexpr double kTimeDecay = 0.15;
// Housekeeping cadence, in Adds: expire windows, compact indexes.
constexpr std::uint64_t kSweepEvery = 64;
constexpr std::uint64_t kCompactEvery = 8192;

struct Article {
  std::string id;
  Timestamp time = 0;
  std::uint32_t source = kNone;   // interned normalised source name
  std::uint32_t credit = kNone;   // interned normalised credited name
  // Interned "host:<host of url>": a copy's rel=canonical credits a host, not
  // a source name, so the original is recognised by where it lives.
  std::uint32_t host = kNone;
  std::uint32_t section = kNone;  // interned section
  std::uint32_t language = 0;     // interned language (bit index in masks)
  std::uint32_t story = kNone;
  std::uint32_t group = kNone;  // duplicate group
  std::vector<std::uint32_t> same_topic;  // article numbers, best first
  std::vector<std::uint32_t> related;     // other stories' articles, best first
  // Held only while inside the windows (then released):
  std::vector<std::uint32_t> minhash;
  std::uint32_t shingle_count = 0;
  std::uint32_t body_terms = 0;
  std::uint64_t body_hash = 0;
  std::uint64_t url_hash = 0;
  StoryVector vector;
};

// What every posting-list walk reads about a story, kept apart from the rest
// (State::spans, parallel to State::stories). Topic postings reach stories
// of any age, so at a million articles each read was a cache miss on a
// 200-byte record; packed 24 bytes apiece, the walked records share lines
// and pages (organise_speed at 1M: see the commit that added this).
struct StorySpan {
  std::uint32_t parent;  // union-find for editor merges
  bool active = true;
  Timestamp first = 0, last = 0;
};

struct Story {
  std::uint32_t founder;
  std::uint32_t language_mask = 0;
  // Members with body text. A story of headlines only is never joined: a
  // headline alone ("Photo gallery", "Letters") is weak evidence.
  std::uint32_t bodied = 0;
  std::string id;
  StoryVector centroid;
  std::vector<std::uint32_t> members;
  std::string title;
  double title_score = -1;
  std::uint32_t count = 0;  // every article that joined, beyond kMaxStoryMembers too
};

struct Group {
  std::vector<std::uint32_t> members;
  std::uint32_t canonical = kNone;
};

inline std::uint64_t UrlKey(const std::string& url) {
  if (url.empty()) return 0;
  std::optional<std::string> c = CanonicalizeUrl(url);
  const std::string& s = c ? *c : url;
  // Mobile and www hosts serve the same article as the main host.
  std::string key = s;
  for (std::string_view prefix : {"://m.", "://www.", "://amp."}) {
    std::size_t p = key.find(prefix);
    if (p != std::string::npos && p < 12) {
      key = key.substr(0, p + 3) + key.substr(p + prefix.size());
    }
  }
  // Tracking parameters and fragments do not change the article.
  std::size_t q = key.find_first_of("?#");
  if (q != std::string::npos) key.resize(q);
  while (!key.empty() && key.back() == '/') key.pop_back();
  return Fnv1a64(key) | 1;
}

inline std::uint64_t BandKey(const std::vector<std::uint32_t>& sig, int band) {
  std::uint64_t h = Mix64(static_cast<std::uint64_t>(band) + 0x51ed27);
  for (int r = 0; r < kRows; ++r) h = Mix64(h ^ sig[band * kRows + r]);
  return h;
}

template <typename T>
std::size_t VecBytes(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

// Counts how often each story is met while walking posting lists (a few
// hundred entries per article), in a dense array indexed by story number:
// one increment per entry, where sorting the entries cost n log n. Only the
// touched counters are reset afterwards, so a count costs nothing per story
// held.
class StoryCounter {
 public:
  // Makes room for stories numbered below `n`.
  void Grow(std::size_t n) {
    if (counts_.size() < n) counts_.resize(n, 0);
  }
  void Add(std::uint32_t story) {
    if (counts_[story]++ == 0) touched_.push_back(story);
  }
  // (−count, story) pairs, most shared first (ties: lower story number), at
  // most `limit`; resets the counts.
  std::vector<std::pair<int, std::uint32_t>> Top(std::size_t limit);
  std::size_t MemoryBytes() const {
    return (counts_.capacity() + touched_.capacity()) * sizeof(std::uint32_t);
  }

 private:
  std::vector<std::uint32_t> counts_;
  std::vector<std::uint32_t> touched_;
};

inline std::vector<std::pair<int, std::uint32_t>> StoryCounter::Top(std::size_t limit) {
  std::vector<std::pair<int, std::uint32_t>> ranked;
  ranked.reserve(touched_.size());
  for (std::uint32_t s : touched_) {
    ranked.push_back({-static_cast<int>(counts_[s]), s});
    counts_[s] = 0;
  }
  touched_.clear();
  if (ranked.size() > limit) {
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(limit),
                      ranked.end());
    ranked.resize(limit);
  } else {
    std::sort(ranked.begin(), ranked.end());
  }
  return ranked;
}

}  // namespace organiser_detail

// Only organiser.cc and organiser_snapshot.cc include this header, and its
// records are their vocabulary; the namespace keeps them apart from
// bs::Article and the rest of the program.
using namespace organiser_detail;  // NOLINT(google-build-using-namespace)

struct Organiser::State {
  OrganiserOptions options;
  Analyzer analyzer;
  IdfTable idf;
  std::vector<Article> articles;
  std::vector<Story> stories;
  std::vector<StorySpan> spans;  // parallel to stories
  std::vector<Group> groups;
  std::unordered_map<std::string, std::uint32_t> by_id;
  std::unordered_map<std::string, std::uint32_t> names;  // sources, credits, sections, languages
  std::vector<std::string> name_list;
  std::unordered_map<std::uint64_t, std::uint32_t> url_index, body_index;
  LshTable lsh;
  PostingIndex story_postings, topic_postings;
  StoryCounter counter;
  std::deque<std::uint32_t> duplicate_held, story_held;  // arrival order
  // Open stories by the time of their last article as it was when queued: a
  // sweep then touches only stories that may be due to close (re-queueing
  // those joined since) instead of walking every open story.
  std::priority_queue<std::pair<Timestamp, std::uint32_t>,
                      std::vector<std::pair<Timestamp, std::uint32_t>>, std::greater<>>
      closing;
  Timestamp now = 0;
  std::uint64_t adds = 0;
  // Articles whose Describe may have changed since TakeTouched (not part of
  // a snapshot: a restored organiser has reported everything before it).
  std::vector<std::uint32_t> touched;

  // For Restore (organiser_snapshot.cc): every reference in range, no
  // cycle among merged stories.
  bool Consistent() const;

  // Stories whose members beyond the listed ones (kMaxStoryMembers) may have
  // changed; the caller rewrites those from what it stored.
  std::vector<std::uint32_t> overflowed;
  void Overflow(std::uint32_t s) {
    if (stories[s].count > stories[s].members.size()) overflowed.push_back(s);
  }

  void TouchStory(std::uint32_t s) {
    const Story& st = stories[s];
    touched.insert(touched.end(), st.members.begin(), st.members.end());
  }

  std::uint32_t Intern(const std::string& s) {
    if (s.empty()) return kNone;
    auto [it, inserted] = names.emplace(s, static_cast<std::uint32_t>(name_list.size()));
    if (inserted) name_list.push_back(s);
    return it->second;
  }
  std::uint32_t LanguageBit(const std::string& lang) {
    // Languages past the 31st share one bit: still "same language" among
    // themselves, which only makes rare languages a little less strict.
    std::uint32_t n = Intern("lang:" + lang);
    return n == kNone ? 0 : std::min<std::uint32_t>(n, 31);
  }

  std::uint32_t Root(std::uint32_t s) const {
    while (spans[s].parent != s) s = spans[s].parent;
    return s;
  }

  // ---- duplicates ---------------------------------------------------------
  // Within the duplicate window of each other (housekeeping runs only every
  // few Adds, so an index may still hold an older article).
  bool Near(const Article& a, const Article& o) const {
    return std::abs(a.time - o.time) <= options.duplicate_window;
  }

  // The same URL is the same article unless both bodies are substantial and
  // different: papers reuse a slug for a weekly column or an updated page.
  bool SameUrlMatch(const Article& a, const Article& o) const {
    if (!Near(a, o)) return false;
    if (std::min(a.body_terms, o.body_terms) < kShortBodyTerms) return true;
    return a.minhash.empty() || o.minhash.empty() || EstimateJaccard(a.minhash, o.minhash) >= 0.3;
  }

  std::uint32_t FindDuplicate(const Article& a, const std::string& hint) {
    if (a.url_hash != 0) {
      auto it = url_index.find(a.url_hash);
      if (it != url_index.end() && SameUrlMatch(a, articles[it->second])) return it->second;
    }
    if (hint.rfind("http", 0) == 0) {
      auto it = url_index.find(UrlKey(hint));
      if (it != url_index.end() && SameUrlMatch(a, articles[it->second])) return it->second;
    }
    if (a.body_hash != 0) {
      auto it = body_index.find(a.body_hash);
      if (it != body_index.end() && Near(a, articles[it->second])) return it->second;
    }
    if (a.minhash.empty()) return kNone;
    std::vector<std::uint32_t> cands;
    for (int b = 0; b < kBands; ++b) lsh.Find(BandKey(a.minhash, b), kMaxBucketScan, &cands);
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    std::uint32_t best = kNone;
    double best_score = 0;
    for (std::uint32_t c : cands) {
      const Article& o = articles[c];
      if (o.minhash.empty() || !Near(a, o)) continue;
      const double j = EstimateJaccard(a.minhash, o.minhash);
      const double smaller = std::min(a.shingle_count, o.shingle_count);
      const double inter = j * (a.shingle_count + o.shingle_count) / (1.0 + j);
      const double containment = smaller > 0 ? inter / smaller : 0;
      bool match;
      if (std::min(a.body_terms, o.body_terms) < kShortBodyTerms) {
        // Few shingles: the estimate is coarse, so only near-identity counts.
        match = j >= 0.9;
      } else {
        // Containment catches a copy with boilerplate added or the last
        // paragraph cut, whose Jaccard drops with the length difference.
        match = j >= options.duplicate_jaccard || containment >= options.duplicate_containment;
      }
      const double score = std::max(j, containment);
      if (match && score > best_score) {
        best_score = score;
        best = c;
      }
    }
    return best;
  }

  // Canonical = the copy whose source (or host) a member's credit line (or
  // rel=canonical) names, then the
  // earliest published, then the smallest id: independent of arrival order.
  void ChooseCanonical(Group& g) {
    std::unordered_set<std::uint32_t> credited;
    for (std::uint32_t m : g.members) {
      if (articles[m].credit != kNone) credited.insert(articles[m].credit);
    }
    auto key = [&](std::uint32_t m) {
      const Article& a = articles[m];
      const bool named = a.credit == kNone && ((a.source != kNone && credited.count(a.source) > 0) ||
                                                (a.host != kNone && credited.count(a.host) > 0));
      return std::make_tuple(named ? 0 : 1, a.time, std::string_view(a.id));
    };
    std::uint32_t best = g.members.front();
    for (std::uint32_t m : g.members) {
      if (key(m) < key(best)) best = m;
    }
    g.canonical = best;
  }

  void JoinGroup(std::uint32_t n, std::uint32_t target) {
    Article& t = articles[target];
    if (t.group == kNone) {
      t.group = static_cast<std::uint32_t>(groups.size());
      groups.push_back(Group{{target}, target});
    }
    Group& g = groups[t.group];
    g.members.push_back(n);
    articles[n].group = t.group;
    const std::uint32_t before = g.canonical;
    ChooseCanonical(g);
    // Read-next lists the canonical copy only: a new canonical changes the
    // lists of the story's unlisted members too.
    if (g.canonical != before) Overflow(Root(t.story));
    // Every copy's duplicate_of follows the canonical choice.
    touched.insert(touched.end(), g.members.begin(), g.members.end());
  }

  void IndexDuplicateSignals(std::uint32_t n) {
    const Article& a = articles[n];
    if (a.url_hash != 0) url_index[a.url_hash] = n;
    if (a.body_hash != 0) body_index.emplace(a.body_hash, n);
    if (!a.minhash.empty()) {
      for (int b = 0; b < kBands; ++b) lsh.Insert(BandKey(a.minhash, b), n);
    }
    duplicate_held.push_back(n);
  }

  void ReleaseDuplicateSignals(std::uint32_t n) {
    Article& a = articles[n];
    if (a.url_hash != 0) {
      auto it = url_index.find(a.url_hash);
      if (it != url_index.end() && it->second == n) url_index.erase(it);
    }
    if (a.body_hash != 0) {
      auto it = body_index.find(a.body_hash);
      if (it != body_index.end() && it->second == n) body_index.erase(it);
    }
    if (!a.minhash.empty()) {
      for (int b = 0; b < kBands; ++b) lsh.Erase(BandKey(a.minhash, b), n);
    }
    std::vector<std::uint32_t>().swap(a.minhash);
  }

  // ---- stories -------------------------------------------------------------
  static std::vector<std::uint32_t> SalientKeys(const StoryVector& v) {
    auto top = [](std::vector<WeightedKey> w, std::size_t k, std::vector<std::uint32_t>* out) {
      const std::size_t n = std::min(k, w.size());
      std::partial_sort(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(n), w.end(),
                        [](const WeightedKey& a, const WeightedKey& b) {
                          return a.weight != b.weight ? a.weight > b.weight : a.key < b.key;
                        });
      for (std::size_t i = 0; i < n; ++i) out->push_back(w[i].key);
    };
    std::vector<std::uint32_t> keys;
    top(v.terms, kSalientTerms, &keys);
    top(v.entities, kSalientEntities, &keys);
    return keys;
  }

  bool InWindow(const StorySpan& s, Timestamp t) const {
    return s.active && t - s.last <= options.story_window && s.first - t <= options.story_window;
  }

  double Decay(const StorySpan& s, Timestamp t) const {
    const double gap = static_cast<double>(std::max<Timestamp>(0, t - s.last));
    return 1.0 - kTimeDecay * std::min(1.0, gap / static_cast<double>(options.story_window));
  }

  struct Scored {
    std::uint32_t story;
    double score;
  };

  // Counts, in `counter`, the stories posted under `keys` (by their root)
  // for which keep(root) holds. The span of every posted story is fetched
  // ahead of the walk: the stories are of any age, their spans mostly not in
  // cache, and a walk that tests each as it comes waits on one miss after
  // another.
  template <typename Keep>
  void CountPosted(const PostingIndex& index, const std::vector<std::uint32_t>& keys, Keep keep) {
    thread_local std::vector<std::uint32_t> posted;
    posted.clear();
    for (std::uint32_t k : keys) {
      const std::vector<std::uint32_t>* list = index.Find(k);
      if (list == nullptr) continue;
      for (std::uint32_t s : *list) {
        __builtin_prefetch(&spans[s]);
        posted.push_back(s);
      }
    }
    for (std::uint32_t s : posted) {
      const std::uint32_t r = Root(s);
      if (keep(r)) counter.Add(r);
    }
  }

  // Candidate stories in the window, scored, best first.
  std::vector<Scored> ScoreStories(const Article& a, const StoryQuery& query,
                                   const std::vector<std::uint32_t>& keys) {
    CountPosted(story_postings, keys, [&](std::uint32_t r) { return InWindow(spans[r], a.time); });
    std::vector<std::pair<int, std::uint32_t>> ranked = counter.Top(kMaxCandidateStories);
    // When some story shares many of the article's salient keys, one that
    // shares a single key is not worth scoring (the costliest step): on
    // organise_speed's stream no such story reached even the related
    // threshold (0 of 333,000 scored), and on the labelled corpus dropping
    // them changes nothing at this bound (related precision moves from 10
    // shared keys down).
    if (!ranked.empty() && ranked.front().first <= -kClearlyShared) {
      while (ranked.back().first == -1) ranked.pop_back();
    }
    std::vector<Scored> out;
    for (auto [h, s] : ranked) {
      const Story& st = stories[s];
      if (st.bodied == 0) continue;
      const bool same_lang = (st.language_mask >> a.language) & 1u;
      const StoryEvidence e = query.Similarity(st.centroid, same_lang);
      out.push_back({s, e.score * Decay(spans[s], a.time)});
    }
    std::sort(out.begin(), out.end(), [](const Scored& x, const Scored& y) {
      return x.score != y.score ? x.score > y.score : x.story < y.story;
    });
    return out;
  }

  static void Post(PostingIndex* index, const std::vector<std::uint32_t>& keys,
                   std::uint32_t story, std::size_t cap) {
    for (std::uint32_t k : keys) index->Post(k, story, cap);
  }

  std::uint32_t NewStory(std::uint32_t founder, std::string id, const std::string& title) {
    const auto s = static_cast<std::uint32_t>(stories.size());
    Story st;
    st.id = std::move(id);
    st.founder = founder;
    st.title = title;
    StorySpan span;
    span.parent = s;
    span.first = span.last = articles[founder].time;
    closing.push({span.last, s});
    stories.push_back(std::move(st));
    spans.push_back(span);
    counter.Grow(stories.size());
    return s;
  }

  void AddToStory(std::uint32_t s, std::uint32_t n, const std::string& title, bool contributes,
                  const StoryQuery* query = nullptr) {
    Story& st = stories[s];
    Article& a = articles[n];
    a.story = s;
    spans[s].first = std::min(spans[s].first, a.time);
    spans[s].last = std::max(spans[s].last, a.time);
    if (st.members.size() < kMaxStoryMembers) {
      // A list shrunk by a split grows again: unlisted members may now get
      // the newcomer as read-next.
      if (st.count > st.members.size()) Overflow(s);
      st.members.push_back(n);
    }
    ++st.count;
    // The members' read-next lists may now name the newcomer.
    touched.push_back(n);
    TouchStory(s);
    st.language_mask |= 1u << a.language;
    if (!contributes) return;
    if (a.body_terms > 0) ++st.bodied;
    AccumulateCentroid(a.vector, 1.0f, &st.centroid);
    // The headline closest to the centroid is the most representative (an
    // online approximation of the medoid).
    const double score = query != nullptr ? query->TermCosine(st.centroid.terms)
                                          : Cosine(a.vector.terms, st.centroid.terms);
    if (score > st.title_score && !title.empty()) {
      st.title_score = score;
      st.title = title;
    }
  }

  // ---- housekeeping ----------------------------------------------------------
  static void Truncate(std::vector<WeightedKey>* v, std::size_t k) {
    if (v->size() > k) {
      std::vector<WeightedKey> w = *v;
      std::nth_element(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(k), w.end(),
                       [](const WeightedKey& a, const WeightedKey& b) {
                         return a.weight != b.weight ? a.weight > b.weight : a.key < b.key;
                       });
      w.resize(k);
      std::sort(w.begin(), w.end(),
                [](const WeightedKey& a, const WeightedKey& b) { return a.key < b.key; });
      *v = std::move(w);
    }
    v->shrink_to_fit();
  }

  void Sweep() {
    while (!duplicate_held.empty() &&
           articles[duplicate_held.front()].time < now - options.duplicate_window) {
      ReleaseDuplicateSignals(duplicate_held.front());
      duplicate_held.pop_front();
    }
    while (!story_held.empty() && articles[story_held.front()].time < now - options.story_window) {
      StoryVector().terms.swap(articles[story_held.front()].vector.terms);
      StoryVector().entities.swap(articles[story_held.front()].vector.entities);
      StoryVector().pivot.swap(articles[story_held.front()].vector.pivot);
      story_held.pop_front();
    }
    const Timestamp cutoff = now - options.story_window;
    std::vector<std::uint32_t> closed;
    while (!closing.empty() && closing.top().first < cutoff) {
      const std::uint32_t s = closing.top().second;
      closing.pop();
      const StorySpan& span = spans[s];
      if (span.parent != s || !span.active) continue;  // merged away, or queued twice
      if (span.last >= cutoff) {
        closing.push({span.last, s});  // joined since it was queued
      } else {
        closed.push_back(s);
      }
    }
    // In creation order: which story posts first decides which fall out of
    // a full topic list.
    std::sort(closed.begin(), closed.end());
    closed.erase(std::unique(closed.begin(), closed.end()), closed.end());
    for (std::uint32_t s : closed) {
      Story& st = stories[s];
      spans[s].active = false;
      // A closed story becomes searchable as earlier coverage of a topic,
      // through a compact centroid (its heaviest keys only).
      Post(&topic_postings, SalientKeys(st.centroid), s, kMaxTopicPosting);
      Truncate(&st.centroid.terms, kClosedTopTerms);
      Truncate(&st.centroid.entities, kClosedTopEntities);
      Truncate(&st.centroid.pivot, kClosedTopTerms);
    }
    if (adds % kCompactEvery == 0) {
      story_postings.EraseIf([&](std::uint32_t s) { return !spans[Root(s)].active; });
    }
  }

  // ---- related -----------------------------------------------------------------
  std::uint32_t Representative(std::uint32_t story) const {
    const Article& f = articles[stories[story].founder];
    return f.group != kNone ? groups[f.group].canonical : stories[story].founder;
  }

  std::vector<std::uint32_t> SameTopic(const Article& a, const StoryQuery& query,
                                       const std::vector<std::uint32_t>& keys, std::uint32_t own) {
    CountPosted(topic_postings, keys, [&](std::uint32_t r) {
      return r != own && spans[r].last < a.time;  // only earlier coverage
    });
    const std::vector<std::pair<int, std::uint32_t>> ranked = counter.Top(kMaxTopicCandidates);
    std::vector<Scored> scored;
    for (auto [h, r] : ranked) {
      const Story& st = stories[r];
      const bool same_lang = (st.language_mask >> a.language) & 1u;
      const double score = query.Similarity(st.centroid, same_lang).score;
      if (score >= kSameTopicThreshold) scored.push_back({r, score});
    }
    std::sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
      return x.score != y.score ? x.score > y.score : x.story < y.story;
    });
    std::vector<std::uint32_t> out;
    for (const Scored& s : scored) {
      if (out.size() >= kMaxSameTopic) break;
      out.push_back(Representative(s.story));
    }
    return out;
  }

  std::vector<std::uint32_t> ReadNext(std::uint32_t n) const {
    const Article& a = articles[n];
    const Story& st = stories[Root(a.story)];
    std::vector<std::pair<Timestamp, std::uint32_t>> cands;
    std::vector<std::uint32_t> sources{a.source};
    for (std::uint32_t m : st.members) {
      const Article& o = articles[m];
      if (m == n || (a.group != kNone && o.group == a.group)) continue;
      if (o.group != kNone && groups[o.group].canonical != m) continue;  // list the original
      if (Root(o.story) != Root(a.story)) continue;                      // split away
      cands.push_back({std::abs(o.time - a.time), m});
    }
    std::sort(cands.begin(), cands.end());
    // One article per other source first, then the rest. Only the first
    // kMaxReadNext are listed, so the walk stops once that many sources are
    // in, and a handful of sources is searched without a hash set.
    std::vector<std::uint32_t> out, later;
    for (auto [gap, m] : cands) {
      if (out.size() >= kMaxReadNext) break;
      const std::uint32_t source = articles[m].source;
      if (std::find(sources.begin(), sources.end(), source) == sources.end()) {
        sources.push_back(source);
        out.push_back(m);
      } else if (later.size() < kMaxReadNext) {
        later.push_back(m);
      }
    }
    for (std::uint32_t m : later) out.push_back(m);
    if (out.size() > kMaxReadNext) out.resize(kMaxReadNext);
    return out;
  }

  OrganiseResult Describe(std::uint32_t n) const {
    const Article& a = articles[n];
    OrganiseResult r;
    r.id = a.id;
    const Story& st = stories[Root(a.story)];
    r.story = st.id;
    r.story_title = st.title;
    if (a.group != kNone && groups[a.group].canonical != n) {
      r.duplicate_of = articles[groups[a.group].canonical].id;
    }
    // At most a score of articles: a flat list beats a hash set.
    std::vector<std::uint32_t> listed{n};
    if (a.group != kNone) listed.push_back(groups[a.group].canonical);
    auto add = [&](std::uint32_t m, std::vector<std::string>* list) {
      if (std::find(listed.begin(), listed.end(), m) != listed.end()) return;
      listed.push_back(m);
      if (list != nullptr) list->push_back(articles[m].id);
      if (r.related.size() < kMaxRelated) r.related.push_back(articles[m].id);
    };
    for (std::uint32_t m : ReadNext(n)) add(m, &r.read_next);
    for (std::uint32_t m : a.same_topic) add(m, &r.same_topic);
    for (std::uint32_t m : a.related) add(m, nullptr);
    return r;
  }

  std::size_t Memory() const {
    std::size_t bytes = sizeof(State) + idf.MemoryBytes() + lsh.MemoryBytes() +
                        closing.size() * sizeof(std::pair<Timestamp, std::uint32_t>);
    bytes += VecBytes(articles) + VecBytes(stories) + VecBytes(spans) + VecBytes(groups) + VecBytes(name_list);
    for (const Article& a : articles) {
      bytes += (a.id.capacity() > 15 ? a.id.capacity() + 1 : 0) + VecBytes(a.same_topic) +
               VecBytes(a.related) + VecBytes(a.minhash) + VecBytes(a.vector.terms) +
               VecBytes(a.vector.entities) + VecBytes(a.vector.pivot);
    }
    for (const Story& s : stories) {
      bytes += s.id.capacity() + s.title.capacity() + VecBytes(s.centroid.terms) +
               VecBytes(s.centroid.entities) + VecBytes(s.centroid.pivot) + VecBytes(s.members);
    }
    for (const Group& g : groups) bytes += VecBytes(g.members);
    // Hash-map nodes: key, value and about two pointers of overhead each.
    bytes += by_id.size() * (sizeof(std::string) + 24) + names.size() * 64;
    bytes += (url_index.size() + body_index.size()) * 32;
    bytes += story_postings.MemoryBytes() + topic_postings.MemoryBytes() + counter.MemoryBytes();
    return bytes;
  }
};

}  // namespace bs
