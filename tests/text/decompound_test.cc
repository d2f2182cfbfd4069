#include "text/decompound.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "text/normalize.h"
#include "text/stem.h"

namespace bs {
namespace {

namespace fs = std::filesystem;

// The analysed term a word becomes (what the splitter is given and returns).
std::string Term(std::string_view word) { return Stem("de", NormalizeForAnalysis(word)); }

std::vector<std::string> Terms(std::initializer_list<std::string_view> words) {
  std::vector<std::string> out;
  for (std::string_view w : words) out.push_back(Term(w));
  return out;
}

CompoundSplitter German(std::initializer_list<std::string_view> words) {
  CompoundSplitter s("de");
  for (std::string_view w : words) s.AddWord(w);
  s.Finish();
  return s;
}

TEST(DecompoundTest, SplitsACompoundIntoTheTermsOfItsParts) {
  const CompoundSplitter s = German({"Impfstoff", "Suche", "Corona", "Krise"});
  // The parts are the keys the words get when written alone, so the
  // compound meets "Suche nach einem Impfstoff" and "Corona-Krise".
  EXPECT_EQ(s.Split(Term("Impfstoffsuche")), Terms({"Impfstoff", "Suche"}));
  EXPECT_EQ(s.Split(Term("Coronakrise")), Terms({"Corona", "Krise"}));
  // The head carries the inflection.
  EXPECT_EQ(s.Split(Term("Coronakrisen")), Terms({"Corona", "Krisen"}));
}

TEST(DecompoundTest, LinkingElementsAndThreeParts) {
  const CompoundSplitter s =
      German({"Arbeit", "Markt", "Landtag", "Wahl", "Bund", "Gesundheit", "Minister", "Sonne",
              "Schein"});
  EXPECT_EQ(s.Split(Term("Arbeitsmarkt")), Terms({"Arbeit", "Markt"}));
  EXPECT_EQ(s.Split(Term("Landtagswahlen")), Terms({"Landtag", "Wahlen"}));
  EXPECT_EQ(s.Split(Term("Sonnenschein")), Terms({"Sonne", "Schein"}));
  EXPECT_EQ(s.Split(Term("Bundesgesundheitsminister")),
            Terms({"Bund", "Gesundheit", "Minister"}));
}

TEST(DecompoundTest, UmlautsAndDroppedEndingsInsideACompound) {
  // The German stemmer removes umlauts from the whole word, and a compound
  // drops the -e of "Schule": both parts are still found.
  const CompoundSplitter s = German({"Führer", "Schein", "Schule", "Hof"});
  EXPECT_EQ(s.Split(Term("Führerschein")), Terms({"Führer", "Schein"}));
  const CompoundSplitter t = German({"Schule", "Gesetz"});
  EXPECT_EQ(t.Split(Term("Schulgesetz")), Terms({"Schule", "Gesetz"}));
}

TEST(DecompoundTest, PrefersPartsWrittenAsWords) {
  // "partn" (the stem of "Partner") + "ersuch" also covers the term; the
  // parts as written win.
  const CompoundSplitter s = German({"Partner", "Suche", "ersuchen"});
  EXPECT_EQ(s.Split(Term("Partnersuche")), Terms({"Partner", "Suche"}));
}

TEST(DecompoundTest, LeavesUnknownKnownAndShortWordsAlone) {
  const CompoundSplitter s = German({"Wasser", "Stoff", "Wasserstoff", "Haus", "Blume"});
  EXPECT_TRUE(s.Split(Term("Wasserstoff")).empty());   // a word of its own
  EXPECT_TRUE(s.Split(Term("Blumentopferde")).empty());  // "topferde" unknown
  EXPECT_TRUE(s.Split(Term("Haus")).empty());
  EXPECT_TRUE(s.Split("").empty());
  // Parts shorter than kMinCompoundPartCodepoints are not parts.
  const CompoundSplitter t = German({"Eis", "Bär"});
  EXPECT_TRUE(t.Split(Term("Eisbär")).empty());
}

TEST(DecompoundTest, StopWordsAndNonWordsAreNotLexiconWords) {
  // "über" is a stop word: "Überfall" must not become "über" + "fall".
  const CompoundSplitter s = German({"über", "Fall", "C3PO", "zwei-drei"});
  EXPECT_TRUE(s.Split(Term("Überfall")).empty());
  EXPECT_EQ(s.forms(), 2u);  // "fall" as written and as its stem
}

TEST(DecompoundTest, HostileInputIsBounded) {
  const CompoundSplitter s = German({"aaaa", "Krise"});
  // Far past kMaxCompoundBytes: returned at once, unsplit.
  EXPECT_TRUE(s.Split(std::string(10000, 'a')).empty());
  // At the bound, a word made of one repeated part splits into at most
  // length / kMinCompoundPartCodepoints parts.
  const std::string at_bound(kMaxCompoundBytes, 'a');
  const std::vector<std::string> parts = s.Split(at_bound);
  EXPECT_FALSE(parts.empty());
  EXPECT_LE(parts.size(), kMaxCompoundBytes / kMinCompoundPartCodepoints);
  // Invalid UTF-8 and lone continuation bytes split nowhere.
  EXPECT_TRUE(s.Split(std::string(40, '\x80')).empty());
  EXPECT_TRUE(s.Split("aaaa\xC3kris").empty());
}

TEST(DecompoundTest, LoadsHeadwordsFromADictdIndex) {
  const fs::path dir =
      fs::temp_directory_path() / ("bs-decompound-" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  const std::string path = (dir / "tiny.index").string();
  // Phrases (with spaces) and dictd's own entries are not words.
  std::ofstream(path, std::ios::binary) << "00-database-info\tA\tB\n"
                                           "impfstoff\tC\tD\n"
                                           "suche\tE\tF\n"
                                           "auf der suche\tG\tH\n"
                                           "no tab here\n";
  Result<CompoundSplitter> s = CompoundSplitter::LoadDictdIndex(path, "de");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->Split(Term("Impfstoffsuche")), Terms({"Impfstoff", "Suche"}));
  EXPECT_FALSE(CompoundSplitter::LoadDictdIndex((dir / "missing.index").string(), "de").ok());
  std::ofstream(path, std::ios::binary) << "a b\tA\tB\n";
  EXPECT_FALSE(CompoundSplitter::LoadDictdIndex(path, "de").ok());
  fs::remove_all(dir);
}

TEST(DecompoundTest, OnlyCompoundingLanguagesAreSplit) {
  EXPECT_TRUE(SplitsCompounds("de"));
  EXPECT_TRUE(SplitsCompounds("nl"));
  EXPECT_FALSE(SplitsCompounds("en"));
  EXPECT_TRUE(CompoundParts("en", "housework").empty());
}

}  // namespace
}  // namespace bs
