// The comment spam model the site uses: the one `broadsheet train
// --comments` stored, else the seed model written for the project.
#pragma once

#include <memory>

#include "discuss/spam_classifier.h"
#include "store/store.h"

namespace bs {

Result<std::shared_ptr<const discuss::SpamClassifier>> LoadCommentSpamModel(Store& store);

}  // namespace bs
