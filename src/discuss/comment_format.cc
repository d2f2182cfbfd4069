#include "discuss/comment_format.h"

#include <vector>

#include "core/html_escape.h"
#include "core/utf8.h"

namespace bs::discuss {
namespace {

constexpr std::size_t kMaxLinkBytes = 2000;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Characters a URL in running text does not end with.
bool TrailingPunctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '"' || c == '\'';
}

// Escaped `line`, with its addresses made into links.
void AppendLinked(std::string_view line, std::string& out) {
  std::size_t i = 0;
  while (i < line.size()) {
    const bool at_word_start = i == 0 || IsSpace(line[i - 1]) || line[i - 1] == '(';
    const std::string_view rest = line.substr(i);
    const bool scheme = rest.starts_with("http://") || rest.starts_with("https://");
    const bool www = rest.starts_with("www.");
    if (at_word_start && (scheme || www)) {
      std::size_t j = i;
      while (j < line.size() && !IsSpace(line[j]) && line[j] != '<' && line[j] != '>' && line[j] != '"') ++j;
      while (j > i && TrailingPunctuation(line[j - 1])) --j;
      const std::string_view url = line.substr(i, j - i);
      const std::size_t prefix = scheme ? (rest.starts_with("https://") ? 8 : 7) : 4;
      if (url.size() > prefix + 2 && url.size() <= kMaxLinkBytes && url.find('.') != std::string_view::npos) {
        const std::string href = scheme ? std::string(url) : "https://" + std::string(url);
        out += "<a href=\"" + EscapeHtml(href) + "\" rel=\"nofollow ugc\">" + EscapeHtml(url) + "</a>";
        i = j;
        continue;
      }
    }
    // Copy up to the next place a link could start.
    std::size_t j = i + 1;
    while (j < line.size() && !(IsSpace(line[j - 1]) || line[j - 1] == '(')) ++j;
    out += EscapeHtml(line.substr(i, j - i));
    i = j;
  }
}

}  // namespace

std::string CommentHtml(std::string_view raw) {
  // Invalid bytes are replaced, not passed on.
  std::string text;
  text.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    std::uint32_t cp = 0;
    const std::size_t n = DecodeUtf8(raw, i, &cp);
    if (n == 0 || cp == 0) {
      AppendUtf8(text, 0xFFFD);
      i += n == 0 ? 1 : n;
      continue;
    }
    if (cp != '\r') text.append(raw.substr(i, n));
    i += n;
  }
  // Lines, then blocks: paragraphs and quotations, split at blank lines or
  // where quoting starts or stops.
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(std::string_view(text).substr(start, end - start));
    start = end + 1;
  }
  std::string out;
  enum class Block { kNone, kPara, kQuote } open = Block::kNone;
  bool first_line = true;
  auto close = [&] {
    if (open == Block::kPara) out += "</p>";
    if (open == Block::kQuote) out += "</p></blockquote>";
    open = Block::kNone;
  };
  for (std::string_view line : lines) {
    std::size_t a = 0, b = line.size();
    while (a < b && IsSpace(line[a])) ++a;
    while (b > a && IsSpace(line[b - 1])) --b;
    std::string_view content = line.substr(a, b - a);
    if (content.empty()) {
      close();
      continue;
    }
    const bool quote = content.front() == '>';
    if (quote) {
      content.remove_prefix(1);
      while (!content.empty() && IsSpace(content.front())) content.remove_prefix(1);
    }
    const Block want = quote ? Block::kQuote : Block::kPara;
    if (open != want) {
      close();
      out += quote ? "<blockquote><p>" : "<p>";
      open = want;
      first_line = true;
    }
    if (!first_line) out += "<br>";
    first_line = false;
    AppendLinked(content, out);
  }
  close();
  return out;
}

}  // namespace bs::discuss
