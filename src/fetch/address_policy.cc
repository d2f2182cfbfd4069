#include "fetch/address_policy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdint>
#include <cstring>

namespace bs {
namespace {

// `a` is in host byte order.
bool InV4Net(std::uint32_t a, std::uint32_t net, int prefix_bits) {
  const std::uint32_t mask = prefix_bits == 0 ? 0 : ~std::uint32_t{0} << (32 - prefix_bits);
  return (a & mask) == (net & mask);
}

constexpr std::uint32_t V4(unsigned a, unsigned b, unsigned c, unsigned d) {
  return (a << 24) | (b << 16) | (c << 8) | d;
}

AddressClass ClassifyV4(std::uint32_t a) {
  if (InV4Net(a, V4(0, 0, 0, 0), 8)) return AddressClass::kUnspecified;
  if (InV4Net(a, V4(127, 0, 0, 0), 8)) return AddressClass::kLoopback;
  if (InV4Net(a, V4(10, 0, 0, 0), 8) || InV4Net(a, V4(172, 16, 0, 0), 12) ||
      InV4Net(a, V4(192, 168, 0, 0), 16) ||
      // IETF protocol assignments and benchmarking nets: never a newspaper.
      InV4Net(a, V4(192, 0, 0, 0), 24) || InV4Net(a, V4(198, 18, 0, 0), 15)) {
    return AddressClass::kPrivate;
  }
  if (InV4Net(a, V4(169, 254, 0, 0), 16)) return AddressClass::kLinkLocal;
  if (InV4Net(a, V4(100, 64, 0, 0), 10)) return AddressClass::kSharedCgnat;
  // 224/4 multicast and 240/4 reserved (includes 255.255.255.255 broadcast).
  if (InV4Net(a, V4(224, 0, 0, 0), 3)) return AddressClass::kMulticast;
  return AddressClass::kPublic;
}

std::uint32_t V4FromBytes(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}

bool AllZero(const unsigned char* p, int n) {
  for (int i = 0; i < n; ++i) {
    if (p[i] != 0) return false;
  }
  return true;
}

AddressClass ClassifyV6(const unsigned char* b) {
  static const unsigned char kLoopback[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
  if (AllZero(b, 16)) return AddressClass::kUnspecified;
  if (std::memcmp(b, kLoopback, 16) == 0) return AddressClass::kLoopback;
  // ::ffff:a.b.c.d (mapped) — the kernel connects these to the IPv4 address.
  if (AllZero(b, 10) && b[10] == 0xff && b[11] == 0xff) return ClassifyV4(V4FromBytes(b + 12));
  // ::a.b.c.d (deprecated IPv4-compatible).
  if (AllZero(b, 12)) return ClassifyV4(V4FromBytes(b + 12));
  // 64:ff9b::/96 NAT64 well-known prefix: a gateway forwards to the IPv4 address.
  static const unsigned char kNat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
  if (std::memcmp(b, kNat64, 12) == 0) return ClassifyV4(V4FromBytes(b + 12));
  // 2002::/16 6to4 embeds an IPv4 address in bits 16..47.
  if (b[0] == 0x20 && b[1] == 0x02) {
    const AddressClass inner = ClassifyV4(V4FromBytes(b + 2));
    if (inner != AddressClass::kPublic) return inner;
  }
  if ((b[0] & 0xfe) == 0xfc) return AddressClass::kPrivate;                    // fc00::/7 ULA
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return AddressClass::kLinkLocal;  // fe80::/10
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return AddressClass::kPrivate;  // fec0::/10 site-local
  if (b[0] == 0xff) return AddressClass::kMulticast;                         // ff00::/8
  return AddressClass::kPublic;
}

}  // namespace

AddressClass ClassifyAddress(const sockaddr* address) {
  if (address == nullptr) return AddressClass::kUnsupported;
  if (address->sa_family == AF_INET) {
    sockaddr_in in4;
    std::memcpy(&in4, address, sizeof in4);
    return ClassifyV4(ntohl(in4.sin_addr.s_addr));
  }
  if (address->sa_family == AF_INET6) {
    sockaddr_in6 in6;
    std::memcpy(&in6, address, sizeof in6);
    return ClassifyV6(in6.sin6_addr.s6_addr);
  }
  return AddressClass::kUnsupported;
}

AddressClass ClassifyAddressText(const std::string& text) {
  sockaddr_in in4{};
  if (inet_pton(AF_INET, text.c_str(), &in4.sin_addr) == 1) {
    in4.sin_family = AF_INET;
    return ClassifyAddress(reinterpret_cast<const sockaddr*>(&in4));
  }
  sockaddr_in6 in6{};
  if (inet_pton(AF_INET6, text.c_str(), &in6.sin6_addr) == 1) {
    in6.sin6_family = AF_INET6;
    return ClassifyAddress(reinterpret_cast<const sockaddr*>(&in6));
  }
  return AddressClass::kUnsupported;
}

bool AddressAllowed(AddressPolicy policy, AddressClass cls) {
  switch (cls) {
    case AddressClass::kPublic:
      return true;
    case AddressClass::kLoopback:
      return policy != AddressPolicy::kPublicOnly;
    case AddressClass::kPrivate:
    case AddressClass::kLinkLocal:
    case AddressClass::kSharedCgnat:
      return policy == AddressPolicy::kAllowPrivate;
    case AddressClass::kUnspecified:
    case AddressClass::kMulticast:
    case AddressClass::kUnsupported:
      return false;
  }
  return false;
}

const char* AddressClassName(AddressClass cls) {
  switch (cls) {
    case AddressClass::kPublic:
      return "public";
    case AddressClass::kLoopback:
      return "loopback";
    case AddressClass::kPrivate:
      return "private";
    case AddressClass::kLinkLocal:
      return "link-local";
    case AddressClass::kSharedCgnat:
      return "shared (CGNAT)";
    case AddressClass::kUnspecified:
      return "unspecified";
    case AddressClass::kMulticast:
      return "multicast/reserved";
    case AddressClass::kUnsupported:
      return "unsupported";
  }
  return "unknown";
}

std::string AddressToText(const sockaddr* address) {
  char buf[INET6_ADDRSTRLEN] = {};
  if (address == nullptr) return "?";
  if (address->sa_family == AF_INET) {
    sockaddr_in in4;
    std::memcpy(&in4, address, sizeof in4);
    if (inet_ntop(AF_INET, &in4.sin_addr, buf, sizeof buf) != nullptr) return buf;
  } else if (address->sa_family == AF_INET6) {
    sockaddr_in6 in6;
    std::memcpy(&in6, address, sizeof in6);
    if (inet_ntop(AF_INET6, &in6.sin6_addr, buf, sizeof buf) != nullptr) return buf;
  }
  return "?";
}

}  // namespace bs
