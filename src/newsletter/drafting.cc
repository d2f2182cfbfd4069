#include "newsletter/drafting.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/utf8.h"

namespace bs::newsletter {
namespace {

struct Candidate {
  IssueItem item;
  int sources = 0;
  int regions = 0;
  Timestamp updated = 0;
};

// Cuts `s` to at most `max` characters (code points), at the last space
// before the cut when there is one, adding an ellipsis when cut.
std::string CutAtWord(const std::string& s, std::size_t max) {
  std::size_t i = 0, chars = 0, last_space = std::string::npos;
  while (i < s.size() && chars < max) {
    std::uint32_t cp = 0;
    const std::size_t n = DecodeUtf8(s, i, &cp);
    if (n == 0) break;  // stored text is valid UTF-8; stop rather than emit garbage
    if (cp == ' ') last_space = i;
    i += n;
    ++chars;
  }
  if (i >= s.size()) return s;
  // Languages written without spaces (Chinese, Japanese, Thai) cut anywhere.
  const std::size_t cut = last_space != std::string::npos && last_space > i / 2 ? last_space : i;
  return s.substr(0, cut) + "\u2026";
}

std::string FirstParagraph(const std::string& body_text) {
  const std::size_t blank = body_text.find("\n\n");
  std::string p = body_text.substr(0, blank);
  std::replace(p.begin(), p.end(), '\n', ' ');
  return p;
}

}  // namespace

std::string SummaryOf(const Article& a) {
  const std::string& base = !a.standfirst.empty() ? a.standfirst : !a.teaser.empty() ? a.teaser : a.body_text;
  return CutAtWord(&base == &a.body_text ? FirstParagraph(base) : base, kMaxSummaryChars);
}

std::string DraftSubject(const std::string& newsletter_name, const std::vector<IssueItem>& items) {
  if (items.empty()) return newsletter_name;
  return newsletter_name + ": " + items.front().headline;
}

Result<std::vector<IssueItem>> DraftItems(Store& store, const Edition& edition, const std::vector<Source>& sources,
                                          Timestamp now) {
  std::map<std::string, const Source*> by_slug;
  for (const auto& s : sources) by_slug[s.slug] = &s;

  StoryListQuery q;
  q.region = edition.region;
  q.since = now - kDraftWindowSeconds;
  q.limit = kMaxDraftCandidates;
  auto stories = store.ListStories(q);
  if (!stories.ok()) return stories.status();

  std::vector<Candidate> candidates;
  for (const auto& story : *stories) {
    if (story.last_updated > now) continue;  // drafting a past day: only what it knew
    auto articles = store.ListStoryArticles(story.id);
    if (!articles.ok()) return articles.status();
    const Article* lead = nullptr;
    std::set<std::string> papers, regions;
    for (const auto& a : *articles) {
      auto org = store.GetOrganisation(a.id);
      if (!org.ok()) return org.status();
      if (*org && (*org)->duplicate_of != 0) continue;  // a syndicated copy is not more coverage
      papers.insert(a.source_slug);
      if (!a.region.empty()) regions.insert(a.region);
      // The lead is the earliest canonical article, preferring the edition's region.
      const bool in_region = edition.region.empty() || a.region == edition.region;
      const bool lead_in_region = lead && (edition.region.empty() || lead->region == edition.region);
      if (!lead || (in_region && !lead_in_region)) lead = &a;
    }
    if (!lead) continue;
    Candidate c;
    c.sources = static_cast<int>(papers.size());
    c.regions = static_cast<int>(regions.size());
    c.updated = story.last_updated;
    IssueItem& it = c.item;
    it.story_id = c.sources > 1 ? story.id : 0;
    it.article_id = lead->id;
    it.headline = !story.title.empty() && c.sources > 1 ? story.title : lead->title;
    it.summary = SummaryOf(*lead);
    auto src = by_slug.find(lead->source_slug);
    it.source_name = src != by_slug.end() ? src->second->name : lead->source_slug;
    it.region = lead->region;
    it.path = c.sources > 1 ? "/story/" + std::to_string(story.id) : "/article/" + std::to_string(lead->id);
    it.other_sources = c.sources - 1;
    if (it.headline.empty()) continue;  // nothing to show a reader
    candidates.push_back(std::move(c));
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    const bool am = a.sources > 1, bm = b.sources > 1;
    if (am != bm) return am;
    if (a.sources != b.sources) return a.sources > b.sources;
    if (a.regions != b.regions) return a.regions > b.regions;
    if (a.updated != b.updated) return a.updated > b.updated;
    return a.item.article_id > b.item.article_id;  // deterministic
  });

  const std::size_t max_items =
      std::min<std::size_t>(kMaxIssueItems, static_cast<std::size_t>(std::max(1, edition.max_items)));
  std::set<std::string> papers, regions;
  for (const auto& c : candidates) {
    papers.insert(c.item.source_name);
    regions.insert(c.item.region);
  }
  auto share = [&](std::size_t groups) { return groups == 0 ? max_items : (max_items + groups - 1) / groups; };
  const std::size_t paper_cap = share(papers.size()), region_cap = share(regions.size());
  std::vector<IssueItem> out;
  std::vector<bool> taken(candidates.size(), false);
  std::map<std::string, std::size_t> per_paper, per_region;
  for (std::size_t i = 0; i < candidates.size() && out.size() < max_items; ++i) {
    const IssueItem& it = candidates[i].item;
    if (per_paper[it.source_name] >= paper_cap || per_region[it.region] >= region_cap) continue;
    ++per_paper[it.source_name];
    ++per_region[it.region];
    taken[i] = true;
    out.push_back(it);
  }
  for (std::size_t i = 0; i < candidates.size() && out.size() < max_items; ++i)
    if (!taken[i]) out.push_back(candidates[i].item);
  // The second pass appended in rank order; restore rank order overall.
  std::vector<IssueItem> ranked;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    for (const auto& it : out)
      if (it.article_id == candidates[i].item.article_id && it.story_id == candidates[i].item.story_id) {
        ranked.push_back(it);
        break;
      }
  }
  return ranked;
}

}  // namespace bs::newsletter
