#include "extract/content.h"

#include <algorithm>
#include <array>

#include "extract/lead.h"

namespace bs::extract {
namespace {

// A paragraph's score reaches this many ancestors, with these divisors: the
// direct container gets the full score, wrappers further out a fading share,
// so the tightest container that holds most paragraphs wins.
constexpr std::array<float, 5> kAncestorDivisors = {1.f, 2.f, 6.f, 9.f, 12.f};
// Prose paragraphs shorter than this (in DomNode chars) carry no score.
constexpr std::uint32_t kMinScoredChars = 25;
// A paragraph's score grows with its length up to this cap (in units of 100
// chars), so one huge block cannot outweigh many ordinary paragraphs.
constexpr float kMaxLengthBonus = 3.f;
// A boilerplate-hinted subtree holding more than this share of the page's text
// is a page wrapper with an unlucky class name, not boilerplate.
constexpr float kWrapperShare = 0.6f;
// Nor is one holding more than this share of the page's prose paragraphs.
constexpr float kProseWrapperShare = 0.5f;
// Class/id hint weight, as in the classic readability heuristics.
constexpr float kHintWeight = 25.f;

// Hints that exclude a subtree from scoring.
constexpr std::uint32_t kUnlikelyHints = kHintComment | kHintShare | kHintRelated |
                                         kHintNewsletter | kHintPromo | kHintAd | kHintCookie |
                                         kHintNav | kHintFooter | kHintSidebar | kHintHidden |
                                         kHintBio;

// Hints that mark a subtree as not-the-article whatever its size (comment
// threads and galleries can outweigh the story); the others ("sidebar",
// "nav", "share") also appear on page wrappers ("has-sidebar", "nav-open").
// ("ad-portal" wrapping a whole page is real, hence adverts are not here).
constexpr std::uint32_t kNeverContentHints = kHintComment | kHintPromo;
// Split bodies: when this many of the best candidates lie under one
// ancestor with the best, that ancestor is the body.
constexpr int kAlternativeCandidates = 5;
constexpr int kMinSharedAlternatives = 2;
constexpr float kSingleAlternativeShare = 0.6f;
constexpr float kAlternativeShare = 0.5f;

// Climbing from the best candidate to its parent needs this much more prose
// in the parent, at no more than this link density.
constexpr float kClimbProseGain = 1.4f;
constexpr float kMaxClimbLinkDensity = 0.35f;
constexpr int kMaxClimbSkips = 2;
constexpr float kSkipClimbLinkSlack = 0.05f;

// The lead: prose blocks between the headline and the body's first root.
// The walk back from the body looks at no more than this many nodes and
// leaves at most this many containers of the body behind.
constexpr int kMaxLeadScanNodes = 600;
constexpr int kMaxLeadLevels = 6;
// A block this long and mostly links is a list of teasers or navigation:
// the article's head is behind us.
constexpr std::uint32_t kLeadStopLinkChars = 120;
constexpr float kLeadStopLinkDensity = 0.5f;
// The tail: prose blocks after the body's last root, found within this many
// of its containers and nodes; each holds this much text of its own, at no
// more than this link density.
constexpr int kMaxTailLevels = 3;
constexpr int kMaxTailScanNodes = 300;
constexpr std::uint32_t kMinTailChars = 120;
constexpr float kMaxTailLinkDensity = 0.1f;
// Leads never add more prose than the body itself holds.
constexpr float kMaxLeadShare = 1.f;

float TagWeight(Tag t) {
  switch (t) {
    case Tag::kDiv: case Tag::kArticle: case Tag::kMain: return 5;
    case Tag::kSection: return 3;
    case Tag::kPre: case Tag::kTd: case Tag::kBlockquote: return 3;
    case Tag::kOl: case Tag::kUl: case Tag::kLi: case Tag::kDl: case Tag::kDd: case Tag::kDt:
    case Tag::kForm: case Tag::kAddress: return -3;
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
    case Tag::kTh: return -5;
    default: return 0;
  }
}

// A good class name can at most double a container's own score, so a lone
// "live-item-content" paragraph does not outrank a real article body.
float HintWeight(std::uint32_t hints, float raw) {
  float w = 0;
  if (hints & kHintPositive) w += std::min(kHintWeight, raw);
  if (hints & (kUnlikelyHints | kHintMeta | kHintByline | kHintHeader)) w -= kHintWeight;
  return w;
}

// A page builder's text widget is not a sidebar box.
std::uint32_t ContentHints(const DomNode& n) {
  return IsProseWidget(n) ? n.hints & ~(kHintSidebar | kHintWidget) : n.hints;
}

bool IsScorableParagraph(Tag t) {
  switch (t) {
    case Tag::kP: case Tag::kPre: case Tag::kTd: case Tag::kBlockquote: case Tag::kDiv:
    case Tag::kSection: case Tag::kArticle: case Tag::kCenter: case Tag::kMain: case Tag::kBody:
    case Tag::kLi: case Tag::kDd:
      return true;
    default:
      return false;
  }
}

bool IsContainerTag(Tag t) {
  switch (t) {
    case Tag::kDiv: case Tag::kSection: case Tag::kArticle: case Tag::kMain: case Tag::kTd:
    case Tag::kBody: case Tag::kBlockquote: case Tag::kForm: case Tag::kCenter: case Tag::kPre:
    case Tag::kOl: case Tag::kUl: case Tag::kLi: case Tag::kDd: case Tag::kTable:
    case Tag::kTbody: case Tag::kTr:
      return true;
    default:
      return false;
  }
}

float LinkDensity(const DomNode& n) {
  return n.chars == 0 ? 0.f : static_cast<float>(n.link_chars) / static_cast<float>(n.chars);
}

float OwnLinkDensity(const DomNode& n) {
  return n.own_chars == 0 ? 0.f : static_cast<float>(n.own_link_chars) / static_cast<float>(n.own_chars);
}

// Prose blocks before the body's first root that belong to the article: a
// standfirst in the article's <header>, an intro paragraph in a wrapper of
// its own, the first paragraphs of a body split over blocks. Walks back in
// document order from the first root over page furniture (bylines, dates,
// pictures, share bars, short labels) and stops at the headline, at a list
// of links, or after a bounded number of nodes. Returns the blocks in
// document order.
std::vector<int> FindLead(const Dom& dom, const std::vector<std::uint8_t>& unlikely, int first,
                          float body_prose) {
  std::vector<int> lead;
  float lead_chars = 0;
  int levels = 0;
  const int stop = std::max(0, first - kMaxLeadScanNodes);
  for (int j = first - 1; j >= stop; --j) {
    const DomNode& n = dom[j];
    if (n.end > first) {  // a container of the body
      if (n.tag == Tag::kBody || n.tag == Tag::kHtml || ++levels > kMaxLeadLevels) break;
      continue;
    }
    if (n.tag == Tag::kText || n.skipped) continue;
    if (n.tag == Tag::kH1) break;  // the headline
    bool heading = n.tag >= Tag::kH2 && n.tag <= Tag::kH6;
    if ((n.hints & kHintTitle) && !(n.hints & kHintStandfirst) && (heading || n.own_chars > 0)) break;
    if (n.own_chars == 0 || !IsBlockTag(n.tag)) continue;
    if (n.own_chars >= kLeadStopLinkChars && OwnLinkDensity(n) > kLeadStopLinkDensity) break;
    // Its wrappers up to the body's containers name the block's role.
    if (unlikely[j] || !IsLeadBlock(dom, j, -1, first)) continue;
    lead_chars += static_cast<float>(n.chars);
    if (lead_chars > kMaxLeadShare * body_prose) break;
    // A block holding blocks taken already replaces them.
    while (!lead.empty() && lead.back() < n.end) lead.pop_back();
    lead.push_back(j);
  }
  std::reverse(lead.begin(), lead.end());
  return lead;
}

// Prose that continues the body after its last root in a wrapper of its
// own (the rest of a story split over blocks). Walks forward in document
// order from the end of the last root, at most a few containers out, and
// stops at anything that is not plainly more of the same prose: a heading,
// a hinted or structural block (comments, related, bios, forms...), a list
// of links, or after a bounded number of nodes. Returns the blocks in
// document order.
std::vector<int> FindTail(const Dom& dom, const std::vector<std::uint8_t>& unlikely, int last) {
  std::vector<int> tail;
  const int end = dom[last].end;
  // The containers the walk may stay inside: `last`'s nearest ancestors.
  int limit = last;
  for (int level = 0; level < kMaxTailLevels && dom[limit].parent >= 0; ++level) {
    int p = dom[limit].parent;
    if (dom[p].tag == Tag::kBody || dom[p].tag == Tag::kHtml) break;
    limit = p;
  }
  const int stop = std::min(dom[limit].end, end + kMaxTailScanNodes);
  for (int j = end; j < stop; ++j) {
    const DomNode& n = dom[j];
    if (n.tag == Tag::kText || n.skipped || n.chars == 0) continue;
    if (unlikely[j] || n.tag == Tag::kH1 || n.tag == Tag::kForm ||
        n.tag == Tag::kAside || n.tag == Tag::kFooter || n.tag == Tag::kNav)
      break;
    if (n.hints & (kHintByline | kHintBio | kHintMeta | kHintDate)) break;
    if (n.own_chars == 0 || !IsBlockTag(n.tag)) continue;
    // A subheading comes along if prose follows it.
    bool heading = n.tag >= Tag::kH2 && n.tag <= Tag::kH6 && n.link_chars == 0;
    if (!heading && (n.own_chars < kMinTailChars || OwnLinkDensity(n) > kMaxTailLinkDensity)) break;
    tail.push_back(j);
    j = n.end - 1;
  }
  while (!tail.empty() && dom[tail.back()].tag >= Tag::kH2 && dom[tail.back()].tag <= Tag::kH6) tail.pop_back();
  return tail;
}

}  // namespace

std::vector<int> SelectContent(Dom& dom) {
  auto& nodes = dom.mutable_nodes();
  const int count = dom.size();
  int body = dom.Find(Tag::kBody);
  if (body < 0) body = 0;
  if (count == 0) return {};
  const float total_chars = static_cast<float>(std::max<std::uint32_t>(1, nodes[body].chars));

  // Pass 0: prose mass of every subtree whatever its hints, so a block that
  // holds most of the page's prose is not thrown out for its class name.
  std::vector<float> all_prose(nodes.size(), 0.f);
  for (int i = count - 1; i >= 0; --i) {
    const DomNode& n = nodes[i];
    if (!n.skipped && n.tag != Tag::kText && IsScorableParagraph(n.tag) && n.own_chars >= kMinScoredChars)
      all_prose[i] += static_cast<float>(n.own_chars - n.own_link_chars);
    if (n.parent >= 0) all_prose[n.parent] += all_prose[i];
  }
  const float page_prose = std::max(1.f, all_prose[body]);

  // Pass 1 (forward, parents first): which subtrees are unlikely content.
  std::vector<std::uint8_t> unlikely(nodes.size(), 0);
  for (int i = 0; i < count; ++i) {
    const DomNode& n = nodes[i];
    bool inherited = n.parent >= 0 && unlikely[n.parent];
    bool wrapper_sized = static_cast<float>(n.chars) >= kWrapperShare * total_chars ||
                         all_prose[i] >= kProseWrapperShare * page_prose;
    std::uint32_t hints = ContentHints(n);
    bool own = (hints & kUnlikelyHints) && !(hints & kHintPositive) && n.tag != Tag::kBody &&
               n.tag != Tag::kHtml && n.tag != Tag::kArticle && n.tag != Tag::kMain &&
               (!wrapper_sized || (n.hints & kNeverContentHints));
    unlikely[i] = inherited || own || n.skipped;
  }

  // Pass 2: every prose paragraph adds its score to its nearest ancestors.
  std::vector<float> raw(nodes.size(), 0.f);
  // Prose mass: chars of scored paragraphs (weighted by how little of them is
  // link text) in each subtree, likely content only.
  std::vector<float> prose(nodes.size(), 0.f);
  for (int i = 0; i < count; ++i) {
    const DomNode& n = nodes[i];
    if (n.tag == Tag::kText || unlikely[i] || !IsScorableParagraph(n.tag)) continue;
    if (n.own_chars < kMinScoredChars) continue;
    float own_link_density =
        static_cast<float>(n.own_link_chars) / static_cast<float>(std::max<std::uint32_t>(1, n.own_chars));
    float s = 1.f + static_cast<float>(n.own_commas) +
              std::min(static_cast<float>(n.own_chars) / 100.f, kMaxLengthBonus);
    s *= (1.f - own_link_density);
    if (s <= 0) continue;
    prose[i] = static_cast<float>(n.own_chars) * (1.f - own_link_density);
    // A block holding only its own prose (no paragraph below it) is a
    // paragraph: its container gets the score. One that also holds
    // paragraphs is a paragraph and a container at once.
    bool leaf = n.tag == Tag::kP || n.tag == Tag::kPre || (n.paragraphs == 1 && n.tag != Tag::kBody);
    int target = leaf ? n.parent : i;
    // List items credit the list's container, not the list: a list is part
    // of an article, rarely the whole of one.
    if (leaf && (n.tag == Tag::kLi || n.tag == Tag::kDd) && target >= 0) target = nodes[target].parent;
    for (std::size_t level = 0; target >= 0 && level < kAncestorDivisors.size(); ++level) {
      raw[target] += s / kAncestorDivisors[level];
      target = nodes[target].parent;
    }
  }

  for (int i = count - 1; i > 0; --i)
    if (!unlikely[i] && nodes[i].parent >= 0) prose[nodes[i].parent] += prose[i];

  // Pass 3: final scores, and the best container.
  int top = -1;
  for (int i = 0; i < count; ++i) {
    DomNode& n = nodes[i];
    if (raw[i] <= 0 || unlikely[i] || !IsContainerTag(n.tag)) continue;
    n.score = (raw[i] + TagWeight(n.tag) + HintWeight(ContentHints(n), raw[i])) * (1.f - LinkDensity(n));
    if (top < 0 || n.score > nodes[top].score) top = i;
  }
  if (top < 0) return {body};

  // Content split over sibling containers (one wrapper per paragraph
  // group): when several strong candidates share an ancestor with the best,
  // that ancestor holds the body.
  {
    std::vector<int> best;
    for (int i = 0; i < count; ++i) {
      if (i == top || nodes[i].score < kAlternativeShare * nodes[top].score) continue;
      if (!IsContainerTag(nodes[i].tag)) continue;
      // Ancestors and descendants of the top are not alternatives.
      if (i > top && i < nodes[top].end) continue;
      if (i < top && top < nodes[i].end) continue;
      best.push_back(i);
    }
    std::sort(best.begin(), best.end(), [&](int a, int b) { return nodes[a].score > nodes[b].score; });
    if (best.size() > static_cast<std::size_t>(kAlternativeCandidates)) best.resize(kAlternativeCandidates);
    // One alternative nearly as strong as the best counts alone: a long
    // read in two sections (before and after a pull quote or video).
    int needed = kMinSharedAlternatives;
    if (best.size() == 1 && nodes[best[0]].score >= kSingleAlternativeShare * nodes[top].score) needed = 1;
    if (static_cast<int>(best.size()) >= needed) {
      // Walk up from the top; stop at the first ancestor holding enough of them.
      for (int a = nodes[top].parent; a >= 0 && a != body && nodes[a].tag != Tag::kHtml; a = nodes[a].parent) {
        int inside = 0;
        for (int b : best)
          if (b > a && b < nodes[a].end) ++inside;
        if (inside >= needed) {
          if (!unlikely[a]) top = a;
          break;
        }
      }
    }
  }

  // One wrapper per paragraph (a CMS "text block" each): while the parent
  // holds clearly more prose than the best candidate, without turning into a
  // list of links, the parent is the body.
  // Wrappers that add nothing (one more <div> around the same text) do not
  // stop the climb: the next few ancestors are looked at too.
  {
    int skipped = 0;
    for (int p = nodes[top].parent; p >= 0 && p != body && nodes[p].tag != Tag::kHtml && !unlikely[p];
         p = nodes[p].parent) {
      if (LinkDensity(nodes[p]) > kMaxClimbLinkDensity) break;
      // Past a wrapper that added nothing, the gain must be more of the same
      // prose, not a link-heavier stream of teasers around the article.
      bool same_kind = skipped == 0 || LinkDensity(nodes[p]) <= LinkDensity(nodes[top]) + kSkipClimbLinkSlack;
      if (prose[p] >= kClimbProseGain * prose[top] && same_kind) {
        top = p;
        skipped = 0;
      } else if (++skipped > kMaxClimbSkips) {
        break;
      }
    }
  }

  // A wrapper with a single element child adds nothing: use the wrapper, so
  // siblings of it are considered below.
  while (nodes[top].parent >= 0 && nodes[top].parent != body) {
    int p = nodes[top].parent;
    int element_children = 0;
    for (int c = p + 1; c < nodes[p].end; c = nodes[c].end)
      if (nodes[c].tag != Tag::kText && !nodes[c].skipped) ++element_children;
    if (element_children != 1 || unlikely[p]) break;
    top = p;
  }

  // Siblings that continue the article: scored well, or plain prose.
  std::vector<int> roots;
  int parent = nodes[top].parent;
  if (parent < 0) return {top};
  const float sibling_threshold = std::max(10.f, nodes[top].score * 0.2f);
  for (int c = parent + 1; c < nodes[parent].end; c = nodes[c].end) {
    const DomNode& s = nodes[c];
    if (c == top) {
      roots.push_back(c);
      continue;
    }
    if (s.tag == Tag::kText || s.skipped || unlikely[c]) continue;
    if (s.hints & (kHintMeta | kHintByline | kHintHeader | kHintDate | kHintTitle | kHintStandfirst))
      continue;
    float ld = LinkDensity(s);
    bool keep = s.score >= sibling_threshold && ld < 0.5f;
    if (!keep && s.tag == Tag::kP) {
      keep = (s.chars > 80 && ld < 0.25f) || (s.chars > 0 && s.link_chars == 0 && s.chars <= 80 &&
                                             dom.Text(c).ends_with('.'));
    }
    if (keep) roots.push_back(c);
  }
  float body_prose = 0;
  for (int r : roots) body_prose += static_cast<float>(nodes[r].chars);
  std::vector<int> lead = FindLead(dom, unlikely, roots.front(), body_prose);
  roots.insert(roots.begin(), lead.begin(), lead.end());
  std::vector<int> tail = FindTail(dom, unlikely, roots.back());
  roots.insert(roots.end(), tail.begin(), tail.end());
  return roots;
}

}  // namespace bs::extract
