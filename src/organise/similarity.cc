#include "organise/similarity.h"

#include <algorithm>
#include <cmath>

namespace bs {
namespace {

// See StorySimilarity: chosen by cross-validation on the SemEval dev pairs
// (bench/organise_quality --sweep), between 1.3 and 1.5 the F1 moves by
// under 0.01.
constexpr double kCrossLanguageScale = 1.4;
// Words of two languages meet only where they are spelled alike (names
// written the same way, figures, international words), so a cross-language
// term cosine is small but, when it is high, strong evidence. Scaled by this
// it can stand in for the entity score (SemEval dev pairs: F1 0.779 ->
// 0.783, 5-fold CV the same; 1.5 and 2.5 do no better than leaving words out).
constexpr double kCrossLanguageTermScale = 2.0;
// Texts in different languages, one written in a script without Latin keys
// (Chinese, Japanese, Arabic...): their entities can meet only on figures and
// Latin-script names, so unrelated pairs share almost none, and each shared
// one is stronger evidence than between two Latin-script texts, where
// international words and capitalised common nouns also meet by chance.
// SemEval dev pairs (zh-en): F1 0.783 -> 0.789; 2.5 to 5 all give 0.789 to
// 0.790, so the value sits in the middle of a plateau.
constexpr double kCrossScriptScale = 3.0;

void TopK(std::vector<WeightedKey>* v, std::size_t k) {
  if (v->size() > k) {
    std::nth_element(v->begin(), v->begin() + static_cast<std::ptrdiff_t>(k), v->end(),
                     [](const WeightedKey& a, const WeightedKey& b) {
                       return a.weight != b.weight ? a.weight > b.weight : a.key < b.key;
                     });
    v->resize(k);
  }
  std::sort(v->begin(), v->end(),
            [](const WeightedKey& a, const WeightedKey& b) { return a.key < b.key; });
}

std::vector<WeightedKey> Weigh(const std::vector<KeyCount>& counts, const IdfTable& idf,
                               std::size_t k) {
  std::vector<WeightedKey> out;
  out.reserve(counts.size());
  for (const KeyCount& c : counts) {
    out.push_back({c.key, static_cast<float>((1.0 + std::log(c.count)) * idf.Idf(c.key))});
  }
  TopK(&out, k);
  double norm = 0;
  for (const WeightedKey& w : out) norm += double(w.weight) * w.weight;
  if (norm > 0) {
    const float inv = static_cast<float>(1.0 / std::sqrt(norm));
    for (WeightedKey& w : out) w.weight *= inv;
  }
  return out;
}

void Accumulate(const std::vector<WeightedKey>& add, float scale, std::size_t k,
                std::vector<WeightedKey>* sum) {
  std::vector<WeightedKey> merged;
  merged.reserve(sum->size() + add.size());
  std::size_t i = 0, j = 0;
  while (i < sum->size() || j < add.size()) {
    if (j == add.size() || (i < sum->size() && (*sum)[i].key < add[j].key)) {
      merged.push_back((*sum)[i++]);
    } else if (i == sum->size() || add[j].key < (*sum)[i].key) {
      merged.push_back({add[j].key, add[j].weight * scale});
      ++j;
    } else {
      merged.push_back({add[j].key, (*sum)[i].weight + add[j].weight * scale});
      ++i;
      ++j;
    }
  }
  std::erase_if(merged, [](const WeightedKey& w) { return w.weight <= 1e-6f; });
  TopK(&merged, k);
  *sum = std::move(merged);
}

}  // namespace

IdfTable::IdfTable() : counts_(kSlots, 0) {}

void IdfTable::Observe(const std::vector<KeyCount>& keys) {
  ++documents_;
  for (const KeyCount& k : keys) {
    std::uint32_t& c = counts_[k.key & (kSlots - 1)];
    if (c != UINT32_MAX) ++c;
  }
}

double IdfTable::Idf(std::uint32_t key) const {
  const double df = counts_[key & (kSlots - 1)];
  return std::log((documents_ + 1.0) / (df + 1.0)) + 1.0;
}

void IdfTable::Encode(ByteWriter* out) const {
  out->U64(documents_);
  std::uint32_t used = 0;
  for (std::uint32_t c : counts_) used += c != 0;
  out->U32(used);
  for (std::size_t i = 0; i < counts_.size(); ++i) {
    if (counts_[i] == 0) continue;
    out->U32(static_cast<std::uint32_t>(i));
    out->U32(counts_[i]);
  }
}

bool IdfTable::Decode(ByteReader* in) {
  std::uint64_t documents = 0;
  std::uint32_t used = 0;
  if (!in->U64(&documents) || !in->Count(&used, 8) || used > kSlots) return false;
  std::vector<std::uint32_t> counts(kSlots, 0);
  std::uint32_t previous = 0;
  for (std::uint32_t i = 0; i < used; ++i) {
    std::uint32_t slot = 0, count = 0;
    // Increasing slots, as Encode writes them: a repeated slot is corruption.
    if (!in->U32(&slot) || !in->U32(&count) || slot >= kSlots || count == 0 ||
        (i > 0 && slot <= previous))
      return false;
    counts[slot] = count;
    previous = slot;
  }
  counts_ = std::move(counts);
  documents_ = documents;
  return true;
}

StoryVector MakeStoryVector(const ArticleFeatures& f, const IdfTable& idf) {
  StoryVector v;
  v.terms = Weigh(f.terms, idf, kArticleTopTerms);
  v.entities = Weigh(f.entities, idf, kArticleTopEntities);
  v.caseless_script = f.caseless_script;
  v.pivot_is_terms = f.pivot_is_terms;
  // Pivot keys are English term keys: their IDF is the English words'.
  if (!f.pivot_is_terms) v.pivot = Weigh(f.pivot, idf, kArticleTopPivot);
  return v;
}

void AccumulateCentroid(const StoryVector& v, float scale, StoryVector* sum) {
  // A story joined by any Latin-script text has Latin entities to meet.
  const bool fresh = sum->terms.empty() && sum->entities.empty();
  if (scale > 0) {
    sum->caseless_script = fresh ? v.caseless_script : sum->caseless_script && v.caseless_script;
  }
  // An all-English story's pivot is its terms; the first article with a
  // translated pivot gives it one of its own, seeded from those terms.
  if (fresh && scale > 0) {
    sum->pivot_is_terms = v.pivot_is_terms;
    if (!v.pivot_is_terms) Accumulate(v.pivot, scale, kCentroidTopPivot, &sum->pivot);
  } else if (!(sum->pivot_is_terms && v.pivot_is_terms)) {
    if (sum->pivot_is_terms) {
      sum->pivot = sum->terms;
      TopK(&sum->pivot, kCentroidTopPivot);
      sum->pivot_is_terms = false;
    }
    Accumulate(v.Pivot(), scale, kCentroidTopPivot, &sum->pivot);
  }
  Accumulate(v.terms, scale, kCentroidTopTerms, &sum->terms);
  Accumulate(v.entities, scale, kCentroidTopEntities, &sum->entities);
}

double Cosine(const std::vector<WeightedKey>& a, const std::vector<WeightedKey>& b) {
  double dot = 0, na = 0, nb = 0;
  for (const WeightedKey& w : a) na += double(w.weight) * w.weight;
  for (const WeightedKey& w : b) nb += double(w.weight) * w.weight;
  if (na <= 0 || nb <= 0) return 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].key < b[j].key) {
      ++i;
    } else if (b[j].key < a[i].key) {
      ++j;
    } else {
      dot += double(a[i].weight) * b[j].weight;
      ++i;
      ++j;
    }
  }
  return dot / std::sqrt(na * nb);
}

namespace {

StoryEvidence Combine(double term_cosine, double entity_cosine, double pivot_cosine,
                      bool same_language, bool both_have_terms, bool caseless_script) {
  StoryEvidence e;
  e.term_cosine = term_cosine;
  e.entity_cosine = entity_cosine;
  e.pivot_cosine = pivot_cosine;
  if (same_language && both_have_terms) {
    e.score = 0.7 * e.term_cosine + 0.3 * e.entity_cosine;
  } else {
    // Entities and anchors alone: the only evidence words in different
    // languages share. Even a faithful translation shares only part of them
    // (a German noun is capitalised, an English one is not; a name may be
    // rendered differently), so the same cosine is stronger evidence here
    // than between texts of one language, where most keys can meet.
    const double scale =
        !same_language && caseless_script ? kCrossScriptScale : kCrossLanguageScale;
    e.score = std::max(scale * e.entity_cosine, kCrossLanguageTermScale * e.term_cosine);
    // Or on their words translated into one vocabulary, where those meet.
    e.score = std::max(e.score, kCrossLanguagePivotScale * pivot_cosine);
  }
  return e;
}

std::uint32_t Slot(std::uint32_t key, unsigned shift) {
  return static_cast<std::uint32_t>((std::uint64_t{key} * 0x9E3779B97F4A7C15ull) >> shift);
}

}  // namespace

StoryEvidence StorySimilarity(const StoryVector& a, const StoryVector& b, bool same_language) {
  return Combine(Cosine(a.terms, b.terms), Cosine(a.entities, b.entities),
                 same_language ? 0.0 : Cosine(a.Pivot(), b.Pivot()), same_language,
                 !a.terms.empty() && !b.terms.empty(), a.caseless_script || b.caseless_script);
}

void StoryQuery::Part::Build(const std::vector<WeightedKey>& v) {
  empty = v.empty();
  for (const WeightedKey& w : v) norm2 += double(w.weight) * w.weight;
  // A key sits in its home slot or the one after, so a probe reads exactly
  // two slots and needs no branch on what it finds: whether a centroid key
  // is in the article is unpredictable, and mispredicted branches were most
  // of this step's cost. At load 1/4 few keys find both taken; those go to
  // a small list searched only when it is not empty. The spare slot at the
  // end gives the last home slot a next.
  unsigned bits = 4;
  while ((std::size_t{1} << bits) < v.size() * 4) ++bits;
  shift = 64 - bits;
  slots.assign((std::size_t{1} << bits) + 1, WeightedKey{});
  for (const WeightedKey& w : v) {
    if (!(w.weight > 0)) continue;  // contributes nothing to a dot product
    const std::size_t i = Slot(w.key, shift);
    if (slots[i].weight <= 0) {
      slots[i] = w;
    } else if (slots[i + 1].weight <= 0) {
      slots[i + 1] = w;
    } else {
      overflow.push_back(w);
    }
  }
}

double StoryQuery::Part::Cosine(const std::vector<WeightedKey>& b) const {
  if (empty || norm2 <= 0) return 0;
  double dot = 0, nb = 0;
  for (const WeightedKey& w : b) {
    nb += double(w.weight) * w.weight;
    const std::size_t i = Slot(w.key, shift);
    // An empty slot holds weight 0, so a key that matches it adds nothing;
    // adding 0.0 leaves the sum exactly as the merge in bs::Cosine has it.
    float hit = (slots[i].key == w.key ? slots[i].weight : 0.0f) +
                (slots[i + 1].key == w.key ? slots[i + 1].weight : 0.0f);
    if (!overflow.empty()) {
      for (const WeightedKey& o : overflow) hit += o.key == w.key ? o.weight : 0.0f;
    }
    dot += double(hit) * w.weight;
  }
  if (nb <= 0) return 0;
  return dot / std::sqrt(norm2 * nb);
}

StoryQuery::StoryQuery(const StoryVector& v)
    : caseless_script_(v.caseless_script), pivot_is_terms_(v.pivot_is_terms) {
  terms_.Build(v.terms);
  entities_.Build(v.entities);
  if (!pivot_is_terms_) pivot_.Build(v.pivot);
}

StoryEvidence StoryQuery::Similarity(const StoryVector& b, bool same_language) const {
  // The pivot is compared only between languages: within one, the terms
  // already meet.
  const double pivot = same_language ? 0.0 : (pivot_is_terms_ ? terms_ : pivot_).Cosine(b.Pivot());
  return Combine(terms_.Cosine(b.terms), entities_.Cosine(b.entities), pivot, same_language,
                 !terms_.empty && !b.terms.empty(), caseless_script_ || b.caseless_script);
}

}  // namespace bs
