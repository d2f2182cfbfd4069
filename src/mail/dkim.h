// DKIM signatures (RFC 6376, rsa-sha256, relaxed/relaxed) with libopendkim,
// so receivers can check that Broadsheet's mail really comes from the
// site's domain.
//
// Immutable after Create(); Sign() may run on many threads (each call uses
// its own signing handle over the shared library context).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

struct dkim_lib;  // libopendkim's DKIM_LIB

namespace bs::mail {

struct DkimKey {
  std::string domain;           // d=
  std::string selector;         // s=
  std::string private_key_pem;  // RSA private key, PEM
};

Result<DkimKey> LoadDkimKey(const std::string& domain, const std::string& selector, const std::string& pem_path);

class DkimSigner {
 public:
  // Refuses a key libopendkim cannot use (by signing a probe message).
  static Result<std::unique_ptr<DkimSigner>> Create(DkimKey key);
  ~DkimSigner();

  // The message (CRLF line ends) with a DKIM-Signature header prepended.
  Result<std::string> Sign(std::string_view message) const;

  class Key {
    friend class DkimSigner;
    Key() = default;
  };
  DkimSigner(Key, DkimKey key, dkim_lib* lib);
  DkimSigner(const DkimSigner&) = delete;
  DkimSigner& operator=(const DkimSigner&) = delete;

 private:
  const DkimKey key_;
  dkim_lib* lib_;  // owned; dkim_close'd by the destructor
};

}  // namespace bs::mail
