// libFuzzer entry point for what readers' comments meet: the moderation
// pipeline (word folding, link counting, the spam classifier) and the JSON
// lines of `broadsheet moderate`. Any bytes must give a decision or an
// error line, never a crash, leak or hang; a rejected comment always says why.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "discuss/batch.h"
#include "discuss/seed_comments.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  static const bs::discuss::CommentSettings settings;
  static const bs::discuss::ModerationPipeline pipeline =
      bs::discuss::MakePipeline(settings, bs::discuss::SeedSpamClassifier());
  bs::discuss::MemoryModerationContext context;
  bs::discuss::CommentDraft c;
  c.text = std::string(bytes);
  c.author = "fuzz";
  c.ip = std::string(bytes.substr(0, 40));
  c.time = 1'800'000'000;
  const auto r = pipeline.Check(c, context);
  if (r.decision == bs::discuss::Decision::kReject && r.reasons.empty()) __builtin_trap();
  if (!(r.spam >= 0 && r.spam <= 1)) __builtin_trap();

  std::istringstream in{std::string(bytes)};
  std::ostringstream out;
  (void)bs::discuss::ModerateBatch(in, out, settings, bs::discuss::SeedSpamClassifier());
  return 0;
}
