#include <cstdio>

#include "app/commands.h"
#include "app/organisation_pipeline.h"
#include "app/section_training.h"

namespace bs {

// `broadsheet train`: learns sections from the archive's labelled articles,
// stores the model, then recomputes the organisation so articles that only
// had their source's default section are classified (and earlier guesses
// are revisited with the new model).
Status RunTrain(const Config& config) {
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  auto trained = TrainSectionModel(**store);
  if (!trained.ok()) return trained.status();
  std::printf("training examples per section:\n");
  for (const auto& [section, n] : trained->per_section) std::printf("  %-20s %d\n", section.c_str(), n);
  if (trained->held_out > 0) {
    std::printf("held-out accuracy %.3f (%d of %d)\n", trained->accuracy(), trained->held_out_correct,
                trained->held_out);
  } else {
    std::printf("held-out accuracy: too few articles to hold any out\n");
  }
  std::printf("model stored (%zu bytes)\n", trained->model_bytes);
  OrganisationOptions options;
  options.reclassify = true;
  auto organised = RecomputeOrganisation(**store, options);
  if (!organised.ok()) return organised.status();
  std::printf("organised %d articles into %d stories; %d sections classified\n", organised->articles,
              organised->stories, organised->classified);
  return Status::Ok();
}

}  // namespace bs
