// Recognising an article's lead (standfirst, intro paragraph) among the
// page furniture around the headline: bylines, dates, pictures, share tools.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/dom.h"

namespace bs::extract {

// True when element j reads as lead prose: a block with enough text of its
// own, few links and no picture, that is not a headline, and that neither it
// nor its wrappers mark as furniture (byline, date, caption, credit, share,
// related, navigation...) or as a picture with its caption. The wrappers
// looked at are j's ancestors a with zone < a and dom[a].end <= zone_end.
bool IsLeadBlock(const Dom& dom, int j, int zone, int zone_end);

// A header block inside the body (<header>, "article-header"): drops its
// subtree in `drop` except the lead blocks that follow a heading in it, and
// returns true; returns false, dropping nothing, when it holds no such lead.
// Linear in the size of the header's subtree.
bool DropHeaderKeepingLead(const Dom& dom, int header, std::vector<std::uint8_t>& drop);

}  // namespace bs::extract
