#include "discuss/spam_classifier.h"

#include <gtest/gtest.h>

namespace bs::discuss {
namespace {

std::vector<LabelledComment> Examples() {
  std::vector<LabelledComment> out;
  const char* spam[] = {"check out my channel www.mychannel.example subscribe please",
                        "visit shop-deals.example for cheap watches!!!",
                        "SUBSCRIBE TO MY CHANNEL FOR FREE GIFTS",
                        "earn money from home, click http://earn.example now",
                        "free followers at followme.example, sub4sub"};
  const char* ham[] = {"The flood defences should have been finished years ago.",
                       "I grew up near the river and this matches what I saw.",
                       "Good reporting, though the minister's answer deserved a follow-up.",
                       "Does anyone know when the bridge reopens?",
                       "My grandmother remembers the cyclone of 1991 in the same district."};
  for (int round = 0; round < 6; ++round) {
    for (const char* s : spam) out.push_back({std::string(s) + " " + std::to_string(round), true});
    for (const char* h : ham) out.push_back({std::string(h) + " " + std::to_string(round), false});
  }
  return out;
}

TEST(SpamClassifier, SeparatesSpamFromComments) {
  auto model = SpamClassifier::Train(Examples());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_TRUE(model->IsSpam(model->Probability("subscribe to my channel, free gifts at gifts.example")));
  EXPECT_FALSE(model->IsSpam(model->Probability("The river rose faster than the reporting suggests.")));
}

TEST(SpamClassifier, RoundTripsAndRejectsJunk) {
  auto model = SpamClassifier::Train(Examples());
  ASSERT_TRUE(model.ok());
  auto back = SpamClassifier::Deserialize(model->Serialize());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_DOUBLE_EQ(back->threshold(), model->threshold());
  EXPECT_DOUBLE_EQ(back->Probability("check out my channel"), model->Probability("check out my channel"));
  std::string bytes = model->Serialize();
  EXPECT_FALSE(SpamClassifier::Deserialize(bytes.substr(0, bytes.size() / 2)).ok());
  EXPECT_FALSE(SpamClassifier::Deserialize("junk").ok());
}

TEST(SpamClassifier, RefusesTooFewOrOneSidedExamples) {
  EXPECT_FALSE(SpamClassifier::Train({{"spam", true}}).ok());
  std::vector<LabelledComment> ham(40, {"a fine comment", false});
  EXPECT_FALSE(SpamClassifier::Train(ham).ok());
}

}  // namespace
}  // namespace bs::discuss
