#include "text/language.h"

#include <gtest/gtest.h>

#include <string>

namespace bs {
namespace {

struct Sample {
  const char* code;
  const char* text;
};

// Short original news-style paragraphs.
const Sample kSamples[] = {
    {"en",
     "The city council voted on Tuesday to extend the night bus service through the winter, "
     "after commuters complained that the last trains left the centre far too early."},
    {"de",
     "Der Stadtrat hat am Dienstag beschlossen, den Nachtbusverkehr über den Winter zu "
     "verlängern, nachdem Pendler sich über die frühen letzten Züge beschwert hatten."},
    {"fr",
     "Le conseil municipal a voté mardi la prolongation du service de bus de nuit pendant "
     "l'hiver, après que les usagers se sont plaints des derniers trains trop matinaux."},
    {"zh", "市议会周二投票决定在整个冬季延长夜间公交服务，此前许多通勤者抱怨最后一班火车离开市中心的时间太早。"},
    {"ja",
     "市議会は火曜日、冬の間も深夜バスの運行を続けることを決めた。通勤客から最終電車が早すぎるという"
     "苦情が相次いでいた。"},
    {"ko", "시의회는 화요일 겨울 동안 심야 버스 운행을 연장하기로 의결했다. 통근자들은 마지막 열차가 너무 일찍 "
           "떠난다고 불만을 제기해 왔다."},
    {"th", "สภาเมืองลงมติเมื่อวันอังคารให้ขยายบริการรถโดยสารกลางคืนตลอดฤดูหนาว "
           "หลังจากผู้โดยสารร้องเรียนว่ารถไฟเที่ยวสุดท้ายออกเร็วเกินไป"},
    {"ru",
     "Городской совет во вторник проголосовал за продление работы ночных автобусов на всю "
     "зиму после того, как жители пожаловались на слишком ранние последние поезда."},
    {"ar",
     "صوّت مجلس المدينة يوم الثلاثاء على تمديد خدمة الحافلات الليلية طوال فصل الشتاء، بعد أن "
     "اشتكى الركاب من أن آخر القطارات تغادر وسط المدينة في وقت مبكر جدا."},
};

TEST(LanguageTest, IdentifiesShortParagraphs) {
  for (const Sample& s : kSamples) {
    LanguageGuess g = DetectLanguage(s.text);
    EXPECT_EQ(g.code, s.code) << s.text;
    EXPECT_TRUE(g.reliable) << s.code;
    EXPECT_GT(g.percent, 50) << s.code;
  }
}

TEST(LanguageTest, EmptyAndLetterlessAreUnknown) {
  EXPECT_EQ(DetectLanguage("").code, "");
  EXPECT_EQ(DetectLanguage("12345 67.89 -- !!!").code, "");
  std::string emoji;
  for (int i = 0; i < 10000; ++i) emoji += "\xF0\x9F\x98\x80";
  EXPECT_EQ(DetectLanguage(emoji).code, "");
}

TEST(LanguageTest, InvalidUtf8IsRepairedNotRefused) {
  std::string text = kSamples[1].text;
  text.insert(20, "\xFF\xFE");
  text.insert(40, std::string(1, '\0'));
  EXPECT_EQ(DetectLanguage(text).code, "de");
}

TEST(LanguageTest, HintDecidesAmbiguousShortText) {
  // Too short to be sure either way; hints must not make it fail.
  LanguageGuess g = DetectLanguage("Ok", LanguageHints{"de", "de"});
  EXPECT_FALSE(g.reliable);
}

TEST(LanguageTest, LongTextReadsOnlyAPrefix) {
  std::string text;
  while (text.size() < 5 * 1024 * 1024) text += std::string(kSamples[7].text) + " ";
  EXPECT_EQ(DetectLanguage(text).code, "ru");
}

TEST(PrimaryLanguageTest, MapsTags) {
  EXPECT_EQ(PrimaryLanguage("zh-Hant"), "zh");
  EXPECT_EQ(PrimaryLanguage("EN_us"), "en");
  EXPECT_EQ(PrimaryLanguage("iw"), "he");
  EXPECT_EQ(PrimaryLanguage(""), "");
}

}  // namespace
}  // namespace bs

namespace bs {
namespace {

TEST(LanguageHintsTest, OddHintsAreHarmless) {
  const char* text = "Le gouvernement a présenté mardi un nouveau plan pour les transports publics.";
  EXPECT_EQ(DetectLanguage(text, LanguageHints{"fr-FR", "co.uk"}).code, "fr");
  EXPECT_EQ(DetectLanguage(text, LanguageHints{"not a language", ".."}).code, "fr");
  EXPECT_EQ(DetectLanguage(text, LanguageHints{"", "."}).code, "fr");
}

}  // namespace
}  // namespace bs
