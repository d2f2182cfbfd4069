// Training the section classifier on the site's own archive: articles whose
// section a partner's label mapped or an editor chose are the examples; the
// model is stored as "section" for the organisation pipeline, which uses it
// on articles that only got their source's default section.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "core/status.h"
#include "store/store.h"

namespace bs {

struct SectionTrainingOptions {
  // The newest this many labelled articles are used. Training holds their
  // texts in memory (cut to 16 KB each); 50k is well past where accuracy
  // stops improving for a handful of sections.
  std::size_t max_examples = 50'000;
  // Every n-th example is held out to measure accuracy and never trained on.
  std::size_t hold_out_every = 10;
};

struct SectionTrainingReport {
  std::map<std::string, int> per_section;  // training examples per section slug
  int trained = 0;
  int held_out = 0;
  int held_out_correct = 0;
  std::size_t model_bytes = 0;
  double accuracy() const { return held_out > 0 ? double(held_out_correct) / held_out : 0.0; }
};

// Trains, evaluates on the held-out slice and stores the model. Errors: fewer
// than two labelled sections (nothing to tell apart), store failures.
Result<SectionTrainingReport> TrainSectionModel(Store& store, const SectionTrainingOptions& options = {});

}  // namespace bs
