// Classification of peer addresses for the fetcher's SSRF guard.
//
// The fetcher refuses to open sockets to addresses that reach the operator's
// own machine or network unless a request explicitly allows it. These are pure
// functions on socket addresses; they never resolve names or touch the network.
// Thread-safe.
#pragma once

#include <string>

struct sockaddr;

namespace bs {

// Which non-public destinations a request may reach. Ordered from strictest to
// most permissive.
enum class AddressPolicy {
  kPublicOnly,     // only globally routable unicast addresses
  kAllowLoopback,  // additionally 127.0.0.0/8 and ::1 (local fixtures, demo)
  kAllowPrivate,   // additionally RFC 1918, ULA, link-local and CGNAT ranges
};

enum class AddressClass {
  kPublic,
  kLoopback,     // 127/8, ::1
  kPrivate,      // 10/8, 172.16/12, 192.168/16, fc00::/7
  kLinkLocal,    // 169.254/16, fe80::/10
  kSharedCgnat,  // 100.64/10
  kUnspecified,  // 0.0.0.0/8, ::
  kMulticast,    // 224/4, ff00::/8, and 240/4 reserved incl. broadcast
  kUnsupported,  // not AF_INET/AF_INET6 (e.g. a Unix socket)
};

// Classifies an IPv4 or IPv6 socket address. IPv4-mapped (::ffff:a.b.c.d),
// IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::/96) forms are classified by
// their embedded IPv4 address, so they cannot be used to sneak past the guard.
AddressClass ClassifyAddress(const sockaddr* address);

// Same for a textual address ("10.0.0.1", "::1"); kUnsupported if unparsable.
AddressClass ClassifyAddressText(const std::string& text);

// Whether `policy` permits connecting to an address of class `cls`.
// Unspecified, multicast/reserved and unsupported addresses are never allowed:
// no policy has a legitimate use for them.
bool AddressAllowed(AddressPolicy policy, AddressClass cls);

// "loopback", "private", ... for error messages.
const char* AddressClassName(AddressClass cls);

// Numeric text of an IPv4/IPv6 socket address ("10.255.255.1", "::1"), or "?".
std::string AddressToText(const sockaddr* address);

}  // namespace bs
