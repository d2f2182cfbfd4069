#include "feeds/xml_input.h"

#include <algorithm>
#include <cstdint>
#include <optional>

#include <unicode/ucnv.h>

#include <climits>

#include "feeds/html_entities.h"
#include "text/charset.h"

namespace bs::feeds {
namespace {

// The XML declaration must be at the very start; a generous window allows for
// junk and whitespace before it without scanning the whole document.
constexpr std::size_t kDeclarationWindow = 1024;

// Server-side warnings printed ahead of a feed ("<b>Notice</b>: ...") are
// short; the search for the real start of the document stops here.
constexpr std::size_t kJunkWindow = 64 * 1024;

// Longest reference name read; HTML's longest is 31 characters.
constexpr std::size_t kMaxReferenceName = 40;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.' || c == ':';
}

bool IsXmlChar(std::uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

// Media types whose charset parameter RFC 7303 makes authoritative.
bool IsXmlMediaType(std::string_view content_type) {
  std::string type = Lower(content_type.substr(0, content_type.find(';')));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.pop_back();
  while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.erase(0, 1);
  const auto ends = [&](std::string_view suffix) {
    return type.size() >= suffix.size() && type.compare(type.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends("/xml") || ends("+xml");
}

struct Utf8Scan {
  bool valid = true;
  bool has_multibyte = false;
};

Utf8Scan ScanUtf8(std::string_view s) {
  Utf8Scan r;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = p[i];
    std::size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                                     : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    bool ok = len > 0 && i + len <= s.size();
    for (std::size_t k = 1; ok && k < len; ++k) ok = (p[i + k] & 0xC0) == 0x80;
    if (!ok) {
      r.valid = false;
      ++i;
      continue;
    }
    if (len > 1) r.has_multibyte = true;
    i += len;
  }
  return r;
}

// Replaces U+FFFE and U+FFFF (valid UTF-8, forbidden in XML) with U+FFFD.
void ReplaceNonCharacters(std::string& s) {
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF))
      s[i + 2] = static_cast<char>(0xBD);
  }
}

// C1 controls (U+0080..U+009F) never belong in a feed; they come from
// windows-1252 text decoded as Latin-1 ("don\u0092t"). Maps them to the
// characters windows-1252 meant. Returns whether anything changed.
bool RemapC1Controls(std::string& s) {
  if (s.find('\xC2') == std::string::npos) return false;
  std::string out;
  out.reserve(s.size());
  bool changed = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xC2 && i + 1 < s.size()) {
      const auto next = static_cast<unsigned char>(s[i + 1]);
      if (next >= 0x80 && next <= 0x9F) {
        const char32_t mapped = RemapC1ControlReference(next);
        if (mapped != next) {
          AppendUtf8(out, mapped);
          changed = true;
          ++i;
          continue;
        }
      }
    }
    out.push_back(s[i]);
  }
  if (changed) s = std::move(out);
  return changed;
}

// Direct ICU conversion for labels ConvertToUtf8 does not accept but ICU
// knows (its label table misses e.g. "iso-8859-2"). Invalid input becomes
// ICU's substitution character; the result is sanitized like any other.
std::optional<std::string> ConvertWithIcu(std::string_view bytes, const std::string& label) {
  if (bytes.size() > INT_MAX / 4) return std::nullopt;
  UErrorCode err = U_ZERO_ERROR;
  const int32_t needed = ucnv_convert("UTF-8", label.c_str(), nullptr, 0, bytes.data(),
                                      static_cast<int32_t>(bytes.size()), &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) return std::nullopt;
  std::string out(static_cast<std::size_t>(needed) + 1, '\0');
  err = U_ZERO_ERROR;
  const int32_t written = ucnv_convert("UTF-8", label.c_str(), out.data(), static_cast<int32_t>(out.size()),
                                       bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) return std::nullopt;
  out.resize(static_cast<std::size_t>(written));
  if (out.rfind("\xEF\xBB\xBF", 0) == 0) out.erase(0, 3);
  return SanitizeUtf8(out);
}

// Index of the first '<' that starts markup ("<?", "<!", or "<name").
std::size_t FirstMarkup(std::string_view s) {
  for (std::size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
    if (i + 1 >= s.size()) break;
    const char c = s[i + 1];
    if (c == '?' || c == '!' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      return i;
  }
  return std::string_view::npos;
}

// Where the document really starts when junk with markup of its own (an HTML
// error message) precedes it: at the XML declaration if there is one, else
// at the feed's root element. `first` is the first markup found.
std::size_t DocumentStart(std::string_view s, std::size_t first) {
  const std::string_view window = s.substr(0, kJunkWindow);
  const std::size_t decl = window.find("<?xml");
  if (decl != std::string_view::npos) return std::max(decl, first);
  if (s[first + 1] == '!' || s[first + 1] == '?') return first;  // comment or DOCTYPE first
  static constexpr std::string_view kRoots[] = {"<rss", "<feed", "<rdf:RDF", "<RDF"};
  std::size_t best = std::string_view::npos;
  for (std::string_view root : kRoots) {
    for (std::size_t at = window.find(root); at != std::string_view::npos;
         at = window.find(root, at + 1)) {
      const std::size_t after = at + root.size();
      if (after < s.size() && (s[after] == '>' || s[after] == ' ' || s[after] == '\t' ||
                               s[after] == '\r' || s[after] == '\n')) {
        best = std::min(best, at);
        break;
      }
    }
  }
  return best == std::string_view::npos ? first : std::max(best, first);
}

}  // namespace

std::string DeclaredXmlEncoding(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kDeclarationWindow);
  const std::size_t start = head.find("<?xml");
  if (start == std::string_view::npos) return "";
  const std::size_t end = head.find("?>", start);
  std::string_view decl = head.substr(start, end == std::string_view::npos ? head.npos : end - start);
  const std::size_t enc = decl.find("encoding");
  if (enc == std::string_view::npos) return "";
  std::size_t i = enc + 8;
  while (i < decl.size() && (decl[i] == ' ' || decl[i] == '\t' || decl[i] == '\r' || decl[i] == '\n')) ++i;
  if (i >= decl.size() || decl[i] != '=') return "";
  ++i;
  while (i < decl.size() && (decl[i] == ' ' || decl[i] == '\t' || decl[i] == '\r' || decl[i] == '\n')) ++i;
  if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\'')) return "";
  const char quote = decl[i++];
  const std::size_t close = decl.find(quote, i);
  if (close == std::string_view::npos) return "";
  return Lower(decl.substr(i, close - i));
}

std::string DecideXmlCharset(std::string_view bytes, std::string_view content_type) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) return "utf-8";
  if (StartsWith(bytes, std::string_view("\xFF\xFE\0\0", 4))) return "utf-32le";
  if (StartsWith(bytes, std::string_view("\0\0\xFE\xFF", 4))) return "utf-32be";
  if (StartsWith(bytes, "\xFF\xFE")) return "utf-16le";
  if (StartsWith(bytes, "\xFE\xFF")) return "utf-16be";
  const std::string header = CharsetFromContentType(content_type);
  if (!header.empty() && IsXmlMediaType(content_type)) return header;
  // UTF-16 without a BOM shows itself by the NULs around the first '<'.
  if (StartsWith(bytes, std::string_view("<\0?\0", 4))) return "utf-16le";
  if (StartsWith(bytes, std::string_view("\0<\0?", 4))) return "utf-16be";
  std::string declared = DeclaredXmlEncoding(bytes);
  // A declaration readable as ASCII cannot be in UTF-16 or UTF-32.
  if (StartsWith(declared, "utf-16") || StartsWith(declared, "utf-32") || declared == "ucs-2")
    declared = "utf-8";
  if (!declared.empty()) return declared;
  if (!header.empty()) return header;
  return "utf-8";
}

PreparedXml DecodeXml(std::string_view bytes, std::string_view charset) {
  PreparedXml out;
  std::string label = Lower(charset);
  if (label == "utf8") label = "utf-8";
  if (label == "utf-8") {
    std::string_view body = bytes;
    if (StartsWith(body, "\xEF\xBB\xBF")) body.remove_prefix(3);
    const Utf8Scan scan = ScanUtf8(body);
    // Mislabelled single-byte text (no valid multi-byte sequence at all) is
    // far more often windows-1252 than damaged UTF-8.
    if (!scan.valid && !scan.has_multibyte) label = "windows-1252";
    if (!scan.valid) out.repaired = true;
  }
  Result<std::string> decoded = ConvertToUtf8(bytes, label);
  if (!decoded.ok()) {
    if (auto direct = ConvertWithIcu(bytes, label)) decoded = std::move(*direct);
  }
  if (!decoded.ok()) {
    // Unknown label: trust the bytes if they are UTF-8, else assume the most
    // common legacy encoding.
    out.repaired = true;
    decoded = ConvertToUtf8(bytes, ScanUtf8(bytes).valid ? "utf-8" : "windows-1252");
  }
  if (decoded.ok()) out.text = std::move(decoded.value());
  else out.text = SanitizeUtf8(bytes);  // ICU failed outright: keep what is readable
  if (out.text.size() < bytes.size() && bytes.find('\0') != std::string_view::npos &&
      !StartsWith(label, "utf-16") && !StartsWith(label, "utf-32"))
    out.repaired = true;  // NULs were dropped
  ReplaceNonCharacters(out.text);
  if (RemapC1Controls(out.text)) out.repaired = true;

  const std::size_t first = FirstMarkup(out.text);
  if (first == std::string::npos) {
    out.text.clear();
    return out;
  }
  const std::size_t start = DocumentStart(out.text, first);
  if (out.text.find_first_not_of(" \t\r\n") < start) out.repaired = true;
  out.text.erase(0, start);
  if (StartsWith(out.text, "<?xml") && out.text.size() > 5 &&
      (out.text[5] == ' ' || out.text[5] == '\t' || out.text[5] == '\r' || out.text[5] == '\n' ||
       out.text[5] == '?')) {
    std::size_t end = out.text.find("?>");
    if (end == std::string::npos || end > kDeclarationWindow) end = out.text.find('>');
    out.text.erase(0, end == std::string::npos ? out.text.size() : end + (out.text[end] == '?' ? 2 : 1));
  }
  return out;
}

std::string RepairReferences(std::string_view s, bool* repaired) {
  std::string out;
  out.reserve(s.size() + s.size() / 16);
  // Without entity declarations, any name other than XML's five and HTML's is
  // undefined; it is kept as visible text rather than silently dropped.
  const bool declares_entities = s.find("<!ENTITY") != std::string_view::npos;
  bool changed = false;
  std::size_t i = 0;
  const auto copy_through = [&](std::string_view terminator) {
    const std::size_t end = s.find(terminator, i);
    const std::size_t stop = end == std::string_view::npos ? s.size() : end + terminator.size();
    out.append(s.substr(i, stop - i));
    i = stop;
  };
  while (i < s.size()) {
    const std::size_t next = s.find_first_of("<&", i);
    if (next == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, next - i));
    i = next;
    std::string_view rest = s.substr(i);
    if (rest[0] == '<') {
      if (StartsWith(rest, "<![CDATA[")) copy_through("]]>");
      else if (StartsWith(rest, "<!--")) copy_through("-->");
      else if (StartsWith(rest, "<?")) copy_through("?>");
      else {
        out.push_back('<');
        ++i;
      }
      continue;
    }
    // rest[0] == '&'
    std::size_t j = 1;
    if (j < rest.size() && rest[j] == '#') {
      ++j;
      // HTML accepts "&#X41;"; XML only the lowercase x.
      const bool hex = j < rest.size() && (rest[j] == 'x' || rest[j] == 'X');
      const bool upper_x = hex && rest[j] == 'X';
      if (hex) ++j;
      const std::size_t digits_start = j;
      std::uint32_t v = 0;
      while (j < rest.size() && j - digits_start < 10) {
        const char c = rest[j];
        int d = -1;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        if (d < 0) break;
        v = std::min<std::uint32_t>(v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d), 0x110000);
        ++j;
      }
      if (j > digits_start && j < rest.size() && rest[j] == ';') {
        std::uint32_t cp = RemapC1ControlReference(v);
        if (!IsXmlChar(cp)) cp = 0xFFFD;
        if (cp != v || upper_x) {
          out += "&#" + std::to_string(cp) + ";";
          changed = true;
        } else {
          out.append(rest.substr(0, j + 1));
        }
        i += j + 1;
        continue;
      }
    } else {
      while (j < rest.size() && j <= kMaxReferenceName && IsNameChar(rest[j])) ++j;
      if (j > 1 && j < rest.size() && rest[j] == ';') {
        const std::string_view name = rest.substr(1, j - 1);
        if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") {
          out.append(rest.substr(0, j + 1));
        } else if (auto cp = LookupHtmlEntity(name)) {
          out += "&#" + std::to_string(static_cast<std::uint32_t>(*cp)) + ";";
          changed = true;
        } else if (declares_entities) {
          out.append(rest.substr(0, j + 1));
        } else {
          out += "&amp;";
          out.append(rest.substr(1, j));
          changed = true;
        }
        i += j + 1;
        continue;
      }
    }
    out += "&amp;";  // a bare ampersand ("AT&T", "?a=1&b=2")
    changed = true;
    ++i;
  }
  if (repaired && changed) *repaired = true;
  return out;
}

}  // namespace bs::feeds
