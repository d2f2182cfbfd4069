// Batch moderation over JSON lines: the same pipeline as the site, every
// line answered in order, bad lines answered with an error, memory bounded.
#include "discuss/batch.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "discuss/seed_comments.h"

namespace bs::discuss {
namespace {

std::vector<nlohmann::json> Moderate(const std::string& input, Status* status = nullptr,
                                const CommentSettings& settings = {}) {
  std::istringstream in(input);
  std::ostringstream out;
  Status st = ModerateBatch(in, out, settings, SeedSpamClassifier());
  if (status) *status = st;
  std::vector<nlohmann::json> lines;
  std::istringstream back(out.str());
  for (std::string l; std::getline(back, l);) lines.push_back(nlohmann::json::parse(l));
  return lines;
}

TEST(ModerateBatch, AnswersEveryLineInOrderWithTheDocumentedFields) {
  Status st;
  auto out = Moderate(R"({"id": "a", "text": "The tide tables in Saturday's paper were a day out."}
{"id": 7, "text": "Earn 500 dollars a day from home!!! Subscribe to my channel and visit my page"}
{"id": "c", "text": ""}
)",
                 &st);
  ASSERT_TRUE(st.ok()) << st.ToString();
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0]["id"], "a");
  EXPECT_EQ(out[0]["decision"], "publish");
  EXPECT_TRUE(out[0]["reasons"].empty());
  EXPECT_LT(out[0]["spam"].get<double>(), 0.5);
  EXPECT_EQ(out[1]["id"], 7) << "ids are echoed as given";
  EXPECT_EQ(out[1]["decision"], "hold");
  EXPECT_GT(out[1]["spam"].get<double>(), 0.5);
  EXPECT_EQ(out[2]["decision"], "reject");
  EXPECT_EQ(out[2]["reasons"][0], "empty");
}

TEST(ModerateBatch, RateLimitsAndTrustFollowTheBatchOrder) {
  std::string input;
  for (int i = 0; i < 5; ++i)
    input += R"({"id": )" + std::to_string(i) + R"(, "author": "quick", "time": )" + std::to_string(1'800'000'000 + i) +
             R"(, "text": "Point )" + std::to_string(i) + R"( about the harbour budget."})" + "\n";
  auto out = Moderate(input);
  ASSERT_EQ(out.size(), 5u);
  int limited = 0;
  for (const auto& l : out) limited += l["decision"] == "reject";
  EXPECT_EQ(limited, 2);
  EXPECT_EQ(out[4]["reasons"][0], "rate_limit_account");

  CommentSettings premoderated;
  premoderated.premoderation = Premoderation::kNewCommenters;
  premoderated.moderation.trusted_after = 0;  // everyone is trusted at once
  EXPECT_EQ(Moderate(R"({"id": 1, "author": "x", "text": "Calm words."})", nullptr, premoderated)[0]["decision"], "publish");
  premoderated.moderation.trusted_after = 1;
  EXPECT_EQ(Moderate(R"({"id": 1, "author": "x", "text": "Calm words."})", nullptr, premoderated)[0]["decision"], "hold");
}

TEST(ModerateBatch, BadLinesGetAnErrorLineAndTheRestGoesOn) {
  Status st;
  auto out = Moderate("not json\n[1,2]\n{\"id\": 1, \"text\": 5}\n{\"id\": 2, \"text\": \"fine\", \"time\": \"someday\"}\n"
                 "{\"id\": 3, \"text\": \"fine\", \"time\": -5}\n{\"id\": 4, \"text\": \"still answered\"}\n" +
                     std::string(kMaxModerateLineBytes + 10, 'x') + "\n{\"id\": 5, \"text\": \"after the long line\"}\n",
                 &st);
  EXPECT_EQ(st.code(), Status::Code::kParseError);
  ASSERT_EQ(out.size(), 8u);
  for (int i : {0, 1, 2, 3, 4, 6}) EXPECT_TRUE(out[i].contains("error")) << i;
  EXPECT_EQ(out[2]["id"], 1);
  EXPECT_EQ(out[5]["decision"], "publish");
  EXPECT_EQ(out[7]["id"], 5);
  EXPECT_EQ(out[7]["decision"], "publish");
}

TEST(ModerateBatch, HostileTextIsJudgedNotTrusted) {
  auto out = Moderate(R"({"id": 1, "text": "<script>alert(1)</script> nice"}
{"id": 2, "text": "bad \u0000 nul"}
{"id": 3, "text": "\ud800 lone surrogate"}
)");
  ASSERT_EQ(out.size(), 3u);
  EXPECT_NE(out[0]["decision"], "reject") << "markup is text: it is escaped when shown, not a reason to refuse";
  EXPECT_EQ(out[1]["reasons"][0], "invalid_text");
  // The JSON parser turns a lone surrogate into U+FFFD or refuses the line;
  // either way the line is answered.
  EXPECT_TRUE(out[2].contains("decision") || out[2].contains("error"));
}

TEST(ReadLabelledComments, NeedsALabelOnEveryLine) {
  std::istringstream good(R"({"text": "buy now", "label": "spam"}
{"text": "fair point", "label": "ham"}
)");
  auto ok = ReadLabelledComments(good);
  ASSERT_TRUE(ok.ok());
  ASSERT_EQ(ok->size(), 2u);
  EXPECT_TRUE((*ok)[0].spam);
  std::istringstream bad(R"({"text": "x", "label": "maybe"})");
  EXPECT_FALSE(ReadLabelledComments(bad).ok());
}

}  // namespace
}  // namespace bs::discuss
