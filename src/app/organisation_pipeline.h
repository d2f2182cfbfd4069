// Recomputing the stored organisation (duplicates, stories, read-next,
// same-topic and related links, classified sections) from the stored
// articles. Ingest, reextract, `broadsheet train` and the /admin story
// editor call it; pages only read what it stores.
//
//   ForEachArticle (oldest first) -> classify articles whose section is only
//   the source's default (when a trained "section" model is stored) ->
//   Organiser::Add, replaying each editor merge/split once both its articles
//   are in -> Organiser::Lookup for every article -> SetClassifiedSections,
//   ReplaceOrganisation.
//
// The organiser sees articles in the order `broadsheet organise` uses
// (PublishedOrder: published time, ties in id order); an article without a
// published time is placed at its fetch time, which is when it appeared.
//
// Bounded: only the newest `max_articles` are organised (older articles keep
// no organisation and are shown as unique). Memory is the organiser's own
// compact state plus a few words per article; article texts are streamed a
// page at a time, never held together.
//
// Thread-safety: calls in one process are serialised (one recompute at a
// time), so a recompute that started before an editor's change cannot
// overwrite the one that includes it.
#pragma once

#include <cstddef>

#include "core/status.h"
#include "organise/organiser.h"
#include "store/store.h"

namespace bs {

// The stored model the pipeline classifies with (`broadsheet train` writes it).
inline constexpr const char* kSectionModelName = "section";

struct OrganisationOptions {
  // The newest this many articles are organised. 200k is about four years of
  // a dozen busy partners; running topics older than that are history.
  std::size_t max_articles = 200'000;
  // A classifier's top section is used from this calibrated probability up;
  // below it the source's default section stays (with the classifier's
  // probability for it as the confidence).
  double min_classifier_confidence = 0.4;
  // Re-run the classifier over sections it chose before (after training a
  // new model); otherwise only articles with a default section are classified.
  bool reclassify = false;
};

struct OrganisationReport {
  int articles = 0;    // organised
  int stories = 0;
  int duplicates = 0;
  int classified = 0;  // section guesses written
  int edits_applied = 0;
  int edits_skipped = 0;  // an article gone or outside the window, or refused by the organiser
  double seconds = 0;
};

// The organiser's input for one stored article; its id is the article id in
// decimal.
OrganiseInput OrganiseInputFor(const Article& article);

Result<OrganisationReport> RecomputeOrganisation(Store& store, const OrganisationOptions& options = {});

}  // namespace bs
