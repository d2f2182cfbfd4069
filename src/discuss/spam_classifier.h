// The comment spam classifier: the project's text classifier (logistic
// regression over hashed stems, stem bigrams and character n-grams, see
// organise/section_classifier.h) trained on two labels, "spam" and "ham",
// with a few words describing a comment's shape added to its text (how many
// links, shouting, a wall of symbols), which the words alone do not show.
//
// The hold threshold is learned, not set: training runs a k-fold
// cross-validation over its own examples and keeps the threshold that
// maximises F0.5 on the out-of-fold probabilities (precision weighs twice
// recall: a good comment held by mistake costs a reader, a spam one that
// slips through costs a moderator a click).
//
// Thread-safety: immutable after Train/Deserialize.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "organise/section_classifier.h"

namespace bs::discuss {

// The name the site's trained model is stored under (Store::PutModel).
inline constexpr std::string_view kSpamModelName = "comment-spam";

struct LabelledComment {
  std::string text;
  bool spam = false;
};

class SpamClassifier {
 public:
  // The features comments are read with: terms, term bigrams and
  // character n-grams (section_classifier.h).
  static TrainOptions DefaultOptions();
  // Errors: fewer than kMinExamples, or only one label among them.
  static Result<SpamClassifier> Train(const std::vector<LabelledComment>& examples,
                                      const TrainOptions& options = DefaultOptions());

  // Probability that `text` is spam, in [0, 1]. Any bytes are accepted.
  double Probability(std::string_view text) const;
  bool IsSpam(double probability) const { return probability >= threshold_; }
  double threshold() const { return threshold_; }

  std::string Serialize() const;
  static Result<SpamClassifier> Deserialize(std::string_view bytes);

  static constexpr std::size_t kMinExamples = 20;

 private:
  SpamClassifier(SectionClassifier model, double threshold)
      : model_(std::move(model)), spam_index_(model_.labels()[0] == "spam" ? 0 : 1), threshold_(threshold) {}
  SectionClassifier model_;
  std::size_t spam_index_ = 0;  // the position of "spam" in model_.labels()
  double threshold_ = 0.5;
};

// The text the model reads: `text` plus the shape words.
std::string SpamFeatureText(std::string_view text);

}  // namespace bs::discuss
