// A compact, flat view of a parsed HTML tree, built in one iterative pass.
//
// Nodes are stored in document (pre-order) order, so a node's subtree is the
// contiguous range [index, end). Every later stage (scoring, cleaning,
// metadata, serialisation) walks this array with loops instead of recursion,
// which keeps the cost linear and makes arbitrarily deep nesting harmless.
//
// A Dom borrows the xmlNode pointers of the document it was built from: the
// document must outlive it. Not thread-safe for concurrent mutation; const
// access from several threads is fine.
#pragma once

#include <libxml/tree.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/ascii.h"
#include "core/spaces.h"

namespace bs::extract {

enum class Tag : std::uint8_t {
  kOther, kText, kHtml, kHead, kBody, kTitle, kMeta, kLink, kScript, kStyle, kNoscript,
  kTemplate, kIframe, kSvg, kCanvas, kObject, kEmbed, kButton, kInput, kSelect, kTextarea,
  kForm, kNav, kHeader, kFooter, kAside, kArticle, kMain, kSection, kDiv, kP, kH1, kH2, kH3,
  kH4, kH5, kH6, kUl, kOl, kLi, kDl, kDt, kDd, kTable, kThead, kTbody, kTfoot, kTr, kTh, kTd,
  kCaption, kBlockquote, kPre, kFigure, kFigcaption, kImg, kPicture, kA, kBr, kHr, kEm,
  kStrong, kB, kI, kSpan, kTime, kAddress, kCode, kSmall, kCenter, kFont, kVideo, kAudio,
  kSup, kSub, kU, kQ, kCite, kAbbr, kMark, kLabel, kDialog, kMenu,
};

// Class/id hint categories, as bits.
enum Hint : std::uint32_t {
  kHintPositive = 1u << 0,    // article, content, story, body, entry, post...
  kHintComment = 1u << 1,     // comments and comment policy
  kHintShare = 1u << 2,       // share/follow/social buttons
  kHintRelated = 1u << 3,     // related, read next, recommended, more items
  kHintNewsletter = 1u << 4,  // newsletter, subscribe, sign-up
  kHintPromo = 1u << 5,       // promos, app banners
  kHintAd = 1u << 6,          // adverts, sponsors
  kHintCookie = 1u << 7,      // cookie/consent banners
  kHintByline = 1u << 8,      // byline, author
  kHintBio = 1u << 9,         // author box / bio
  kHintMeta = 1u << 10,       // dates, kickers, tags, topics, breadcrumbs
  kHintNav = 1u << 11,        // menus, navigation, pagination
  kHintFooter = 1u << 12,     // footers, copyright
  kHintSidebar = 1u << 13,    // sidebars, widgets, most-read rails
  kHintHeader = 1u << 14,     // headers, mastheads
  kHintHidden = 1u << 15,     // hidden, modal, popup
  kHintCaption = 1u << 16,    // captions
  kHintCredit = 1u << 17,     // image credit
  kHintStandfirst = 1u << 18, // standfirst / dek / lead / summary
  kHintTitle = 1u << 19,      // headline
  kHintDate = 1u << 20,       // published/updated date
  // "widget": set with kHintSidebar, because most widgets are sidebar boxes,
  // but page builders class every content block so (see IsProseWidget).
  kHintWidget = 1u << 21,
  // "teaser": a block advertising another page (or, before the body, the
  // story's own lead; see FindBoilerplate).
  kHintTeaser = 1u << 22,
};

// Categories that mark a subtree as boilerplate when found inside content.
constexpr std::uint32_t kBoilerplateHints =
    kHintComment | kHintShare | kHintRelated | kHintNewsletter | kHintPromo | kHintAd |
    kHintCookie | kHintByline | kHintBio | kHintMeta | kHintNav | kHintFooter | kHintSidebar |
    kHintHeader | kHintHidden | kHintDate;

struct DomNode {
  xmlNode* x = nullptr;
  std::int32_t parent = -1;
  std::int32_t end = 0;    // one past the last node of this subtree
  std::int32_t block = -1; // nearest block-level ancestor: owner of inline text
  std::uint32_t depth = 0;
  Tag tag = Tag::kOther;
  bool skipped = false;  // invisible (script, style, hidden...) incl. ancestors
  bool in_link = false;  // inside an <a>
  std::uint32_t hints = 0;
  // Visible text measured in "chars": non-space code points, CJK ideographs,
  // kana and hangul counted twice (one of them carries about as much as a
  // short latin word) so thresholds work across scripts.
  std::uint32_t chars = 0;       // whole subtree
  std::uint32_t link_chars = 0;  // whole subtree, inside links
  std::uint32_t own_chars = 0;   // text owned directly (through inline children)
  std::uint32_t own_link_chars = 0;
  std::uint32_t own_commas = 0;
  std::uint32_t paragraphs = 0;  // <p>-like blocks in the subtree with real text
  std::uint32_t images = 0;
  float score = 0;  // content score, filled by the scorer
};

// True when a block hinted only as a widget reads as prose: enough text,
// few links. Page builders ("elementor-widget-text-editor") wrap article
// text in widgets; sidebar widgets are link lists and short blurbs.
bool IsProseWidget(const DomNode& n);

class Dom {
 public:
  // Builds the flat view of the tree under `root` (usually the <html> element).
  explicit Dom(xmlNode* root);

  Dom(const Dom&) = delete;
  Dom& operator=(const Dom&) = delete;

  const std::vector<DomNode>& nodes() const { return nodes_; }
  std::vector<DomNode>& mutable_nodes() { return nodes_; }
  int size() const { return static_cast<int>(nodes_.size()); }
  const DomNode& operator[](int i) const { return nodes_[static_cast<std::size_t>(i)]; }

  // Index of the first element with this tag, or -1.
  int Find(Tag tag) const;

  // Whitespace-collapsed visible text of node i's subtree; block boundaries
  // become spaces. Stops after `max_bytes` (0 = unbounded).
  std::string Text(int i, std::size_t max_bytes = 0) const;

 private:
  std::vector<DomNode> nodes_;
};

bool IsBlockTag(Tag t);
Tag TagFromName(std::string_view name);

// Attribute value ("" when absent). `name` must be lowercase.
std::string Attr(const xmlNode* n, const char* name);
bool HasAttr(const xmlNode* n, const char* name);

// Measures text as described for DomNode::chars; also counts commas (latin
// and CJK) for paragraph scoring.
struct TextMeasure {
  std::uint32_t chars = 0;
  std::uint32_t commas = 0;
};
TextMeasure MeasureText(std::string_view utf8);

// AppendCollapsed, TrimSpace and CollapsedText come from core/spaces.h,
// AsciiLower from core/ascii.h.

}  // namespace bs::extract
