#include "newsletter/tokens.h"

#include <gtest/gtest.h>

#include "store/store_fixture.h"

namespace bs::newsletter {
namespace {

class TokensTest : public testing::StoreTest {};

TEST_F(TokensTest, SignedLinksVerifyOnlyForTheirPurposeAndUntilTheyExpire) {
  auto keys = NewsletterKeys::Load(*store_);
  ASSERT_TRUE(keys.ok()) << keys.status().ToString();
  const std::string t = keys->SignLink(LinkPurpose::kUnsubscribe, 42, 2000);
  EXPECT_EQ(keys->VerifyLink(LinkPurpose::kUnsubscribe, t, 1999), 42);
  EXPECT_FALSE(keys->VerifyLink(LinkPurpose::kUnsubscribe, t, 2000)) << "expired";
  EXPECT_FALSE(keys->VerifyLink(LinkPurpose::kManage, t, 1000)) << "another purpose";
}

TEST_F(TokensTest, ForgedAndMalformedTokensAreRefused) {
  auto keys = NewsletterKeys::Load(*store_);
  ASSERT_TRUE(keys.ok());
  std::string t = keys->SignLink(LinkPurpose::kManage, 7, 5000);
  // Another subscriber's id with the same MAC.
  std::string other = "8" + t.substr(t.find('.'));
  EXPECT_FALSE(keys->VerifyLink(LinkPurpose::kManage, other, 1000));
  // A later expiry with the same MAC.
  std::string later = t;
  later.replace(later.find("5000"), 4, "9000");
  EXPECT_FALSE(keys->VerifyLink(LinkPurpose::kManage, later, 1000));
  std::string flipped = t;
  flipped.back() = flipped.back() == '0' ? '1' : '0';
  EXPECT_FALSE(keys->VerifyLink(LinkPurpose::kManage, flipped, 1000));
  for (const std::string& bad : std::vector<std::string>{"", ".", "...", "7.5000.m.", "7.5000.m", "-7.5000.m.00", std::string(10000, '7'),
                          std::string("7.5000.m.\0\0", 11)})
    EXPECT_FALSE(keys->VerifyLink(LinkPurpose::kManage, bad, 1000)) << bad.substr(0, 20);
}

TEST_F(TokensTest, KeysAreSharedThroughTheStore) {
  auto a = NewsletterKeys::Load(*store_);
  auto reopened = Open();
  ASSERT_NE(reopened, nullptr);
  auto b = NewsletterKeys::Load(*reopened);
  ASSERT_TRUE(a.ok() && b.ok());
  const std::string t = a->SignLink(LinkPurpose::kManage, 3, 9000);
  EXPECT_EQ(b->VerifyLink(LinkPurpose::kManage, t, 1), 3) << "a second process verifies the first one's links";
  EXPECT_EQ(a->HashAddress("Reader@Example.org"), b->HashAddress("reader@example.org"));
  EXPECT_NE(a->HashIp("192.0.2.1"), a->HashIp("192.0.2.2"));
  EXPECT_EQ(a->HashIp(""), "");
}

TEST(ConfirmationTokens, AreRandomAndOnlyTheirOwnDigestMatches) {
  auto a = NewConfirmationToken(), b = NewConfirmationToken();
  EXPECT_NE(a.token, b.token);
  EXPECT_EQ(a.token.size(), 64u);
  EXPECT_EQ(ConfirmationDigest(a.token), a.digest);
  EXPECT_NE(a.digest, b.digest);
  EXPECT_EQ(ConfirmationDigest("not a token"), "");
  EXPECT_EQ(ConfirmationDigest(std::string(64, 'z')), "");
}

}  // namespace
}  // namespace bs::newsletter
