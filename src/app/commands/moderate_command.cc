#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/commands.h"
#include "app/comment_model.h"
#include "discuss/batch.h"
#include "discuss/seed_comments.h"

namespace bs {

namespace {

// The classifier a batch uses: trained on --train lines; else the site's
// own (stored by `broadsheet train --comments`) when its database exists;
// else the seed model written for the project.
Result<std::shared_ptr<const discuss::SpamClassifier>> BatchClassifier(const Config& config,
                                                                       const std::string& train_path) {
  if (!train_path.empty()) {
    std::ifstream train(train_path, std::ios::binary);
    if (!train) return Status::IoError("cannot open " + train_path);
    auto examples = discuss::ReadLabelledComments(train);
    if (!examples.ok()) return examples.status();
    auto model = discuss::SpamClassifier::Train(*examples);
    if (!model.ok()) return model.status();
    return std::shared_ptr<const discuss::SpamClassifier>(
        std::make_shared<const discuss::SpamClassifier>(std::move(model).value()));
  }
  std::error_code ec;
  if (std::filesystem::exists(config.database, ec)) {
    auto store = OpenConfiguredStore(config);
    if (!store.ok()) return store.status();
    return LoadCommentSpamModel(**store);
  }
  return discuss::SeedSpamClassifier();
}

}  // namespace

Status RunModerate(const Config& config, const ModerateOptions& options) {
  std::ifstream input(options.input, std::ios::binary);
  if (!input) return Status::IoError("cannot open " + options.input);
  auto spam = BatchClassifier(config, options.train);
  if (!spam.ok()) return spam.status();
  return discuss::ModerateBatch(input, std::cout, config.comments, *spam);
}

}  // namespace bs
