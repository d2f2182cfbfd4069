#include "app/organisation_pipeline.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <limits>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "organise/section_classifier.h"

namespace bs {
namespace {

std::mutex& RecomputeMutex() {
  static std::mutex mu;
  return mu;
}

Timestamp ArticleTime(const Article& a) { return a.published.value_or(a.fetched_at); }

std::optional<Id> ParseId(const std::string& s) {
  Id v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

std::vector<Id> ParseIds(const std::vector<std::string>& ids) {
  std::vector<Id> out;
  for (const auto& s : ids) {
    if (out.size() == kMaxOrganisationLinks) break;
    if (auto id = ParseId(s)) out.push_back(*id);
  }
  return out;
}

// What is kept per organised article between the walk and the lookups.
struct Seen {
  Id id;
  std::uint32_t source;  // interned slug
  Timestamp time;
};

struct StoryTally {
  std::string title;
  Timestamp first = 0, last = 0;
  int articles = 0;
  std::vector<std::uint32_t> sources;  // distinct, canonical articles only
};

// Editor operations wait until both of their articles have been added: that
// is when the editor could have made them, and later articles then join the
// edited stories as they did live.
class EditReplay {
 public:
  explicit EditReplay(std::vector<StoryEdit> edits) : edits_(std::move(edits)) {
    missing_.resize(edits_.size());
    for (std::size_t i = 0; i < edits_.size(); ++i) {
      const StoryEdit& e = edits_[i];
      waiting_[e.article_a].push_back(i);
      missing_[i] = 1;
      if (e.kind == StoryEdit::Kind::kMerge) {
        waiting_[e.article_b].push_back(i);
        missing_[i] = 2;
      }
    }
  }

  // Applies, in log order, the edits that `id` completes.
  void Added(Id id, Organiser& organiser, OrganisationReport& report) {
    auto it = waiting_.find(id);
    if (it == waiting_.end()) return;
    std::vector<std::size_t> ready;
    for (std::size_t i : it->second)
      if (--missing_[i] == 0) ready.push_back(i);
    std::sort(ready.begin(), ready.end());  // edits_ is in seq order
    for (std::size_t i : ready) {
      const StoryEdit& e = edits_[i];
      Status st = e.kind == StoryEdit::Kind::kMerge
                      ? organiser.MergeStories(std::to_string(e.article_a), std::to_string(e.article_b))
                      : organiser.SplitArticle(std::to_string(e.article_a));
      if (st.ok()) {
        ++report.edits_applied;
      } else {
        ++report.edits_skipped;
        spdlog::warn("story edit {} not replayed: {}", e.seq, st.ToString());
      }
    }
  }

  int Unapplied() const {
    return static_cast<int>(std::count_if(missing_.begin(), missing_.end(), [](int m) { return m > 0; }));
  }

 private:
  std::vector<StoryEdit> edits_;
  std::vector<int> missing_;
  std::unordered_map<Id, std::vector<std::size_t>> waiting_;
};

// The stored section model, or nullopt (none trained, or unreadable: ingest
// goes on with default sections rather than failing).
Result<std::optional<SectionClassifier>> LoadClassifier(Store& store) {
  auto bytes = store.GetModel(kSectionModelName);
  if (!bytes.ok()) return bytes.status();
  if (!bytes->has_value()) return std::optional<SectionClassifier>();
  auto model = SectionClassifier::Deserialize(**bytes);
  if (!model.ok()) {
    spdlog::warn("stored section model is unusable ({}); run `broadsheet train` again",
                 model.status().ToString());
    return std::optional<SectionClassifier>();
  }
  return std::optional<SectionClassifier>(std::move(*model));
}

// The classifier's verdict on one article: its top section when confident,
// else the article's own section with the probability the model gives it.
SectionGuess Classify(const SectionClassifier& model, const Article& a, double min_confidence) {
  const std::vector<double> p = model.Probabilities(a.title, a.body_text, a.language);
  const auto& labels = model.labels();
  std::size_t best = 0;
  for (std::size_t i = 1; i < p.size(); ++i)
    if (p[i] > p[best]) best = i;
  if (!p.empty() && p[best] >= min_confidence) return {a.id, labels[best], p[best]};
  double own = 0.0;
  for (std::size_t i = 0; i < labels.size() && i < p.size(); ++i)
    if (labels[i] == a.section) own = p[i];
  return {a.id, a.section, own};
}

// The time of the newest `max` articles' oldest member; nullopt when there
// are no more than `max`.
Result<std::optional<Timestamp>> WindowStart(Store& store, std::size_t max) {
  if (max == 0) return std::optional<Timestamp>(std::numeric_limits<Timestamp>::max());
  ArticleQuery q;
  q.include_duplicates = true;
  q.limit = 1;
  q.offset = static_cast<int>(std::min<std::size_t>(max - 1, std::numeric_limits<int>::max()));
  auto list = store.ListArticles(q);
  if (!list.ok()) return list.status();
  if (list->empty()) return std::optional<Timestamp>();
  return std::optional<Timestamp>(ArticleTime(list->front()));
}

}  // namespace

OrganiseInput OrganiseInputFor(const Article& a) {
  OrganiseInput in;
  in.id = std::to_string(a.id);
  in.title = a.title;
  in.text = a.body_text;
  in.source = a.source_slug;
  in.language = a.language;
  in.url = a.url;
  // The store knows no publication time for some feeds; the fetch time is
  // when the article appeared, and keeps the order the walk uses.
  in.published = ArticleTime(a);
  // The organiser reads credit lines from the text itself.
  in.canonical_hint = a.page_canonical_url;
  in.section = a.section;
  return in;
}

Result<OrganisationReport> RecomputeOrganisation(Store& store, const OrganisationOptions& options) {
  std::lock_guard serial(RecomputeMutex());
  const auto started = std::chrono::steady_clock::now();
  OrganisationReport report;

  auto classifier = LoadClassifier(store);
  if (!classifier.ok()) return classifier.status();
  auto edits = store.ListStoryEdits();
  if (!edits.ok()) return edits.status();
  EditReplay replay(std::move(*edits));
  auto since = WindowStart(store, options.max_articles);
  if (!since.ok()) return since.status();

  using Clock = std::chrono::steady_clock;
  auto since_start = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };
  double organiser_seconds = 0;  // inside Classify and Organiser::Add, for the log line
  Organiser organiser;
  std::vector<Seen> seen;
  std::unordered_map<std::string, std::uint32_t> source_ids;
  std::vector<SectionGuess> guesses;
  Status walk = store.ForEachArticle(
      [&](const Article& stored) -> Status {
        const auto t0 = Clock::now();
        OrganiseInput in = OrganiseInputFor(stored);
        const bool open = stored.section_origin == SectionOrigin::kDefault ||
                          (options.reclassify && stored.section_origin == SectionOrigin::kClassifier);
        if (*classifier && open) {
          SectionGuess g = Classify(**classifier, stored, options.min_classifier_confidence);
          in.section = g.section;
          guesses.push_back(std::move(g));
        }
        auto added = organiser.Add(in);
        organiser_seconds += since_start(t0);
        if (!added.ok()) return added.status();
        auto [it, fresh] =
            source_ids.emplace(stored.source_slug, static_cast<std::uint32_t>(source_ids.size()));
        seen.push_back(Seen{stored.id, it->second, ArticleTime(stored)});
        replay.Added(stored.id, organiser, report);
        return Status::Ok();
      },
      *since);
  if (!walk.ok()) return walk;
  report.edits_skipped += replay.Unapplied();
  const double walk_seconds = since_start(started);
  const auto lookups_started = Clock::now();

  std::vector<ArticleOrganisation> rows;
  rows.reserve(seen.size());
  std::unordered_map<Id, StoryTally> tallies;
  for (const Seen& s : seen) {
    auto r = organiser.Lookup(std::to_string(s.id));
    if (!r.ok()) return r.status();
    ArticleOrganisation row;
    row.article_id = s.id;
    row.story_id = ParseId(r->story).value_or(s.id);
    row.duplicate_of = ParseId(r->duplicate_of).value_or(0);
    row.read_next = ParseIds(r->read_next);
    row.same_topic = ParseIds(r->same_topic);
    row.related = ParseIds(r->related);
    StoryTally& t = tallies[row.story_id];
    if (t.articles == 0) {
      t.title = r->story_title;
      t.first = t.last = s.time;
    }
    ++t.articles;
    t.first = std::min(t.first, s.time);
    t.last = std::max(t.last, s.time);
    // A syndicated copy is not another paper's coverage: only canonical
    // articles count towards a story's sources ("top stories" need 2+).
    if (row.duplicate_of == 0 && std::find(t.sources.begin(), t.sources.end(), s.source) == t.sources.end())
      t.sources.push_back(s.source);
    if (row.duplicate_of != 0) ++report.duplicates;
    rows.push_back(std::move(row));
  }
  std::vector<StoryRecord> stories;
  stories.reserve(tallies.size());
  for (auto& [id, t] : tallies)
    stories.push_back(StoryRecord{id, std::move(t.title), t.first, t.last, t.articles,
                                  std::max<int>(1, static_cast<int>(t.sources.size()))});

  const double lookup_seconds = since_start(lookups_started);
  const auto writes_started = Clock::now();
  if (!guesses.empty())
    if (auto st = store.SetClassifiedSections(guesses); !st.ok()) return st;
  if (auto st = store.ReplaceOrganisation(stories, rows); !st.ok()) return st;

  report.articles = static_cast<int>(rows.size());
  report.stories = static_cast<int>(stories.size());
  report.classified = static_cast<int>(guesses.size());
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  spdlog::info(
      "organised {} articles: {} stories, {} duplicates, {} sections classified ({:.2f} s: walk {:.2f} s "
      "of which organiser {:.2f} s, lookups {:.2f} s, writes {:.2f} s)",
      report.articles, report.stories, report.duplicates, report.classified, report.seconds, walk_seconds,
      organiser_seconds, lookup_seconds, since_start(writes_started));
  return report;
}

}  // namespace bs
