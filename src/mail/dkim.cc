#include "mail/dkim.h"

// libopendkim's header is C99 and spells its booleans _Bool, which strict
// C++ (no GNU extensions) does not know; bool is the same type in GCC's ABI.
#define _Bool bool
#include <opendkim/dkim.h>
#undef _Bool

#include <atomic>

#include "core/file.h"

namespace bs::mail {
namespace {

// A PEM key is a few kilobytes; anything larger is the wrong file.
constexpr std::size_t kMaxKeyBytes = 64 * 1024;

// libopendkim matches these (lowercase patterns) against the headers present.
const char* kSignedHeaders[] = {"from",         "to",           "subject",          "date",
                                "message-id",   "mime-version", "content-type",     "reply-to",
                                "list-unsubscribe", "list-unsubscribe-post", "list-id", nullptr};
// Listed in h= once more than they occur: a copy added later (a second From
// shown instead of ours, a substituted unsubscribe link) then breaks the
// signature instead of riding along unverified.
const char* kOversignedHeaders[] = {"from",     "to",      "subject",          "date",
                                    "message-id", "reply-to", "list-unsubscribe", "list-unsubscribe-post",
                                    nullptr};

struct DkimFree {
  void operator()(DKIM* d) const { dkim_free(d); }
};

std::string StatusText(const char* what, DKIM_STAT status) {
  const char* s = dkim_getresultstr(status);
  return std::string(what) + ": " + (s ? s : "unknown error");
}

// A DNS name of letter-digit-hyphen labels (RFC 5321 sub-domain), as d= and
// s= must be; anything else could also smuggle ';' or spaces into the tag list.
bool IsDnsName(std::string_view name) {
  if (name.empty() || name.size() > 253) return false;
  std::size_t label = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    const char c = i < name.size() ? name[i] : '.';
    if (c == '.') {
      if (label == 0 || label > 63 || name[i - 1] == '-' || name[i - label] == '-') return false;
      label = 0;
      continue;
    }
    const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    if (!ok) return false;
    ++label;
  }
  return true;
}

Status CheckNames(const std::string& domain, const std::string& selector) {
  if (!IsDnsName(domain)) return Status::InvalidArgument("DKIM domain '" + domain + "' is not a DNS name");
  if (!IsDnsName(selector)) return Status::InvalidArgument("DKIM selector '" + selector + "' is not a DNS name");
  return Status::Ok();
}

}  // namespace

void DkimSigner::LibClose::operator()(dkim_lib* lib) const { dkim_close(lib); }

Result<DkimKey> LoadDkimKey(const std::string& domain, const std::string& selector, const std::string& pem_path) {
  if (auto st = CheckNames(domain, selector); !st.ok()) return st;
  auto pem = ReadFileBytes(pem_path, kMaxKeyBytes);
  if (!pem.ok()) return Status::InvalidArgument("DKIM key: " + pem.status().message());
  return DkimKey{domain, selector, std::move(pem).value()};
}

Result<std::unique_ptr<DkimSigner>> DkimSigner::Create(DkimKey key) {
  if (auto st = CheckNames(key.domain, key.selector); !st.ok()) return st;
  std::unique_ptr<dkim_lib, LibClose> lib(dkim_init(nullptr, nullptr));
  if (!lib) return Status::Internal("libopendkim failed to initialise");
  // Options are set here, before the context is shared; each option takes
  // the array itself, with the size of a pointer to it.
  if (dkim_options(lib.get(), DKIM_OP_SETOPT, DKIM_OPTS_SIGNHDRS, kSignedHeaders, sizeof(char**)) != DKIM_STAT_OK ||
      dkim_options(lib.get(), DKIM_OP_SETOPT, DKIM_OPTS_OVERSIGNHDRS, kOversignedHeaders, sizeof(char**)) !=
          DKIM_STAT_OK)
    return Status::Internal("libopendkim refused the header lists");
  std::unique_ptr<DkimSigner> signer(new DkimSigner(std::move(key), std::move(lib)));
  // libopendkim parses the key only when it signs, so sign once now: a bad
  // key should stop start-up, not every message later.
  auto probe = signer->Sign("From: a@b.example\r\nSubject: probe\r\n\r\nprobe\r\n");
  if (!probe.ok()) return Status::InvalidArgument("DKIM key cannot sign: " + probe.status().message());
  return signer;
}

DkimSigner::DkimSigner(DkimKey key, std::unique_ptr<dkim_lib, LibClose> lib)
    : key_(std::move(key)), lib_(std::move(lib)) {}

DkimSigner::~DkimSigner() = default;

Result<std::string> DkimSigner::Sign(std::string_view message) const {
  // The job id only labels libopendkim's log lines; unique is enough.
  static std::atomic<unsigned long> job{0};
  const std::string job_id = "bs" + std::to_string(++job);
  DKIM_STAT status = DKIM_STAT_OK;
  // dkim_sign only reads the key, whatever its non-const signature says.
  auto* pem = reinterpret_cast<dkim_sigkey_t>(const_cast<char*>(key_.private_key_pem.c_str()));
  std::unique_ptr<DKIM, DkimFree> dkim(
      dkim_sign(lib_.get(), reinterpret_cast<const unsigned char*>(job_id.c_str()), nullptr, pem,
                reinterpret_cast<const unsigned char*>(key_.selector.c_str()),
                reinterpret_cast<const unsigned char*>(key_.domain.c_str()), DKIM_CANON_RELAXED, DKIM_CANON_RELAXED,
                DKIM_SIGN_RSASHA256, -1L, &status));
  if (!dkim || status != DKIM_STAT_OK) return Status::Internal(StatusText("dkim_sign", status));
  // dkim_chunk splits headers from body itself and reads, never writes, the bytes.
  auto* bytes = reinterpret_cast<unsigned char*>(const_cast<char*>(message.data()));
  if ((status = dkim_chunk(dkim.get(), bytes, message.size())) != DKIM_STAT_OK ||
      (status = dkim_chunk(dkim.get(), nullptr, 0)) != DKIM_STAT_OK)
    return Status::InvalidArgument(StatusText("the message could not be read for signing", status));
  if ((status = dkim_eom(dkim.get(), nullptr)) != DKIM_STAT_OK) return Status::Internal(StatusText("dkim_eom", status));
  constexpr std::string_view kName = "DKIM-Signature: ";
  unsigned char* header = nullptr;  // belongs to the handle; freed with it
  std::size_t len = 0;
  // `initial` is the width already used on the first line, so libopendkim's
  // folding keeps that line within its margin too.
  if ((status = dkim_getsighdr_d(dkim.get(), kName.size(), &header, &len)) != DKIM_STAT_OK || !header)
    return Status::Internal(StatusText("dkim_getsighdr_d", status));
  std::string out(kName);
  // libopendkim folds with bare LF; the wire wants CRLF.
  for (std::size_t i = 0; i < len; ++i) {
    if (header[i] == '\n' && (i == 0 || header[i - 1] != '\r')) out += '\r';
    out += static_cast<char>(header[i]);
  }
  out += "\r\n";
  out.append(message);
  return out;
}

}  // namespace bs::mail
