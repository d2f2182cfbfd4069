#include "core/time.h"

#include <gtest/gtest.h>

#include <string>

namespace bs {
namespace {

// 2024-03-05T07:08:09Z, worked out by hand: 19787 days after the epoch.
constexpr Timestamp kRef = 19787LL * 86400 + 7 * 3600 + 8 * 60 + 9;

TEST(MakeTimestampTest, KnownInstants) {
  EXPECT_EQ(MakeTimestamp(1970, 1, 1, 0, 0, 0), 0);
  EXPECT_EQ(MakeTimestamp(2024, 3, 5, 7, 8, 9), kRef);
  EXPECT_EQ(MakeTimestamp(2000, 2, 29, 0, 0, 0), 951782400);
  EXPECT_EQ(MakeTimestamp(1969, 12, 31, 23, 59, 59), -1);
  EXPECT_EQ(MakeTimestamp(1, 1, 1, 0, 0, 0), -62135596800LL);
  EXPECT_EQ(MakeTimestamp(9999, 12, 31, 23, 59, 59), 253402300799LL);
}

TEST(MakeTimestampTest, OffsetIsSubtracted) {
  // 09:08:09 at +02:00 is 07:08:09 UTC.
  EXPECT_EQ(MakeTimestamp(2024, 3, 5, 9, 8, 9, 2 * 3600), kRef);
  EXPECT_EQ(MakeTimestamp(2024, 3, 4, 23, 8, 9, -8 * 3600), kRef);
}

TEST(MakeTimestampTest, RejectsOutOfRangeFields) {
  EXPECT_FALSE(MakeTimestamp(0, 1, 1, 0, 0, 0));
  EXPECT_FALSE(MakeTimestamp(10000, 1, 1, 0, 0, 0));
  EXPECT_FALSE(MakeTimestamp(2024, 0, 1, 0, 0, 0));
  EXPECT_FALSE(MakeTimestamp(2024, 13, 1, 0, 0, 0));
  EXPECT_FALSE(MakeTimestamp(2023, 2, 29, 0, 0, 0));  // not a leap year
  EXPECT_FALSE(MakeTimestamp(1900, 2, 29, 0, 0, 0));  // century rule
  EXPECT_TRUE(MakeTimestamp(2000, 2, 29, 0, 0, 0));   // 400-year rule
  EXPECT_FALSE(MakeTimestamp(2024, 4, 31, 0, 0, 0));
  EXPECT_FALSE(MakeTimestamp(2024, 1, 1, 25, 0, 0));
  EXPECT_FALSE(MakeTimestamp(2024, 1, 1, 24, 0, 1));
  EXPECT_FALSE(MakeTimestamp(2024, 1, 1, 0, 60, 0));
  EXPECT_FALSE(MakeTimestamp(2024, 1, 1, 0, 0, 61));
  EXPECT_FALSE(MakeTimestamp(2024, 1, 1, 0, 0, -1));
  EXPECT_FALSE(MakeTimestamp(2024, 1, 1, 0, 0, 0, 86400));
  // End of day and a leap second both roll forward.
  EXPECT_EQ(MakeTimestamp(2024, 3, 4, 24, 0, 0), MakeTimestamp(2024, 3, 5, 0, 0, 0));
  EXPECT_EQ(MakeTimestamp(2016, 12, 31, 23, 59, 60), MakeTimestamp(2017, 1, 1, 0, 0, 0));
}

TEST(FormatTest, Iso8601AndRfc1123) {
  EXPECT_EQ(FormatIso8601Utc(kRef), "2024-03-05T07:08:09Z");
  EXPECT_EQ(FormatIso8601Utc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatIso8601Utc(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(FormatRfc1123(kRef), "Tue, 05 Mar 2024 07:08:09 GMT");
  EXPECT_EQ(FormatRfc1123(0), "Thu, 01 Jan 1970 00:00:00 GMT");
  EXPECT_EQ(FormatRfc1123(-86400), "Wed, 31 Dec 1969 00:00:00 GMT");
}

TEST(FormatTest, RoundTripsThroughParse) {
  for (Timestamp t = -5000000000LL; t < 5000000000LL; t += 123456789) {
    EXPECT_EQ(ParseDate(FormatIso8601Utc(t)), t) << FormatIso8601Utc(t);
    EXPECT_EQ(ParseDate(FormatRfc1123(t)), t) << FormatRfc1123(t);
  }
}

TEST(NowUtcTest, IsPlausible) {
  const Timestamp now = NowUtc();
  EXPECT_GT(now, *MakeTimestamp(2020, 1, 1, 0, 0, 0));
  EXPECT_LT(now, *MakeTimestamp(2200, 1, 1, 0, 0, 0));
}

struct DateCase {
  const char* text;
  Timestamp expected;
};

class ParseDateValid : public ::testing::TestWithParam<DateCase> {};

TEST_P(ParseDateValid, Parses) {
  const DateCase& c = GetParam();
  auto t = ParseDate(c.text);
  ASSERT_TRUE(t.has_value()) << c.text;
  EXPECT_EQ(*t, c.expected) << c.text << " -> " << FormatIso8601Utc(*t);
}

constexpr Timestamp H = 3600;
constexpr Timestamp kDay = 19787LL * 86400;  // 2024-03-05T00:00:00Z

INSTANTIATE_TEST_SUITE_P(
    Rfc822, ParseDateValid,
    ::testing::Values(
        DateCase{"Tue, 05 Mar 2024 07:08:09 GMT", kRef},
        DateCase{"Tue, 05 Mar 2024 07:08:09 +0000", kRef},
        DateCase{"Tue, 05 Mar 2024 07:08:09 UT", kRef},
        DateCase{"Tue, 05 Mar 2024 07:08:09 UTC", kRef},
        DateCase{"Tue, 05 Mar 2024 07:08:09 Z", kRef},
        DateCase{"05 Mar 2024 07:08:09 GMT", kRef},             // no weekday
        DateCase{"Tue, 5 Mar 2024 7:08:09 GMT", kRef},          // single digits
        DateCase{"Tue 05 Mar 2024 07:08:09 GMT", kRef},         // missing comma
        DateCase{"Tue,05 Mar 2024 07:08:09 GMT", kRef},
        DateCase{"  Tue,  05   Mar  2024\t07:08:09   GMT  ", kRef},
        DateCase{"Tue, 05 Mar 24 07:08:09 GMT", kRef},          // two-digit year
        DateCase{"Tue, 05 mar 2024 07:08:09 gmt", kRef},        // lowercase
        DateCase{"Tuesday, 05 March 2024 07:08:09 GMT", kRef},  // long names
        DateCase{"Tue, 05 MAR 2024 07:08:09 GMT", kRef},
        DateCase{"Tue, 05 Mar 2024 07:08:09 GMT (GMT)", kRef},  // trailing comment
        DateCase{"Tue, 05 Mar 2024 07:08 GMT", kRef - 9},       // no seconds
        DateCase{"Tue, 05 Mar 2024 07:08:09", kRef},            // no zone: UTC
        DateCase{"Tue, 05 Mar 2024 07:08:09 +0530", kRef - 5 * H - 30 * 60},
        DateCase{"Tue, 05 Mar 2024 07:08:09 +05:30", kRef - 5 * H - 30 * 60},
        DateCase{"Tue, 05 Mar 2024 07:08:09 -0800", kRef + 8 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 EST", kRef + 5 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 EDT", kRef + 4 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 CST", kRef + 6 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 CDT", kRef + 5 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 MST", kRef + 7 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 MDT", kRef + 6 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 PST", kRef + 8 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 PDT", kRef + 7 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 JST", kRef - 9 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 ICT", kRef - 7 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 A", kRef - 1 * H},  // military
        DateCase{"Tue, 05 Mar 2024 07:08:09 M", kRef - 12 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 N", kRef + 1 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 Y", kRef + 12 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 GMT+0100", kRef - 1 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 -0800 (PST)", kRef + 8 * H},
        DateCase{"Tue, 05 Mar 2024 07:08:09 (PST)", kRef + 8 * H},  // zone only in comment
        DateCase{"Tue, 05 Sept 2023 07:08:09 GMT", *MakeTimestamp(2023, 9, 5, 7, 8, 9)},
        DateCase{"05 September 2023 07:08:09 GMT", *MakeTimestamp(2023, 9, 5, 7, 8, 9)},
        DateCase{"Tue Mar  5 07:08:09 2024", kRef},             // asctime
        DateCase{"Tue, 05-Mar-2024 07:08:09 GMT", kRef},        // RFC 850 style dashes
        DateCase{"Tuesday, 05-Mar-24 07:08:09 GMT", kRef},
        DateCase{"March 5, 2024 7:08:09 AM", kRef},
        DateCase{"March 5, 2024 7:08 PM", kRef - 9 + 12 * H},
        DateCase{"5 Mar 2024", kDay},                            // date only
        DateCase{"Tue, 05 Mar 1999 07:08:09 GMT", *MakeTimestamp(1999, 3, 5, 7, 8, 9)},
        DateCase{"Fri, 05 Mar 99 07:08:09 GMT", *MakeTimestamp(1999, 3, 5, 7, 8, 9)},
        DateCase{"Sun, 31 Dec 2006 23:59:60 GMT", *MakeTimestamp(2007, 1, 1, 0, 0, 0)}));

INSTANTIATE_TEST_SUITE_P(
    Iso8601, ParseDateValid,
    ::testing::Values(
        DateCase{"2024-03-05T07:08:09Z", kRef},
        DateCase{"2024-03-05t07:08:09z", kRef},
        DateCase{"2024-03-05 07:08:09Z", kRef},
        DateCase{"2024-03-05T07:08:09", kRef},  // no offset: UTC
        DateCase{"2024-03-05T07:08:09.123456Z", kRef},
        DateCase{"2024-03-05T07:08:09,5Z", kRef},
        DateCase{"2024-03-05T07:08Z", kRef - 9},
        DateCase{"2024-03-05T09:08:09+02:00", kRef},
        DateCase{"2024-03-05T09:08:09+0200", kRef},
        DateCase{"2024-03-05T09:08:09+02", kRef},
        DateCase{"2024-03-04T23:08:09-08:00", kRef},
        DateCase{"2024-03-05T12:38:09.5+05:30", kRef},
        DateCase{"2024-03-05 07:08:09 +0000", kRef},
        DateCase{"2024-03-05 07:08:09 GMT", kRef},
        DateCase{"2024-03-05 02:08:09 EST", kRef},
        DateCase{"20240305T070809Z", kRef},
        DateCase{"2024-03-05", kDay},
        DateCase{"20240305", kDay},
        DateCase{"2024-3-5", kDay},
        DateCase{"2024/03/05", kDay},
        DateCase{"2024-03", kDay - 4 * 86400},
        DateCase{"2024", *MakeTimestamp(2024, 1, 1, 0, 0, 0)},
        DateCase{"2024-03-05T24:00:00Z", kDay + 86400},
        DateCase{"  2024-03-05T07:08:09Z\n", kRef}));

INSTANTIATE_TEST_SUITE_P(
    Cjk, ParseDateValid,
    ::testing::Values(
        DateCase{"2024\u5e743\u67085\u65e5", kDay},                        // 2024年3月5日
        DateCase{"2024\u5e7403\u670805\u65e5 16:08", kDay + 16 * H + 8 * 60},
        DateCase{"2024\ub144 3\uc6d4 5\uc77c", kDay},                      // 2024년 3월 5일
        DateCase{"2024\ub144 3\uc6d4 5\uc77c \uc624\ud6c4 4:08", kDay + 16 * H + 8 * 60},  // 오후
        DateCase{"2024.03.05 07:08:09", kRef},
        DateCase{"2024-03-05 4:08 PM", kDay + 16 * H + 8 * 60},
        DateCase{"2024-03-05 12:08 am", kDay + 8 * 60},
        DateCase{"2024.03.05 16:08:09 +0900", kRef},
        DateCase{"Tue, 05 Mar 2024 15:08:09 MYT", kRef}));

INSTANTIATE_TEST_SUITE_P(Epoch, ParseDateValid,
                         ::testing::Values(DateCase{"1709622489", kRef},
                                           DateCase{"1709622489.75", kRef},
                                           DateCase{"999999999", 999999999}));

TEST(ParseDateTest, RejectsNonDates) {
  for (const char* bad : {"", "   ", "yesterday", "not a date at all, sorry", "Tue, 32 Mar 2024",
                          "Tue, 29 Feb 2023 00:00:00 GMT", "2024-13-01", "2024-02-30",
                          "2024-03-05T25:00:00Z", "2024-03-05T07:61:00Z", "12345", "Mar",
                          "05 Mar", "2024-03-05T07:08:09+99:00", "2024x03", "Tue, 05 Mar 2024 1 2 3",
                          "99999999999999999999999"}) {
    EXPECT_FALSE(ParseDate(bad).has_value()) << '"' << bad << '"';
  }
}

TEST(ParseDateTest, HostileInputIsBounded) {
  EXPECT_FALSE(ParseDate(std::string(100000, '9')).has_value());
  EXPECT_FALSE(ParseDate(std::string(1 << 20, ' ') + "2024-03-05").has_value());
  const std::string with_nul("2024-03-05\0garbage", 18);
  EXPECT_EQ(ParseDate(with_nul), kDay);
  EXPECT_FALSE(ParseDate("\xff\xfe\x80 Mar 2024").has_value());
  EXPECT_EQ(ParseDate("Tue, 05 Mar 2024 07:08:09 GMT \xc3\x28"), kRef);
}

}  // namespace
}  // namespace bs
