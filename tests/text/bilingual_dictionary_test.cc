#include "text/bilingual_dictionary.h"
#include "text/stem.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace bs {
namespace {

namespace fs = std::filesystem;

// dictd's base64 digits, most significant first.
std::string B64(std::uint64_t v) {
  static const char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string s;
  do {
    s.insert(s.begin(), kDigits[v % 64]);
    v /= 64;
  } while (v > 0);
  return s;
}

bool Has(std::span<const std::uint32_t> keys, std::string_view english) {
  return std::find(keys.begin(), keys.end(), BilingualDictionary::EnglishKey(english)) != keys.end();
}

// Writes a small dictionary in dictd format: entries are made up for the
// test, in the layout FreeDict uses (headword line with pronunciation and
// part of speech, then senses).
class DictdFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-dictd-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  struct Entry {
    std::string headword, text;
  };
  std::string Write(const std::string& name, const std::vector<Entry>& entries, bool compress = true) {
    std::string body, index;
    for (const Entry& e : entries) {
      index += e.headword + "\t" + B64(body.size()) + "\t" + B64(e.text.size()) + "\n";
      body += e.text;
    }
    const std::string base = (dir_ / name).string();
    std::ofstream(base + ".index", std::ios::binary) << index;
    if (compress) {
      gzFile gz = gzopen((base + ".dict.dz").c_str(), "wb");
      gzwrite(gz, body.data(), static_cast<unsigned>(body.size()));
      gzclose(gz);
    } else {
      std::ofstream(base + ".dict", std::ios::binary) << body;
    }
    return base;
  }

  fs::path dir_;
};

TEST_F(DictdFixture, TranslatesStemmedWordsIntoEnglishKeys) {
  const std::string base = Write("freedict-deu-eng",
                                 {{"00-database-info", "00-database-info\nA made-up dictionary.\n"},
                                  {"Regierung", "Regierung /reɡiːrʊŋ/ <fem>\n [pol.] government <n>, administration\n see: {Staat}\n"},
                                  {"Regierungen", "Regierungen <pl>\ngovernments\n"},
                                  {"Wahl", "Wahl <fem>\n1. election\n2. choice\n"},
                                  {"gute Nacht", "gute Nacht\ngood night\n"}});
  Result<BilingualDictionary> d = BilingualDictionary::Load(base, "de");
  ASSERT_TRUE(d.ok()) << d.status().message();
  // Both forms stem to the same German term, so they share one entry.
  EXPECT_EQ(d->headwords(), 2u);
  // Looked up by the analyser's German stem; translations come back as the
  // keys English text gets ("governments" and "government" meet).
  ASSERT_EQ(Stem("de", "regierung"), Stem("de", "regierungen"));
  std::span<const std::uint32_t> t = d->Translate(Stem("de", "regierung"));
  EXPECT_TRUE(Has(t, "government"));
  EXPECT_TRUE(Has(t, "administrations"));
  EXPECT_FALSE(Has(t, "staat"));  // a cross-reference, not a translation
  t = d->Translate(Stem("de", "wahl"));
  EXPECT_TRUE(Has(t, "elections"));
  EXPECT_TRUE(Has(t, "choice"));
  EXPECT_TRUE(d->Translate(Stem("de", "nacht")).empty());  // only in a phrase
  EXPECT_TRUE(d->Translate("unbekannt").empty());
  EXPECT_GT(d->MemoryBytes(), 0u);
}

TEST_F(DictdFixture, ReadsUncompressedText) {
  const std::string base = Write("plain", {{"casa", "casa /ˈkasa/\nhouse, home\n"}}, false);
  Result<BilingualDictionary> d = BilingualDictionary::Load(base, "xx");  // no stemmer
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_TRUE(Has(d->Translate("casa"), "house"));
}

TEST(BilingualDictionaryTest, ParseEntryKeepsFirstSensesAndSkipsNotes) {
  // Definitions in the source language after the translation line are not
  // translations; numbered lines are senses.
  const std::vector<std::uint32_t> keys = BilingualDictionary::ParseEntry(
      "prezydent /pre/ <n>\n1. mayor\n(urząd) najwyższy przedstawiciel miasta\n2. president\n"
      "opis funkcji\n3. chairman\n4. governor\n");
  EXPECT_EQ(keys.size(), 3u);
  std::vector<std::uint32_t> want = {BilingualDictionary::EnglishKey("mayor"),
                                     BilingualDictionary::EnglishKey("president"),
                                     BilingualDictionary::EnglishKey("chairman")};
  EXPECT_EQ(keys, want);
  // Stop words, usage words, bracketed notes and pronunciations go.
  const std::vector<std::uint32_t> verb =
      BilingualDictionary::ParseEntry("nehmen\nto take sth. [coll.] /teɪk/\n");
  EXPECT_EQ(verb, std::vector<std::uint32_t>{BilingualDictionary::EnglishKey("take")});
  EXPECT_TRUE(BilingualDictionary::ParseEntry("").empty());
  EXPECT_TRUE(BilingualDictionary::ParseEntry("only a headword line").empty());
}

TEST_F(DictdFixture, MalformedFilesAreErrorsNotCrashes) {
  const std::string base = Write("bad", {{"casa", "casa\nhouse\n"}});
  std::ofstream(base + ".index", std::ios::binary) << "casa\tA\n";  // no length
  EXPECT_FALSE(BilingualDictionary::Load(base, "es").ok());
  std::ofstream(base + ".index", std::ios::binary) << "casa\tA!\tB\n";  // not base64
  EXPECT_FALSE(BilingualDictionary::Load(base, "es").ok());
  // The index points past the end of the text.
  std::ofstream(base + ".index", std::ios::binary) << "casa\tA\tB\nperro\tZZZ\tBA\n";
  EXPECT_FALSE(BilingualDictionary::Load(base, "es").ok());
  // Truncated compressed text.
  {
    std::ofstream(base + ".index", std::ios::binary) << "casa\tA\tK\n";
    std::ofstream out(base + ".dict.dz", std::ios::binary);
    out << std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x4b", 11);
  }
  EXPECT_FALSE(BilingualDictionary::Load(base, "es").ok());
  EXPECT_EQ(BilingualDictionary::Load((dir_ / "missing").string(), "es").status().code(),
            Status::Code::kNotFound);
}

TEST_F(DictdFixture, PivotReadsTheConfiguredDirectoryOnce) {
  // Turkish is used because no other test in this binary asks for it.
  Write("freedict-tur-eng", {{"ev", "ev\nhouse\n"}});
  setenv("BROADSHEET_DICTD_DIR", dir_.string().c_str(), 1);
  EXPECT_EQ(DictdDirectory(), dir_.string());
  const BilingualDictionary* d = EnglishPivot("tr");
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(Has(d->Translate(Stem("tr", "ev")), "house"));
  EXPECT_EQ(EnglishPivot("tr"), d);  // loaded once
  EXPECT_EQ(EnglishPivot("en"), nullptr);
  EXPECT_EQ(EnglishPivot("zh"), nullptr);
  unsetenv("BROADSHEET_DICTD_DIR");
  EXPECT_EQ(DictdDirectory(), "/usr/share/dictd");
}

}  // namespace
}  // namespace bs
