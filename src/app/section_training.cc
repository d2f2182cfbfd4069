#include "app/section_training.h"

#include <deque>
#include <vector>

#include "app/organisation_pipeline.h"
#include "core/utf8.h"
#include "organise/section_classifier.h"

namespace bs {
namespace {

// The classifier reads no more than kMaxClassifiedTextBytes of a text; 16 KB
// keeps the lead, where a section is decided, and bounds training memory.
constexpr std::size_t kTrainingTextBytes = 16 * 1024;

bool Labelled(const Article& a) {
  return !a.section.empty() &&
         (a.section_origin == SectionOrigin::kMapping || a.section_origin == SectionOrigin::kEditor);
}

}  // namespace

Result<SectionTrainingReport> TrainSectionModel(Store& store, const SectionTrainingOptions& options) {
  // Oldest first, keeping the newest max_examples: a deque drops from the front.
  std::deque<LabelledText> examples;
  Status walk = store.ForEachArticle([&](const Article& a) -> Status {
    if (!Labelled(a)) return Status::Ok();
    examples.push_back(LabelledText{a.title, std::string(TruncateUtf8(a.body_text, kTrainingTextBytes)), a.language, a.section});
    if (examples.size() > options.max_examples) examples.pop_front();
    return Status::Ok();
  });
  if (!walk.ok()) return walk;

  SectionTrainingReport report;
  std::vector<LabelledText> train, held;
  const std::size_t every = options.hold_out_every;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    // Spread through time, so the held-out slice is not just the newest news.
    if (every > 1 && i % every == every - 1) {
      held.push_back(std::move(examples[i]));
    } else {
      ++report.per_section[examples[i].section];
      train.push_back(std::move(examples[i]));
    }
  }
  examples.clear();
  if (report.per_section.size() < 2)
    return Status::InvalidArgument("training needs articles in at least two sections with a mapped or "
                                   "editor-chosen section; found " +
                                   std::to_string(report.per_section.size()));
  auto model = SectionClassifier::Train(train);
  if (!model.ok()) return model.status();
  report.trained = static_cast<int>(train.size());
  for (const auto& h : held) {
    ++report.held_out;
    if (model->Predict(h.title, h.text, h.language).section == h.section) ++report.held_out_correct;
  }
  const std::string bytes = model->Serialize();
  report.model_bytes = bytes.size();
  if (auto st = store.PutModel(kSectionModelName, bytes); !st.ok()) return st;
  return report;
}

}  // namespace bs
