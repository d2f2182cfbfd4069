#include "text/normalize.h"
#include "core/utf8.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <spdlog/spdlog.h>


namespace bs {

namespace {

const icu::Normalizer2* NfkcCasefold() {
  // ICU owns the instance and keeps it for the life of the process.
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

// Length of the valid UTF-8 sequence at p[i] (1..4), or 0 when the bytes
// there are not one (bad lead, truncated, overlong, surrogate, > U+10FFFF).
int SequenceLength(const unsigned char* p, std::size_t i, std::size_t n) {
  std::uint32_t cp;
  return static_cast<int>(DecodeUtf8(std::string_view(reinterpret_cast<const char*>(p), n), i, &cp));
}

bool IsControl(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

// True when `s` is valid UTF-8 without NULs or other C0 controls, so the
// common case (clean text) skips a copy.
bool IsClean(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0, n = s.size(); i < n;) {
    if (p[i] < 0x80) {
      if (IsControl(p[i])) return false;
      ++i;
      continue;
    }
    int len = SequenceLength(p, i, n);
    if (len == 0) return false;
    i += static_cast<std::size_t>(len);
  }
  return true;
}

// Invalid bytes become U+FFFD (one per byte, resynchronising on the next);
// NULs and C0 controls become spaces rather than vanishing, since in scraped
// text they separate words ("vote\0count" is two words, not "votecount").
std::string Clean(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0, n = s.size(); i < n;) {
    int len = SequenceLength(p, i, n);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else if (len == 1 && IsControl(p[i])) {
      out.push_back(' ');
      ++i;
    } else {
      out.append(s.data() + i, static_cast<std::size_t>(len));
      i += static_cast<std::size_t>(len);
    }
  }
  return out;
}

// Typographic apostrophes (U+2019, U+02BC) survive NFKC; writing them as
// ASCII "'" makes "don’t" and "don't" one word form, which stop-word lists and
// the English stemmer expect.
void FoldApostrophes(std::string* s) {
  static constexpr std::string_view kRightQuote = "\xE2\x80\x99";
  static constexpr std::string_view kModifier = "\xCA\xBC";
  if (s->find(kRightQuote) == std::string::npos && s->find(kModifier) == std::string::npos) return;
  std::string out;
  out.reserve(s->size());
  std::string_view in(*s);
  for (std::size_t i = 0; i < in.size();) {
    if (in.substr(i, 3) == kRightQuote) {
      out.push_back('\'');
      i += 3;
    } else if (in.substr(i, 2) == kModifier) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(in[i++]);
    }
  }
  s->swap(out);
}

// NFKC_Casefold of `in` appended to `*out`. For ASCII the mapping is just
// A-Z -> a-z, and every ASCII character starts a new normalisation segment
// (none composes with what precedes it), so ASCII runs are lowered here
// directly and ICU only sees the non-ASCII runs, each with the one ASCII
// character before it (which may compose with a following combining mark).
// English text thus skips ICU almost entirely. False on ICU failure.
bool NormalizeMixed(const icu::Normalizer2& norm, std::string_view in, std::string* out) {
  out->reserve(in.size() + in.size() / 8);
  icu::StringByteSink<std::string> sink(out);
  const std::size_t n = in.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t j = i;
    while (j < n && static_cast<unsigned char>(in[j]) < 0x80) ++j;
    const std::size_t ascii_end = (j < n && j > i) ? j - 1 : j;
    if (ascii_end > i) {
      const std::size_t at = out->size();
      out->append(in.data() + i, ascii_end - i);
      // A plain loop over the appended bytes, which the compiler vectorises.
      char* d = out->data() + at;
      for (std::size_t k = 0, len = ascii_end - i; k < len; ++k)
        d[k] = static_cast<char>(d[k] + ((d[k] >= 'A' && d[k] <= 'Z') ? ('a' - 'A') : 0));
    }
    if (j >= n) break;
    std::size_t k = j;
    while (k < n && static_cast<unsigned char>(in[k]) >= 0x80) ++k;
    UErrorCode status = U_ZERO_ERROR;
    norm.normalizeUTF8(0, icu::StringPiece(in.data() + ascii_end, static_cast<int32_t>(k - ascii_end)),
                       sink, nullptr, status);
    if (U_FAILURE(status)) return false;
    i = k;
  }
  return true;
}

}  // namespace

std::string NormalizeForAnalysis(std::string_view text, bool* truncated) {
  std::string_view bounded = TruncateUtf8(text, kMaxAnalyzedBytes);
  if (truncated != nullptr) *truncated = bounded.size() < text.size();

  std::string sanitized;
  if (!IsClean(bounded)) {
    sanitized = Clean(bounded);
    bounded = sanitized;
  }

  std::string out;
  const icu::Normalizer2* norm = NfkcCasefold();
  if (norm == nullptr) {
    // ICU data without the nfkc_cf table cannot happen with Debian's libicu;
    // keep analysis working (unnormalised) rather than failing every article.
    static const bool logged = [] {
      spdlog::error("text: ICU NFKC_Casefold data unavailable; text is not normalised");
      return true;
    }();
    (void)logged;
    out.assign(bounded);
  } else if (!NormalizeMixed(*norm, bounded, &out)) {
    // Only reachable on allocation failure; fall back to the clean input.
    spdlog::error("text: normalisation failed; using the text as is");
    out.assign(bounded);
  }
  FoldApostrophes(&out);
  if (out.size() > kMaxNormalizedBytes) {
    out.resize(TruncateUtf8(out, kMaxNormalizedBytes).size());
    if (truncated != nullptr) *truncated = true;
  }
  return out;
}

}  // namespace bs
