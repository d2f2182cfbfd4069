#include "feeds/feed_text.h"

#include <array>

#include "core/url.h"
#include "feeds/html_entities.h"

namespace bs::feeds {
namespace {

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// Attributes whose value is a URL, as listed for HTML 4 and 5.
bool IsUrlAttribute(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "href", "src",    "cite",  "poster",     "longdesc", "usemap",
      "action", "background", "codebase", "data", "classid", "profile"};
  for (auto n : kNames)
    if (name == n) return true;
  return false;
}

// "javascript:", "mailto:", "http:": true when `ref` starts with a scheme.
std::string_view SchemeOf(std::string_view ref) {
  if (ref.empty() || !IsAsciiAlpha(ref[0])) return {};
  for (std::size_t i = 1; i < ref.size(); ++i) {
    const char c = ref[i];
    if (c == ':') return ref.substr(0, i);
    if (!(IsAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return {};
  }
  return {};
}

std::string EscapeAttribute(std::string_view v) {
  std::string out;
  for (char c : v) {
    if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else if (c == '<') out += "&lt;";
    else out.push_back(c);
  }
  return out;
}

}  // namespace

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    bool space = IsAsciiSpace(c) || c == '\v';
    std::size_t width = 1;
    if (!space && static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      space = true;  // no-break space
      width = 2;
    }
    if (space) {
      pending_space = !out.empty();
      i += width - 1;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::string HtmlToPlainText(std::string_view html) {
  std::string stripped;
  stripped.reserve(html.size());
  std::size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '<' && i + 1 < html.size() &&
        (IsAsciiAlpha(html[i + 1]) || html[i + 1] == '/' || html[i + 1] == '!')) {
      // The tag ends at the first '>' outside a quoted attribute value.
      std::size_t end = i + 1;
      char quote = 0;
      for (; end < html.size(); ++end) {
        const char t = html[end];
        if (quote) {
          if (t == quote) quote = 0;
        } else if (t == '"' || t == '\'') {
          quote = t;
        } else if (t == '>') {
          break;
        }
      }
      if (end >= html.size()) break;  // an unfinished tag at the end
      // Tags that separate words ("<br>", "</p>") become a space.
      stripped.push_back(' ');
      i = end + 1;
      continue;
    }
    stripped.push_back(c);
    ++i;
  }
  return CollapseWhitespace(DecodeHtmlEntities(stripped));
}

bool LooksLikeHtml(std::string_view text) {
  // One search for the last '>' keeps this linear on hostile "<a<a<a..." input.
  const std::size_t last_gt = text.rfind('>');
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '<' && (IsAsciiAlpha(text[i + 1]) || text[i + 1] == '/')) {
      if (last_gt != std::string_view::npos && last_gt > i) return true;
    }
    if (text[i] == '&') {
      const std::size_t semi = text.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 33 && semi > i + 1) {
        const std::string decoded = DecodeHtmlEntities(text.substr(i, semi - i + 1));
        if (decoded != text.substr(i, semi - i + 1)) return true;
      }
    }
  }
  return false;
}

std::string ResolveLink(std::string_view base, std::string_view ref) {
  while (!ref.empty() && IsAsciiSpace(ref.front())) ref.remove_prefix(1);
  while (!ref.empty() && IsAsciiSpace(ref.back())) ref.remove_suffix(1);
  if (ref.empty()) return "";
  const std::string scheme = LowerCopy(SchemeOf(ref));
  if (!scheme.empty() && scheme != "http" && scheme != "https") return "";
  if (!base.empty()) {
    if (auto resolved = ResolveUrl(base, ref)) return *resolved;
  }
  return std::string(ref);
}

std::string ResolveLinksInHtml(std::string_view html, std::string_view base) {
  if (base.empty() || !IsHttpUrl(base)) return std::string(html);
  std::string out;
  out.reserve(html.size() + html.size() / 8);
  std::size_t i = 0;
  while (i < html.size()) {
    const std::size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= html.size()) {
      out.append(html.substr(i));
      break;
    }
    out.append(html.substr(i, lt - i));
    i = lt;
    if (!IsAsciiAlpha(html[lt + 1])) {
      if (html.substr(lt, 4) == "<!--") {  // comments are copied untouched
        const std::size_t end = html.find("-->", lt);
        const std::size_t stop = end == std::string_view::npos ? html.size() : end + 3;
        out.append(html.substr(lt, stop - lt));
        i = stop;
      } else {
        out.push_back('<');
        ++i;
      }
      continue;
    }
    // Tag name.
    std::size_t p = lt + 1;
    while (p < html.size() && !IsAsciiSpace(html[p]) && html[p] != '>' && html[p] != '/') ++p;
    out.append(html.substr(lt, p - lt));
    // Attributes until '>'.
    while (p < html.size() && html[p] != '>') {
      const std::size_t name_start = p;
      if (IsAsciiSpace(html[p]) || html[p] == '/') {
        out.push_back(html[p++]);
        continue;
      }
      while (p < html.size() && !IsAsciiSpace(html[p]) && html[p] != '=' && html[p] != '>') ++p;
      const std::string name = LowerCopy(html.substr(name_start, p - name_start));
      out.append(html.substr(name_start, p - name_start));
      std::size_t q = p;
      while (q < html.size() && IsAsciiSpace(html[q])) ++q;
      if (q >= html.size() || html[q] != '=') continue;
      ++q;
      while (q < html.size() && IsAsciiSpace(html[q])) ++q;
      std::size_t value_start = q, value_end;
      char quote = 0;
      if (q < html.size() && (html[q] == '"' || html[q] == '\'')) {
        quote = html[q];
        value_start = q + 1;
        value_end = html.find(quote, value_start);
        if (value_end == std::string_view::npos) value_end = html.size();
      } else {
        value_end = value_start;
        while (value_end < html.size() && !IsAsciiSpace(html[value_end]) && html[value_end] != '>')
          ++value_end;
      }
      out.append(html.substr(p, value_start - p));  // "=" and the opening quote
      std::string_view value = html.substr(value_start, value_end - value_start);
      std::string replacement(value);
      if (IsUrlAttribute(name)) {
        const std::string decoded = DecodeHtmlEntities(value);
        if (SchemeOf(decoded).empty()) {  // absolute URLs are left byte for byte
          if (auto resolved = ResolveUrl(base, decoded)) replacement = EscapeAttribute(*resolved);
        }
      }
      out.append(replacement);
      p = value_end;
      if (quote && p < html.size()) out.push_back(html[p++]);
    }
    if (p < html.size()) out.push_back(html[p++]);
    i = p;
  }
  return out;
}

}  // namespace bs::feeds
