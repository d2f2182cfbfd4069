#include "organise/batch.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace bs {
namespace {

std::string Line(const std::string& id, const std::string& text, const std::string& published,
                 const std::string& source = "paper") {
  nlohmann::json j = {{"id", id}, {"title", "Title " + id}, {"text", text}, {"source", source},
                      {"language", "en"}};
  if (!published.empty()) j["published"] = published;
  return j.dump() + "\n";
}

const char* kBody =
    "The northern water board approved a new reservoir at Lembah Hijau on Monday after three "
    "years of hearings, budgeting 412 million for the dam and pipelines.\n\nChairwoman Ratna "
    "Sulistyo said construction would start in the dry season and employ about 900 workers.";

TEST(BatchTest, PrintsFinalStateInPublishedOrder) {
  std::stringstream in;
  // The copy comes first in the file but later in time.
  in << Line("copy", std::string("(Via Paper)\n\n") + kBody, "2024-05-02T10:00:00Z", "other");
  in << "\n";
  in << Line("orig", kBody, "2024-05-01T10:00:00Z");
  in << Line("undated", "Something else entirely about a chess match in Varna.", "");
  std::stringstream out;
  ASSERT_TRUE(RunOrganiseBatch(in, nullptr, out).ok());
  std::vector<nlohmann::json> lines;
  std::string l;
  while (std::getline(out, l)) lines.push_back(nlohmann::json::parse(l));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["id"], "orig");
  EXPECT_EQ(lines[0]["duplicate_of"], "");
  EXPECT_EQ(lines[1]["id"], "copy");
  EXPECT_EQ(lines[1]["duplicate_of"], "orig");
  EXPECT_EQ(lines[1]["story"], lines[0]["story"]);
  EXPECT_EQ(lines[2]["id"], "undated");
  EXPECT_EQ(lines[2]["section"], "");
  EXPECT_EQ(lines[2]["section_confidence"], 0.0);
  EXPECT_TRUE(lines[2]["related"].is_array());
}

TEST(BatchTest, UsesAClassifierWhenGiven) {
  std::stringstream in, train, out;
  in << Line("a", kBody, "2024-05-01T10:00:00Z");
  train << R"({"id":"t","title":"x","text":"y","source":"s","section":"business"})" << "\n";
  int trained = 0;
  BatchClassifier c;
  c.train = [&](const std::vector<LabelledArticle>& v) {
    trained = static_cast<int>(v.size());
    EXPECT_EQ(v[0].section, "business");
    return Status::Ok();
  };
  c.classify = [](const OrganiseInput&) { return std::make_pair(std::string("business"), 0.7); };
  ASSERT_TRUE(RunOrganiseBatch(in, &train, out, c).ok());
  EXPECT_EQ(trained, 1);
  auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["section"], "business");
  EXPECT_DOUBLE_EQ(j["section_confidence"].get<double>(), 0.7);
}

TEST(BatchTest, ReportsMalformedInput) {
  std::stringstream out;
  std::stringstream bad_json("{\"id\": \"a\", \n");
  Status st = RunOrganiseBatch(bad_json, nullptr, out);
  EXPECT_EQ(st.code(), Status::Code::kParseError);
  EXPECT_NE(st.message().find("line 1"), std::string::npos);
  std::stringstream no_id("{\"title\": \"x\"}\n");
  EXPECT_EQ(RunOrganiseBatch(no_id, nullptr, out).code(), Status::Code::kParseError);
  std::stringstream bad_date(R"({"id":"a","published":"not a date"})" "\n");
  EXPECT_EQ(RunOrganiseBatch(bad_date, nullptr, out).code(), Status::Code::kParseError);
  std::stringstream array("[1,2]\n");
  EXPECT_EQ(RunOrganiseBatch(array, nullptr, out).code(), Status::Code::kParseError);
  std::stringstream dup_ids(Line("a", "x", "") + Line("a", "y", ""));
  EXPECT_EQ(RunOrganiseBatch(dup_ids, nullptr, out).code(), Status::Code::kInvalidArgument);
  std::stringstream empty;
  std::stringstream empty_out;
  EXPECT_TRUE(RunOrganiseBatch(empty, nullptr, empty_out).ok());
  EXPECT_TRUE(empty_out.str().empty());
}

}  // namespace
}  // namespace bs
