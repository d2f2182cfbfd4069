#include "text/tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstdint>
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

// Tokens made only of "_" and "@" (which UAX #29 as tailored by ICU treats
// as word characters) carry no content.
bool IsJunk(std::string_view token) {
  for (char c : token)
    if (c != '_' && c != '@') return false;
  return true;
}

void Emit(std::string_view text, std::size_t start, std::size_t end,
          std::vector<std::string_view>* out) {
  if (end <= start || end - start > kMaxTokenBytes) return;
  std::string_view token = text.substr(start, end - start);
  if (!IsJunk(token)) out->push_back(token);
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

// ICU's dictionary segmentation (CJK, Thai) runs about 1.5 times faster over
// UTF-16 than over UTF-8 through UText, so spans are converted into this
// per-thread buffer first and boundaries mapped back to UTF-8 offsets.
// Buffers grown past this many units by one huge span are released after use.
constexpr std::size_t kKeptUtf16Units = 1 << 16;

void IcuTokenize(std::string_view text, std::vector<std::string_view>* out) {
  if (text.empty()) return;
  icu::BreakIterator* bi = ThreadIterator();
  if (bi == nullptr) {
    PlainSplit(text, out);
    return;
  }
  thread_local std::u16string u16;
  // A UTF-8 string never has more UTF-16 units than bytes.
  u16.resize(text.size());
  UErrorCode status = U_ZERO_ERROR;
  int32_t len16 = 0;
  u_strFromUTF8WithSub(u16.data(), static_cast<int32_t>(u16.size()), &len16, text.data(),
                       static_cast<int32_t>(text.size()), 0xFFFD, nullptr, &status);
  UText storage = UTEXT_INITIALIZER;
  std::unique_ptr<UText, UTextCloser> ut;
  if (U_SUCCESS(status)) ut.reset(utext_openUChars(&storage, u16.data(), len16, &status));
  if (U_SUCCESS(status)) bi->setText(ut.get(), status);
  if (U_FAILURE(status)) {
    PlainSplit(text, out);
    return;
  }
  // Boundaries come in increasing order, so one forward walk maps UTF-16
  // positions to UTF-8 offsets. For invalid UTF-8 (outside the contract) the
  // walk may drift, but offsets stay clamped inside `text`.
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t u8 = 0;
  int32_t pos16 = 0;
  auto to_utf8 = [&](int32_t target) {
    while (pos16 < target && u8 < n) {
      unsigned char c = p[u8];
      int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      u8 += static_cast<std::size_t>(len);
      pos16 += len == 4 ? 2 : 1;
    }
    return std::min(u8, n);
  };
  std::size_t start8 = 0;
  bi->first();
  for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; end = bi->next()) {
    std::size_t end8 = to_utf8(end);
    // Statuses below UBRK_WORD_NONE_LIMIT mark spaces, punctuation and
    // symbols; letters, numbers, kana and ideographs are above it.
    if (bi->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) Emit(text, start8, end8, out);
    start8 = end8;
  }
  // Detach the iterator from the buffer so nothing dangles past the call.
  bi->setText(icu::UnicodeString());
  if (u16.capacity() > kKeptUtf16Units) std::u16string().swap(u16);
}

// ---- fast path ---------------------------------------------------------
//
// Running ICU costs about 30 ns a byte. Most news text is Latin or Cyrillic
// words between ASCII spaces, whose UAX #29 segmentation needs only a few
// character classes, so such stretches are segmented here, and only chunks
// holding anything else (CJK, Thai, Arabic marks, emoji, rarer punctuation)
// go to ICU. Splitting at ASCII whitespace is safe: no word-break rule joins
// a word character to whitespace. The result equals ICU's; a differential
// test checks that on real and random text.

enum Cls : std::uint8_t {
  kUnknown,     // anything not listed: the chunk goes to ICU
  kOther,       // known non-word character: always a boundary
  kLetter,      // ALetter (ICU also counts "@" here)
  kNumeric,
  kExtendNum,   // "_": joins any word characters
  kMidLetter,   // joins letter·letter
  kMidNum,      // joins digit·digit
  kMidNumLet,   // joins letter·letter and digit·digit (".", "'", U+2018/2019/2024)
};

constexpr std::array<Cls, 128> MakeAsciiTable() {
  std::array<Cls, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = kOther;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetter;
  for (int c = '0'; c <= '9'; ++c) t[c] = kNumeric;
  t['@'] = kLetter;
  t['_'] = kExtendNum;
  t['.'] = kMidNumLet;
  t['\''] = kMidNumLet;
  t[','] = kMidNum;
  t[';'] = kMidNum;
  return t;
}
constexpr std::array<Cls, 128> kAscii = MakeAsciiTable();

bool IsWordCls(Cls c) { return c == kLetter || c == kNumeric || c == kExtendNum; }
bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

Cls ClassOf(char32_t cp) {
  if (cp < 0x80) return kAscii[cp];
  if (cp < 0x100) {
    if (cp == 0xAA || cp == 0xB5 || cp == 0xBA) return kLetter;
    if (cp == 0xB7) return kMidLetter;
    if (cp == 0xAD) return kUnknown;  // soft hyphen: Format
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return kOther;
    return kLetter;
  }
  if (cp < 0x2B0) return kLetter;  // Latin Extended-A/B, IPA
  if (cp >= 0x400 && cp <= 0x52F) {
    if (cp == 0x482) return kOther;
    if (cp >= 0x483 && cp <= 0x489) return kUnknown;  // combining: Extend
    return kLetter;
  }
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x2024) return kMidNumLet;
  if ((cp >= 0x2010 && cp <= 0x2017) || (cp >= 0x201A && cp <= 0x2023) || cp == 0x2025 ||
      cp == 0x2026 || (cp >= 0x2030 && cp <= 0x203A) || (cp >= 0x20A0 && cp <= 0x20BF))
    return kOther;
  return kUnknown;
}

struct Char {
  Cls cls;
  std::uint8_t len;
};

// Class and byte length of the character at p[i] (i < n). Invalid UTF-8 is
// kUnknown, which hands the chunk to ICU.
Char Decode(const unsigned char* p, std::size_t i, std::size_t n) {
  unsigned char c = p[i];
  if (c < 0x80) return {kAscii[c], 1};
  if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80)
    return {ClassOf(((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu)), 2};
  if (c >= 0xE0 && c <= 0xEF && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
    char32_t cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
    return {cp >= 0x800 ? ClassOf(cp) : kUnknown, 3};
  }
  return {kUnknown, 1};
}

bool ChunkIsKnown(const unsigned char* p, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end;) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    Char ch = Decode(p, i, end);
    if (ch.cls == kUnknown) return false;
    i += ch.len;
  }
  return true;
}

// UAX #29 on a chunk of known characters: every pair of word characters
// joins (WB5, WB8-10, WB13a/b); a middle character joins when it sits
// between two letters (WB6/7) or two digits (WB11/12) of its kind.
void FastChunk(std::string_view text, std::size_t begin, std::size_t end,
               std::vector<std::string_view>* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = begin;
  while (i < end) {
    Char ch = Decode(p, i, end);
    if (!IsWordCls(ch.cls)) {
      i += ch.len;
      continue;
    }
    const std::size_t start = i;
    Cls last = ch.cls;
    i += ch.len;
    while (i < end) {
      Char next = Decode(p, i, end);
      if (IsWordCls(next.cls)) {
        last = next.cls;
        i += next.len;
        continue;
      }
      if (i + next.len < end && (last == kLetter || last == kNumeric)) {
        Char after = Decode(p, i + next.len, end);
        bool joins =
            (last == kLetter && after.cls == kLetter &&
             (next.cls == kMidLetter || next.cls == kMidNumLet)) ||
            (last == kNumeric && after.cls == kNumeric &&
             (next.cls == kMidNum || next.cls == kMidNumLet));
        if (joins) {
          last = after.cls;
          i += next.len + after.len;
          continue;
        }
      }
      break;
    }
    Emit(text, start, i, out);
  }
}

}  // namespace

void TokenizeWithIcu(std::string_view text, std::vector<std::string_view>* out) {
  IcuTokenize(TruncateUtf8(text, kMaxNormalizedBytes), out);
}

void Tokenize(std::string_view text, std::vector<std::string_view>* out) {
  // ICU indexes are 32-bit; the bound also holds for callers that did not
  // normalise first.
  text = TruncateUtf8(text, kMaxNormalizedBytes);
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  // Consecutive unknown chunks (with the spaces between them) form one ICU
  // span, so a CJK or Thai article is one ICU call, not one per chunk.
  std::size_t icu_begin = std::string_view::npos;
  std::size_t i = 0;
  while (i < n) {
    while (i < n && IsSpace(p[i])) ++i;
    if (i >= n) break;
    std::size_t j = i;
    while (j < n && !IsSpace(p[j])) ++j;
    if (ChunkIsKnown(p, i, j)) {
      if (icu_begin != std::string_view::npos) {
        IcuTokenize(text.substr(icu_begin, i - icu_begin), out);
        icu_begin = std::string_view::npos;
      }
      FastChunk(text, i, j, out);
    } else if (icu_begin == std::string_view::npos) {
      icu_begin = i;
    }
    i = j;
  }
  if (icu_begin != std::string_view::npos) IcuTokenize(text.substr(icu_begin), out);
}

std::vector<std::string_view> Tokenize(std::string_view text) {
  std::vector<std::string_view> out;
  Tokenize(text, &out);
  return out;
}

}  // namespace bs
