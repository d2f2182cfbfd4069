// The spam classifier a site starts with, before it has moderation
// decisions of its own: trained on a small set of comments written for the
// project (seed_comments.cc), in the shapes comment spam takes on news
// sites — channel and follower promotion, shops, money schemes, dating,
// pasted links — against the comments readers write. `broadsheet train
// --comments` replaces it with one learned from the site's own queue.
#pragma once

#include <memory>
#include <vector>

#include "discuss/spam_classifier.h"

namespace bs::discuss {

const std::vector<LabelledComment>& SeedComments();
// Trained once (a few milliseconds), then shared.
std::shared_ptr<const SpamClassifier> SeedSpamClassifier();

}  // namespace bs::discuss
