#include "extract/metadata_title.h"

#include <algorithm>
#include <array>

#include "extract/dom.h"

namespace bs::extract {
namespace {

// Titles longer than this are descriptions or whole paragraphs.
constexpr std::size_t kMaxTitleBytes = 600;
// A leading site name shorter than this could be a headline's first word.
constexpr std::size_t kMinSitePrefixBytes = 4;
// Rounds of decoration stripping ("Headline - Section - Site").
constexpr int kMaxStripRounds = 4;

constexpr std::array<std::string_view, 16> kSeparators = {
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " • ", " ~ ", " › ", " ‹ ",
    " _ ", "_", " |",
};

// Letters and digits only, ASCII lowercased, for loose comparison: "The
// Verge" and "theverge" have the same key, as do "Headline!" and "headline".
std::string Key(std::string_view s) {
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out.push_back(c);
    else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
  }
  return out;
}

// Keys a host is known by: "sport.paper.example.co.uk" -> "paper",
// "paperexample"..., so "Paper" or "paper.example" decoration is recognised.
std::vector<std::string> HostKeys(std::string_view host) {
  std::vector<std::string> labels;
  std::string h = AsciiLower(host);
  std::size_t start = 0;
  while (start <= h.size()) {
    std::size_t dot = h.find('.', start);
    if (dot == std::string::npos) dot = h.size();
    if (dot > start) labels.push_back(h.substr(start, dot - start));
    start = dot + 1;
  }
  std::vector<std::string> keys;
  if (labels.size() < 2) return keys;
  std::size_t name = labels.size() - 2;
  // Second-level registries: "co.uk", "com.au", "org.br".
  static constexpr std::array<std::string_view, 7> kSecondLevel = {"co", "com", "org", "net", "gov", "ac", "edu"};
  if (name > 0 && labels[name].size() <= 3 &&
      std::find(kSecondLevel.begin(), kSecondLevel.end(), labels[name]) != kSecondLevel.end())
    --name;
  std::string joined;
  for (std::size_t i = name; i < labels.size(); ++i) joined += labels[i];
  keys.push_back(Key(labels[name]));
  keys.push_back(Key(joined));
  return keys;
}

struct Splits {
  // Every (head, tail) split of a title at a separator, left to right.
  std::vector<std::pair<std::string, std::string>> at;
};

Splits SplitAll(const std::string& t) {
  Splits s;
  for (std::size_t i = 1; i < t.size(); ++i) {
    for (std::string_view sep : kSeparators) {
      if (t.compare(i, sep.size(), sep) != 0) continue;
      std::string head(TrimSpace(std::string_view(t).substr(0, i)));
      std::string tail(TrimSpace(std::string_view(t).substr(i + sep.size())));
      if (!head.empty() && !tail.empty()) s.at.emplace_back(std::move(head), std::move(tail));
      break;
    }
  }
  return s;
}

class TitleCleaner {
 public:
  explicit TitleCleaner(const TitleSources& src) {
    for (const std::string& h : src.h1s) evidence_.push_back(Key(h));
    for (const std::string& d : src.declared) evidence_.push_back(Key(d));
    std::erase(evidence_, std::string());
    std::vector<std::string> declared_keys{Key(src.jsonld_headline)};
    for (const std::string& d : src.declared) declared_keys.push_back(Key(d));
    std::vector<std::string> names = src.site_names;
    for (const std::string& s : src.weak_site_names)
      if (std::find(declared_keys.begin(), declared_keys.end(), Key(s)) == declared_keys.end())
        names.push_back(s);
    for (const std::string& s : names) {
      std::string c = CollapsedText(s);
      if (c.empty()) continue;
      sites_.push_back(c);
      // "Paper - Your daily news": its first part names the site too.
      for (const auto& [head, tail] : SplitAll(c).at) {
        sites_.push_back(head);
        break;
      }
    }
    for (const std::string& h : src.hosts)
      for (std::string& k : HostKeys(h))
        if (!k.empty()) host_keys_.push_back(std::move(k));
  }

  // Whether `seg` names the site: a site name or its leading words, or the
  // host's name.
  bool IsSite(std::string_view seg) const {
    std::string k = Key(seg);
    if (k.empty()) return false;
    std::string ls = AsciiLower(seg);
    for (const std::string& site : sites_) {
      if (Key(site) == k) return true;
      std::string lsite = AsciiLower(site);
      if (seg.size() >= kMinSitePrefixBytes && lsite.size() > ls.size() && lsite.starts_with(ls) &&
          lsite[ls.size()] == ' ')
        return true;
    }
    return std::find(host_keys_.begin(), host_keys_.end(), k) != host_keys_.end();
  }

  // Whether another source states exactly `part` (a heading, a declared title).
  bool Agrees(std::string_view part) const {
    std::string k = Key(part);
    return !k.empty() && std::find(evidence_.begin(), evidence_.end(), k) != evidence_.end();
  }

  // `title` without site decoration.
  std::string Strip(std::string title) const {
    for (int round = 0; round < kMaxStripRounds; ++round) {
      Splits s = SplitAll(title);
      if (s.at.empty()) break;
      if (IsSite(s.at.back().second)) {
        title = s.at.back().first;
        continue;
      }
      if (IsSite(s.at.front().first)) {
        title = s.at.front().second;
        continue;
      }
      if (std::string b = StripBracketed(title); b != title) {
        title = b;
        continue;
      }
      break;
    }
    // "Headline | Section | Paper" when the site is unknown: a leading part
    // another source states on its own is the headline. Trailing parts are
    // not tried: a site logo's h1 would agree with them.
    std::string best;
    for (const auto& [head, tail] : SplitAll(title).at)
      if (head.size() > best.size() && Agrees(head)) best = head;
    return best.empty() ? title : best;
  }

  bool Usable(const std::string& t) const {
    return !t.empty() && t.size() <= kMaxTitleBytes && !IsSite(t);
  }

 private:
  // "Weekly edition [Paper]" / "Weekly edition (Paper)".
  std::string StripBracketed(const std::string& t) const {
    for (auto [open, close] : {std::pair{" [", ']'}, std::pair{" (", ')'}}) {
      if (t.empty() || t.back() != close) continue;
      std::size_t p = t.rfind(open);
      if (p == std::string::npos || p == 0) continue;
      if (IsSite(std::string_view(t).substr(p + 2, t.size() - p - 3))) return t.substr(0, p);
    }
    return t;
  }

  std::vector<std::string> sites_;
  std::vector<std::string> host_keys_;
  std::vector<std::string> evidence_;
};

bool EndsWithEllipsis(std::string_view s) { return s.ends_with("…") || s.ends_with("..."); }

// JSON-LD "headline" is capped at 110 characters by some publishers; when a
// declared title or heading continues it, the longer one is the headline.
std::string Untruncate(const std::string& t, const TitleSources& src) {
  std::string_view stem = t;
  if (stem.ends_with("…")) stem.remove_suffix(3);
  else if (stem.ends_with("...")) stem.remove_suffix(3);
  stem = TrimSpace(stem);
  if (stem.size() < 20) return t;
  for (const auto* list : {&src.declared, &src.h1s})
    for (const std::string& d : *list) {
      std::string c = CollapsedText(d);
      if (c.size() > stem.size() + 1 && c.starts_with(stem) && !EndsWithEllipsis(c)) return c;
    }
  return t;
}

// The title element: its part that a heading repeats (the article's h1 is
// usually the last one; a site logo h1 comes first), else the decoration-free
// title.
std::string FromTitleTag(const std::string& title, const TitleCleaner& cleaner, const TitleSources& src) {
  std::string t = cleaner.Strip(CollapsedText(title));
  if (t.empty()) return t;
  std::vector<std::string> headings(src.h1s.rbegin(), src.h1s.rend());
  headings.insert(headings.end(), src.h2s.begin(), src.h2s.end());
  Splits splits = SplitAll(t);
  for (const std::string& h : headings) {
    std::string hk = Key(h);
    if (hk.empty()) continue;
    if (hk == Key(t)) return t;
    for (const auto& [head, tail] : splits.at) {
      if (Key(head) == hk) return head;
      if (Key(tail) == hk) return tail;
    }
  }
  for (auto it = src.h1s.rbegin(); it != src.h1s.rend(); ++it)
    if (std::count(it->begin(), it->end(), ' ') >= 2 && t.find(*it) != std::string::npos) return *it;
  // No heading to go by: the longest part, when it reads like a phrase.
  static constexpr std::array<std::string_view, 5> kSeps = {" | ", " :: ", " — ", " – ", " - "};
  for (std::string_view sep : kSeps) {
    std::vector<std::string> parts;
    std::size_t start = 0, p;
    while ((p = t.find(sep, start)) != std::string::npos) {
      parts.push_back(t.substr(start, p - start));
      start = p + sep.size();
    }
    parts.push_back(t.substr(start));
    if (parts.size() < 2) continue;
    auto longest = std::max_element(parts.begin(), parts.end(),
                                    [](const auto& a, const auto& b) { return a.size() < b.size(); });
    if (std::count(longest->begin(), longest->end(), ' ') >= 3) return *longest;
    return t;
  }
  return t;
}

}  // namespace

std::string ChooseTitle(const TitleSources& src) {
  TitleCleaner cleaner(src);
  // JSON-LD: "headline", unless only "name" agrees with the rest of the page
  // (some publishers put a tagline or a description in "headline").
  std::string headline = CollapsedText(src.jsonld_headline), name = CollapsedText(src.jsonld_name);
  std::string ld = headline;
  if (ld.empty() || (!name.empty() && Key(name) != Key(headline) && cleaner.Agrees(name) &&
                     !cleaner.Agrees(headline) && CollapsedText(src.title_tag).find(headline) == std::string::npos))
    ld = name;
  if (!ld.empty()) {
    std::string t = cleaner.Strip(Untruncate(ld, src));
    if (cleaner.Usable(t)) return t;
  }
  for (const std::string& d : src.declared) {
    std::string t = cleaner.Strip(CollapsedText(d));

    if (cleaner.Usable(t)) return t;
  }
  if (std::string t = FromTitleTag(src.title_tag, cleaner, src); cleaner.Usable(t)) return t;
  for (const std::string& h : src.h1s)
    if (std::string t = CollapsedText(h); cleaner.Usable(t)) return t;
  return "";
}

}  // namespace bs::extract
