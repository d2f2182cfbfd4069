#include "extract/dom.h"

#include <unordered_map>

#include "extract/hints.h"

namespace bs::extract {
namespace {

// A <p>-like block needs this much text to count as a paragraph of prose.
constexpr std::uint32_t kMinParagraphChars = 25;

bool IsInvisibleTag(Tag t) {
  switch (t) {
    case Tag::kHead: case Tag::kTitle: case Tag::kMeta: case Tag::kLink: case Tag::kScript:
    case Tag::kStyle: case Tag::kNoscript: case Tag::kTemplate: case Tag::kIframe: case Tag::kSvg:
    case Tag::kCanvas: case Tag::kObject: case Tag::kEmbed: case Tag::kButton: case Tag::kInput:
    case Tag::kSelect: case Tag::kTextarea: case Tag::kVideo: case Tag::kAudio: case Tag::kDialog:
      return true;
    default:
      return false;
  }
}

bool IsParagraphTag(Tag t) {
  switch (t) {
    case Tag::kP: case Tag::kPre: case Tag::kTd: case Tag::kBlockquote: case Tag::kDiv:
    case Tag::kSection: case Tag::kArticle: case Tag::kLi: case Tag::kDd: case Tag::kCenter:
      return true;
    default:
      return false;
  }
}

bool EqualsLowerAscii(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// One walk over the attributes, without copying values: this runs for every
// element of the page.
bool IsHidden(const xmlNode* n) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr) continue;
    const char* name = reinterpret_cast<const char*>(a->name);
    bool style = false;
    switch (name[0]) {
      case 'h': case 'H':
        if (xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>("hidden")) == 0) return true;
        continue;
      case 'a': case 'A':
        if (xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>("aria-hidden")) != 0) continue;
        break;
      case 's': case 'S':
        if (xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>("style")) != 0) continue;
        style = true;
        break;
      default:
        continue;
    }
    std::string value = Attr(n, name);
    if (!style) {
      if (EqualsLowerAscii(TrimSpace(value), "true")) return true;
      continue;
    }
    std::string compact;
    for (char c : value) {
      if (c == ' ' || c == '\t' || c == '\n') continue;
      compact.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    if (compact.find("display:none") != std::string::npos ||
        compact.find("visibility:hidden") != std::string::npos)
      return true;
  }
  return false;
}

// Decodes one code point of valid UTF-8 (input is sanitised upstream).
std::uint32_t NextCodePoint(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  std::uint32_t cp = len == 4 ? (c & 0x07) : len == 3 ? (c & 0x0F) : len == 2 ? (c & 0x1F) : c;
  std::size_t k = 1;
  for (; k < static_cast<std::size_t>(len) && i + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += k;
  return cp;
}

}  // namespace

Tag TagFromName(std::string_view name) {
  static const std::unordered_map<std::string_view, Tag> kTags = {
      {"html", Tag::kHtml}, {"head", Tag::kHead}, {"body", Tag::kBody}, {"title", Tag::kTitle},
      {"meta", Tag::kMeta}, {"link", Tag::kLink}, {"script", Tag::kScript},
      {"style", Tag::kStyle}, {"noscript", Tag::kNoscript}, {"template", Tag::kTemplate},
      {"iframe", Tag::kIframe}, {"frame", Tag::kIframe}, {"svg", Tag::kSvg},
      {"canvas", Tag::kCanvas}, {"object", Tag::kObject}, {"embed", Tag::kEmbed},
      {"button", Tag::kButton}, {"input", Tag::kInput}, {"select", Tag::kSelect},
      {"textarea", Tag::kTextarea}, {"form", Tag::kForm}, {"nav", Tag::kNav},
      {"header", Tag::kHeader}, {"footer", Tag::kFooter}, {"aside", Tag::kAside},
      {"article", Tag::kArticle}, {"main", Tag::kMain}, {"section", Tag::kSection},
      {"div", Tag::kDiv}, {"p", Tag::kP}, {"h1", Tag::kH1}, {"h2", Tag::kH2}, {"h3", Tag::kH3},
      {"h4", Tag::kH4}, {"h5", Tag::kH5}, {"h6", Tag::kH6}, {"ul", Tag::kUl}, {"ol", Tag::kOl},
      {"li", Tag::kLi}, {"dl", Tag::kDl}, {"dt", Tag::kDt}, {"dd", Tag::kDd},
      {"table", Tag::kTable}, {"thead", Tag::kThead}, {"tbody", Tag::kTbody},
      {"tfoot", Tag::kTfoot}, {"tr", Tag::kTr}, {"th", Tag::kTh}, {"td", Tag::kTd},
      {"caption", Tag::kCaption}, {"blockquote", Tag::kBlockquote}, {"pre", Tag::kPre},
      {"figure", Tag::kFigure}, {"figcaption", Tag::kFigcaption}, {"img", Tag::kImg},
      {"picture", Tag::kPicture}, {"a", Tag::kA}, {"br", Tag::kBr}, {"hr", Tag::kHr},
      {"em", Tag::kEm}, {"strong", Tag::kStrong}, {"b", Tag::kB}, {"i", Tag::kI},
      {"span", Tag::kSpan}, {"time", Tag::kTime}, {"address", Tag::kAddress},
      {"code", Tag::kCode}, {"small", Tag::kSmall}, {"center", Tag::kCenter},
      {"font", Tag::kFont}, {"video", Tag::kVideo}, {"audio", Tag::kAudio}, {"sup", Tag::kSup},
      {"sub", Tag::kSub}, {"u", Tag::kU}, {"q", Tag::kQ}, {"cite", Tag::kCite},
      {"abbr", Tag::kAbbr}, {"mark", Tag::kMark}, {"label", Tag::kLabel},
      {"dialog", Tag::kDialog}, {"menu", Tag::kMenu},
  };
  auto it = kTags.find(name);
  return it == kTags.end() ? Tag::kOther : it->second;
}

bool IsProseWidget(const DomNode& n) {
  // Sidebar blurbs ("About this blog") stay under this many chars; article
  // text in a builder widget is usually a paragraph or more.
  constexpr std::uint32_t kMinProseWidgetChars = 250;
  constexpr float kMaxProseWidgetLinkDensity = 0.25f;
  return (n.hints & kHintWidget) && n.paragraphs > 0 && n.chars >= kMinProseWidgetChars &&
         static_cast<float>(n.link_chars) <= kMaxProseWidgetLinkDensity * static_cast<float>(n.chars);
}

bool IsBlockTag(Tag t) {
  switch (t) {
    case Tag::kHtml: case Tag::kBody: case Tag::kForm: case Tag::kNav: case Tag::kHeader:
    case Tag::kFooter: case Tag::kAside: case Tag::kArticle: case Tag::kMain: case Tag::kSection:
    case Tag::kDiv: case Tag::kP: case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4:
    case Tag::kH5: case Tag::kH6: case Tag::kUl: case Tag::kOl: case Tag::kLi: case Tag::kDl:
    case Tag::kDt: case Tag::kDd: case Tag::kTable: case Tag::kThead: case Tag::kTbody:
    case Tag::kTfoot: case Tag::kTr: case Tag::kTh: case Tag::kTd: case Tag::kCaption:
    case Tag::kBlockquote: case Tag::kPre: case Tag::kFigure: case Tag::kFigcaption:
    case Tag::kAddress: case Tag::kCenter: case Tag::kHr: case Tag::kDialog: case Tag::kMenu:
      return true;
    default:
      return false;
  }
}

std::string Attr(const xmlNode* n, const char* name) {
  if (n == nullptr || n->type != XML_ELEMENT_NODE) return "";
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(name)) != 0)
      continue;
    std::string value;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next)
      if (c->content != nullptr) value += reinterpret_cast<const char*>(c->content);
    return value;
  }
  return "";
}

bool HasAttr(const xmlNode* n, const char* name) {
  if (n == nullptr || n->type != XML_ELEMENT_NODE) return false;
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next)
    if (a->name != nullptr && xmlStrcasecmp(a->name, reinterpret_cast<const xmlChar*>(name)) == 0)
      return true;
  return false;
}

TextMeasure MeasureText(std::string_view s) {
  TextMeasure m;
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // ASCII fast path
      ++i;
      if (c > ' ') ++m.chars;
      if (c == ',') ++m.commas;
      continue;
    }
    std::uint32_t cp = NextCodePoint(s, i);
    if (IsSpaceCodePoint(cp)) continue;
    if (cp == 0xFF0C || cp == 0x3001 || cp == 0x060C) ++m.commas;
    bool wide = (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
                (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
                (cp >= 0xF900 && cp <= 0xFAFF);
    m.chars += wide ? 2 : 1;
  }
  return m;
}

Dom::Dom(xmlNode* root) {
  if (root == nullptr) return;
  std::vector<int> open;  // indices of elements whose subtree is being visited
  HintCache hint_cache;
  xmlNode* cur = root;
  while (cur != nullptr) {
    bool descend = false;
    if (cur->type == XML_ELEMENT_NODE || cur->type == XML_TEXT_NODE ||
        cur->type == XML_CDATA_SECTION_NODE) {
      DomNode n;
      n.x = cur;
      n.parent = open.empty() ? -1 : open.back();
      n.depth = static_cast<std::uint32_t>(open.size());
      const DomNode* parent = n.parent >= 0 ? &nodes_[static_cast<std::size_t>(n.parent)] : nullptr;
      if (parent != nullptr) {
        n.skipped = parent->skipped;
        n.in_link = parent->in_link;
        n.block = IsBlockTag(parent->tag) ? n.parent : parent->block;
      }
      if (cur->type == XML_ELEMENT_NODE) {
        n.tag = TagFromName(reinterpret_cast<const char*>(cur->name));
        if (IsInvisibleTag(n.tag) || IsHidden(cur)) n.skipped = true;
        if (n.tag == Tag::kA) n.in_link = true;
        if (!n.skipped) n.hints = ClassifyHints(cur, n.tag, &hint_cache);
        if (n.tag == Tag::kImg && !n.skipped) n.images = 1;
        descend = cur->children != nullptr;
      } else {
        n.tag = Tag::kText;
        n.end = static_cast<std::int32_t>(nodes_.size()) + 1;
        if (!n.skipped && cur->content != nullptr) {
          TextMeasure m = MeasureText(reinterpret_cast<const char*>(cur->content));
          n.chars = m.chars;
          n.link_chars = n.in_link ? m.chars : 0;
          if (n.block >= 0) {
            DomNode& owner = nodes_[static_cast<std::size_t>(n.block)];
            owner.own_chars += m.chars;
            owner.own_link_chars += n.link_chars;
            owner.own_commas += m.commas;
          }
        }
      }
      nodes_.push_back(n);
      if (descend) open.push_back(static_cast<int>(nodes_.size()) - 1);
    }
    if (descend) {
      cur = cur->children;
      continue;
    }
    // Move to the next node in pre-order, closing finished elements.
    while (cur != nullptr && cur->next == nullptr) {
      cur = cur->parent;
      if (cur == nullptr || open.empty()) {
        cur = nullptr;
        break;
      }
      nodes_[static_cast<std::size_t>(open.back())].end = static_cast<std::int32_t>(nodes_.size());
      bool was_root = nodes_[static_cast<std::size_t>(open.back())].x == root;
      open.pop_back();
      if (was_root) cur = nullptr;
    }
    if (cur == nullptr || cur == root) break;
    cur = cur->next;
  }
  for (int i : open) nodes_[static_cast<std::size_t>(i)].end = static_cast<std::int32_t>(nodes_.size());
  for (auto& n : nodes_)
    if (n.tag != Tag::kText && n.end == 0) n.end = static_cast<std::int32_t>(&n - nodes_.data()) + 1;

  // Subtree aggregates: children come after parents in pre-order, so one
  // reverse sweep adds every node into its parent.
  for (std::size_t i = nodes_.size(); i-- > 0;) {
    DomNode& n = nodes_[i];
    if (n.skipped) continue;
    if (IsParagraphTag(n.tag) && n.own_chars >= kMinParagraphChars) n.paragraphs += 1;
    if (n.parent < 0) continue;
    DomNode& p = nodes_[static_cast<std::size_t>(n.parent)];
    p.chars += n.chars;
    p.link_chars += n.link_chars;
    p.paragraphs += n.paragraphs;
    p.images += n.images;
  }
}

int Dom::Find(Tag tag) const {
  for (int i = 0; i < size(); ++i)
    if (nodes_[static_cast<std::size_t>(i)].tag == tag) return i;
  return -1;
}

std::string Dom::Text(int i, std::size_t max_bytes) const {
  std::string out;
  if (i < 0 || i >= size()) return out;
  int end = (*this)[i].end;
  for (int j = i; j < end;) {
    const DomNode& n = (*this)[j];
    if (n.skipped && j != i) {
      j = n.end;
      continue;
    }
    if (n.tag == Tag::kText) {
      if (n.x->content != nullptr) AppendCollapsed(out, reinterpret_cast<const char*>(n.x->content));
    } else if ((IsBlockTag(n.tag) || n.tag == Tag::kBr) && !out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
    if (max_bytes > 0 && out.size() >= max_bytes) break;
    ++j;
  }
  return std::string(TrimSpace(out));
}

}  // namespace bs::extract
