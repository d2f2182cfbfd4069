// Drafts an issue of an edition from the last day's stories.
//
// Ranking: stories covered by several papers come first, by how many papers
// and regions covered them, then by how recently they moved; single-paper
// stories follow. Balance: in a first pass no lead paper and no region may
// hold more than its share of the issue (max_items divided by the number of
// papers / regions that have candidates, rounded up), so one prolific paper
// cannot crowd out the rest; a second pass fills what is left in rank order,
// so a quiet day still gets a full issue.
//
// Reads stories by their last update (an index), so the cost depends on the
// day's stories, not on the archive.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "newsletter/settings.h"
#include "store/store.h"

namespace bs::newsletter {

// How far back an issue looks: one day, as its name promises.
inline constexpr Timestamp kDraftWindowSeconds = 24 * 3600;
// Candidates read per draft; a day of the whole network has fewer stories.
inline constexpr int kMaxDraftCandidates = 400;
// A summary is a sentence or two from the lead.
inline constexpr std::size_t kMaxSummaryChars = 280;

// The items of `edition`'s issue for the day ending at `now`. `sources`
// gives each paper's name and region.
Result<std::vector<IssueItem>> DraftItems(Store& store, const Edition& edition, const std::vector<Source>& sources,
                                          Timestamp now);

// A short summary from an article: its standfirst, else its teaser, else
// its body's first words, cut at a word boundary.
std::string SummaryOf(const Article& a);

// "Eastern Briefings: <first headline>", or the name alone for an empty issue.
std::string DraftSubject(const std::string& newsletter_name, const std::vector<IssueItem>& items);

}  // namespace bs::newsletter
