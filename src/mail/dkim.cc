#include "mail/dkim.h"

// libopendkim's header is C99 and spells its booleans _Bool, which C++
// calls bool (same size and ABI on every platform GCC supports).
#define _Bool bool
#include <opendkim/dkim.h>
#undef _Bool

#include <atomic>

#include "core/file.h"

namespace bs::mail {
namespace {

// A PEM key is a few kilobytes; anything larger is the wrong file.
constexpr std::size_t kMaxKeyBytes = 64 * 1024;

// Headers signed when present. List-Unsubscribe(-Post) are signed because
// RFC 8058 requires them to be covered for one-click to be trusted.
const char* kSignedHeaders[] = {"from",     "to",         "subject",     "date",
                                "message-id", "mime-version", "content-type", "reply-to",
                                "list-unsubscribe", "list-unsubscribe-post", "list-id", nullptr};

struct DkimFree {
  void operator()(DKIM* d) const { dkim_free(d); }
};

}  // namespace

Result<DkimKey> LoadDkimKey(const std::string& domain, const std::string& selector, const std::string& pem_path) {
  auto pem = ReadFileBytes(pem_path, kMaxKeyBytes);
  if (!pem.ok()) return Status::InvalidArgument("DKIM key: " + pem.status().message());
  if (domain.empty() || selector.empty()) return Status::InvalidArgument("DKIM needs a domain and a selector");
  return DkimKey{domain, selector, std::move(pem).value()};
}

Result<std::unique_ptr<DkimSigner>> DkimSigner::Create(DkimKey key) {
  DKIM_LIB* lib = dkim_init(nullptr, nullptr);
  if (!lib) return Status::Internal("libopendkim failed to initialise");
  // The option takes the array itself, with the size of a pointer to it.
  if (dkim_options(lib, DKIM_OP_SETOPT, DKIM_OPTS_SIGNHDRS, kSignedHeaders, sizeof(char**)) != DKIM_STAT_OK) {
    dkim_close(lib);
    return Status::Internal("libopendkim refused the header list");
  }
  auto signer = std::make_unique<DkimSigner>(Key(), std::move(key), lib);
  auto probe = signer->Sign("From: a@b.example\r\nSubject: probe\r\n\r\nprobe\r\n");
  if (!probe.ok()) return Status::InvalidArgument("DKIM key cannot sign: " + probe.status().message());
  return signer;
}

DkimSigner::DkimSigner(Key, DkimKey key, dkim_lib* lib) : key_(std::move(key)), lib_(lib) {}

DkimSigner::~DkimSigner() { dkim_close(lib_); }

Result<std::string> DkimSigner::Sign(std::string_view message) const {
  static std::atomic<unsigned long> job{0};
  const std::string job_id = "bs" + std::to_string(++job);
  DKIM_STAT status = DKIM_STAT_OK;
  std::unique_ptr<DKIM, DkimFree> dkim(
      dkim_sign(lib_, reinterpret_cast<const unsigned char*>(job_id.c_str()), nullptr,
                reinterpret_cast<dkim_sigkey_t>(const_cast<char*>(key_.private_key_pem.c_str())),
                reinterpret_cast<const unsigned char*>(key_.selector.c_str()),
                reinterpret_cast<const unsigned char*>(key_.domain.c_str()), DKIM_CANON_RELAXED, DKIM_CANON_RELAXED,
                DKIM_SIGN_RSASHA256, -1L, &status));
  if (!dkim || status != DKIM_STAT_OK) return Status::Internal("dkim_sign: " + std::string(dkim_getresultstr(status)));
  auto bytes = reinterpret_cast<unsigned char*>(const_cast<char*>(message.data()));
  if (dkim_chunk(dkim.get(), bytes, message.size()) != DKIM_STAT_OK || dkim_chunk(dkim.get(), nullptr, 0) != DKIM_STAT_OK)
    return Status::InvalidArgument("the message could not be read for signing");
  if ((status = dkim_eom(dkim.get(), nullptr)) != DKIM_STAT_OK)
    return Status::Internal("dkim_eom: " + std::string(dkim_getresultstr(status)));
  unsigned char header[8192];
  constexpr char kName[] = "DKIM-Signature";
  if ((status = dkim_getsighdr(dkim.get(), header, sizeof header, sizeof kName + 1)) != DKIM_STAT_OK)
    return Status::Internal("dkim_getsighdr: " + std::string(dkim_getresultstr(status)));
  // libopendkim folds with bare LF; the wire wants CRLF.
  std::string value;
  for (const unsigned char* p = header; *p; ++p) {
    if (*p == '\n' && (p == header || p[-1] != '\r')) value += '\r';
    value += static_cast<char>(*p);
  }
  std::string out = std::string(kName) + ": " + value + "\r\n";
  out.append(message);
  return out;
}

}  // namespace bs::mail
