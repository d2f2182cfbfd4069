#include <cstdio>

#include "app/commands.h"
#include "app/organisation_pipeline.h"
#include "app/section_training.h"
#include "discuss/seed_comments.h"

#include <algorithm>

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

Status RunOrganiseRecompute(const Config& config) {
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  auto organised = RecomputeOrganisation(**store);
  if (!organised.ok()) return organised.status();
  std::printf("organised %d articles into %d stories (%d duplicates, %d editor edits replayed) in %.1f s\n",
              organised->articles, organised->stories, organised->duplicates, organised->edits_applied,
              organised->seconds);
  return Status::Ok();
}

Status RunTrainComments(const Config& config) {
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  std::vector<discuss::LabelledComment> examples = discuss::SeedComments();
  const std::size_t seed = examples.size();
  int spam = 0, ham = 0;
  // Published comments nobody reported read as fine; a moderator's
  // rejection for spam reads as spam. Other rejections (abuse) say nothing
  // about advertising and are left out.
  auto published = (*store)->ListModerationQueue("published", {}, 1000);
  if (!published.ok()) return published.status();
  for (const auto& c : *published)
    if (c.reports == 0 && !c.body.empty()) {
      examples.push_back({c.body, false});
      ++ham;
    }
  auto rejected = (*store)->ListModerationQueue("rejected", {}, 1000);
  if (!rejected.ok()) return rejected.status();
  for (const auto& c : *rejected)
    if (std::find(c.reasons.begin(), c.reasons.end(), "moderator:spam") != c.reasons.end() && !c.body.empty()) {
      examples.push_back({c.body, true});
      ++spam;
    }
  auto model = discuss::SpamClassifier::Train(examples);
  if (!model.ok()) return model.status();
  const std::string bytes = model->Serialize();
  if (auto st = (*store)->PutModel(std::string(discuss::kSpamModelName), bytes); !st.ok()) return st;
  std::printf("comment spam model: %zu seed comments, %d published, %d rejected as spam; threshold %.3f; stored (%zu bytes)\n",
              seed, ham, spam, model->threshold(), bytes.size());
  return Status::Ok();
}

}  // namespace bs
