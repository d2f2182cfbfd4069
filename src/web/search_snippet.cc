#include "web/search_snippet.h"

#include <unordered_map>

#include "text/analyzer.h"
#include "text/normalize.h"
#include "text/tokenize.h"
#include "web/xml_text.h"

namespace bs::web {
namespace {

// Passages are cut at sentence ends; a run without any (Thai, lists) is cut
// at this size so scoring stays local.
constexpr std::size_t kMaxPassageBytes = 600;
// Passages scored per result; with kMaxSnippetScanBytes this bounds analysis.
constexpr std::size_t kMaxPassages = 120;
constexpr char kEllipsis[] = "\xE2\x80\xA6";

const Analyzer& SharedAnalyzer() {
  static const Analyzer analyzer;
  return analyzer;
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves `i` back to the start of a UTF-8 sequence.
std::size_t CharStart(std::string_view s, std::size_t i) {
  while (i > 0 && i < s.size() && IsContinuation(s[i])) --i;
  return i;
}

// Splits at newlines and sentence ends (". ", "! ", "? ", and the CJK full
// stops which need no space), and at kMaxPassageBytes.
std::vector<std::string_view> Passages(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  auto emit = [&](std::size_t end) {
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end;
  };
  for (std::size_t i = 0; i < text.size() && out.size() < kMaxPassages; ++i) {
    const char c = text[i];
    if (c == '\n') {
      emit(i);
      start = i + 1;
    } else if ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && text[i + 1] == ' ') {
      emit(i + 1);
    } else if (text.compare(i, 3, "\xE3\x80\x82") == 0 || text.compare(i, 3, "\xEF\xBC\x81") == 0 ||
               text.compare(i, 3, "\xEF\xBC\x9F") == 0) {  // 。！？
      emit(i + 3);
      i += 2;
    } else if (i - start >= kMaxPassageBytes) {
      emit(CharStart(text, i));
    }
  }
  if (out.size() < kMaxPassages) emit(text.size());
  // Leading spaces left by sentence splits are not part of the passage.
  for (auto& p : out)
    while (!p.empty() && p.front() == ' ') p.remove_prefix(1);
  return out;
}

// Decides per token whether it is a query term, caching by token text.
class Matcher {
 public:
  Matcher(const std::set<std::string>& terms, std::string_view language)
      : terms_(terms), language_(language) {}

  bool Matches(std::string_view token) {
    auto it = cache_.find(token);
    if (it != cache_.end()) return it->second;
    bool hit = false;
    for (std::string_view lang : {language_, std::string_view()}) {
      for (const auto& t : SharedAnalyzer().AnalyzeAs(token, lang).terms)
        if (terms_.count(t)) hit = true;
      if (hit) break;
    }
    cache_.emplace(token, hit);
    return hit;
  }

 private:
  const std::set<std::string>& terms_;
  std::string_view language_;
  std::unordered_map<std::string_view, bool> cache_;  // views into the caller's text
};

// `text` split into parts, tokens that match marked. `text` is valid UTF-8.
std::vector<SnippetPart> Mark(std::string_view text, Matcher& m, std::size_t* first_match = nullptr) {
  std::vector<SnippetPart> parts;
  std::size_t pos = 0;
  auto add = [&parts](std::string_view s, bool match) {
    if (s.empty()) return;
    if (!parts.empty() && parts.back().match == match) {
      parts.back().text.append(s);
    } else {
      parts.push_back({std::string(s), match});
    }
  };
  for (std::string_view tok : Tokenize(text)) {
    if (!m.Matches(tok)) continue;
    const std::size_t at = static_cast<std::size_t>(tok.data() - text.data());
    if (first_match && *first_match == std::string_view::npos) *first_match = at;
    add(text.substr(pos, at - pos), false);
    add(tok, true);
    pos = at + tok.size();
  }
  add(text.substr(pos), false);
  return parts;
}

// Distinct query terms among the passage's analysed terms.
std::size_t Score(std::string_view passage, const std::set<std::string>& terms, std::string_view language) {
  std::set<std::string_view> hit;
  for (const auto& t : SharedAnalyzer().AnalyzeAs(passage, language).terms) {
    auto it = terms.find(t);
    if (it != terms.end()) hit.insert(*it);
  }
  return hit.size();
}

// Cuts `s` to about `max` bytes, ending at a space when one is near.
std::string_view CutEnd(std::string_view s, std::size_t max, bool* cut) {
  *cut = s.size() > max;
  if (!*cut) return s;
  std::size_t end = CharStart(s, max);
  const std::size_t space = s.substr(0, end).rfind(' ');
  if (space != std::string_view::npos && space > max / 2) end = space;
  return s.substr(0, end);
}

}  // namespace

std::vector<SnippetPart> HighlightText(std::string_view text, const std::set<std::string>& terms,
                                       std::string_view language) {
  const std::string valid = ValidUtf8(TruncateUtf8(text, kMaxSnippetScanBytes));
  Matcher m(terms, language);
  return Mark(valid, m);
}

std::vector<SnippetPart> MakeSnippet(std::string_view text, const std::set<std::string>& terms,
                                     std::string_view language, std::size_t max_bytes) {
  const std::string valid = ValidUtf8(TruncateUtf8(text, kMaxSnippetScanBytes));
  const std::vector<std::string_view> passages = Passages(valid);
  if (passages.empty()) return {};
  std::size_t best = 0, best_score = 0;
  if (!terms.empty()) {
    for (std::size_t i = 0; i < passages.size(); ++i) {
      const std::size_t s = Score(passages[i], terms, language);
      if (s > best_score) {
        best = i;
        best_score = s;
        if (s == terms.size()) break;  // cannot do better
      }
    }
  }
  std::string_view passage = passages[best];
  Matcher m(terms, language);
  bool cut_front = false, cut_back = false;
  if (passage.size() > max_bytes && best_score > 0) {
    // Start a little before the first match so it has context.
    std::size_t first = std::string_view::npos;
    Mark(passage, m, &first);
    if (first != std::string_view::npos && first > max_bytes / 3) {
      std::size_t start = CharStart(passage, first - max_bytes / 3);
      const std::size_t space = passage.find(' ', start);
      if (space != std::string_view::npos && space < first) start = space + 1;
      passage.remove_prefix(start);
      cut_front = true;
    }
  }
  passage = CutEnd(passage, max_bytes, &cut_back);
  std::vector<SnippetPart> parts = Mark(passage, m);
  if (cut_front) parts.insert(parts.begin(), SnippetPart{kEllipsis, false});
  if (cut_back) parts.push_back(SnippetPart{kEllipsis, false});
  return parts;
}

}  // namespace bs::web
