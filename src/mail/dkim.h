// DKIM signatures (RFC 6376, rsa-sha256, relaxed/relaxed) with libopendkim,
// so receivers can check that Broadsheet's mail really comes from the
// site's domain.
//
// Signed, when present: From, To, Subject, Date, Message-ID, MIME-Version,
// Content-Type, Reply-To, List-Unsubscribe, List-Unsubscribe-Post (RFC 8058
// wants both covered for one-click unsubscribe to be trusted) and List-Id.
// The ones a forger would want to add a second copy of (From, To, Subject,
// Date, Message-ID, Reply-To, List-Unsubscribe, List-Unsubscribe-Post) are
// also "oversigned" (listed once more in h= than they occur), so adding one
// after signing breaks the signature.
//
// Immutable after Create(); Sign() may run on many threads at once (each
// call has its own signing handle over the shared library context, which
// libopendkim is built to share between threads).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

struct dkim_lib;  // libopendkim's DKIM_LIB

namespace bs::mail {

struct DkimKey {
  std::string domain;           // d=, e.g. "desk.example"
  std::string selector;         // s=: the key is published at <selector>._domainkey.<domain>
  std::string private_key_pem;  // RSA private key, PEM
};

// Reads the PEM file (at most 64 KiB); InvalidArgument when it is missing or
// unreadable or the domain or selector is not a DNS name.
Result<DkimKey> LoadDkimKey(const std::string& domain, const std::string& selector, const std::string& pem_path);

class DkimSigner {
 public:
  // Refuses (InvalidArgument) a bad domain or selector and a key
  // libopendkim cannot sign with, found by signing a probe message.
  static Result<std::unique_ptr<DkimSigner>> Create(DkimKey key);
  ~DkimSigner();
  DkimSigner(const DkimSigner&) = delete;
  DkimSigner& operator=(const DkimSigner&) = delete;

  // The message (as ComposeMessage writes it, CRLF line ends) with a
  // "DKIM-Signature:" header prepended, folded with CRLF.
  Result<std::string> Sign(std::string_view message) const;

 private:
  struct LibClose {  // dkim_close
    void operator()(dkim_lib* lib) const;
  };
  DkimSigner(DkimKey key, std::unique_ptr<dkim_lib, LibClose> lib);

  const DkimKey key_;
  const std::unique_ptr<dkim_lib, LibClose> lib_;
};

}  // namespace bs::mail
