#include "mail/address.h"

#include <gtest/gtest.h>

namespace bs::mail {
namespace {

TEST(ParseAddress, NormalisesTheDomainAndKeepsTheLocalPart) {
  auto a = ParseAddress("  Reader.One+news@Example.ORG ");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->ascii(), "Reader.One+news@example.org");
  auto idn = ParseAddress("leser@bücher.de");
  ASSERT_TRUE(idn.ok()) << idn.status().ToString();
  EXPECT_EQ(idn->domain, "xn--bcher-kva.de");
  EXPECT_EQ(idn->domain_unicode, "bücher.de");
  for (const char* ok : {"a@例え.jp", "ผู้อ่าน@ไทย.th", "x@sub.domain.example.co.uk"})
    EXPECT_TRUE(ParseAddress(ok).ok()) << ok << ": " << ParseAddress(ok).status().ToString();
}

TEST(ParseAddress, RefusesHostileAndMalformedInput) {
  const std::string cases[] = {
      "",
      "no-at-sign",
      "two@@example.org",
      "a@b@example.org",
      "@example.org",
      "user@",
      "user@localhost",
      "user@[192.0.2.1]",
      "user@192.0.2.1",
      ".dot@example.org",
      "do..ts@example.org",
      "\"quoted\"@example.org",
      "with space@example.org",
      "crlf@example.org\r\nBcc: victim@example.org",
      std::string("nul\0@example.org", 16),
      "tab\t@example.org",
      "bad\xff\xfe@example.org",
      std::string(65, 'a') + "@example.org",
      "user@" + std::string(250, 'd') + ".org",
      "user@exa_mple.org",
  };
  for (const auto& c : cases) EXPECT_FALSE(ParseAddress(c).ok()) << "accepted: " << c;
}

TEST(ParseAddress, RefusesTenKilobytesBeforeLookingAtThem) {
  auto r = ParseAddress(std::string(10'000, 'a') + "@example.org");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("too long"), std::string::npos);
}

TEST(ParseAddress, RefusesDomainsThatImitateOthers) {
  // "pаypal.com" with a Cyrillic "а" in a Latin word.
  EXPECT_FALSE(ParseAddress("victim@p\xd0\xb0ypal.com").ok());
  // Whole-script Cyrillic is a real domain, not an imitation of a mix.
  EXPECT_TRUE(ParseAddress("reader@\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb5\xd1\x80.\xd1\x80\xd1\x84").ok());
}

}  // namespace
}  // namespace bs::mail
