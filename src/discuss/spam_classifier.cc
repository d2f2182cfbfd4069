#include "discuss/spam_classifier.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <random>

#include "core/utf8.h"
#include "discuss/links.h"
#include "text/normalize.h"

namespace bs::discuss {
namespace {

constexpr std::string_view kMagic = "BSSPAM01";
constexpr int kFolds = 5;
// Comments are short; past this the shape is settled.
constexpr std::size_t kMaxClassifiedBytes = 16u << 10;

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string SpamFeatureText(std::string_view raw) {
  const std::string_view text = TruncateUtf8(raw, kMaxClassifiedBytes);
  int upper = 0, lower = 0, exclaim = 0, digits_run = 0, longest_digits = 0, symbols = 0, chars = 0;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if ((u & 0xC0) != 0x80) ++chars;
    if (c >= 'A' && c <= 'Z') ++upper;
    if (c >= 'a' && c <= 'z') ++lower;
    if (c == '!') ++exclaim;
    if (c >= '0' && c <= '9') longest_digits = std::max(longest_digits, ++digits_run);
    else digits_run = 0;
    if (u < 0x80 && !IsAsciiAlpha(c) && !(c >= '0' && c <= '9') && c != ' ' && c != '\n' && c != '.' && c != ',' &&
        c != '\'')
      ++symbols;
  }
  // The shape words are spelled so no language has them, and each shape is
  // a few coarse bins: the model learns their weights like any word's.
  std::string shape;
  const int links = CountLinks(text);
  shape += links == 0 ? "qqnolink " : links == 1 ? "qqonelink " : "qqmanylinks ";
  if (upper + lower >= 12 && upper * 2 > upper + lower) shape += "qqshouting ";
  if (exclaim >= 3) shape += "qqexclaims ";
  if (longest_digits >= 7) shape += "qqlongnumber ";
  shape += chars < 30 ? "qqshort " : chars < 150 ? "qqmedium " : chars < 500 ? "qqlong " : "qqverylong ";
  if (chars > 0 && symbols * 10 > chars) shape += "qqsymbols ";
  return shape + "\n" + std::string(text);
}

TrainOptions SpamClassifier::DefaultOptions() {
  // Chosen on bench/comment_quality's leave-one-video-out rotations: the
  // character n-grams lift recall most; keeping stop words as well costs
  // recall there (the shape words already carry what "my" and "out" say).
  TrainOptions o;
  o.char_ngrams = true;
  return o;
}

Result<SpamClassifier> SpamClassifier::Train(const std::vector<LabelledComment>& examples,
                                             const TrainOptions& options) {
  if (examples.size() < kMinExamples)
    return Status::InvalidArgument("the spam classifier needs at least " + std::to_string(kMinExamples) +
                                   " labelled comments, got " + std::to_string(examples.size()));
  std::vector<LabelledText> all;
  all.reserve(examples.size());
  std::size_t spam = 0;
  for (const LabelledComment& e : examples) {
    all.push_back({"", SpamFeatureText(e.text), "", e.spam ? "spam" : "ham"});
    spam += e.spam;
  }
  if (spam == 0 || spam == examples.size())
    return Status::InvalidArgument("the spam classifier needs both spam and ham examples");

  // Out-of-fold spam probabilities, folds dealt round-robin after a
  // fixed-seed shuffle (the same examples always give the same model).
  std::vector<std::size_t> order(all.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(0x5ba5eedULL);
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<double> oof(all.size(), 0.5);
  for (int f = 0; f < kFolds; ++f) {
    std::vector<LabelledText> train;
    std::vector<std::size_t> held;
    for (std::size_t k = 0; k < order.size(); ++k)
      (static_cast<int>(k % kFolds) == f ? held.push_back(order[k]) : train.push_back(all[order[k]]));
    bool both = false;
    for (const LabelledText& t : train) both |= t.section != train.front().section;
    if (!both) continue;  // a tiny, lopsided fold: its examples keep 0.5
    auto model = SectionClassifier::Train(train, options);
    if (!model.ok()) return model.status();
    const std::size_t s = model->labels()[0] == "spam" ? 0 : 1;
    for (std::size_t i : held) oof[i] = model->Probabilities("", all[i].text, "")[s];
  }
  // The threshold with the best F0.5 over the out-of-fold probabilities.
  std::vector<std::size_t> by_p(all.size());
  std::iota(by_p.begin(), by_p.end(), 0);
  std::sort(by_p.begin(), by_p.end(), [&](std::size_t a, std::size_t b) { return oof[a] > oof[b]; });
  double best = -1, threshold = 0.5;
  std::size_t tp = 0, fp = 0;
  for (std::size_t k = 0; k < by_p.size(); ++k) {
    (examples[by_p[k]].spam ? tp : fp)++;
    if (k + 1 < by_p.size() && oof[by_p[k + 1]] == oof[by_p[k]]) continue;  // ties go together
    const double p = static_cast<double>(tp) / static_cast<double>(tp + fp);
    const double r = static_cast<double>(tp) / static_cast<double>(spam);
    const double f05 = p + r > 0 ? 1.25 * p * r / (0.25 * p + r) : 0;
    if (f05 > best) {
      best = f05;
      // Halfway to the next lower probability, so the cut sits between
      // the examples it separates rather than on one of them.
      threshold = k + 1 < by_p.size() ? (oof[by_p[k]] + oof[by_p[k + 1]]) / 2 : oof[by_p[k]];
    }
  }
  // Never below one half: a comment the model finds more likely fine than
  // spam is not held, whatever a small training set's folds suggest.
  threshold = std::max(threshold, 0.5);
  auto model = SectionClassifier::Train(all, options);
  if (!model.ok()) return model.status();
  return SpamClassifier(std::move(*model), threshold);
}

double SpamClassifier::Probability(std::string_view text) const {
  return model_.Probabilities("", SpamFeatureText(text), "")[spam_index_];
}

std::string SpamClassifier::Serialize() const {
  std::string out(kMagic);
  char bytes[sizeof(double)];
  std::memcpy(bytes, &threshold_, sizeof bytes);  // little-endian hosts only, as the model itself
  out.append(bytes, sizeof bytes);
  out += model_.Serialize();
  return out;
}

Result<SpamClassifier> SpamClassifier::Deserialize(std::string_view bytes) {
  if (bytes.size() < kMagic.size() + sizeof(double) || bytes.substr(0, kMagic.size()) != kMagic)
    return Status::ParseError("not a spam model");
  double threshold = 0;
  std::memcpy(&threshold, bytes.data() + kMagic.size(), sizeof threshold);
  if (!(threshold >= 0 && threshold <= 1)) return Status::ParseError("spam model threshold out of range");
  auto model = SectionClassifier::Deserialize(bytes.substr(kMagic.size() + sizeof(double)));
  if (!model.ok()) return model.status();
  const auto& labels = model->labels();
  if (labels.size() != 2 || std::find(labels.begin(), labels.end(), "spam") == labels.end())
    return Status::ParseError("spam model labels are not spam and ham");
  return SpamClassifier(std::move(*model), threshold);
}

}  // namespace bs::discuss
