#include "text/charset.h"
#include "core/utf8.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace bs {
namespace {

// Browsers look for <meta charset> only in the first 1024 bytes; pages in the
// wild sometimes put it later, behind long <script> blocks, so we look a little
// further. Beyond that the statistical detector takes over.
constexpr std::size_t kMetaPrescanBytes = 4096;
// ICU's detector reads everything it is given; 64 KiB is plenty to tell
// encodings apart and keeps detection cheap on huge pages.
constexpr std::size_t kSniffBytes = 64 * 1024;
// Below this confidence (0-100) the detector is guessing; windows-1252 is the
// web's default then.
constexpr int32_t kMinSniffConfidence = 10;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view Trim(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  while (!s.empty() && (is_space(s.front()) || s.front() == '"' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '"' || s.back() == '\'')) s.remove_suffix(1);
  return s;
}

struct LabelMapping {
  const char* label;
  const char* name;
};

// Labels whose browser meaning differs from their literal one, or which need a
// canonical spelling. Follows the WHATWG Encoding Standard's label table for
// the encodings news sites actually use.
constexpr std::array kLabels = {
    LabelMapping{"utf-8", "UTF-8"},          LabelMapping{"utf8", "UTF-8"},
    LabelMapping{"unicode-1-1-utf-8", "UTF-8"},
    LabelMapping{"us-ascii", "windows-1252"}, LabelMapping{"ascii", "windows-1252"},
    LabelMapping{"iso-8859-1", "windows-1252"}, LabelMapping{"iso8859-1", "windows-1252"},
    LabelMapping{"iso_8859-1", "windows-1252"}, LabelMapping{"latin1", "windows-1252"},
    LabelMapping{"l1", "windows-1252"},       LabelMapping{"cp1252", "windows-1252"},
    LabelMapping{"windows-1252", "windows-1252"}, LabelMapping{"x-cp1252", "windows-1252"},
    LabelMapping{"cp819", "windows-1252"},    LabelMapping{"iso-ir-100", "windows-1252"},
    LabelMapping{"iso-8859-9", "windows-1254"}, LabelMapping{"latin5", "windows-1254"},
    LabelMapping{"windows-1254", "windows-1254"},
    LabelMapping{"iso-8859-11", "windows-874"}, LabelMapping{"tis-620", "windows-874"},
    LabelMapping{"windows-874", "windows-874"}, LabelMapping{"dos-874", "windows-874"},
    LabelMapping{"gb2312", "GB18030"},        LabelMapping{"gbk", "GB18030"},
    LabelMapping{"x-gbk", "GB18030"},         LabelMapping{"gb_2312-80", "GB18030"},
    LabelMapping{"csgb2312", "GB18030"},      LabelMapping{"chinese", "GB18030"},
    LabelMapping{"cp936", "GB18030"},         LabelMapping{"windows-936", "GB18030"},
    LabelMapping{"gb18030", "GB18030"},
    LabelMapping{"big5", "Big5"},             LabelMapping{"big5-hkscs", "Big5-HKSCS"},
    LabelMapping{"cn-big5", "Big5"},          LabelMapping{"x-x-big5", "Big5"},
    LabelMapping{"shift_jis", "Shift_JIS"},   LabelMapping{"shift-jis", "Shift_JIS"},
    LabelMapping{"sjis", "Shift_JIS"},        LabelMapping{"x-sjis", "Shift_JIS"},
    LabelMapping{"ms_kanji", "Shift_JIS"},    LabelMapping{"windows-31j", "Shift_JIS"},
    LabelMapping{"csshiftjis", "Shift_JIS"},
    LabelMapping{"euc-jp", "EUC-JP"},         LabelMapping{"x-euc-jp", "EUC-JP"},
    LabelMapping{"iso-2022-jp", "ISO-2022-JP"},
    LabelMapping{"euc-kr", "EUC-KR"},         LabelMapping{"ks_c_5601-1987", "EUC-KR"},
    LabelMapping{"korean", "EUC-KR"},         LabelMapping{"windows-949", "EUC-KR"},
    LabelMapping{"cp949", "EUC-KR"},
    LabelMapping{"koi8-r", "KOI8-R"},         LabelMapping{"koi8-u", "KOI8-U"},
    LabelMapping{"utf-16", "UTF-16LE"},       LabelMapping{"utf-16le", "UTF-16LE"},
    LabelMapping{"utf-16be", "UTF-16BE"},
};

// Maps a label to the name we report, or "" when neither our table nor ICU
// knows it.
std::string MapLabel(std::string_view raw) {
  std::string label = Lower(Trim(raw));
  if (label.empty()) return "";
  for (const auto& m : kLabels)
    if (label == m.label) return m.name;
  // ucnv_countAliases knows every alias ICU has (iso-8859-2, latin2, ...);
  // ucnv_getCanonicalName with an empty standard misses many of them.
  UErrorCode err = U_ZERO_ERROR;
  if (ucnv_countAliases(label.c_str(), &err) == 0 || U_FAILURE(err)) return "";
  // windows-125x, iso-8859-x, koi8 etc.: ICU knows the label as spelled.
  return label;
}

// The converter actually opened for a reported name: the browser supersets of
// the legacy CJK encodings, so pages labelled with the narrow name but using
// the vendor extensions still decode.
const char* ConverterFor(const std::string& name) {
  if (name == "EUC-KR") return "windows-949";
  if (name == "Shift_JIS") return "windows-31j";
  return name.c_str();
}

// The value of `charset=` inside a Content-Type-like string, or "".
std::string CharsetParam(std::string_view value) {
  std::string lower = Lower(value);
  std::size_t pos = lower.find("charset");
  while (pos != std::string::npos) {
    std::size_t i = pos + 7;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (i < lower.size() && lower[i] == '=') {
      ++i;
      while (i < lower.size() && (lower[i] == ' ' || lower[i] == '"' || lower[i] == '\'')) ++i;
      std::size_t end = i;
      while (end < lower.size() && lower[end] != ';' && lower[end] != '"' && lower[end] != '\'' &&
             lower[end] != ' ' && lower[end] != '>' && lower[end] != '/' && lower[end] != ',')
        ++end;
      return lower.substr(i, end - i);
    }
    pos = lower.find("charset", pos + 7);
  }
  return "";
}

// Finds a charset declared by <meta charset=x> or <meta http-equiv=...
// content="...charset=x"> in the first kMetaPrescanBytes.
std::string MetaCharset(std::string_view bytes) {
  std::string head = Lower(bytes.substr(0, std::min(bytes.size(), kMetaPrescanBytes)));
  std::size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    std::size_t end = head.find('>', pos);
    if (end == std::string::npos) end = head.size();
    std::string_view tag(head.data() + pos, end - pos);
    std::string cs = CharsetParam(tag);
    if (!cs.empty()) return cs;
    pos = end;
  }
  return "";
}


struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// True when the sample holds non-ASCII bytes and they are all valid UTF-8
// (a sequence cut by the sample's end is allowed).
bool LooksLikeUtf8(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, std::min(bytes.size(), kSniffBytes));
  bool non_ascii = std::any_of(sample.begin(), sample.end(),
                               [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  if (!non_ascii) return false;
  for (std::size_t cut = 0; cut < 4 && cut <= sample.size(); ++cut)
    if (IsValidUtf8(sample.substr(0, sample.size() - cut))) return true;
  return false;
}

std::string Sniff(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, std::min(bytes.size(), kSniffBytes));
  // A sample cut inside a multi-byte character is still UTF-8: allow up to
  // three trailing bytes of an incomplete sequence.
  for (std::size_t cut = 0; cut < 4 && cut <= sample.size(); ++cut)
    if (IsValidUtf8(sample.substr(0, sample.size() - cut))) return "UTF-8";
  UErrorCode err = U_ZERO_ERROR;
  DetectorPtr det(ucsdet_open(&err));
  if (U_FAILURE(err)) return "windows-1252";
  ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &err);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &err);
  if (U_FAILURE(err) || match == nullptr) return "windows-1252";
  int32_t confidence = ucsdet_getConfidence(match, &err);
  const char* name = ucsdet_getName(match, &err);
  if (U_FAILURE(err) || name == nullptr || confidence < kMinSniffConfidence) return "windows-1252";
  std::string mapped = MapLabel(name);
  return mapped.empty() ? "windows-1252" : mapped;
}

// Writes U+FFFD for every undecodable sequence. ICU's stock substitute
// callback writes U+001A for some single-byte converters.
void ReplacementCallback(const void*, UConverterToUnicodeArgs* args, const char*, int32_t,
                         UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset/close/clone: nothing to do
  static const UChar kReplacement[] = {0xFFFD};
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, kReplacement, 1, 0, err);
}


}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  return CharsetParam(content_type);
}

std::string DetectHtmlEncoding(std::string_view bytes, std::string_view content_type) {
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
      static_cast<unsigned char>(bytes[1]) == 0xBB && static_cast<unsigned char>(bytes[2]) == 0xBF)
    return "UTF-8";
  if (bytes.size() >= 2) {
    auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
    if (b0 == 0xFE && b1 == 0xFF) return "UTF-16BE";
    if (b0 == 0xFF && b1 == 0xFE) return "UTF-16LE";
  }
  std::string declared = MapLabel(CharsetFromContentType(content_type));
  if (declared.empty()) {
    declared = MapLabel(MetaCharset(bytes));
    // A document that could read its own <meta> was not UTF-16 (WHATWG rule).
    if (declared == "UTF-16LE" || declared == "UTF-16BE") declared = "UTF-8";
  }
  if (declared.empty()) return Sniff(bytes);
  // A page declared in a legacy charset whose non-ASCII bytes all form valid
  // UTF-8 was converted by its CMS or a proxy without the label being
  // updated (servers defaulting to iso-8859-1 are the usual case): legacy
  // text almost never forms valid multi-byte UTF-8 by accident.
  if (declared != "UTF-8" && declared != "UTF-16LE" && declared != "UTF-16BE" &&
      LooksLikeUtf8(bytes))
    return "UTF-8";
  return declared;
}

std::string SanitizeUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      // Runs of plain ASCII are the common case; copy them in one go.
      std::size_t j = i;
      while (j < n && p[j] >= 0x20 && p[j] < 0x80) ++j;
      if (j > i) {
        out.append(s.data() + i, j - i);
        i = j;
        continue;
      }
      if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20) out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    int len = 0;
    uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    }
    bool ok = len > 0 && i + len <= n;
    for (int k = 1; ok && k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (ok && ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
               (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))))
      ok = false;
    if (!ok) {
      AppendUtf8(out, 0xFFFD);
      ++i;  // resynchronise on the next byte
      continue;
    }
    out.append(s.data() + i, len);
    i += len;
  }
  return out;
}

Result<std::string> ConvertToUtf8(std::string_view bytes, std::string_view charset) {
  std::string name = MapLabel(charset);
  if (name.empty()) return Status::InvalidArgument("unknown charset: " + std::string(charset));
  if (name == "UTF-8") {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return SanitizeUtf8(bytes);
  }
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr source(ucnv_open(ConverterFor(name), &err));
  if (U_FAILURE(err)) {
    err = U_ZERO_ERROR;
    source.reset(ucnv_open(name.c_str(), &err));
  }
  if (U_FAILURE(err)) return Status::InvalidArgument("no converter for charset: " + name);
  ucnv_setToUCallBack(source.get(), ReplacementCallback, nullptr, nullptr, nullptr, &err);
  ConverterPtr utf8(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err)) return Status::Internal(std::string("ICU: ") + u_errorName(err));

  std::string out;
  out.resize(bytes.size() * 2 + 16);
  char* target = out.data();
  const char* src = bytes.data();
  std::array<UChar, 4096> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  bool first = true;  // only the first call may reset the pivot buffer
  for (;;) {
    err = U_ZERO_ERROR;
    ucnv_convertEx(utf8.get(), source.get(), &target, out.data() + out.size(), &src,
                   bytes.data() + bytes.size(), pivot.data(), &pivot_source, &pivot_target,
                   pivot.data() + pivot.size(), first, true, &err);
    first = false;
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      std::size_t used = static_cast<std::size_t>(target - out.data());
      out.resize(out.size() * 2);
      target = out.data() + used;
      continue;
    }
    if (U_FAILURE(err)) return Status::ParseError(std::string("charset conversion: ") + u_errorName(err));
    break;
  }
  out.resize(static_cast<std::size_t>(target - out.data()));
  std::string_view view(out);
  if (view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);  // a decoded BOM
  return SanitizeUtf8(view);
}

}  // namespace bs
