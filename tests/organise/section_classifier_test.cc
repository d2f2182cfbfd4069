#include "organise/section_classifier.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "core/hash.h"

namespace bs {
namespace {

// A small three-section problem: each article is built from sentences of its
// own section, so a working classifier separates them perfectly.
const std::vector<std::string> kHarbour = {
    "The ferry left the harbour late because fog covered the northern pier.",
    "Fishing boats unloaded crates of mackerel at the quay before dawn.",
    "The harbour master closed the channel while the tide turned.",
    "A cargo ship anchored outside the breakwater waiting for a pilot.",
    "Sailors repaired the torn mainsail on the deck of the old schooner.",
    "The lighthouse keeper logged three vessels crossing the bay overnight.",
};
const std::vector<std::string> kGarden = {
    "Gardeners planted tulip bulbs in the allotment beds this autumn.",
    "The rose bushes need pruning before the first frost arrives.",
    "Compost from kitchen scraps feeds the vegetable patch all summer.",
    "Seedlings of tomatoes and peppers sprouted in the greenhouse trays.",
    "The orchard's apple trees were grafted onto hardy rootstock.",
    "Slugs ate the lettuce leaves, so the allotment society bought copper tape.",
};
const std::vector<std::string> kConcert = {
    "The orchestra rehearsed the symphony for the festival's opening night.",
    "A violinist played the concerto with the chamber ensemble on Friday.",
    "The choir sang a new cantata written by the town's organist.",
    "Tickets for the jazz quartet's concert sold out within an hour.",
    "The conductor raised his baton and the brass section began the overture.",
    "The pianist performed sonatas in the restored concert hall.",
};

std::vector<LabelledText> SyntheticExamples() {
  std::vector<LabelledText> out;
  auto add = [&](const std::vector<std::string>& sentences, const std::string& section) {
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      std::string text = sentences[i] + " " + sentences[(i + 1) % sentences.size()] + " " +
                         sentences[(i + 3) % sentences.size()];
      out.push_back({sentences[(i + 2) % sentences.size()], text, "en", section});
    }
  };
  add(kHarbour, "harbour");
  add(kGarden, "garden");
  add(kConcert, "music");
  return out;
}

const SectionClassifier& Trained() {
  static const SectionClassifier model = [] {
    auto r = SectionClassifier::Train(SyntheticExamples());
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return std::move(r).value();
  }();
  return model;
}

TEST(SectionClassifierTest, LearnsSyntheticProblemPerfectly) {
  const auto& m = Trained();
  EXPECT_EQ(m.labels(), (std::vector<std::string>{"garden", "harbour", "music"}));
  for (const auto& e : SyntheticExamples()) {
    auto p = m.Predict(e.title, e.text, e.language);
    EXPECT_EQ(p.section, e.section) << e.text;
  }
  // Unseen wording built from the same vocabulary.
  EXPECT_EQ(m.Predict("Fog at the pier", "The ferry and the fishing boats waited in the harbour.")
                .section,
            "harbour");
  EXPECT_EQ(m.Predict("", "The choir and the orchestra gave a concert.").section, "music");
  EXPECT_EQ(m.Predict("Frost threatens roses", "").section, "garden");
}

TEST(SectionClassifierTest, ConfidenceIsAProbabilityAndHigherWhenClear) {
  const auto& m = Trained();
  auto clear = m.Predict("Orchestra concert",
                         "The orchestra and choir performed the symphony; the conductor, the "
                         "violinist and the pianist took their bows in the concert hall.");
  auto mixed = m.Predict("", "The orchestra played on the harbour pier beside the allotment.");
  for (const auto& p : {clear, mixed}) {
    EXPECT_GE(p.confidence, 0.0);
    EXPECT_LE(p.confidence, 1.0);
  }
  EXPECT_EQ(clear.section, "music");
  EXPECT_GT(clear.confidence, mixed.confidence);
  EXPECT_GT(clear.confidence, 0.6);

  auto probs = m.Probabilities("Orchestra concert", "The symphony.");
  ASSERT_EQ(probs.size(), 3u);
  double sum = 0;
  for (double p : probs) sum += p;
  EXPECT_NEAR(sum, 1.0, 1e-9);
}

TEST(SectionClassifierTest, EmptyTextIsSaneAndUnsure) {
  const auto& m = Trained();
  auto p = m.Predict("", "");
  const auto& labels = m.labels();
  EXPECT_NE(std::find(labels.begin(), labels.end(), p.section), labels.end());
  EXPECT_LT(p.confidence, 0.5);  // about the class prior, 1/3 here
  // Punctuation and digits only: no words, the same fallback.
  auto q = m.Predict("!!!", "... 123 --- ???");
  EXPECT_NE(std::find(labels.begin(), labels.end(), q.section), labels.end());
  EXPECT_LT(q.confidence, 0.6);
}

TEST(SectionClassifierTest, BadBytesDoNotBreakPrediction) {
  const auto& m = Trained();
  std::string nasty = "The orchestra\xff\xfe concert\0 hall \xc3";
  nasty.push_back('\0');
  nasty += std::string(100000, 'x');  // one giant token, dropped by the tokenizer
  auto p = m.Predict(std::string_view("\0\0title", 7), nasty);
  EXPECT_FALSE(p.section.empty());
  EXPECT_GE(p.confidence, 0.0);
  EXPECT_LE(p.confidence, 1.0);
  // Several MiB (past the analyzer's bound) is cut, not a failure.
  std::string huge;
  while (huge.size() < (3u << 20)) huge += "The ferry left the harbour in fog. ";
  EXPECT_EQ(m.Predict("", huge).section, "harbour");
}

TEST(SectionClassifierTest, CjkText) {
  std::vector<LabelledText> ex = {
      {"主队获胜", "足球比赛在周末举行，主队以三比一获胜。球员在比赛中打进两个进球。", "zh", "sport"},
      {"联赛开赛", "篮球联赛今晚开赛，教练对球员的表现很满意。", "zh", "sport"},
      {"球队夺冠", "这支球队在决赛中击败对手，赢得冠军奖杯。", "zh", "sport"},
      {"利率下调", "央行宣布下调利率，股市随之上涨。银行贷款成本降低。", "zh", "business"},
      {"利润增长", "公司公布季度利润增长百分之十，投资者纷纷买入股票。", "zh", "business"},
      {"出口数据", "今年出口数据好于预期，工厂订单增加，经济稳步增长。", "zh", "business"},
      {"新款手机", "新款手机搭载更快的芯片和更长的电池续航。", "zh", "tech"},
      {"软件更新", "软件更新修复了多个安全漏洞，用户应尽快安装。", "zh", "tech"},
      {"人工智能", "研究人员发布了新的人工智能模型，可以识别图像和语音。", "zh", "tech"},
  };
  auto r = SectionClassifier::Train(ex);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  for (const auto& e : ex) EXPECT_EQ(r->Predict(e.title, e.text, "zh").section, e.section);
  // Unseen sentences, language detected rather than given.
  EXPECT_EQ(r->Predict("", "主队的球员在比赛最后时刻打进制胜进球。").section, "sport");
  EXPECT_EQ(r->Predict("", "投资者担心利率上升会拖累股市和经济。").section, "business");
  EXPECT_EQ(r->Predict("手机芯片", "这款芯片让手机的电池更耐用。").section, "tech");
}

TEST(SectionClassifierTest, SerializeRoundTripGivesIdenticalPredictions) {
  const auto& m = Trained();
  std::string bytes = m.Serialize();
  auto back = SectionClassifier::Deserialize(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->labels(), m.labels());
  EXPECT_DOUBLE_EQ(back->temperature(), m.temperature());
  EXPECT_EQ(back->Serialize(), bytes);
  std::vector<std::pair<std::string, std::string>> probes = {
      {"", ""}, {"Orchestra", "The harbour pier."}, {"Roses", "Compost and frost."}};
  for (const auto& e : SyntheticExamples()) probes.emplace_back(e.title, e.text);
  for (const auto& [title, text] : probes) {
    auto a = m.Probabilities(title, text);
    auto b = back->Probabilities(title, text);
    EXPECT_EQ(a, b) << text;  // bit-identical, not merely close
  }
}


TEST(SectionClassifierTest, ShortTextOptionsShapeTheModelAndSurviveSerialisation) {
  // Two labels told apart only by a spelling inside glued words and by stop
  // words: terms alone cannot see either, character n-grams and kept stop
  // words can, and the saved model must read new texts the same way.
  std::vector<LabelledText> examples;
  for (int i = 0; i < 30; ++i) {
    examples.push_back({"", "visit shopzzq" + std::to_string(i) + " for it", "en", "a"});
    examples.push_back({"", "visit garden" + std::to_string(i) + " with me", "en", "b"});
  }
  TrainOptions plain;
  plain.calibration_fraction = 0;
  TrainOptions rich = plain;
  rich.char_ngrams = true;
  rich.keep_stop_words = true;
  auto p = SectionClassifier::Train(examples, plain);
  auto r = SectionClassifier::Train(examples, rich);
  ASSERT_TRUE(p.ok() && r.ok());
  const std::string probe = "visit shopzzq999 soon";
  EXPECT_GT(r->Predict("", probe).confidence, p->Predict("", probe).confidence + 0.05);
  EXPECT_EQ(r->Predict("", probe).section, "a");
  auto back = SectionClassifier::Deserialize(r->Serialize());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->Probabilities("", probe), r->Probabilities("", probe)) << "the options are part of the model";
  EXPECT_EQ(back->Serialize(), r->Serialize());
}
TEST(SectionClassifierTest, TrainingIsDeterministic) {
  auto a = SectionClassifier::Train(SyntheticExamples());
  auto b = SectionClassifier::Train(SyntheticExamples());
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->Serialize(), b->Serialize());
}

// Rewrites the trailing checksum so a forged field gets past it and must be
// caught by the field checks themselves.
std::string Reseal(std::string bytes) {
  std::uint64_t sum = Fnv1a64(std::string_view(bytes).substr(0, bytes.size() - 8));
  for (int i = 0; i < 8; ++i) bytes[bytes.size() - 8 + i] = static_cast<char>((sum >> (8 * i)) & 0xff);
  return bytes;
}

void PutU32At(std::string* bytes, std::size_t offset, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) (*bytes)[offset + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}

TEST(SectionClassifierTest, DeserializeRejectsTruncatedGarbageAndHugeInput) {
  const std::string good = Trained().Serialize();
  ASSERT_TRUE(SectionClassifier::Deserialize(good).ok());

  EXPECT_FALSE(SectionClassifier::Deserialize("").ok());
  EXPECT_FALSE(SectionClassifier::Deserialize("BSSECLS").ok());
  for (std::size_t n = 0; n < good.size(); n += std::max<std::size_t>(1, good.size() / 997))
    EXPECT_FALSE(SectionClassifier::Deserialize(good.substr(0, n)).ok()) << n;
  EXPECT_FALSE(SectionClassifier::Deserialize(good + "x").ok());

  // Any flipped byte is caught (by the checksum or a field check).
  for (std::size_t i = 0; i < good.size(); i += std::max<std::size_t>(1, good.size() / 211)) {
    std::string bad = good;
    bad[i] = static_cast<char>(bad[i] ^ 0x20);
    EXPECT_FALSE(SectionClassifier::Deserialize(bad).ok()) << i;
  }

  std::mt19937_64 rng(7);
  for (int t = 0; t < 50; ++t) {
    std::string junk(static_cast<std::size_t>(rng() % 4096), '\0');
    for (char& c : junk) c = static_cast<char>(rng());
    EXPECT_FALSE(SectionClassifier::Deserialize(junk).ok());
    // Right magic, random rest.
    junk.replace(0, std::min<std::size_t>(8, junk.size()), std::string("BSSECLS\0", 8));
    EXPECT_FALSE(SectionClassifier::Deserialize(junk).ok());
    EXPECT_FALSE(SectionClassifier::Deserialize(Reseal(junk + std::string(8, '\0'))).ok());
  }

  std::string huge(kMaxSerializedModelBytes + 1, '\0');
  auto r = SectionClassifier::Deserialize(huge);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kLimitExceeded);
}

TEST(SectionClassifierTest, DeserializeRejectsForgedFieldsWithValidChecksum) {
  const std::string good = Trained().Serialize();
  // Layout: magic(8) version(4) hash_bits(4) flags(4) title_weight(8)
  // temperature(8) label_count(4) ...
  struct Forgery {
    std::size_t offset;
    std::uint32_t value;
  };
  for (Forgery f : {Forgery{8, 2},            // unknown version
                    Forgery{12, 40},          // hash_bits far too large
                    Forgery{12, 3},           // hash_bits too small
                    Forgery{16, 8},           // unknown flags
                    Forgery{36, 1},           // a single label
                    Forgery{36, 100000},      // absurd label count
                    Forgery{40, 0xffffffff}}) {  // first label's length
    std::string bad = good;
    PutU32At(&bad, f.offset, f.value);
    EXPECT_FALSE(SectionClassifier::Deserialize(Reseal(bad)).ok()) << f.offset << "=" << f.value;
  }
  // Temperature NaN.
  std::string bad = good;
  PutU32At(&bad, 28, 0xffffffff);
  PutU32At(&bad, 32, 0xffffffff);
  EXPECT_FALSE(SectionClassifier::Deserialize(Reseal(bad)).ok());
}

TEST(SectionClassifierTest, TrainingErrors) {
  EXPECT_FALSE(SectionClassifier::Train({}).ok());
  std::vector<LabelledText> one = {{"a", "The ferry left.", "en", "harbour"},
                                   {"b", "The boat came back.", "en", "harbour"}};
  auto r = SectionClassifier::Train(one);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);

  auto unlabelled = SyntheticExamples();
  unlabelled[3].section.clear();
  EXPECT_FALSE(SectionClassifier::Train(unlabelled).ok());

  auto long_label = SyntheticExamples();
  long_label[0].section.assign(kMaxLabelBytes + 1, 's');
  EXPECT_FALSE(SectionClassifier::Train(long_label).ok());

  TrainOptions bits;
  bits.hash_bits = 40;
  EXPECT_FALSE(SectionClassifier::Train(SyntheticExamples(), bits).ok());
  TrainOptions epochs;
  epochs.epochs = 0;
  EXPECT_FALSE(SectionClassifier::Train(SyntheticExamples(), epochs).ok());
  TrainOptions rate;
  rate.learning_rate = -1;
  EXPECT_FALSE(SectionClassifier::Train(SyntheticExamples(), rate).ok());
}

TEST(SectionClassifierTest, CalibrationRunsWithEnoughExamples) {
  // Repeat the synthetic set with varied sentence orders until calibration
  // has enough to hold out; the fitted temperature must stay in range and
  // the model must still be right on its training data.
  std::vector<LabelledText> ex;
  const std::vector<std::pair<const std::vector<std::string>*, std::string>> classes = {
      {&kHarbour, "harbour"}, {&kGarden, "garden"}, {&kConcert, "music"}};
  for (std::size_t rep = 0; rep < 6; ++rep)
    for (const auto& [sentences, label] : classes)
      for (std::size_t i = 0; i < sentences->size(); ++i)
        ex.push_back({(*sentences)[(i + rep) % 6],
                      (*sentences)[i] + " " + (*sentences)[(i + rep + 1) % 6], "en", label});
  ASSERT_GE(ex.size(), kMinCalibrationExamples);
  auto r = SectionClassifier::Train(ex);
  ASSERT_TRUE(r.ok());
  EXPECT_GE(r->temperature(), 0.01);
  EXPECT_LE(r->temperature(), 100.0);
  EXPECT_NE(r->temperature(), 1.0);
  for (const auto& e : ex) EXPECT_EQ(r->Predict(e.title, e.text).section, e.section);
}

TEST(SectionClassifierTest, ConcurrentPredictionMatchesSerial) {
  const auto& m = Trained();
  auto examples = SyntheticExamples();
  std::vector<SectionPrediction> serial;
  for (const auto& e : examples) serial.push_back(m.Predict(e.title, e.text));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 20; ++round)
        for (std::size_t i = 0; i < examples.size(); ++i) {
          auto p = m.Predict(examples[i].title, examples[i].text);
          if (p.section != serial[i].section || p.confidence != serial[i].confidence)
            ++mismatches[t];
        }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(mismatches[t], 0);
}

}  // namespace
}  // namespace bs
