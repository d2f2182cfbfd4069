// `broadsheet moderate` end to end: the real binary over JSON-lines files,
// with and without training lines.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "app/support/process.h"

namespace bs {
namespace {

namespace fs = std::filesystem;

class ModerateCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-moderate-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    // A configuration whose database does not exist: the seed model is used.
    Write("site.toml", "[storage]\ndatabase = \"" + (dir_ / "none.db").string() +
                           "\"\n[comments]\nsuspect_words = [\"harbourmaster\"]\n");
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }
  std::vector<nlohmann::json> Lines(const std::string& out) {
    std::vector<nlohmann::json> v;
    std::istringstream in(out);
    for (std::string l; std::getline(in, l);) v.push_back(nlohmann::json::parse(l));
    return v;
  }
  testing::ProcessResult Moderate(std::vector<std::string> args) {
    std::vector<std::string> argv = {BROADSHEET_BINARY, "--config", (dir_ / "site.toml").string(), "moderate"};
    argv.insert(argv.end(), args.begin(), args.end());
    return testing::RunProcess(argv);
  }
  fs::path dir_;
};

TEST_F(ModerateCli, JudgesEachLineWithTheConfiguredListsAndTheSeedModel) {
  const std::string input = Write("in.jsonl", R"({"id": "1", "text": "The ferry schedule changed again without notice."}
{"id": "2", "text": "Ask the harbourmaster, he knows."}
{"id": "3", "text": "Earn 500 dollars a day from home!!! Subscribe to my channel and visit my page"}
)");
  auto r = Moderate({input});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto out = Lines(r.out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0]["decision"], "publish");
  EXPECT_EQ(out[1]["decision"], "hold");
  EXPECT_EQ(out[1]["reasons"][0], "suspect_word:harbourmaster") << "[comments] suspect_words";
  EXPECT_EQ(out[2]["decision"], "hold");
  EXPECT_FALSE(fs::exists(dir_ / "none.db")) << "a batch never creates a database";
}

TEST_F(ModerateCli, TrainsOnLabelledLinesFirst) {
  std::string train;
  for (int i = 0; i < 20; ++i) {
    train += R"({"text": "zorblat offer number )" + std::to_string(i) + R"(", "label": "spam"})" + "\n";
    train += R"({"text": "the council met on day )" + std::to_string(i) + R"(", "label": "ham"})" + "\n";
  }
  const std::string labelled = Write("train.jsonl", train);
  const std::string input = Write("in.jsonl", R"({"id": 1, "text": "zorblat offer number 99"}
{"id": 2, "text": "the council met on day 99"}
)");
  auto r = Moderate({"--train", labelled, input});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto out = Lines(r.out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_GT(out[0]["spam"].get<double>(), 0.5) << "a word only the training lines call spam";
  EXPECT_LT(out[1]["spam"].get<double>(), 0.5);
}

TEST_F(ModerateCli, ClearErrorsForMissingFilesAndBadTraining) {
  auto missing = Moderate({(dir_ / "nope.jsonl").string()});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("cannot open"), std::string::npos) << missing.err;
  const std::string input = Write("in.jsonl", "{\"id\": 1, \"text\": \"x\"}\n");
  auto bad = Moderate({"--train", Write("bad.jsonl", "{\"text\": \"x\", \"label\": \"perhaps\"}\n"), input});
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.err.find("label"), std::string::npos) << bad.err;
  auto few = Moderate({"--train", Write("few.jsonl", "{\"text\": \"x\", \"label\": \"spam\"}\n"), input});
  EXPECT_NE(few.exit_code, 0);
  EXPECT_NE(few.err.find("at least"), std::string::npos) << few.err;
}

}  // namespace
}  // namespace bs
