#include "extract/lead.h"

namespace bs::extract {
namespace {

// A lead block holds at least this much of its own text (chars, so CJK
// counts double) at no more than this link density. Bylines, datelines and
// "5 min read" labels are shorter.
constexpr std::uint32_t kMinLeadChars = 60;
constexpr float kMaxLeadLinkDensity = 0.25f;

constexpr std::uint32_t kTightWrapperFactor = 2;

// Hints on a block or its wrappers that make it furniture, not lead.
constexpr std::uint32_t kFurnitureHints =
    kHintByline | kHintBio | kHintDate | kHintMeta | kHintCaption | kHintCredit | kHintNav |
    kHintComment | kHintShare | kHintRelated | kHintNewsletter | kHintPromo | kHintAd | kHintCookie |
    kHintSidebar | kHintFooter | kHintHidden;

bool IsHeading(Tag t) { return t >= Tag::kH1 && t <= Tag::kH6; }

// A headline, not a dek: "subheadline" and "article-subtitle" carry both hints.
bool IsTitle(const DomNode& n) { return (n.hints & kHintTitle) && !(n.hints & kHintStandfirst); }

}  // namespace

bool IsLeadBlock(const Dom& dom, int j, int zone, int zone_end) {
  const DomNode& n = dom[j];
  if (n.tag == Tag::kText || n.skipped || n.tag == Tag::kH1 || !IsBlockTag(n.tag)) return false;
  if (n.own_chars < kMinLeadChars || n.images > 0) return false;
  if (static_cast<float>(n.own_link_chars) > kMaxLeadLinkDensity * static_cast<float>(n.own_chars))
    return false;
  for (int a = j; a > zone && dom[a].end <= zone_end; a = dom[a].parent) {
    const DomNode& w = dom[a];
    if (w.tag == Tag::kFigure || w.tag == Tag::kFigcaption) return false;
    // A wrapper's class names its own role only while the block is most of
    // it: an article header holding headline, lead and share buttons is
    // classed for all of them.
    bool tight = a == j || w.chars <= kTightWrapperFactor * n.chars;
    if (tight && ((w.hints & kFurnitureHints) || IsTitle(w))) return false;
    // A wrapper holding a picture and this text alone: a caption.
    if (w.images > 0 && w.chars == n.chars) return false;
  }
  return true;
}

bool DropHeaderKeepingLead(const Dom& dom, int header, std::vector<std::uint8_t>& drop) {
  const int end = dom[header].end;
  std::vector<int> lead;
  bool heading_seen = false;
  for (int k = header + 1; k < end; ++k) {
    const DomNode& n = dom[k];
    if (n.skipped) {
      k = n.end - 1;
      continue;
    }
    if (IsHeading(n.tag) || (IsTitle(n) && n.own_chars > 0)) {
      // A dek marked up as a heading ("h2.subheadline") is lead, not headline.
      if (heading_seen && (n.hints & kHintStandfirst) && IsLeadBlock(dom, k, header, end)) {
        lead.push_back(k);
        k = n.end - 1;
      }
      heading_seen = true;
      continue;
    }
    if (heading_seen && IsLeadBlock(dom, k, header, end)) {
      lead.push_back(k);
      k = n.end - 1;  // blocks inside it come along
    }
  }
  if (lead.empty()) return false;
  std::size_t next = 0;
  for (int k = header + 1; k < end;) {
    if (next < lead.size() && k == lead[next]) {
      k = dom[k].end;
      ++next;
    } else if (next < lead.size() && lead[next] < dom[k].end) {
      ++k;  // holds a lead block: look inside
    } else {
      drop[static_cast<std::size_t>(k)] = 1;
      k = dom[k].end;
    }
  }
  return true;
}

}  // namespace bs::extract
