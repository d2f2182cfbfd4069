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

    Rule{"share", Match::kSubstring, kHintShare},
    Rule{"sharing", Match::kSubstring, kHintShare},
    Rule{"social", Match::kSubstring, kHintShare},
    Rule{"sns", Match::kToken, kHintShare},
    Rule{"follow", Match::kSubstring, kHintShare},
    Rule{"print", Match::kSubstring, kHintShare},
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
    Rule{"subscri", Match::kSubstring, kHintNewsletter},
    Rule{"signup", Match::kSubstring, kHintNewsletter},
    Rule{"sign-up", Match::kSubstring, kHintNewsletter},
    Rule{"mailing", Match::kSubstring, kHintNewsletter},
    Rule{"optin", Match::kSubstring, kHintNewsletter},

    Rule{"promo", Match::kSubstring, kHintPromo},
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
    Rule{"widget", Match::kSubstring, kHintSidebar},
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

    Rule{"hidden", Match::kToken, kHintHidden},
    Rule{"hide", Match::kToken, kHintHidden},
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

bool HasToken(std::string_view text, std::string_view token) {
  std::size_t pos = 0;
  while ((pos = text.find(token, pos)) != std::string_view::npos) {
    bool left_ok = pos == 0 || !IsTokenChar(text[pos - 1]);
    std::size_t after = pos + token.size();
    bool right_ok = after >= text.size() || !IsTokenChar(text[after]);
    if (left_ok && right_ok) return true;
    pos += 1;
  }
  return false;
}

}  // namespace

std::uint32_t ClassifyHintText(std::string_view lowered) {
  std::uint32_t hints = 0;
  for (const Rule& r : kRules) {
    bool hit = r.match == Match::kSubstring ? lowered.find(r.needle) != std::string_view::npos
                                            : HasToken(lowered, r.needle);
    if (hit) hints |= r.hints;
  }
  return hints;
}

std::uint32_t ClassifyHints(const xmlNode* element, HintCache* cache) {
  std::string text;
  for (const char* attr : {"class", "id", "role", "itemprop"}) {
    std::string v = Attr(element, attr);
    if (v.empty()) continue;
    text += v;
    text.push_back(' ');
  }
  if (text.size() > kMaxHintTextBytes) text.resize(kMaxHintTextBytes);
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  std::uint32_t hints = 0;
  if (!text.empty()) {
    // Templates repeat the same few class strings thousands of times.
    if (cache != nullptr) {
      auto [it, inserted] = cache->try_emplace(text, 0);
      if (inserted) it->second = ClassifyHintText(text);
      hints = it->second;
    } else {
      hints = ClassifyHintText(text);
    }
  }
  switch (TagFromName(reinterpret_cast<const char*>(element->name))) {
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
