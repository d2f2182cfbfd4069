#include "extract/boilerplate.h"

#include <algorithm>
#include <array>
#include <string>

#include "extract/lead.h"

namespace bs::extract {
namespace {

// Only blocks up to this many chars are tested against the text patterns:
// boilerplate blocks are short, and article paragraphs that happen to contain
// a phrase like "privacy policy" are usually long.
constexpr std::uint32_t kShortBlockChars = 300;
// Hint categories that describe page furniture next to the text rather than
// blocks of their own; see the use below.
constexpr std::uint32_t kWeakBoilerplateHints = kHintByline | kHintMeta | kHintDate | kHintHeader;
constexpr std::uint32_t kMinProseParagraphs = 3;
constexpr std::uint32_t kMinPostParagraphs = 2;
constexpr std::uint32_t kMaxTeaserParagraphs = 1;
// A hinted subtree holding more than this share of the body is the body
// itself with an odd class name, so hints alone never remove it.
constexpr float kMaxHintedShare = 0.5f;
// Link-heavy blocks: above this link density and below the size cap, a block
// is a list of links (related stories, tag clouds), not prose.
constexpr float kLinkListDensity = 0.6f;
constexpr std::uint32_t kLinkListMaxChars = 1200;
// Text patterns are read only for subtrees of at most this many nodes, so
// deeply nested wrappers cannot make the scan quadratic.
constexpr int kMaxPatternNodes = 200;
// An inline element holding less than this share of its block's text is a
// phrase of a sentence, not a block of its own.
constexpr float kPhraseShare = 0.9f;
constexpr std::uint32_t kMinSentenceChars = 80;
constexpr int kPhraseLookahead = 8;

// Labels that open inline promos and teasers. Matched at the start of a
// block, lowercase; several languages because partners publish in them.
constexpr std::array<std::string_view, 62> kPromoLabels = {
    "related", "read next", "read more", "read also", "also read", "see also", "more on this",
    "more:", "on the same topic", "recommended", "you may also like", "you might also like",
    "don't miss", "don’t miss", "must read", "watch:", "listen:", "sign up", "subscribe",
    "share this", "share on", "follow us", "advertisement", "sponsored", "continue reading",
    "click here", "trending", "most read", "most popular", "top stories", "latest news",
    "more stories", "more from", "further reading", "in pictures", "explainer:", "opinion:",
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "weitere artikel",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lee también", "leer más",
    "leia também", "leggi anche", "相关阅读", "相关新闻", "延伸阅读", "推荐阅读", "関連記事",
    "関連ニュース", "あわせて読みたい", "관련기사", "관련 기사", "อ่านเพิ่มเติม",
    "ข่าวที่เกี่ยวข้อง", "читайте также",
};

// Labels of picture credits and source lines ("Photo: X/Agency", "Quelle:
// dpa"): a short block opening with one of them, then a colon, is
// attribution, not article text.
constexpr std::array<std::string_view, 14> kCreditLabels = {
    "credit", "credits", "photo", "photos", "foto", "fotos", "bild", "bildquelle", "quelle",
    "source", "crédit", "crédits", "crédits photos", "image",
};
constexpr std::uint32_t kMaxCreditLineChars = 120;

// Phrases that mark a short block as boilerplate wherever they appear.
constexpr std::array<std::string_view, 29> kStrongPhrases = {
    "enjoyed this", "spread the word", "report as abusive", "report abuse",
    "by providing your email", "by providing us with your email", "by signing up",
    "we welcome comments", "comments are moderated", "comment policy", "we use cookies",
    "use of cookies", "all rights reserved", "share it.", "share this story",
    "share this article", "sign up for our", "subscribe to our", "leave a reply",
    "leave a comment", "log in to comment", "like this article?", "follow us on",
    "reproduction in whole or in part", "sign up to our", "get our newsletter",
    "this story has been shared", "posted by", "email address will not be published",
};

// Phrases that need a link (or a form-ish context) in the same block.
constexpr std::array<std::string_view, 10> kWeakPhrases = {
    "newsletter", "privacy policy", "terms of use", "terms of service", "subscribe", "sign up",
    "cookie", "copyright", "comments", "more from",
};

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsShortBlockTag(Tag t) {
  switch (t) {
    case Tag::kP: case Tag::kDiv: case Tag::kSection: case Tag::kAside: case Tag::kLi:
    case Tag::kUl: case Tag::kOl: case Tag::kBlockquote: case Tag::kH2: case Tag::kH3:
    case Tag::kH4: case Tag::kH5: case Tag::kH6: case Tag::kSpan: case Tag::kDl:
    case Tag::kTable: case Tag::kCenter: case Tag::kSmall: case Tag::kFont: case Tag::kStrong:
    case Tag::kB: case Tag::kEm: case Tag::kI:
      return true;
    default:
      return false;
  }
}

// True when all of block i's text is one h2-h6 heading inside it.
bool IsSubheadingWrapper(const Dom& dom, int i) {
  const int stop = std::min(dom[i].end, i + kMaxPatternNodes);
  for (int k = i + 1; k < stop; ++k) {
    const DomNode& n = dom[k];
    if (n.tag >= Tag::kH2 && n.tag <= Tag::kH6) return n.chars > 0 && n.chars == dom[i].chars;
    if (n.tag == Tag::kText && n.chars > 0) return false;
  }
  return false;
}

// True when inline element i is a phrase inside a paragraph of prose: its
// block has a sentence's worth of text of its own, i holds only part of it,
// and the block's text goes on after i (looked for among the next few
// nodes, so the check stays constant-time).
bool IsPhraseInSentence(const Dom& dom, int i) {
  const DomNode& n = dom[i];
  if (IsBlockTag(n.tag) || n.block < 0) return false;
  const DomNode& block = dom[n.block];
  if (block.own_chars < kMinSentenceChars ||
      static_cast<float>(n.chars) >= kPhraseShare * static_cast<float>(block.chars))
    return false;
  const int stop = std::min(block.end, n.end + kPhraseLookahead);
  for (int k = n.end; k < stop; ++k) {
    const DomNode& next = dom[k];
    if (next.tag == Tag::kText && next.chars > 0 && !next.skipped) return true;
    if (IsBlockTag(next.tag) || next.tag == Tag::kBr) return false;
  }
  return false;
}

// Lowercased, punctuation-stripped form for comparing headings with the title.
std::string Normalise(std::string_view s) {
  std::string out;
  for (char c : LowerAscii(s))
    if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out.push_back(c);
  return out;
}

bool IsSubheading(Tag t) { return t >= Tag::kH2 && t <= Tag::kH6; }

// A heading introduces what follows it. When everything up to the next
// heading (or the end of the body) was removed ("More on this topic" over a
// link list, "Comments" over a thread), the heading goes too. One walk over
// the kept part of the roots.
void DropOrphanHeadings(const Dom& dom, const std::vector<int>& roots, std::vector<std::uint8_t>& drop) {
  int pending = -1;  // a kept heading with no kept content after it yet
  for (int r : roots) {
    for (int i = r; i < dom[r].end;) {
      const DomNode& n = dom[i];
      if (n.skipped || drop[static_cast<std::size_t>(i)]) {
        i = n.end;
        continue;
      }
      if (IsSubheading(n.tag) && n.chars > 0) {
        // A deeper heading opens a subsection of the pending one.
        if (pending >= 0 && n.tag <= dom[pending].tag) drop[static_cast<std::size_t>(pending)] = 1;
        pending = i;
        i = n.end;
        continue;
      }
      if ((n.tag == Tag::kText && n.chars > 0) || n.tag == Tag::kImg) pending = -1;
      ++i;
    }
  }
  if (pending >= 0) drop[static_cast<std::size_t>(pending)] = 1;
}

}  // namespace

bool IsBoilerplateText(std::string_view raw, bool has_link) {
  std::string_view original = TrimSpace(raw);
  std::string text = LowerAscii(original);  // same byte offsets as `original`
  if (text.empty()) return false;
  for (std::string_view label : kPromoLabels) {
    if (!text.starts_with(label)) continue;
    std::string_view rest = std::string_view(text).substr(label.size());
    // "Relatedness is..." is a sentence; "RelatedThe man..." lost its space
    // between a label and a linked headline.
    char next = label.size() < original.size() ? original[label.size()] : ' ';
    if (next >= 'a' && next <= 'z') continue;
    std::string_view trimmed = TrimSpace(rest);
    if (has_link || trimmed.size() <= 3 || trimmed.front() == ':' || trimmed.front() == '|' ||
        label == "advertisement" || label.back() == ':')
      return true;
  }
  if (original.size() <= kMaxCreditLineChars)
    for (std::string_view label : kCreditLabels)
      if (text.starts_with(label) && TrimSpace(std::string_view(text).substr(label.size())).starts_with(':'))
        return true;
  for (std::string_view phrase : kStrongPhrases)
    if (text.find(phrase) != std::string::npos) return true;
  if (has_link)
    for (std::string_view phrase : kWeakPhrases)
      if (text.find(phrase) != std::string::npos) return true;
  return false;
}

std::vector<std::uint8_t> FindBoilerplate(const Dom& dom, const std::vector<int>& roots,
                                          std::string_view title) {
  std::vector<std::uint8_t> drop(static_cast<std::size_t>(dom.size()), 0);
  const std::string norm_title = Normalise(title);
  std::uint32_t body_chars = 0;
  for (int r : roots) body_chars += dom[r].chars;
  const float hinted_cap = kMaxHintedShare * static_cast<float>(std::max<std::uint32_t>(1, body_chars));

  for (int r : roots) {
    // The roots themselves are checked too: a sibling paragraph merged into
    // the body may itself be a comment policy or share prompt.
    for (int i = r; i < dom[r].end;) {
      const DomNode& n = dom[i];
      if (n.tag == Tag::kText) {
        ++i;
        continue;
      }
      bool small = static_cast<float>(n.chars) < hinted_cap;
      bool bad = n.skipped;
      // A link or an emphasis inside a sentence is part of the sentence,
      // whatever its class or link density says; its paragraph as a whole
      // was judged already. Only visually hidden text inside it goes.
      // ("[read more]" at the end of a teaser is no phrase: nothing follows.)
      if (!bad && IsPhraseInSentence(dom, i)) {
        if (n.hints & kHintHidden) {
          drop[static_cast<std::size_t>(i)] = 1;
          i = n.end;
        } else {
          ++i;
        }
        continue;
      }
      // Weak hints (byline, meta, date, header) come from noisy class lists
      // ("author-sarah category-news" on a whole post); a subtree holding
      // several prose paragraphs is not a byline, so only strong hints count.
      // Nor are they for a root itself: content selection weighed them when
      // it chose the block (a lead paragraph classed "article-header__intro").
      std::uint32_t hints = n.hints & kBoilerplateHints;
      // A post container ("post type-post category-news") names itself
      // content too; with paragraphs of prose in it, it is one.
      if (n.paragraphs >= kMinProseParagraphs || i == r ||
          ((n.hints & kHintPositive) && n.paragraphs >= kMinPostParagraphs))
        hints &= ~kWeakBoilerplateHints;
      // A subheading classed "header" is a heading, not the page's header.
      if (n.tag >= Tag::kH2 && n.tag <= Tag::kH6) hints &= ~kHintHeader;
      if (IsProseWidget(n)) hints &= ~kHintSidebar;
      // The article's own header: headline, byline and picture go, the lead
      // paragraph under the headline stays.
      if (!bad && small && (n.tag == Tag::kHeader || hints == kHintHeader)) {
        if (DropHeaderKeepingLead(dom, i, drop)) {
          i = n.end;
          continue;
        }
        // A header block holding nothing but a subheading is a section's
        // heading ("<div class='module-header'><h3>..."), not page chrome.
        if (IsSubheadingWrapper(dom, i)) {
          ++i;
          continue;
        }
      }
      // Structural boilerplate: navigation, asides, forms, page chrome.
      if (!bad && small) {
        switch (n.tag) {
          case Tag::kNav: case Tag::kAside: case Tag::kFooter: case Tag::kForm: case Tag::kMenu:
            bad = true;
            break;
          case Tag::kHeader:
            // A <header> of a content block (a teaser-and-text module) that
            // holds paragraphs of prose is that block's text.
            bad = !((n.hints & kHintPositive) && n.paragraphs >= kMinPostParagraphs &&
                    static_cast<float>(n.link_chars) < kLinkListDensity * 0.5f * static_cast<float>(n.chars));
            break;
          default:
            break;
        }
      }
      if (!bad && small && hints != 0 && n.tag != Tag::kFigure && n.tag != Tag::kFigcaption &&
          !(n.hints & kHintCaption))
        bad = true;
      // A teaser inside the body, linking elsewhere, advertises another
      // page: a summary paragraph and a link. (A root is exempt: before the
      // body, "teaser" also names the story's own lead; so is a teaser
      // module holding paragraphs, often the story's own top.)
      if (!bad && small && i != r && (n.hints & kHintTeaser) && n.link_chars > 0 &&
          n.paragraphs <= kMaxTeaserParagraphs)
        bad = true;
      // Photo credits ("Photo: X/Agency") are attribution, not article text.
      if (!bad && (n.hints & kHintCredit) && !(n.hints & kHintPositive) && n.chars <= kShortBlockChars)
        bad = true;
      // A block that is mostly links (related lists, tag clouds).
      if (!bad && n.chars > 0 && n.chars <= kLinkListMaxChars &&
          static_cast<float>(n.link_chars) > kLinkListDensity * static_cast<float>(n.chars) &&
          (IsShortBlockTag(n.tag) || n.tag == Tag::kP) && n.images == 0)
        bad = true;
      // Short blocks whose words say what they are.
      if (!bad && n.chars > 0 && n.chars <= kShortBlockChars && IsShortBlockTag(n.tag) &&
          n.end - i <= kMaxPatternNodes) {
        std::string text = dom.Text(i);
        bad = IsBoilerplateText(text, n.link_chars > 0);
        // A repeated headline.
        if (!bad && (n.tag == Tag::kH1 || n.tag == Tag::kH2) && !norm_title.empty())
          bad = Normalise(text) == norm_title;
      }
      if (!bad && n.tag == Tag::kH1 && !norm_title.empty() && n.chars <= kShortBlockChars &&
          n.end - i <= kMaxPatternNodes)
        bad = Normalise(dom.Text(i)) == norm_title;
      if (bad) {
        drop[static_cast<std::size_t>(i)] = 1;
        i = n.end;
      } else {
        ++i;
      }
    }
  }
  DropOrphanHeadings(dom, roots, drop);
  return drop;
}

}  // namespace bs::extract
