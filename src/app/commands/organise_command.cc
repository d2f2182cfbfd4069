#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include "app/commands.h"
#include "organise/batch.h"
#include "organise/section_classifier.h"

namespace bs {

// `broadsheet organise [--train LABELLED.jsonl] INPUT.jsonl`: the same
// duplicate, story and related code path as ingest, over JSON lines. With
// training lines, a section classifier is trained on them first and assigns
// each article's section.
Status RunOrganise(const OrganiseOptions& options) {
  std::ifstream input(options.input, std::ios::binary);
  if (!input) return Status::IoError("cannot open " + options.input);
  std::unique_ptr<std::ifstream> train;
  if (!options.train.empty()) {
    train = std::make_unique<std::ifstream>(options.train, std::ios::binary);
    if (!*train) return Status::IoError("cannot open " + options.train);
  }
  auto classifier = std::make_shared<std::optional<SectionClassifier>>();
  BatchClassifier hooks;
  hooks.train = [classifier](const std::vector<LabelledArticle>& labelled) -> Status {
    std::vector<LabelledText> examples;
    examples.reserve(labelled.size());
    for (const auto& l : labelled)
      examples.push_back(LabelledText{l.article.title, l.article.text, l.article.language, l.section});
    auto model = SectionClassifier::Train(examples);
    if (!model.ok()) return model.status();
    *classifier = std::move(model).value();
    return Status::Ok();
  };
  hooks.classify = [classifier](const OrganiseInput& a) -> std::pair<std::string, double> {
    if (!classifier->has_value()) return {"", 0.0};
    auto p = (*classifier)->Predict(a.title, a.text, a.language);
    return {p.section, p.confidence};
  };
  Status st = RunOrganiseBatch(input, train.get(), std::cout, hooks);
  std::cout.flush();
  return st;
}

}  // namespace bs
