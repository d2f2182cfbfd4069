#include "extract/content.h"

#include <algorithm>
#include <array>

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
// Class/id hint weight, as in the classic readability heuristics.
constexpr float kHintWeight = 25.f;

// Hints that exclude a subtree from scoring.
constexpr std::uint32_t kUnlikelyHints = kHintComment | kHintShare | kHintRelated |
                                         kHintNewsletter | kHintPromo | kHintAd | kHintCookie |
                                         kHintNav | kHintFooter | kHintSidebar | kHintHidden |
                                         kHintBio;

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

float HintWeight(std::uint32_t hints) {
  float w = 0;
  if (hints & kHintPositive) w += kHintWeight;
  if (hints & (kUnlikelyHints | kHintMeta | kHintByline | kHintHeader)) w -= kHintWeight;
  return w;
}

bool IsScorableParagraph(Tag t) {
  switch (t) {
    case Tag::kP: case Tag::kPre: case Tag::kTd: case Tag::kBlockquote: case Tag::kDiv:
    case Tag::kSection: case Tag::kArticle: case Tag::kLi: case Tag::kDd: case Tag::kCenter:
    case Tag::kMain: case Tag::kBody:
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

}  // namespace

std::vector<int> SelectContent(Dom& dom) {
  auto& nodes = dom.mutable_nodes();
  const int count = dom.size();
  int body = dom.Find(Tag::kBody);
  if (body < 0) body = 0;
  if (count == 0) return {};
  const float total_chars = static_cast<float>(std::max<std::uint32_t>(1, nodes[body].chars));

  // Pass 1 (forward, parents first): which subtrees are unlikely content.
  std::vector<std::uint8_t> unlikely(nodes.size(), 0);
  for (int i = 0; i < count; ++i) {
    const DomNode& n = nodes[i];
    bool inherited = n.parent >= 0 && unlikely[n.parent];
    bool own = (n.hints & kUnlikelyHints) && !(n.hints & kHintPositive) && n.tag != Tag::kBody &&
               n.tag != Tag::kHtml && n.tag != Tag::kArticle && n.tag != Tag::kMain &&
               static_cast<float>(n.chars) < kWrapperShare * total_chars;
    unlikely[i] = inherited || own || n.skipped;
  }

  // Pass 2: every prose paragraph adds its score to its nearest ancestors.
  std::vector<float> raw(nodes.size(), 0.f);
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
    // A div holding its own prose is a paragraph and a container at once.
    int target = n.tag == Tag::kP || n.tag == Tag::kPre ? n.parent : i;
    for (std::size_t level = 0; target >= 0 && level < kAncestorDivisors.size(); ++level) {
      raw[target] += s / kAncestorDivisors[level];
      target = nodes[target].parent;
    }
  }

  // Pass 3: final scores, and the best container.
  int top = -1;
  for (int i = 0; i < count; ++i) {
    DomNode& n = nodes[i];
    if (raw[i] <= 0 || unlikely[i] || !IsContainerTag(n.tag)) continue;
    n.score = (raw[i] + TagWeight(n.tag) + HintWeight(n.hints)) * (1.f - LinkDensity(n));
    if (top < 0 || n.score > nodes[top].score) top = i;
  }
  if (top < 0) return {body};

  // Content split over sibling containers: when the parent holds clearly more
  // than the best child, climb while the score holds up (classic heuristic).
  {
    float last = nodes[top].score;
    const float threshold = last / 3.f;
    for (int p = nodes[top].parent; p >= 0 && p != body && nodes[p].tag != Tag::kHtml;
         p = nodes[p].parent) {
      if (nodes[p].score <= 0) continue;
      if (nodes[p].score < threshold) break;
      if (nodes[p].score > last) {
        top = p;
        break;
      }
      last = nodes[p].score;
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
  return roots;
}

}  // namespace bs::extract
