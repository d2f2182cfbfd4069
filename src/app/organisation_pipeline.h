// The stored organisation (duplicates, stories, read-next, same-topic and
// related links, classified sections) computed from the stored articles.
// Pages only read what it stores.
//
// Articles are organised in arrival order (article id), so an article that
// arrives late — published before stories it belongs to had formed — is
// simply the next one: an incremental step and a full recompute see the
// same sequence and reach the same decisions.
//
//   LiveOrganisation::CatchUp (every ingest): the organiser kept in memory,
//   restored from the stored snapshot (Organiser::Snapshot) and the articles
//   after it, takes the new articles; only the rows and stories whose
//   organisation changed are written (Store::ApplyOrganisation), under an
//   optimistic check of the stored mark.
//
//   RecomputeOrganisation (training, re-extraction, editor merges and
//   splits, `broadsheet organise --recompute`): a fresh organiser over every
//   article, editor operations replayed once both of their articles are in,
//   written as a whole (a new epoch of the mark) and snapshotted. It holds
//   no lock that CatchUp needs: articles that arrive meanwhile are caught up
//   after it commits.
//
// Memory: the organiser's compact state (no texts); texts are streamed a
// page at a time. A burst is organised and committed in steps of
// kOrganiseStep articles.
//
// Thread-safety: LiveOrganisation is safe to share; RecomputeOrganisation
// calls are serialised per process.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>

#include "core/status.h"
#include "organise/organiser.h"
#include "store/store.h"

namespace bs {

// The stored model the pipeline classifies with (`broadsheet train` writes it).
inline constexpr const char* kSectionModelName = "section";
// Articles organised per committed step: a burst of 100,000 commits as it
// goes, with bounded memory for its rows.
inline constexpr std::size_t kOrganiseStep = 5000;
// A snapshot is written once this many articles were organised since the
// last one, so a restart replays at most this many texts.
inline constexpr Id kSnapshotEvery = 2000;

struct OrganisationOptions {
  // A classifier's top section is used from this calibrated probability up;
  // below it the source's default section stays (with the classifier's
  // probability for it as the confidence).
  double min_classifier_confidence = 0.4;
  // Re-run the classifier over sections it chose before (after training a
  // new model); otherwise only articles with a default section are classified.
  bool reclassify = false;
};

struct OrganisationReport {
  int articles = 0;    // organised in this call
  int stories = 0;     // story records written
  int duplicates = 0;  // among the rows written
  int classified = 0;  // section guesses written
  int rows_written = 0;  // rows and stories that changed (incremental steps)
  int edits_applied = 0;
  int edits_skipped = 0;  // an article gone, or refused by the organiser
  bool restored = false;  // the organiser was restored from the stored snapshot
  double seconds = 0;
};

// The organiser's input for one stored article; its id is the article id in
// decimal.
OrganiseInput OrganiseInputFor(const Article& article);

// Full recompute; see above.
Result<OrganisationReport> RecomputeOrganisation(Store& store, const OrganisationOptions& options = {});

class LiveOrganisation {
 public:
  // `store` must outlive this.
  explicit LiveOrganisation(Store& store);
  ~LiveOrganisation();

  // Organises the articles stored since the last step (see above). The first
  // call restores the organiser from the snapshot; a missing, corrupt or
  // stale snapshot is logged and the organisation is recomputed in full.
  Result<OrganisationReport> CatchUp();

  // Writes the organiser's snapshot now (at shutdown, so the next start
  // replays nothing); a no-op before the first CatchUp.
  Status SaveSnapshot();

  // Approximate heap bytes of the organiser held (0 before the first call).
  std::size_t MemoryBytes();

 private:
  struct Loaded;
  Status Load(OrganisationMark mark, OrganisationReport* report);

  Store& store_;
  std::mutex mu_;
  std::unique_ptr<Loaded> live_;
};

}  // namespace bs
