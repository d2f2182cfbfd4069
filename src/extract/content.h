// Finding the subtrees of a page that hold the article body.
#pragma once

#include <vector>

#include "extract/dom.h"

namespace bs::extract {

// Scores block containers by the prose they hold (paragraph counts, commas,
// text length, link density, class/id hints, tag semantics) and returns the
// indices of the subtrees that make up the body, in document order: the best
// container plus any siblings that look like a continuation of it, the lead
// blocks between the headline and it, and prose that continues it in blocks
// of its own right after it. Fills DomNode::score. Linear in the size of the
// Dom (the walks for the lead and the continuation are bounded). Returns the
// <body> (or the root) when nothing scores.
std::vector<int> SelectContent(Dom& dom);

}  // namespace bs::extract
