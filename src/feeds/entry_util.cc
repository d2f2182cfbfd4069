// Entry clean-up shared by the RSS, Atom and JSON Feed readers.
#include <algorithm>

#include "core/hash.h"
#include "feeds/feed_text.h"
#include "feeds/readers.h"

namespace bs::feeds {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool LooksLikeEmail(std::string_view s) {
  s = Trim(s);
  const std::size_t at = s.find('@');
  return at != std::string_view::npos && at > 0 && s.find(' ') == std::string_view::npos &&
         s.find('.', at) != std::string_view::npos;
}

}  // namespace

std::string Trimmed(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  const std::size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string CleanTitle(std::string_view raw, bool html) {
  if (html || LooksLikeHtml(raw)) return HtmlToPlainText(raw);
  return CollapseWhitespace(raw);
}

std::string CleanAuthor(std::string_view raw) {
  std::string text = CollapseWhitespace(raw);
  std::string_view s = text;
  // "Name <email>"
  if (const std::size_t lt = s.find('<'); lt != std::string_view::npos && s.back() == '>' &&
                                         LooksLikeEmail(s.substr(lt + 1, s.size() - lt - 2))) {
    std::string_view name = Trim(s.substr(0, lt));
    if (!name.empty()) return std::string(name);
  }
  // "email (Name)" or "Name (email)"
  if (const std::size_t open = s.find('('); open != std::string_view::npos && s.back() == ')') {
    std::string_view outside = Trim(s.substr(0, open));
    std::string_view inside = Trim(s.substr(open + 1, s.size() - open - 2));
    if (LooksLikeEmail(outside) && !inside.empty()) return std::string(inside);
    if (LooksLikeEmail(inside) && !outside.empty()) return std::string(outside);
  }
  return text;
}

void AddUnique(std::vector<std::string>& list, std::string value) {
  if (value.empty()) return;
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

bool IsImageType(std::string_view mime_type) {
  return LowerAscii(Trim(mime_type)).rfind("image/", 0) == 0;
}

bool HasImageExtension(std::string_view url) {
  std::string path = LowerAscii(url.substr(0, url.find_first_of("?#")));
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"}) {
    if (path.size() >= ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0)
      return true;
  }
  return false;
}

void FinishEntry(FeedEntry& entry) {
  entry.id = std::string(Trim(entry.id));
  if (!entry.id.empty()) return;
  if (!entry.link.empty()) {
    entry.id = entry.link;
    return;
  }
  ContentHasher h;
  h.Add(entry.title).Add(entry.published ? std::to_string(*entry.published) : "");
  h.Add(entry.summary);
  entry.id = "urn:hash:" + h.Hex();
}

}  // namespace bs::feeds
