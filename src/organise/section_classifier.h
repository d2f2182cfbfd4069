// A text classifier that picks a site section for an article whose partner
// label does not map (see section_mapping.h), trained on the site's own
// labelled articles.
//
// Model: multinomial logistic regression over hashed sparse features, trained
// with AdaGrad and then calibrated by temperature scaling on a held-out slice.
//
// Features (a saved model records the options that shape them, so prediction
// always mirrors training):
//   * the article text is run through bs::Analyzer (normalisation, language
//     id, segmentation incl. CJK/Thai, stop words, Snowball stems);
//   * unigram terms and adjacent-term bigrams are hashed into 2^hash_bits
//     buckets; the title's terms count `title_weight` times;
//   * term frequencies are sublinear (1 + ln tf) and the vector is
//     L2-normalised, so long and short articles weigh alike.
//
// Determinism: training with the same examples and options gives bit-identical
// models (fixed-seed shuffling, no threads).
//
// Thread-safety: a SectionClassifier is immutable after Train/Deserialize;
// Predict, Serialize and labels() may be called from any number of threads at
// once. Copying is cheap enough for rare use (a few MB) but normally one
// instance is shared by const reference.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace bs {

struct LabelledText {
  std::string title;
  std::string text;
  std::string language;  // the article's language (ISO 639-1 / BCP 47), or "" to detect it
  std::string section;   // the label: a site section slug
};

struct SectionPrediction {
  std::string section;      // one of labels(); never empty for a trained model
  double confidence = 0.0;  // calibrated probability of `section`, in [0, 1]
};

struct TrainOptions {
  int hash_bits = 18;          // feature buckets = 2^hash_bits (kMinHashBits..kMaxHashBits)
  int epochs = 12;             // passes over the training set
  double learning_rate = 0.3;  // AdaGrad base step
  double l2 = 1e-5;            // ridge penalty, applied to the weights an example touches
  double title_weight = 3.0;   // a title term counts this many body occurrences
  bool bigrams = true;
  // For short texts (comments): keep stop words ("check out my channel" is
  // all stop words but one), and add hashed character 3- to 5-grams of the
  // normalised text, which see spellings, links and glued words that whole
  // terms miss. Articles do best without either.
  bool keep_stop_words = false;
  bool char_ngrams = false;
  std::uint64_t seed = 0x5ec7105eedULL;
  // Share of examples held out to fit the softmax temperature; 0 disables
  // calibration (temperature 1). Ignored below kMinCalibrationExamples.
  double calibration_fraction = 0.1;
};

// Bounds on what Train accepts and Deserialize believes.
inline constexpr int kMinHashBits = 10;
// 2^22 buckets x a few dozen labels is already ~0.5 GB of float weights; a
// bigger space buys nothing for a few thousand training articles.
inline constexpr int kMaxHashBits = 22;
// Site sections are a short configured list; more labels is a mistake (e.g.
// tags passed as sections) and would multiply the model size.
inline constexpr std::size_t kMaxLabels = 64;
inline constexpr std::size_t kMaxLabelBytes = 128;
// A site trains on its own archive: hundreds of thousands at most.
inline constexpr std::size_t kMaxTrainingExamples = 500'000;
// Training keeps every example's feature vector in memory (8 bytes per
// feature, ~1,000 features for a 3 KB article); past this total (1 GiB) it
// refuses rather than exhaust the machine.
inline constexpr std::size_t kMaxTrainingFeatures = 128u << 20;
// Only this much of an article's text is read: its section is settled long
// before, and the bound keeps prediction time flat for a scraped page that
// glued a whole site together.
inline constexpr std::size_t kMaxClassifiedTextBytes = 64u << 10;
inline constexpr int kMaxEpochs = 200;
// Fewer examples than this leaves too few to hold out for calibration.
inline constexpr std::size_t kMinCalibrationExamples = 50;
// The dense weight table (2^hash_bits x labels floats) may not exceed this:
// a real model (2^18 x 6) is 6 MiB, and the bound stops a hostile header from
// making Deserialize allocate gigabytes.
inline constexpr std::size_t kMaxWeightBytes = 64u << 20;
// A serialized model is never larger than this (the whole weight table plus
// a bucket index per row, with room for labels).
inline constexpr std::size_t kMaxSerializedModelBytes = kMaxWeightBytes + (kMaxWeightBytes / 4) + (1u << 20);

class SectionClassifier {
 public:
  // Trains on `examples`. Errors: no examples, fewer than two distinct
  // sections, an empty/oversized section label, too many labels or examples,
  // out-of-range options.
  static Result<SectionClassifier> Train(const std::vector<LabelledText>& examples,
                                         const TrainOptions& options = {});

  // The most probable section for an article. A non-empty `language_hint`
  // is taken as the article's language (ingest has normally identified it
  // already; detecting again would cost about a third of the time); with an
  // empty one the language is detected from `text`. `text` may be empty, invalid
  // UTF-8 or huge (the analyzer repairs and bounds it); with no usable words
  // the prediction falls back on the class prior, with a correspondingly low
  // confidence. Thread-safe.
  SectionPrediction Predict(std::string_view title, std::string_view text,
                            std::string_view language_hint = "") const;

  // Probability of every label, in labels() order (sums to 1). Thread-safe.
  std::vector<double> Probabilities(std::string_view title, std::string_view text,
                                    std::string_view language_hint = "") const;

  // Compact little-endian binary form: header, options, labels, the weights
  // of the buckets any training example touched, and a checksum.
  std::string Serialize() const;
  // Parses Serialize's output. Every length and index is checked against the
  // bounds above and the checksum must match, so truncated, corrupt or
  // hostile bytes give a ParseError/LimitExceeded, never a crash.
  static Result<SectionClassifier> Deserialize(std::string_view bytes);

  const std::vector<std::string>& labels() const { return labels_; }
  double temperature() const { return temperature_; }

 private:
  struct Sparse;  // a feature vector (defined in the .cc)

  SectionClassifier() = default;
  void Featurize(std::string_view title, std::string_view text, std::string_view language_hint,
                 Sparse* out) const;
  void Scores(const Sparse& x, std::vector<double>* scores) const;

  int hash_bits_ = 18;
  double title_weight_ = 3.0;
  bool bigrams_ = true;
  bool keep_stop_words_ = false;
  bool char_ngrams_ = false;
  double temperature_ = 1.0;
  std::vector<std::string> labels_;
  std::vector<float> bias_;     // [label]
  std::vector<float> weights_;  // bucket-major: [bucket * labels + label], so one feature is one cache line
};

}  // namespace bs
