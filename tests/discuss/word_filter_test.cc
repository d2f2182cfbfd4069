#include "discuss/word_filter.h"

#include <gtest/gtest.h>

#include "discuss/default_words.h"

namespace bs::discuss {
namespace {

TEST(WordFilter, MatchesThroughDodgedSpellings) {
  const WordFilter f({"idiot", "stupid", "shut up"});
  for (const char* text : {"what an idiot", "IDIOT!", "what an 1d10t", "idiooooot", "i d i o t", "i.d.i.o.t",
                           "$tup!d take", "ſtupid", "stúpid", "Shut   up", "shut-up now", "іdіot" /* Cyrillic і */})
    EXPECT_TRUE(f.Find(text).has_value()) << text;
}

TEST(WordFilter, NeverMatchesInsideOtherWords) {
  const WordFilter f({"ass", "idiot", "hell"});
  for (const char* text : {"a first-class assessment", "as it happens", "Hello there", "the idiotic plan",
                           "Scunthorpe", "in 2024, 100% of", "shell company"})
    EXPECT_FALSE(f.Find(text).has_value()) << text;
  // "a$$" is three letters long, like the entry; "as" is not.
  EXPECT_TRUE(f.Find("what an a$$").has_value());
}

TEST(WordFilter, ReportsTheConfiguredEntry) {
  const WordFilter f({"Go to hell"});
  auto m = f.Find("you can go to h3ll");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->entry, "Go to hell");
}

TEST(WordFilter, AnyBytesAreSafe) {
  const WordFilter f(DefaultSuspectWords());
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>(i * 37));
  EXPECT_FALSE(f.Find(junk).has_value());
  EXPECT_FALSE(f.Find(std::string(1 << 20, 'a')).has_value());  // bounded, not stuck
  EXPECT_FALSE(WordFilter({"", "   "}).Find("anything").has_value());
}

TEST(WordFilter, DefaultListsLeaveIdentityWordsAlone) {
  const WordFilter banned(DefaultBannedWords()), suspect(DefaultSuspectWords());
  for (const char* text : {"respect gay", "muslim is a good person", "being deaf is fine", "queer people",
                           "black and white", "jewish families", "hug mexican"}) {
    EXPECT_FALSE(banned.Find(text).has_value()) << text;
    EXPECT_FALSE(suspect.Find(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace bs::discuss
