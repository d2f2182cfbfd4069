#include "app/organisation_pipeline.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "organise/section_classifier.h"

namespace bs {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::mutex& RecomputeMutex() {
  static std::mutex mu;
  return mu;
}

Timestamp ArticleTime(const Article& a) { return a.published.value_or(a.fetched_at); }

// Time zones put a fresh article at most 14 hours ahead of the fetch.
constexpr Timestamp kMaxAheadOfFetch = 86400;

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

// Editor operations are replayed in log order, each once the articles up
// to its position are in: the edit's after_article (where it was applied,
// recorded by the step that applied it) and both of its own articles. An
// edit never overtakes an earlier one, so positions grow with the log and
// a full recompute meets every edit where the incremental steps did. Only
// the edits with after_seq < seq <= through_seq are replayed.
class EditReplay {
 public:
  EditReplay(std::vector<StoryEdit> edits, Id after_seq, Id through_seq) {
    for (StoryEdit& e : edits)
      if (e.seq > after_seq && e.seq <= through_seq) edits_.push_back(std::move(e));
    std::sort(edits_.begin(), edits_.end(),
              [](const StoryEdit& x, const StoryEdit& y) { return x.seq < y.seq; });
  }

  // Applies the edits that are due once the articles up to `id` are in.
  void Added(Id id, Organiser& organiser, OrganisationReport& report) {
    while (next_ < edits_.size() && Due(edits_[next_]) <= id) {
      const StoryEdit& e = edits_[next_++];
      Apply(e, organiser, report);
      if (e.after_article < id) placed_.push_back({e.seq, id});
      last_seq_ = e.seq;
    }
  }

  // After a full walk: edits naming articles that are gone are skipped.
  void Finish(Organiser& organiser, OrganisationReport& report) {
    while (next_ < edits_.size()) {
      Apply(edits_[next_], organiser, report);
      last_seq_ = edits_[next_++].seq;
    }
  }

  // The last edit applied (all before it are applied too), or `fallback`.
  Id last_seq(Id fallback) const { return last_seq_ == 0 ? fallback : last_seq_; }
  // Edits applied after the position their log entry names, with the
  // position: the step records them (Store::OrganisationStep::placed).
  std::vector<std::pair<Id, Id>> TakePlaced() { return std::exchange(placed_, {}); }
  // The stories (by stored id) the edits applied since the last call took
  // articles from or merged away.
  std::vector<Id> TakeStories() { return std::exchange(stories_, {}); }

 private:
  static Id Due(const StoryEdit& e) { return std::max({e.article_a, e.article_b, e.after_article}); }

  void Apply(const StoryEdit& e, Organiser& organiser, OrganisationReport& report) {
    for (Id article : {e.article_a, e.article_b}) {
      if (article == 0) continue;
      auto r = organiser.Lookup(std::to_string(article));
      if (r.ok()) stories_.push_back(ParseId(r->story).value_or(article));
    }
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

  std::vector<StoryEdit> edits_;
  std::size_t next_ = 0;
  Id last_seq_ = 0;
  std::vector<std::pair<Id, Id>> placed_;
  std::vector<Id> stories_;
};

Id LastEditSeq(const std::vector<StoryEdit>& edits) {
  Id last = 0;
  for (const StoryEdit& e : edits) last = std::max(last, e.seq);
  return last;
}

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

// Feeds stored articles to an organiser with the classifier's sections; the
// same code for a full recompute, an incremental step and a replay, so all
// three hand the organiser the same inputs.
class Feeder {
 public:
  Feeder(const std::optional<SectionClassifier>* classifier, const OrganisationOptions& options)
      : classifier_(classifier), options_(options) {}

  Status Add(Organiser& organiser, const Article& stored) {
    OrganiseInput in = OrganiseInputFor(stored);
    const bool open = stored.section_origin == SectionOrigin::kDefault ||
                      (options_.reclassify && stored.section_origin == SectionOrigin::kClassifier);
    if (classifier_->has_value() && open) {
      SectionGuess g = Classify(**classifier_, stored, options_.min_classifier_confidence);
      in.section = g.section;
      guesses_.push_back(std::move(g));
    }
    auto added = organiser.Add(in);
    return added.ok() ? Status::Ok() : added.status();
  }

  std::vector<SectionGuess> TakeGuesses() { return std::exchange(guesses_, {}); }

 private:
  const std::optional<SectionClassifier>* classifier_;
  OrganisationOptions options_;
  std::vector<SectionGuess> guesses_;
};

// What the store keeps for `ids`: their rows, and the record of every story
// they are in.
struct Described {
  std::vector<ArticleOrganisation> rows;
  std::vector<StoryRecord> stories;
  int duplicates = 0;
};

Result<Described> Describe(const Organiser& organiser, const std::vector<std::string>& ids) {
  Described out;
  out.rows.reserve(ids.size());
  std::unordered_map<Id, std::size_t> story_index;
  for (const std::string& sid : ids) {
    auto r = organiser.Lookup(sid);
    if (!r.ok()) return r.status();
    const Id id = ParseId(sid).value_or(0);
    ArticleOrganisation row;
    row.article_id = id;
    row.story_id = ParseId(r->story).value_or(id);
    row.duplicate_of = ParseId(r->duplicate_of).value_or(0);
    row.read_next = ParseIds(r->read_next);
    row.same_topic = ParseIds(r->same_topic);
    row.related = ParseIds(r->related);
    if (row.duplicate_of != 0) ++out.duplicates;
    if (story_index.emplace(row.story_id, out.stories.size()).second) {
      auto s = organiser.DescribeStory(sid);
      if (!s.ok()) return s.status();
      out.stories.push_back(StoryRecord{row.story_id, std::move(s->title), s->first, s->last, s->articles,
                                        s->sources});
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

// A full recompute's result: the organiser it built, for a LiveOrganisation
// to continue from.
struct Recomputed {
  OrganisationReport report;
  std::unique_ptr<Organiser> organiser;
  OrganisationMark mark;
  std::optional<SectionClassifier> classifier;
};

Status WriteSnapshot(Store& store, const Organiser& organiser, const OrganisationMark& mark) {
  const auto started = Clock::now();
  OrganiserSnapshot snap;
  snap.mark = mark;
  snap.saved_at = NowUtc();
  snap.bytes = organiser.Snapshot();
  const double encode_seconds = SecondsSince(started);
  if (auto st = store.PutOrganiserSnapshot(snap); !st.ok()) return st;
  spdlog::info("organiser snapshot saved through article {}: {} articles, {:.1f} MB in {:.2f} s (encoding {:.2f} s)",
               mark.through, organiser.size(), static_cast<double>(snap.bytes.size()) / 1e6, SecondsSince(started),
               encode_seconds);
  return Status::Ok();
}

Result<Recomputed> FullRecompute(Store& store, const OrganisationOptions& options) {
  std::lock_guard serial(RecomputeMutex());
  const auto started = Clock::now();
  Recomputed out;
  OrganisationReport& report = out.report;
  auto classifier = LoadClassifier(store);
  if (!classifier.ok()) return classifier.status();
  out.classifier = std::move(*classifier);
  auto edits = store.ListStoryEdits();
  if (!edits.ok()) return edits.status();
  const Id edits_through = LastEditSeq(*edits);
  EditReplay replay(std::move(*edits), 0, edits_through);
  auto last = store.LastArticleId();
  if (!last.ok()) return last.status();

  out.organiser = std::make_unique<Organiser>();
  Organiser& organiser = *out.organiser;
  Feeder feeder(&out.classifier, options);
  std::vector<std::string> ids;
  Status walk = store.ForEachArticleById(
      [&](const Article& stored) -> Status {
        replay.Added(stored.id - 1, organiser, report);
        if (auto st = feeder.Add(organiser, stored); !st.ok()) return st;
        ids.push_back(std::to_string(stored.id));
        return Status::Ok();
      },
      0, *last);
  if (!walk.ok()) return walk;
  replay.Added(*last, organiser, report);
  replay.Finish(organiser, report);
  (void)organiser.TakeTouched();  // every row is written below
  const double walk_seconds = SecondsSince(started);

  auto described = Describe(organiser, ids);
  if (!described.ok()) return described.status();
  const std::vector<SectionGuess> guesses = feeder.TakeGuesses();
  if (!guesses.empty())
    if (auto st = store.SetClassifiedSections(guesses); !st.ok()) return st;
  auto mark = store.ReplaceOrganisation(described->stories, described->rows, *last, edits_through);
  if (!mark.ok()) return mark.status();
  out.mark = *mark;
  if (auto st = WriteSnapshot(store, organiser, out.mark); !st.ok())
    spdlog::warn("organiser snapshot not saved ({}); the next start recomputes", st.ToString());

  report.articles = static_cast<int>(described->rows.size());
  report.stories = static_cast<int>(described->stories.size());
  report.duplicates = described->duplicates;
  report.classified = static_cast<int>(guesses.size());
  report.rows_written = report.articles + report.stories;
  report.seconds = SecondsSince(started);
  spdlog::info("organised {} articles in full: {} stories, {} duplicates, {} sections classified ({:.2f} s, "
               "of which walk {:.2f} s)",
               report.articles, report.stories, report.duplicates, report.classified, report.seconds,
               walk_seconds);
  return out;
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
  // when the article appeared. A time well after the fetch is a feed's
  // mistake (a wrong year, a bad zone), and believed it would move the
  // organiser's clock past every window for good: it is cut to a day after
  // the fetch.
  in.published = ArticleTime(a);
  if (a.fetched_at > 0) in.published = std::min(*in.published, a.fetched_at + kMaxAheadOfFetch);
  // The organiser reads credit lines from the text itself.
  in.canonical_hint = a.page_canonical_url;
  in.section = a.section;
  return in;
}

Result<OrganisationReport> RecomputeOrganisation(Store& store, const OrganisationOptions& options) {
  auto done = FullRecompute(store, options);
  if (!done.ok()) return done.status();
  return done->report;
}

// ---- LiveOrganisation ----------------------------------------------------------

struct LiveOrganisation::Loaded {
  std::unique_ptr<Organiser> organiser;
  OrganisationMark mark;     // what the store held after our last step
  Id snapshot_through = 0;   // the stored snapshot's point in this epoch
  std::optional<SectionClassifier> classifier;
};

LiveOrganisation::LiveOrganisation(Store& store) : store_(store) {}
LiveOrganisation::~LiveOrganisation() = default;

Status LiveOrganisation::SaveSnapshot() {
  std::lock_guard lock(mu_);
  if (!live_) return Status::Ok();
  if (auto st = WriteSnapshot(store_, *live_->organiser, live_->mark); !st.ok()) return st;
  live_->snapshot_through = live_->mark.through;
  return Status::Ok();
}

std::size_t LiveOrganisation::MemoryBytes() {
  std::lock_guard lock(mu_);
  return live_ ? live_->organiser->MemoryBytes() : 0;
}

Status LiveOrganisation::Load(OrganisationMark mark, OrganisationReport* report) {
  live_.reset();
  auto last = store_.LastArticleId();
  if (!last.ok()) return last.status();
  if (mark.epoch == 0 && mark.through == 0 && *last == 0) {
    // A new store: nothing to restore, nothing to recompute.
    live_ = std::make_unique<Loaded>();
    live_->organiser = std::make_unique<Organiser>();
    auto classifier = LoadClassifier(store_);
    if (!classifier.ok()) return classifier.status();
    live_->classifier = std::move(*classifier);
    return Status::Ok();
  }
  std::string why;
  auto snap = store_.GetOrganiserSnapshot();
  // Two races end in a snapshot that does not match the mark read before
  // it: another process stepped on after the read (same epoch, further on:
  // read the mark again), or a recompute here has committed its epoch and
  // is still writing its snapshot (wait for it, then read again).
  for (int attempt = 0; attempt < 2 && snap.ok() && snap->has_value(); ++attempt) {
    if ((*snap)->mark.epoch == mark.epoch && (*snap)->mark.through > mark.through) {
      auto again = store_.GetOrganisationMark();
      if (!again.ok()) return again.status();
      mark = *again;
    } else if ((*snap)->mark.epoch < mark.epoch) {
      { std::lock_guard wait(RecomputeMutex()); }
      snap = store_.GetOrganiserSnapshot();
    } else {
      break;
    }
  }
  if (!snap.ok()) {
    why = snap.status().ToString();
  } else if (!snap->has_value()) {
    why = "none stored";
  } else if ((*snap)->mark.epoch != mark.epoch || (*snap)->mark.through > mark.through) {
    why = "it belongs to another recompute";
  } else {
    const auto started = Clock::now();
    auto restored = Organiser::Restore((*snap)->bytes);
    if (restored.ok()) {
      auto loaded = std::make_unique<Loaded>();
      loaded->organiser = std::move(*restored);
      loaded->snapshot_through = (*snap)->mark.through;
      auto classifier = LoadClassifier(store_);
      if (!classifier.ok()) return classifier.status();
      loaded->classifier = std::move(*classifier);
      // The articles and edits organised after the snapshot, again: their
      // rows are stored already, only the organiser's state needs them.
      auto edits = store_.ListStoryEdits();
      if (!edits.ok()) return edits.status();
      EditReplay replay(std::move(*edits), (*snap)->mark.edits, mark.edits);
      OrganisationReport ignored;
      Feeder feeder(&loaded->classifier, OrganisationOptions{});
      int replayed = 0;
      Status walk = store_.ForEachArticleById(
          [&](const Article& a) {
            ++replayed;
            replay.Added(a.id - 1, *loaded->organiser, ignored);
            return feeder.Add(*loaded->organiser, a);
          },
          (*snap)->mark.through, mark.through);
      if (!walk.ok()) return walk;
      replay.Added(mark.through, *loaded->organiser, ignored);
      (void)loaded->organiser->TakeTouched();
      loaded->mark = mark;
      live_ = std::move(loaded);
      report->restored = true;
      spdlog::info("organiser restored: {} articles from the snapshot, {} replayed, in {:.2f} s",
                   live_->organiser->size() - static_cast<std::size_t>(replayed), replayed, SecondsSince(started));
      return Status::Ok();
    }
    why = restored.status().ToString();
  }
  if (mark.epoch == 0)
    spdlog::info("no organisation stored yet: organising all {} articles", *last);
  else
    spdlog::warn("organiser snapshot unusable ({}): recomputing the organisation in full", why);
  auto done = FullRecompute(store_, OrganisationOptions{});
  if (!done.ok()) return done.status();
  live_ = std::make_unique<Loaded>();
  live_->organiser = std::move(done->organiser);
  live_->mark = done->mark;
  live_->snapshot_through = done->mark.through;
  live_->classifier = std::move(done->classifier);
  *report = done->report;
  return Status::Ok();
}

Result<OrganisationReport> LiveOrganisation::CatchUp() {
  std::lock_guard lock(mu_);
  const auto started = Clock::now();
  OrganisationReport report;
  // One retry: a conflict means another process organised first, and the
  // state is reloaded from what it stored.
  for (int attempt = 0;; ++attempt) {
    auto mark = store_.GetOrganisationMark();
    if (!mark.ok()) return mark.status();
    if (!live_ || !(live_->mark == *mark)) {
      if (auto st = Load(*mark, &report); !st.ok()) {
        live_.reset();
        return st;
      }
    }
    // The log before the last id: an edit can only name articles stored
    // before it, so none of its articles is missed by the walk below.
    auto edits = store_.ListStoryEdits();
    if (!edits.ok()) return edits.status();
    const Id edits_through = LastEditSeq(*edits);
    auto last = store_.LastArticleId();
    if (!last.ok()) return last.status();
    // Editor edits made since the last step apply first, here, where the
    // editor saw the organisation; one step runs for them even without new
    // articles. An edit naming an article not organised yet waits for it.
    EditReplay replay(std::move(*edits), live_->mark.edits, edits_through);
    Status step = Status::Ok();
    bool first = true;
    while (step.ok() && (live_->mark.through < *last || (first && live_->mark.edits < edits_through))) {
      first = false;
      // Ids are assigned in arrival order without reuse, so a step of
      // kOrganiseStep ids is at most that many articles.
      const Id from = live_->mark.through;
      const Id to = std::min<Id>(*last, from + static_cast<Id>(kOrganiseStep));
      Feeder feeder(&live_->classifier, OrganisationOptions{});
      int added = 0;
      step = store_.ForEachArticleById(
          [&](const Article& a) {
            ++added;
            replay.Added(a.id - 1, *live_->organiser, report);
            return feeder.Add(*live_->organiser, a);
          },
          from, to);
      if (!step.ok()) break;
      replay.Added(to, *live_->organiser, report);
      std::vector<std::string> touched = live_->organiser->TakeTouched();
      // Every stored member of a story an edit changed, and of a story whose
      // unlisted members changed (the organiser lists kMaxStoryMembers).
      const std::vector<Id> vacated = replay.TakeStories();
      std::vector<Id> rewrite = vacated;
      for (const std::string& s : live_->organiser->TakeOverflowStories())
        if (auto id = ParseId(s)) rewrite.push_back(*id);
      for (Id story : rewrite) {
        auto members = store_.ListStoryMemberIds(story);
        if (!members.ok()) {
          step = members.status();
          break;
        }
        for (Id m : *members)
          if (m <= to) touched.push_back(std::to_string(m));
      }
      if (!step.ok()) break;
      std::sort(touched.begin(), touched.end());
      touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
      auto described = Describe(*live_->organiser, touched);
      if (!described.ok()) {
        step = described.status();
        break;
      }
      const std::vector<SectionGuess> guesses = feeder.TakeGuesses();
      if (!guesses.empty()) {
        step = store_.SetClassifiedSections(guesses);
        if (!step.ok()) break;
      }
      // The mark's edits say "every edit up to here is applied" (they apply
      // in log order).
      const OrganisationMark next{live_->mark.epoch, to, replay.last_seq(live_->mark.edits)};
      OrganisationStep write;
      write.stories = std::move(described->stories);
      write.rows = std::move(described->rows);
      write.placed = replay.TakePlaced();
      write.vacated = vacated;
      auto written = store_.ApplyOrganisation(live_->mark, next, write);
      if (!written.ok()) {
        step = written.status();
        break;
      }
      live_->mark = next;
      report.articles += added;
      report.stories += static_cast<int>(write.stories.size());
      report.duplicates += described->duplicates;
      report.classified += static_cast<int>(guesses.size());
      report.rows_written += *written;
    }
    if (!step.ok()) {
      // The organiser holds articles the store did not take: it is ahead of
      // the stored organisation and must be reloaded.
      live_.reset();
      if (step.code() == Status::Code::kConflict && attempt == 0) {
        spdlog::info("organisation moved under this process ({}); catching up from the store", step.message());
        continue;
      }
      return step;
    }
    break;
  }
  if (live_->mark.through - live_->snapshot_through >= kSnapshotEvery) {
    if (auto st = WriteSnapshot(store_, *live_->organiser, live_->mark); st.ok()) {
      live_->snapshot_through = live_->mark.through;
    } else {
      // Not fatal: the rows are stored; a restart replays more articles.
      spdlog::warn("organiser snapshot not saved: {}", st.ToString());
    }
  }
  report.seconds = SecondsSince(started);
  if (report.articles > 0)
    spdlog::info("organised {} new articles: {} rows and stories changed ({:.3f} s)", report.articles,
                 report.rows_written, report.seconds);
  return report;
}

}  // namespace bs
