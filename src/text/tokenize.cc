#include "text/tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

#include <spdlog/spdlog.h>

#include "text/normalize.h"

namespace bs {
namespace {

// The shared prototype; only ever read (cloned), which ICU allows from many
// threads at once.
const icu::BreakIterator* Prototype() {
  static const std::unique_ptr<icu::BreakIterator> proto = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
      spdlog::error("text: ICU word break iterator unavailable ({}); using a plain splitter",
                    u_errorName(status));
      bi.reset();
    }
    return bi;
  }();
  return proto.get();
}

icu::BreakIterator* ThreadIterator() {
  thread_local const std::unique_ptr<icu::BreakIterator> it = [] {
    const icu::BreakIterator* proto = Prototype();
    return std::unique_ptr<icu::BreakIterator>(proto != nullptr ? proto->clone() : nullptr);
  }();
  return it.get();
}

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

void Emit(std::string_view text, std::size_t start, std::size_t end,
          std::vector<std::string_view>* out) {
  if (end > start && end - start <= kMaxTokenBytes) out->push_back(text.substr(start, end - start));
}

// Used only when ICU's break data is missing: splits on ASCII space and
// punctuation, keeping every non-ASCII byte as part of a word.
void PlainSplit(std::string_view text, std::vector<std::string_view>* out) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    bool word = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                (c >= 'A' && c <= 'Z') || c == '_';
    if (!word) {
      Emit(text, start, i, out);
      start = i + 1;
    }
  }
}

}  // namespace

void Tokenize(std::string_view text, std::vector<std::string_view>* out) {
  // ICU indexes are 32-bit; the bound also holds for callers that did not
  // normalise first.
  text = TruncateUtf8(text, kMaxNormalizedBytes);
  if (text.empty()) return;
  icu::BreakIterator* bi = ThreadIterator();
  if (bi == nullptr) {
    PlainSplit(text, out);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText storage = UTEXT_INITIALIZER;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(&storage, text.data(), static_cast<int64_t>(text.size()), &status));
  if (U_FAILURE(status)) {
    PlainSplit(text, out);
    return;
  }
  bi->setText(ut.get(), status);
  if (U_FAILURE(status)) {
    PlainSplit(text, out);
    return;
  }
  int32_t start = bi->first();
  for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
    // Statuses below UBRK_WORD_NONE_LIMIT mark spaces, punctuation and
    // symbols; letters, numbers, kana and ideographs are above it.
    if (bi->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
    Emit(text, static_cast<std::size_t>(start), static_cast<std::size_t>(end), out);
  }
  // Detach the iterator from `text` so no dangling view survives the call.
  bi->setText(icu::UnicodeString());
}

std::vector<std::string_view> Tokenize(std::string_view text) {
  std::vector<std::string_view> out;
  Tokenize(text, &out);
  return out;
}

}  // namespace bs
