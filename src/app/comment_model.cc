#include "app/comment_model.h"

#include "discuss/seed_comments.h"

namespace bs {

Result<std::shared_ptr<const discuss::SpamClassifier>> LoadCommentSpamModel(Store& store) {
  auto bytes = store.GetModel(std::string(discuss::kSpamModelName));
  if (!bytes.ok()) return bytes.status();
  if (!*bytes) return discuss::SeedSpamClassifier();
  auto model = discuss::SpamClassifier::Deserialize(**bytes);
  if (!model.ok()) return model.status();
  return std::shared_ptr<const discuss::SpamClassifier>(
      std::make_shared<const discuss::SpamClassifier>(std::move(model).value()));
}

}  // namespace bs
