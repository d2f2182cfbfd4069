#include "extract/hints.h"

#include <array>
#include <string>

#include "extract/dom.h"

namespace bs::extract {
namespace {

// Class/id strings longer than this are generated noise (CSS-in-JS hashes,
// utility-class soups); the first part carries the meaning.
constexpr std::size_t kMaxHintTextBytes = 512;

enum class Match : std::uint8_t { kSubstring, kToken };

struct Rule {
  std::string_view needle;
  Match match;
  std::uint32_t hints;
  // A substring match followed by this letter is another word ("shared"
  // documents are not share buttons); 0 for none.
  char not_followed_by = 0;
  // Nor does a match right after one of these count ("overflow-hidden" is
  // a layout rule, "label-hidden" hides a field's label, not the field).
  std::string_view not_after_a = {};
  std::string_view not_after_b = {};
};

// Vocabulary seen across news templates. Substring rules catch compound
// names ("sharebar", "sl-readnext"); token rules are for words too short to
// match inside others ("ad" in "header", "nav" in "canvas").
constexpr std::array kRules = {
    Rule{"article", Match::kSubstring, kHintPositive},
    Rule{"content", Match::kSubstring, kHintPositive},
    Rule{"entry", Match::kSubstring, kHintPositive},
    Rule{"story", Match::kSubstring, kHintPositive},
    Rule{"body", Match::kSubstring, kHintPositive},
    Rule{"text", Match::kSubstring, kHintPositive},
    Rule{"prose", Match::kSubstring, kHintPositive},
    Rule{"post", Match::kToken, kHintPositive},
    Rule{"main", Match::kToken, kHintPositive},
    Rule{"news-details", Match::kSubstring, kHintPositive},

    Rule{"comment", Match::kSubstring, kHintComment},
    Rule{"disqus", Match::kSubstring, kHintComment},
    Rule{"respond", Match::kSubstring, kHintComment},
    Rule{"reply", Match::kSubstring, kHintComment},
    Rule{"discussion", Match::kSubstring, kHintComment},

    Rule{"share", Match::kSubstring, kHintShare, 'd'},
    Rule{"sharing", Match::kSubstring, kHintShare},
    Rule{"social", Match::kSubstring, kHintShare},
    Rule{"sns", Match::kToken, kHintShare},
    Rule{"follow", Match::kSubstring, kHintShare},
    // "print-full", "print-only": print style sheet markers on content.
    Rule{"print", Match::kSubstring, kHintShare, '-'},
    Rule{"email", Match::kToken, kHintShare},

    Rule{"related", Match::kSubstring, kHintRelated},
    Rule{"readnext", Match::kSubstring, kHintRelated},
    Rule{"read-next", Match::kSubstring, kHintRelated},
    Rule{"read_next", Match::kSubstring, kHintRelated},
    Rule{"readmore", Match::kSubstring, kHintRelated},
    Rule{"read-more", Match::kSubstring, kHintRelated},
    Rule{"recommend", Match::kSubstring, kHintRelated},
    Rule{"more-item", Match::kSubstring, kHintRelated},
    Rule{"more-news", Match::kSubstring, kHintRelated},
    Rule{"more-from", Match::kSubstring, kHintRelated},
    Rule{"more-stories", Match::kSubstring, kHintRelated},
    Rule{"also-read", Match::kSubstring, kHintRelated},
    Rule{"outbrain", Match::kSubstring, kHintRelated | kHintAd},
    Rule{"taboola", Match::kSubstring, kHintRelated | kHintAd},
    Rule{"trending", Match::kSubstring, kHintRelated},
    Rule{"popular", Match::kSubstring, kHintRelated},
    Rule{"most-read", Match::kSubstring, kHintRelated},
    Rule{"mostread", Match::kSubstring, kHintRelated},
    Rule{"most_read", Match::kSubstring, kHintRelated},
    Rule{"top-posts", Match::kSubstring, kHintRelated},
    Rule{"you-may", Match::kSubstring, kHintRelated},

    Rule{"newsletter", Match::kSubstring, kHintNewsletter},
    Rule{"news-letter", Match::kSubstring, kHintNewsletter},
    Rule{"subscri", Match::kSubstring, kHintNewsletter},
    Rule{"signup", Match::kSubstring, kHintNewsletter},
    Rule{"sign-up", Match::kSubstring, kHintNewsletter},
    Rule{"mailing", Match::kSubstring, kHintNewsletter},
    Rule{"optin", Match::kSubstring, kHintNewsletter},

    Rule{"promo", Match::kSubstring, kHintPromo},
    Rule{"teaser", Match::kSubstring, kHintTeaser},
    Rule{"banner", Match::kSubstring, kHintPromo},
    Rule{"cta", Match::kToken, kHintPromo},
    Rule{"paywall", Match::kSubstring, kHintPromo},
    Rule{"gallery", Match::kSubstring, kHintPromo},
    Rule{"carousel", Match::kSubstring, kHintPromo},
    Rule{"slideshow", Match::kSubstring, kHintPromo},
    Rule{"lightbox", Match::kSubstring, kHintPromo},

    Rule{"ad", Match::kToken, kHintAd},
    Rule{"ads", Match::kToken, kHintAd},
    Rule{"adv", Match::kToken, kHintAd},
    Rule{"advert", Match::kSubstring, kHintAd},
    Rule{"adslot", Match::kSubstring, kHintAd},
    Rule{"ad-slot", Match::kSubstring, kHintAd},
    Rule{"adunit", Match::kSubstring, kHintAd},
    Rule{"sponsor", Match::kSubstring, kHintAd},
    Rule{"dfp", Match::kToken, kHintAd},

    Rule{"cookie", Match::kSubstring, kHintCookie},
    Rule{"consent", Match::kSubstring, kHintCookie},
    Rule{"gdpr", Match::kSubstring, kHintCookie},

    Rule{"byline", Match::kSubstring, kHintByline},
    Rule{"author", Match::kSubstring, kHintByline},
    Rule{"writer", Match::kSubstring, kHintByline},
    Rule{"contributor", Match::kSubstring, kHintByline},

    Rule{"author-box", Match::kSubstring, kHintBio},
    Rule{"authorbox", Match::kSubstring, kHintBio},
    Rule{"author-bio", Match::kSubstring, kHintBio},
    Rule{"authorbio", Match::kSubstring, kHintBio},
    Rule{"about-author", Match::kSubstring, kHintBio},
    Rule{"author-info", Match::kSubstring, kHintBio},
    Rule{"author_info", Match::kSubstring, kHintBio},
    Rule{"author-card", Match::kSubstring, kHintBio},
    Rule{"bio", Match::kToken, kHintBio},

    Rule{"meta", Match::kToken, kHintMeta},
    Rule{"postmeta", Match::kSubstring, kHintMeta},
    Rule{"kicker", Match::kSubstring, kHintMeta},
    Rule{"tags", Match::kToken, kHintMeta},
    Rule{"tag", Match::kToken, kHintMeta},
    Rule{"topics", Match::kSubstring, kHintMeta},
    Rule{"breadcrumb", Match::kSubstring, kHintMeta | kHintNav},
    Rule{"crumbs", Match::kSubstring, kHintMeta | kHintNav},
    Rule{"category", Match::kToken, kHintMeta},
    Rule{"categories", Match::kToken, kHintMeta},
    Rule{"section-name", Match::kSubstring, kHintMeta},

    Rule{"date", Match::kToken, kHintDate},
    Rule{"time", Match::kToken, kHintDate},
    Rule{"dateline", Match::kSubstring, kHintDate},
    Rule{"timestamp", Match::kSubstring, kHintDate},
    Rule{"pubdate", Match::kSubstring, kHintDate},
    Rule{"datepublished", Match::kSubstring, kHintDate},
    Rule{"datemodified", Match::kSubstring, kHintDate},
    Rule{"published", Match::kToken, kHintDate},
    Rule{"updated", Match::kToken, kHintDate},

    Rule{"nav", Match::kToken, kHintNav},
    Rule{"navbar", Match::kSubstring, kHintNav},
    Rule{"navigation", Match::kSubstring, kHintNav},
    Rule{"menu", Match::kSubstring, kHintNav},
    Rule{"pagination", Match::kSubstring, kHintNav},
    Rule{"pager", Match::kToken, kHintNav},
    Rule{"toolbar", Match::kSubstring, kHintNav},
    Rule{"skip", Match::kToken, kHintNav},

    Rule{"footer", Match::kSubstring, kHintFooter},
    Rule{"foot", Match::kToken, kHintFooter},
    Rule{"copyright", Match::kSubstring, kHintFooter | kHintCredit},
    Rule{"colophon", Match::kSubstring, kHintFooter},
    Rule{"site-info", Match::kSubstring, kHintFooter},
    Rule{"contentinfo", Match::kToken, kHintFooter},

    Rule{"sidebar", Match::kSubstring, kHintSidebar},
    Rule{"side-bar", Match::kSubstring, kHintSidebar},
    Rule{"widget", Match::kSubstring, kHintSidebar | kHintWidget},
    Rule{"rail", Match::kToken, kHintSidebar},
    Rule{"right-col", Match::kSubstring, kHintSidebar},
    Rule{"right_box", Match::kSubstring, kHintSidebar},
    Rule{"complementary", Match::kToken, kHintSidebar},

    Rule{"masthead", Match::kSubstring, kHintHeader},
    Rule{"header", Match::kSubstring, kHintHeader},
    Rule{"topbar", Match::kSubstring, kHintHeader},
    Rule{"top-bar", Match::kSubstring, kHintHeader},
    Rule{"branding", Match::kSubstring, kHintHeader},
    Rule{"site-title", Match::kSubstring, kHintHeader},
    Rule{"site-description", Match::kSubstring, kHintHeader},
    Rule{"logo", Match::kToken, kHintHeader},
    Rule{"ticker", Match::kSubstring, kHintHeader},
    Rule{"banner", Match::kToken, kHintHeader},

    // "hidden-xs", "hide-for-print", "is-hidden-large": hidden on some
    // screens or media only, shown on the others.
    Rule{"hidden", Match::kToken, kHintHidden, '-', "overflow-", "label-"},
    Rule{"hide", Match::kToken, kHintHidden, '-'},
    Rule{"sr-only", Match::kSubstring, kHintHidden},
    Rule{"visually-hidden", Match::kSubstring, kHintHidden},
    Rule{"screen-reader", Match::kSubstring, kHintHidden},
    Rule{"modal", Match::kSubstring, kHintHidden},
    Rule{"popup", Match::kSubstring, kHintHidden},
    Rule{"overlay", Match::kToken, kHintHidden},
    Rule{"dialog", Match::kToken, kHintHidden},

    Rule{"caption", Match::kSubstring, kHintCaption},
    Rule{"credit", Match::kSubstring, kHintCredit},
    Rule{"photographer", Match::kSubstring, kHintCredit},

    Rule{"standfirst", Match::kSubstring, kHintStandfirst},
    Rule{"dek", Match::kToken, kHintStandfirst},
    Rule{"deck", Match::kToken, kHintStandfirst},
    Rule{"subtitle", Match::kSubstring, kHintStandfirst},
    Rule{"sub-title", Match::kSubstring, kHintStandfirst},
    Rule{"subhead", Match::kSubstring, kHintStandfirst},
    Rule{"summary", Match::kSubstring, kHintStandfirst},
    Rule{"excerpt", Match::kSubstring, kHintStandfirst},
    Rule{"lede", Match::kToken, kHintStandfirst},
    Rule{"lead", Match::kToken, kHintStandfirst},
    Rule{"intro", Match::kToken, kHintStandfirst},
    Rule{"strapline", Match::kSubstring, kHintStandfirst},

    Rule{"headline", Match::kSubstring, kHintTitle},
    Rule{"title", Match::kToken, kHintTitle},
    Rule{"tit", Match::kToken, kHintTitle},
    Rule{"entry-title", Match::kSubstring, kHintTitle},
    Rule{"news-title", Match::kSubstring, kHintTitle},
};

bool IsTokenChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Rules indexed by the first byte of their needle, so a text is scanned once,
// trying at each position only the few rules that can start there, instead
// of searching it once per rule.
struct RuleIndex {
  std::array<std::uint16_t, 257> start{};  // rules for byte b: order[start[b], start[b+1])
  std::array<std::uint16_t, kRules.size()> order{};
};

constexpr RuleIndex BuildRuleIndex() {
  RuleIndex idx;
  std::array<std::uint16_t, 256> counts{};
  for (const Rule& r : kRules) ++counts[static_cast<unsigned char>(r.needle[0])];
  for (std::size_t b = 0; b < 256; ++b) idx.start[b + 1] = static_cast<std::uint16_t>(idx.start[b] + counts[b]);
  std::array<std::uint16_t, 256> fill{};
  for (std::size_t i = 0; i < kRules.size(); ++i) {
    auto b = static_cast<unsigned char>(kRules[i].needle[0]);
    idx.order[idx.start[b] + fill[b]++] = static_cast<std::uint16_t>(i);
  }
  return idx;
}

constexpr RuleIndex kRuleIndex = BuildRuleIndex();

}  // namespace

std::uint32_t ClassifyHintText(std::string_view lowered) {
  std::uint32_t hints = 0;
  for (std::size_t pos = 0; pos < lowered.size(); ++pos) {
    auto b = static_cast<unsigned char>(lowered[pos]);
    for (std::uint16_t k = kRuleIndex.start[b]; k < kRuleIndex.start[b + 1]; ++k) {
      const Rule& r = kRules[kRuleIndex.order[k]];
      if (lowered.compare(pos, r.needle.size(), r.needle) != 0) continue;
      std::size_t after = pos + r.needle.size();
      if (r.not_followed_by != 0 && after < lowered.size() && lowered[after] == r.not_followed_by) continue;
      std::string_view before = lowered.substr(0, pos);
      if ((!r.not_after_a.empty() && before.ends_with(r.not_after_a)) ||
          (!r.not_after_b.empty() && before.ends_with(r.not_after_b)))
        continue;
      if (r.match == Match::kToken) {
        if (pos > 0 && IsTokenChar(lowered[pos - 1])) continue;
        if (after < lowered.size() && IsTokenChar(lowered[after])) continue;
      }
      hints |= r.hints;
    }
  }
  return hints;
}

namespace {

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// An attribute's value, borrowed from the tree when libxml2 stored it as one
// text node (nearly always), else assembled in `buf`.
std::string_view AttrValue(const xmlAttr* a, std::string& buf) {
  const xmlNode* c = a->children;
  if (c == nullptr) return {};
  if (c->next == nullptr)
    return c->content != nullptr ? std::string_view(reinterpret_cast<const char*>(c->content)) : std::string_view();
  buf.clear();
  for (; c != nullptr; c = c->next)
    if (c->content != nullptr) buf += reinterpret_cast<const char*>(c->content);
  return buf;
}

// Hints of one whitespace-free token. No rule's needle holds whitespace and
// whitespace ends a token rule's word, so classifying a class list token by
// token gives the same bits as classifying it whole.
std::uint32_t TokenHints(std::string_view token, HintCache* cache) {
  if (cache == nullptr) {
    std::string lowered(token);
    for (char& c : lowered)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ClassifyHintText(lowered);
  }
  std::string& lowered = cache->scratch;
  lowered.assign(token);
  for (char& c : lowered)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  auto it = cache->tokens.find(std::string_view(lowered));
  if (it != cache->tokens.end()) return it->second;
  std::uint32_t hints = ClassifyHintText(lowered);
  cache->tokens.emplace(lowered, hints);
  return hints;
}

}  // namespace

std::uint32_t ClassifyHints(const xmlNode* element, HintCache* cache) {
  return ClassifyHints(element, TagFromName(reinterpret_cast<const char*>(element->name)), cache);
}

std::uint32_t ClassifyHints(const xmlNode* element, Tag tag, HintCache* cache) {
  // One walk over the attributes; values are read in a fixed order (class,
  // id, role, itemprop) so the byte cap cuts the same text whatever order
  // the page wrote them in.
  static constexpr const char* kHintAttrs[] = {"class", "id", "role", "itemprop"};
  const xmlAttr* found[4] = {};
  for (const xmlAttr* a = element->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr) continue;
    for (int k = 0; k < 4; ++k)
      if (found[k] == nullptr && xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(kHintAttrs[k])) == 0)
        found[k] = a;
  }
  std::uint32_t hints = 0;
  std::size_t budget = kMaxHintTextBytes;
  std::string buf;
  for (const xmlAttr* a : found) {
    if (a == nullptr || budget == 0) continue;
    std::string_view v = AttrValue(a, buf);
    if (v.empty()) continue;
    v = v.substr(0, budget);
    budget -= v.size();
    // The separator after each value counted against the cap, as before.
    budget = budget > 0 ? budget - 1 : 0;
    std::size_t i = 0;
    while (i < v.size()) {
      while (i < v.size() && IsAsciiSpace(v[i])) ++i;
      std::size_t start = i;
      while (i < v.size() && !IsAsciiSpace(v[i])) ++i;
      if (i > start) hints |= TokenHints(v.substr(start, i - start), cache);
    }
  }
  switch (tag) {
    case Tag::kNav: hints |= kHintNav; break;
    case Tag::kFooter: hints |= kHintFooter; break;
    case Tag::kAside: hints |= kHintSidebar; break;
    case Tag::kHeader: hints |= kHintHeader; break;
    case Tag::kArticle: case Tag::kMain: hints |= kHintPositive; break;
    case Tag::kFigcaption: hints |= kHintCaption; break;
    default: break;
  }
  return hints;
}

}  // namespace bs::extract
