#include "fetch/address_policy.h"

#include <gtest/gtest.h>

namespace bs {
namespace {

TEST(AddressPolicy, ClassifiesIpv4Ranges) {
  EXPECT_EQ(ClassifyAddressText("127.0.0.1"), AddressClass::kLoopback);
  EXPECT_EQ(ClassifyAddressText("127.255.1.2"), AddressClass::kLoopback);
  EXPECT_EQ(ClassifyAddressText("10.255.255.1"), AddressClass::kPrivate);
  EXPECT_EQ(ClassifyAddressText("172.16.0.1"), AddressClass::kPrivate);
  EXPECT_EQ(ClassifyAddressText("172.31.255.255"), AddressClass::kPrivate);
  EXPECT_EQ(ClassifyAddressText("172.32.0.1"), AddressClass::kPublic);
  EXPECT_EQ(ClassifyAddressText("172.15.255.255"), AddressClass::kPublic);
  EXPECT_EQ(ClassifyAddressText("192.168.1.1"), AddressClass::kPrivate);
  EXPECT_EQ(ClassifyAddressText("169.254.169.254"), AddressClass::kLinkLocal);
  EXPECT_EQ(ClassifyAddressText("100.64.0.1"), AddressClass::kSharedCgnat);
  EXPECT_EQ(ClassifyAddressText("100.127.255.255"), AddressClass::kSharedCgnat);
  EXPECT_EQ(ClassifyAddressText("100.128.0.1"), AddressClass::kPublic);
  EXPECT_EQ(ClassifyAddressText("0.0.0.0"), AddressClass::kUnspecified);
  EXPECT_EQ(ClassifyAddressText("0.1.2.3"), AddressClass::kUnspecified);
  EXPECT_EQ(ClassifyAddressText("224.0.0.1"), AddressClass::kMulticast);
  EXPECT_EQ(ClassifyAddressText("255.255.255.255"), AddressClass::kMulticast);
  EXPECT_EQ(ClassifyAddressText("93.184.216.34"), AddressClass::kPublic);
  EXPECT_EQ(ClassifyAddressText("8.8.8.8"), AddressClass::kPublic);
}

TEST(AddressPolicy, ClassifiesIpv6Ranges) {
  EXPECT_EQ(ClassifyAddressText("::1"), AddressClass::kLoopback);
  EXPECT_EQ(ClassifyAddressText("::"), AddressClass::kUnspecified);
  EXPECT_EQ(ClassifyAddressText("fc00::1"), AddressClass::kPrivate);
  EXPECT_EQ(ClassifyAddressText("fd12:3456::1"), AddressClass::kPrivate);
  EXPECT_EQ(ClassifyAddressText("fe80::1"), AddressClass::kLinkLocal);
  EXPECT_EQ(ClassifyAddressText("febf::1"), AddressClass::kLinkLocal);
  EXPECT_EQ(ClassifyAddressText("ff02::1"), AddressClass::kMulticast);
  EXPECT_EQ(ClassifyAddressText("2001:db8::1"), AddressClass::kPublic);
  EXPECT_EQ(ClassifyAddressText("2606:4700::1111"), AddressClass::kPublic);
}

TEST(AddressPolicy, EmbeddedIpv4FormsCannotSneakPast) {
  EXPECT_EQ(ClassifyAddressText("::ffff:127.0.0.1"), AddressClass::kLoopback);
  EXPECT_EQ(ClassifyAddressText("::ffff:10.0.0.1"), AddressClass::kPrivate);
  EXPECT_EQ(ClassifyAddressText("::ffff:169.254.169.254"), AddressClass::kLinkLocal);
  EXPECT_EQ(ClassifyAddressText("::ffff:0.0.0.0"), AddressClass::kUnspecified);
  EXPECT_EQ(ClassifyAddressText("::ffff:8.8.8.8"), AddressClass::kPublic);
  EXPECT_EQ(ClassifyAddressText("::127.0.0.1"), AddressClass::kLoopback);
  EXPECT_EQ(ClassifyAddressText("64:ff9b::10.1.2.3"), AddressClass::kPrivate);
  EXPECT_EQ(ClassifyAddressText("2002:7f00:1::"), AddressClass::kLoopback);
  EXPECT_EQ(ClassifyAddressText("2002:c0a8:101::1"), AddressClass::kPrivate);
}

TEST(AddressPolicy, GarbageIsUnsupportedAndNeverAllowed) {
  for (const char* text :
       {"", "localhost", "127.0.0.1.1", "1.2.3", "::g", "10.0.0.1/8", "fe80::1%eth0"}) {
    const AddressClass cls = ClassifyAddressText(text);
    EXPECT_EQ(cls, AddressClass::kUnsupported) << text;
    EXPECT_FALSE(AddressAllowed(AddressPolicy::kAllowPrivate, cls)) << text;
  }
  EXPECT_EQ(ClassifyAddress(nullptr), AddressClass::kUnsupported);
}

TEST(AddressPolicy, PoliciesAreNested) {
  using P = AddressPolicy;
  using C = AddressClass;
  EXPECT_TRUE(AddressAllowed(P::kPublicOnly, C::kPublic));
  EXPECT_FALSE(AddressAllowed(P::kPublicOnly, C::kLoopback));
  EXPECT_FALSE(AddressAllowed(P::kPublicOnly, C::kPrivate));
  EXPECT_TRUE(AddressAllowed(P::kAllowLoopback, C::kLoopback));
  EXPECT_FALSE(AddressAllowed(P::kAllowLoopback, C::kPrivate));
  EXPECT_FALSE(AddressAllowed(P::kAllowLoopback, C::kLinkLocal));
  EXPECT_FALSE(AddressAllowed(P::kAllowLoopback, C::kSharedCgnat));
  EXPECT_TRUE(AddressAllowed(P::kAllowPrivate, C::kLoopback));
  EXPECT_TRUE(AddressAllowed(P::kAllowPrivate, C::kPrivate));
  EXPECT_TRUE(AddressAllowed(P::kAllowPrivate, C::kLinkLocal));
  EXPECT_TRUE(AddressAllowed(P::kAllowPrivate, C::kSharedCgnat));
  for (P p : {P::kPublicOnly, P::kAllowLoopback, P::kAllowPrivate}) {
    EXPECT_FALSE(AddressAllowed(p, C::kUnspecified));
    EXPECT_FALSE(AddressAllowed(p, C::kMulticast));
    EXPECT_FALSE(AddressAllowed(p, C::kUnsupported));
  }
}

}  // namespace
}  // namespace bs
