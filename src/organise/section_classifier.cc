#include "organise/section_classifier.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <utility>

#include "core/byte_codec.h"
#include "core/hash.h"
#include "text/analyzer.h"
#include "text/normalize.h"

namespace bs {

// A sparse feature vector: bucket indexes in ascending order with their
// (L2-normalised) values.
struct SectionClassifier::Sparse {
  std::vector<std::uint32_t> index;
  std::vector<float> value;
};

namespace {

// ---- features ---------------------------------------------------------------

// Distinct seeds keep unigrams and bigrams in separate hash families, so the
// bigram "bank rate" never lands on the same bucket as a unigram by design.
constexpr std::uint64_t kUnigramSeed = 0x9e3779b97f4a7c15ULL;
constexpr std::uint64_t kBigramSeed = 0xc2b2ae3d27d4eb4fULL;
constexpr std::uint64_t kCharGramSeed = 0x165667b19e3779f9ULL;
// Model flags, as serialised.
constexpr std::uint32_t kFlagBigrams = 1, kFlagKeepStopWords = 2, kFlagCharNgrams = 4;
constexpr std::uint32_t kKnownFlags = kFlagBigrams | kFlagKeepStopWords | kFlagCharNgrams;

// splitmix64's finaliser: FNV-1a's low bits are weak, and the bucket is taken
// from the high bits of this mix.
std::uint64_t Mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Term frequency per bucket: an open-addressing table that remembers
// insertion order, so merging costs O(terms) (sorting the pairs instead was a
// visible share of prediction time) and the resulting vector's order is
// deterministic.
class BucketCounter {
 public:
  void Add(std::uint32_t bucket, float weight) {
    if (2 * (order_.size() + 1) > slots_.size()) Grow();
    const std::size_t mask = slots_.size() - 1;
    // Buckets are the high bits of a mixed hash, so their low bits are
    // already uniform.
    for (std::size_t i = bucket & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.key == bucket) {
        s.tf += weight;
        return;
      }
      if (s.key == kEmpty) {
        s = {bucket, weight};
        order_.push_back(static_cast<std::uint32_t>(i));
        return;
      }
    }
  }
  // Calls f(bucket, tf) in first-insertion order.
  template <typename F>
  void ForEach(F f) const {
    for (std::uint32_t i : order_) f(slots_[i].key, slots_[i].tf);
  }
  void Clear() {
    // Release an unusually large table, so one huge page does not pin
    // memory in every ingest thread; otherwise reset only the used slots.
    if (slots_.size() > kKeepSlots) {
      std::vector<Slot>().swap(slots_);
      std::vector<std::uint32_t>().swap(order_);
      return;
    }
    for (std::uint32_t i : order_) slots_[i].key = kEmpty;
    order_.clear();
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xffffffffu;  // buckets are < 2^kMaxHashBits
  static constexpr std::size_t kInitialSlots = 4096;    // a 3 KB article has ~1000 features
  static constexpr std::size_t kKeepSlots = 1u << 16;
  struct Slot {
    std::uint32_t key = kEmpty;
    float tf = 0;
  };
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    std::vector<std::uint32_t> old_order = std::move(order_);
    slots_.assign(std::max(kInitialSlots, old.size() * 2), Slot{});
    order_.clear();
    for (std::uint32_t i : old_order) Add(old[i].key, old[i].tf);
  }
  std::vector<Slot> slots_;
  std::vector<std::uint32_t> order_;
};

// Adds the hashed unigrams (and bigrams) of `terms`, each occurrence counting
// `weight`.
void AddTerms(const std::vector<std::string>& terms, float weight, bool bigrams, int hash_bits,
              BucketCounter* counts) {
  const int shift = 64 - hash_bits;
  std::uint64_t prev = 0;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    std::uint64_t h = Fnv1a64(terms[i], kUnigramSeed);
    counts->Add(static_cast<std::uint32_t>(Mix(h) >> shift), weight);
    if (bigrams && i > 0) {
      std::uint64_t b = Mix(prev * 0x100000001b3ULL + h + kBigramSeed);
      counts->Add(static_cast<std::uint32_t>(Mix(b) >> shift), weight);
    }
    prev = h;
  }
}

// Adds the hashed character 3- to 5-grams of `text` (normalised, so case and
// width do not matter), with a space at either end so word starts and ends
// are grams of their own. Runs of spaces count as one.
void AddCharGrams(std::string_view text, int hash_bits, BucketCounter* counts) {
  const int shift = 64 - hash_bits;
  // Code point starts, so a gram never splits a UTF-8 sequence.
  thread_local std::vector<std::size_t> starts;
  thread_local std::string padded;
  padded.assign(" ");
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && padded.back() == ' ') continue;
    padded += space ? ' ' : c;
  }
  if (padded.back() != ' ') padded += ' ';
  starts.clear();
  for (std::size_t i = 0; i < padded.size(); ++i)
    if ((static_cast<unsigned char>(padded[i]) & 0xC0) != 0x80) starts.push_back(i);
  starts.push_back(padded.size());
  for (std::size_t a = 0; a + 3 < starts.size(); ++a)
    for (std::size_t n = 3; n <= 5 && a + n < starts.size(); ++n) {
      const std::string_view gram(padded.data() + starts[a], starts[a + n] - starts[a]);
      counts->Add(static_cast<std::uint32_t>(Mix(Fnv1a64(gram, kCharGramSeed)) >> shift), 1.0f);
    }
}

// ---- maths -----------------------------------------------------------------

// In-place softmax of `s` divided by `temperature`.
void Softmax(std::vector<double>* s, double temperature) {
  double max = -std::numeric_limits<double>::infinity();
  for (double v : *s) max = std::max(max, v / temperature);
  double sum = 0;
  for (double& v : *s) {
    v = std::exp(v / temperature - max);
    sum += v;
  }
  for (double& v : *s) v /= sum;
}

// Deterministic Fisher-Yates: std::shuffle's use of the engine is left to the
// library, and a model must come out the same everywhere.
void Shuffle(std::vector<std::size_t>* v, std::mt19937_64* rng) {
  for (std::size_t i = v->size(); i > 1; --i) {
    std::size_t j = static_cast<std::size_t>((*rng)() % i);
    std::swap((*v)[i - 1], (*v)[j]);
  }
}

// Mean negative log-likelihood of `labels` under softmax(logits / t).
double MeanNll(const std::vector<std::vector<double>>& logits, const std::vector<int>& labels,
               double t) {
  double total = 0;
  std::vector<double> p;
  for (std::size_t i = 0; i < logits.size(); ++i) {
    p = logits[i];
    Softmax(&p, t);
    total -= std::log(std::max(p[static_cast<std::size_t>(labels[i])], 1e-12));
  }
  return total / static_cast<double>(std::max<std::size_t>(1, logits.size()));
}

// The temperature minimising held-out NLL, by golden-section search on
// log(t) over [1/20, 20] (NLL is unimodal in t for fixed logits).
double FitTemperature(const std::vector<std::vector<double>>& logits,
                      const std::vector<int>& labels) {
  double lo = std::log(0.05), hi = std::log(20.0);
  const double g = (std::sqrt(5.0) - 1) / 2;
  double a = hi - g * (hi - lo), b = lo + g * (hi - lo);
  double fa = MeanNll(logits, labels, std::exp(a)), fb = MeanNll(logits, labels, std::exp(b));
  for (int it = 0; it < 60; ++it) {
    if (fa < fb) {
      hi = b, b = a, fb = fa;
      a = hi - g * (hi - lo);
      fa = MeanNll(logits, labels, std::exp(a));
    } else {
      lo = a, a = b, fa = fb;
      b = lo + g * (hi - lo);
      fb = MeanNll(logits, labels, std::exp(b));
    }
  }
  return std::exp((lo + hi) / 2);
}

// ---- binary encoding ---------------------------------------------------------

constexpr char kMagic[8] = {'B', 'S', 'S', 'E', 'C', 'L', 'S', '\0'};
constexpr std::uint32_t kFormatVersion = 1;
// Sanity ranges for the stored scalars: anything outside was not written by
// Train and would make predictions meaningless.
constexpr double kMaxTitleWeight = 100.0;
constexpr double kMinTemperature = 0.01, kMaxTemperature = 100.0;

Status CheckShape(int hash_bits, std::size_t labels) {
  if (hash_bits < kMinHashBits || hash_bits > kMaxHashBits)
    return Status::InvalidArgument("hash_bits out of range");
  if (labels > kMaxLabels) return Status::LimitExceeded("too many section labels");
  if ((std::size_t{1} << hash_bits) * labels * sizeof(float) > kMaxWeightBytes)
    return Status::LimitExceeded("weight table would exceed kMaxWeightBytes");
  return Status::Ok();
}

}  // namespace

// ---- features ---------------------------------------------------------------

void SectionClassifier::Featurize(std::string_view title, std::string_view text,
                                  std::string_view language_hint, Sparse* out) const {
  // One analyzer of each kind for everyone: they are immutable and thread-safe.
  static const Analyzer article_analyzer;
  static const Analyzer keep_stop_words_analyzer(AnalyzerOptions{false, true});
  const Analyzer& analyzer = keep_stop_words_ ? keep_stop_words_analyzer : article_analyzer;
  text = TruncateUtf8(text, kMaxClassifiedTextBytes);
  title = TruncateUtf8(title, kMaxClassifiedTextBytes);
  // A hint is taken as the article's language: ingest has already
  // identified it, and a second detection would cost a third of the time.
  // Without one the body (the longer, more reliable sample) is identified.
  // The title is analysed as the same language so its stems match the body's.
  AnalyzedText body = language_hint.empty() ? analyzer.Analyze(text)
                                            : analyzer.AnalyzeAs(text, language_hint);
  AnalyzedText head = body.language.empty() ? analyzer.Analyze(title, language_hint)
                                            : analyzer.AnalyzeAs(title, body.language);

  // Per-thread scratch: prediction runs at ingest rate, and an article then
  // costs no allocation here after the first.
  thread_local BucketCounter counts;
  counts.Clear();
  AddTerms(head.terms, static_cast<float>(title_weight_), bigrams_, hash_bits_, &counts);
  AddTerms(body.terms, 1.0f, bigrams_, hash_bits_, &counts);
  if (char_ngrams_) AddCharGrams(NormalizeForAnalysis(text), hash_bits_, &counts);

  out->index.clear();
  out->value.clear();
  double norm2 = 0;
  counts.ForEach([&](std::uint32_t bucket, float tf) {
    // Sublinear TF: the tenth "match" says far less than the first. Most
    // features occur once, and skipping log() for them is measurable.
    double v = tf == 1.0f ? 1.0 : 1.0 + std::log(static_cast<double>(tf));
    out->index.push_back(bucket);
    out->value.push_back(static_cast<float>(v));
    norm2 += v * v;
  });
  if (norm2 > 0) {
    float inv = static_cast<float>(1.0 / std::sqrt(norm2));
    for (float& v : out->value) v *= inv;
  }
}

void SectionClassifier::Scores(const Sparse& x, std::vector<double>* scores) const {
  const std::size_t k = labels_.size();
  // Float accumulators in a fixed array: the inner loop then vectorises, and
  // this loop is a tenth of prediction time. Float sums over ~1,000 terms
  // lose nothing that matters to an argmax or a probability.
  float acc[kMaxLabels] = {};
  for (std::size_t i = 0; i < x.index.size(); ++i) {
    const float* w = &weights_[static_cast<std::size_t>(x.index[i]) * k];
    const float v = x.value[i];
    for (std::size_t c = 0; c < k; ++c) acc[c] += v * w[c];
  }
  scores->resize(k);
  for (std::size_t c = 0; c < k; ++c) (*scores)[c] = static_cast<double>(bias_[c]) + acc[c];
}

// ---- training ----------------------------------------------------------------

namespace {

// The AdaGrad state of one training run: weights plus per-weight squared
// gradient sums, laid out like the model's.
struct Trainer {
  std::size_t k;
  std::vector<float> w, g2, b, gb;
};

}  // namespace

Result<SectionClassifier> SectionClassifier::Train(const std::vector<LabelledText>& examples,
                                                   const TrainOptions& options) {
  if (examples.empty()) return Status::InvalidArgument("no training examples");
  if (examples.size() > kMaxTrainingExamples)
    return Status::LimitExceeded("too many training examples");
  if (options.epochs < 1 || options.epochs > kMaxEpochs)
    return Status::InvalidArgument("epochs out of range");
  if (!(options.learning_rate > 0) || !std::isfinite(options.learning_rate))
    return Status::InvalidArgument("learning_rate must be positive");
  if (!(options.l2 >= 0) || !std::isfinite(options.l2))
    return Status::InvalidArgument("l2 must be non-negative");
  if (!(options.title_weight > 0) || options.title_weight > kMaxTitleWeight)
    return Status::InvalidArgument("title_weight out of range");
  if (!(options.calibration_fraction >= 0) || options.calibration_fraction >= 0.5)
    return Status::InvalidArgument("calibration_fraction must be in [0, 0.5)");

  // Labels in sorted order, so the model does not depend on example order.
  std::map<std::string, int> label_ids;
  for (const auto& e : examples) {
    if (e.section.empty()) return Status::InvalidArgument("example with an empty section");
    if (e.section.size() > kMaxLabelBytes) return Status::LimitExceeded("section label too long");
    label_ids.emplace(e.section, 0);
    if (label_ids.size() > kMaxLabels) return Status::LimitExceeded("too many section labels");
  }
  if (label_ids.size() < 2)
    return Status::InvalidArgument("training needs at least two distinct sections");
  if (Status s = CheckShape(options.hash_bits, label_ids.size()); !s.ok()) return s;

  SectionClassifier model;
  model.hash_bits_ = options.hash_bits;
  model.title_weight_ = options.title_weight;
  model.bigrams_ = options.bigrams;
  model.keep_stop_words_ = options.keep_stop_words;
  model.char_ngrams_ = options.char_ngrams;
  for (auto& [name, id] : label_ids) {
    id = static_cast<int>(model.labels_.size());
    model.labels_.push_back(name);
  }
  const std::size_t k = model.labels_.size();

  std::vector<Sparse> xs(examples.size());
  std::vector<int> ys(examples.size());
  std::size_t total_features = 0;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const auto& e = examples[i];
    model.Featurize(e.title, e.text, e.language, &xs[i]);
    xs[i].index.shrink_to_fit();
    xs[i].value.shrink_to_fit();
    total_features += xs[i].index.size();
    if (total_features > kMaxTrainingFeatures)
      return Status::LimitExceeded("training set exceeds kMaxTrainingFeatures");
    ys[i] = label_ids[e.section];
  }

  // One AdaGrad run over the examples in `subset`; leaves weights in `t`.
  auto fit = [&](const std::vector<std::size_t>& subset, Trainer* t) {
    const std::size_t buckets = std::size_t{1} << options.hash_bits;
    t->k = k;
    t->w.assign(buckets * k, 0.0f);
    t->g2.assign(buckets * k, 0.0f);
    t->b.assign(k, 0.0f);
    t->gb.assign(k, 0.0f);
    std::mt19937_64 rng(options.seed);
    std::vector<std::size_t> order = subset;
    std::vector<double> p(k);
    const double eta = options.learning_rate, l2 = options.l2;
    constexpr double kEps = 1e-8;  // keeps the first AdaGrad step finite
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      Shuffle(&order, &rng);
      for (std::size_t i : order) {
        const Sparse& x = xs[i];
        for (std::size_t c = 0; c < k; ++c) p[c] = t->b[c];
        for (std::size_t j = 0; j < x.index.size(); ++j) {
          const float* w = &t->w[static_cast<std::size_t>(x.index[j]) * k];
          for (std::size_t c = 0; c < k; ++c) p[c] += x.value[j] * w[c];
        }
        Softmax(&p, 1.0);
        p[static_cast<std::size_t>(ys[i])] -= 1.0;  // now the gradient of the loss wrt scores
        for (std::size_t c = 0; c < k; ++c) {
          double g = p[c];
          t->gb[c] += static_cast<float>(g * g);
          t->b[c] -= static_cast<float>(eta * g / (std::sqrt(t->gb[c]) + kEps));
        }
        for (std::size_t j = 0; j < x.index.size(); ++j) {
          std::size_t base = static_cast<std::size_t>(x.index[j]) * k;
          for (std::size_t c = 0; c < k; ++c) {
            double g = p[c] * x.value[j] + l2 * t->w[base + c];
            if (g == 0) continue;
            t->g2[base + c] += static_cast<float>(g * g);
            t->w[base + c] -= static_cast<float>(eta * g / (std::sqrt(t->g2[base + c]) + kEps));
          }
        }
      }
    }
  };

  // Calibration: hold out a stratified slice, train on the rest, fit the
  // softmax temperature on the slice; then train again on everything and keep
  // that temperature. Raw logistic-regression outputs on separable text are
  // overconfident; the held-out temperature tempers them.
  if (options.calibration_fraction > 0 && examples.size() >= kMinCalibrationExamples) {
    std::vector<std::vector<std::size_t>> by_label(k);
    for (std::size_t i = 0; i < ys.size(); ++i) by_label[static_cast<std::size_t>(ys[i])].push_back(i);
    std::mt19937_64 rng(options.seed ^ 0xca11b7a7eULL);
    std::vector<std::size_t> train, held;
    for (auto& idx : by_label) {
      Shuffle(&idx, &rng);
      std::size_t n_held = static_cast<std::size_t>(
          std::floor(options.calibration_fraction * static_cast<double>(idx.size())));
      if (n_held >= idx.size()) n_held = idx.size() - 1;  // keep one to learn from
      held.insert(held.end(), idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(n_held));
      train.insert(train.end(), idx.begin() + static_cast<std::ptrdiff_t>(n_held), idx.end());
    }
    std::sort(train.begin(), train.end());
    if (!held.empty()) {
      Trainer t;
      fit(train, &t);
      model.weights_ = std::move(t.w);
      model.bias_ = std::move(t.b);
      std::vector<std::vector<double>> logits(held.size());
      std::vector<int> held_labels(held.size());
      for (std::size_t i = 0; i < held.size(); ++i) {
        model.Scores(xs[held[i]], &logits[i]);
        held_labels[i] = ys[held[i]];
      }
      model.temperature_ =
          std::clamp(FitTemperature(logits, held_labels), kMinTemperature, kMaxTemperature);
    }
  }

  std::vector<std::size_t> all(examples.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  Trainer t;
  fit(all, &t);
  model.weights_ = std::move(t.w);
  model.bias_ = std::move(t.b);
  return model;
}

// ---- prediction ----------------------------------------------------------------

std::vector<double> SectionClassifier::Probabilities(std::string_view title, std::string_view text,
                                                     std::string_view language_hint) const {
  thread_local Sparse x;
  Featurize(title, text, language_hint, &x);
  std::vector<double> p;
  Scores(x, &p);
  Softmax(&p, temperature_);
  return p;
}

SectionPrediction SectionClassifier::Predict(std::string_view title, std::string_view text,
                                             std::string_view language_hint) const {
  SectionPrediction out;
  if (labels_.empty()) return out;  // moved-from or default: nothing to say
  std::vector<double> p = Probabilities(title, text, language_hint);
  std::size_t best = static_cast<std::size_t>(std::max_element(p.begin(), p.end()) - p.begin());
  out.section = labels_[best];
  out.confidence = std::clamp(p[best], 0.0, 1.0);
  return out;
}

// ---- serialisation -------------------------------------------------------------

std::string SectionClassifier::Serialize() const {
  const std::size_t k = labels_.size();
  std::string out(kMagic, sizeof kMagic);
  ByteWriter w(&out);
  w.U32(kFormatVersion);
  w.U32(static_cast<std::uint32_t>(hash_bits_));
  w.U32((bigrams_ ? kFlagBigrams : 0u) | (keep_stop_words_ ? kFlagKeepStopWords : 0u) |
                   (char_ngrams_ ? kFlagCharNgrams : 0u));
  w.F64(title_weight_);
  w.F64(temperature_);
  w.U32(static_cast<std::uint32_t>(k));
  for (const auto& l : labels_) {
    w.U32(static_cast<std::uint32_t>(l.size()));
    out += l;
  }
  for (float b : bias_) w.F32(b);
  // Only buckets some training example touched are stored; the rest are 0.
  std::size_t buckets = k == 0 ? 0 : weights_.size() / k;
  std::uint32_t rows = 0;
  for (std::size_t r = 0; r < buckets; ++r)
    for (std::size_t c = 0; c < k; ++c)
      if (weights_[r * k + c] != 0.0f) {
        ++rows;
        break;
      }
  w.U32(rows);
  for (std::size_t r = 0; r < buckets; ++r) {
    const float* row = &weights_[r * k];
    if (std::all_of(row, row + k, [](float v) { return v == 0.0f; })) continue;
    w.U32(static_cast<std::uint32_t>(r));
    for (std::size_t c = 0; c < k; ++c) w.F32(row[c]);
  }
  w.U64(Fnv1a64(out));
  return out;
}

Result<SectionClassifier> SectionClassifier::Deserialize(std::string_view bytes) {
  if (bytes.size() > kMaxSerializedModelBytes)
    return Status::LimitExceeded("serialized model larger than kMaxSerializedModelBytes");
  if (bytes.size() < sizeof kMagic + 8 ||
      std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return Status::ParseError("not a section classifier model");
  // Checksum first: a corrupted model is rejected before any field is
  // believed.
  std::string_view body = bytes.substr(0, bytes.size() - 8);
  ByteReader tail(bytes.substr(bytes.size() - 8));
  std::uint64_t sum = 0;
  tail.U64(&sum);
  if (sum != Fnv1a64(body)) return Status::ParseError("section classifier checksum mismatch");

  ByteReader in(body.substr(sizeof kMagic));
  const Status truncated = Status::ParseError("section classifier model truncated or invalid");
  std::uint32_t version, bits, flags, k;
  SectionClassifier m;
  if (!in.U32(&version) || !in.U32(&bits) || !in.U32(&flags)) return truncated;
  if (version != kFormatVersion) return Status::ParseError("unsupported section model version");
  if (flags & ~kKnownFlags) return Status::ParseError("unknown section model flags");
  if (!in.F64(&m.title_weight_) || !in.F64(&m.temperature_) || !in.U32(&k)) return truncated;
  if (!(m.title_weight_ > 0 && m.title_weight_ <= kMaxTitleWeight) ||
      !(m.temperature_ >= kMinTemperature && m.temperature_ <= kMaxTemperature))
    return Status::ParseError("section model options out of range");
  if (k < 2 || k > kMaxLabels) return Status::ParseError("section model label count out of range");
  if (bits > static_cast<std::uint32_t>(kMaxHashBits)) return Status::ParseError("hash_bits out of range");
  if (Status s = CheckShape(static_cast<int>(bits), k); !s.ok()) return Status::ParseError(s.message());
  m.hash_bits_ = static_cast<int>(bits);
  m.bigrams_ = flags & kFlagBigrams;
  m.keep_stop_words_ = flags & kFlagKeepStopWords;
  m.char_ngrams_ = flags & kFlagCharNgrams;
  for (std::uint32_t i = 0; i < k; ++i) {
    std::uint32_t len;
    std::string_view name;
    if (!in.U32(&len) || len == 0 || len > kMaxLabelBytes || !in.Bytes(len, &name)) return truncated;
    m.labels_.emplace_back(name);
  }
  {
    std::vector<std::string> sorted = m.labels_;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
      return Status::ParseError("duplicate section label in model");
  }
  m.bias_.resize(k);
  for (float& b : m.bias_)
    if (!in.F32(&b)) return truncated;
  std::uint32_t rows;
  if (!in.U32(&rows)) return truncated;
  const std::size_t buckets = std::size_t{1} << bits;
  const std::size_t row_bytes = 4 + 4 * static_cast<std::size_t>(k);
  // The row count must account for exactly the bytes left, checked before
  // the table is allocated.
  if (rows > buckets || in.remaining() != rows * row_bytes) return truncated;
  m.weights_.assign(buckets * k, 0.0f);
  std::int64_t last = -1;
  for (std::uint32_t r = 0; r < rows; ++r) {
    std::uint32_t bucket;
    if (!in.U32(&bucket)) return truncated;
    if (bucket >= buckets || static_cast<std::int64_t>(bucket) <= last)
      return Status::ParseError("section model bucket out of order or range");
    last = bucket;
    for (std::uint32_t c = 0; c < k; ++c)
      if (!in.F32(&m.weights_[static_cast<std::size_t>(bucket) * k + c])) return truncated;
  }
  return m;
}

}  // namespace bs
