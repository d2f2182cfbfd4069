#include "mail/message.h"

#include <sodium.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

#include "core/ascii.h"
#include "core/utf8.h"
#include "mail/address.h"
#include "mail/gmime_support.h"

namespace bs::mail {
namespace {

// Bounds on one message: a newsletter is tens of kilobytes.
constexpr std::size_t kMaxBodyBytes = 4u << 20;
constexpr std::size_t kMaxHeaderValueBytes = 4096;
constexpr std::size_t kMaxExtraHeaders = 32;
// RFC 5322 section 2.1.1: lines SHOULD stay within 78 and MUST within 998.
constexpr std::size_t kFoldColumn = 78;
constexpr std::size_t kMaxLineBytes = 998;

struct FormatOptionsFree {
  void operator()(GMimeFormatOptions* o) const { g_mime_format_options_free(o); }
};

// C0 controls (CR, LF and NUL among them) and DEL; TAB is folding white space.
bool HasControl(std::string_view s) {
  for (unsigned char c : s)
    if ((c < 0x20 && c != '\t') || c == 0x7f) return true;
  return false;
}

// Subject and display names: any UTF-8 text on one line.
Status CheckPhrase(std::string_view what, std::string_view s) {
  if (!IsValidUtf8(s)) return Status::InvalidArgument(std::string(what) + " is not valid UTF-8");
  if (HasControl(s)) return Status::InvalidArgument(std::string(what) + " contains a line break or control character");
  if (s.size() > kMaxHeaderValueBytes) return Status::InvalidArgument(std::string(what) + " is too long");
  return Status::Ok();
}

// RFC 5322 field name: printable ASCII but ':'. At most 76 so "Name: " and
// a first word fit on a line.
bool IsFieldName(std::string_view name) {
  if (name.empty() || name.size() > 76) return false;
  for (unsigned char c : name)
    if (c <= 32 || c >= 127 || c == ':') return false;
  return true;
}

// Headers ComposeMessage writes itself (or that only a relay may add).
bool IsReservedHeader(std::string_view name) {
  const std::string n = AsciiLower(name);
  if (n.rfind("content-", 0) == 0) return true;
  for (const char* r : {"from", "sender", "to", "cc", "bcc", "reply-to", "subject", "date", "message-id",
                        "mime-version", "dkim-signature", "return-path"})
    if (n == r) return true;
  return false;
}

// RFC 5322 dot-atom-text: atext runs separated by single dots.
bool IsDotAtomText(std::string_view s) {
  if (s.empty() || s.front() == '.' || s.back() == '.' || s.find("..") != std::string_view::npos) return false;
  for (unsigned char c : s) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum && c != '.' && std::string_view("!#$%&'*+-/=?^_`{|}~").find(static_cast<char>(c)) == std::string_view::npos)
      return false;
  }
  return true;
}

// msg-id without its <>: dot-atom-text "@" dot-atom-text (RFC 5322 3.6.4).
bool IsMessageId(std::string_view id) {
  const std::size_t at = id.find('@');
  return id.size() <= 250 && at != std::string_view::npos && IsDotAtomText(id.substr(0, at)) &&
         IsDotAtomText(id.substr(at + 1));
}

Status CheckExtraHeader(const std::string& name, const std::string& value) {
  if (!IsFieldName(name)) return Status::InvalidArgument("bad header name '" + name.substr(0, 40) + "'");
  if (IsReservedHeader(name)) return Status::InvalidArgument("header " + name + " is written by the composer");
  if (value.size() > kMaxHeaderValueBytes) return Status::InvalidArgument("header " + name + " is too long");
  if (HasControl(value)) return Status::InvalidArgument("header " + name + " contains a line break or control character");
  for (unsigned char c : value)
    if (c >= 0x80) return Status::InvalidArgument("header " + name + " must be ASCII");
  return Status::Ok();
}

// GMime's raw form of a header value (" value\n", continuation lines
// starting with the space they were folded at). GMime would treat unknown
// headers as free text and turn long ones into encoded words, breaking
// structured values such as List-Unsubscribe's <url> list, so the value goes
// out as written, only folded: a fold puts a line break before an existing
// space, which unfolding removes again, so the value is unchanged.
Result<std::string> FoldRaw(const std::string& name, std::string_view value) {
  std::string out = " ";
  std::size_t column = name.size() + 2;  // "Name: "
  bool first = true;
  while (true) {
    const std::size_t sp = value.find(' ');
    const std::string_view word = value.substr(0, sp);
    if (!first) {
      // Never fold before an empty word: a line of only white space is not allowed.
      if (!word.empty() && column + 1 + word.size() > kFoldColumn && column > 1) {
        out += '\n';
        column = 0;
      }
      out += ' ';
      ++column;
    }
    out.append(word);
    column += word.size();
    if (column > kMaxLineBytes) return Status::InvalidArgument("header " + name + " has a line too long to fold");
    if (sp == std::string_view::npos) break;
    value.remove_prefix(sp + 1);
    first = false;
  }
  return out + "\n";
}

// "\r\n" and lone "\r" become "\n"; GMime writes every "\n" as CRLF. A lone
// CR would otherwise be sent quoted as "=0D", which readers show as junk.
std::string NormaliseNewlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') {
      out += s[i];
    } else {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    }
  }
  return out;
}

std::string RandomId() {
  // sodium_init is idempotent and thread-safe; it fails only without an
  // entropy source, and then randombytes_buf aborts rather than repeat ids.
  static const int sodium_ready = sodium_init();
  (void)sodium_ready;
  std::array<unsigned char, 16> b{};
  randombytes_buf(b.data(), b.size());
  std::string hex(b.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), b.data(), b.size());
  hex.pop_back();
  return hex;
}

void AddMailbox(GMimeMessage* message, GMimeAddressType type, const std::string& name, const std::string& addr) {
  GPtr<InternetAddress> mailbox(internet_address_mailbox_new(name.c_str(), addr.c_str()));
  // Without a charset GMime picks the smallest that fits ("Ünïcode" would
  // go out as ISO-8859-1); UTF-8 everywhere is simpler for every reader.
  internet_address_set_charset(mailbox.get(), "utf-8");
  internet_address_list_add(g_mime_message_get_addresses(message, type), mailbox.get());  // takes its own ref
}

GPtr<GMimeObject> TextPart(const char* subtype, const std::string& text) {
  GPtr<GMimeTextPart> part(g_mime_text_part_new_with_subtype(subtype));
  // The content is set as bytes rather than with g_mime_text_part_set_text,
  // which converts the text to the "best" charset (ISO-8859-1 for "für"):
  // the part must hold exactly the UTF-8 it is labelled with.
  const std::string body = NormaliseNewlines(text);
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(body.data(), body.size()));  // copies
  GPtr<GMimeDataWrapper> content(g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
  g_mime_part_set_content(GMIME_PART(part.get()), content.get());
  g_mime_text_part_set_charset(part.get(), "utf-8");
  g_mime_part_set_content_encoding(GMIME_PART(part.get()), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
  return GPtr<GMimeObject>(GMIME_OBJECT(part.release()));
}

struct Checked {
  MailAddress from, to;
  std::optional<MailAddress> reply_to;
  std::vector<std::string> raw_headers;  // FoldRaw of each extra header
};

Result<Checked> Check(const MailMessage& m) {
  Checked c;
  auto from = ParseAddress(m.from_address);
  if (!from.ok()) return Status::InvalidArgument("From: " + from.status().message());
  c.from = std::move(*from);
  auto to = ParseAddress(m.to_address);
  if (!to.ok()) return Status::InvalidArgument("To: " + to.status().message());
  c.to = std::move(*to);
  if (!m.reply_to.empty()) {
    auto r = ParseAddress(m.reply_to);
    if (!r.ok()) return Status::InvalidArgument("Reply-To: " + r.status().message());
    c.reply_to = std::move(*r);
  }
  for (auto [what, value] : {std::pair<const char*, const std::string*>{"the subject", &m.subject},
                             {"the sender's name", &m.from_name},
                             {"the recipient's name", &m.to_name}})
    if (auto st = CheckPhrase(what, *value); !st.ok()) return st;
  if (!m.message_id.empty() && !IsMessageId(m.message_id))
    return Status::InvalidArgument("the Message-ID must look like id@domain, without <>");
  if (m.text.size() > kMaxBodyBytes || m.html.size() > kMaxBodyBytes)
    return Status::LimitExceeded("message body larger than 4 MiB");
  if (!IsValidUtf8(m.text) || !IsValidUtf8(m.html)) return Status::InvalidArgument("the body is not valid UTF-8");
  // NUL is valid UTF-8 but no mail body may carry it (RFC 5322 2.3).
  if (m.text.find('\0') != std::string::npos || m.html.find('\0') != std::string::npos)
    return Status::InvalidArgument("the body contains NUL");
  if (m.headers.size() > kMaxExtraHeaders) return Status::LimitExceeded("too many headers");
  for (const auto& [name, value] : m.headers) {
    if (auto st = CheckExtraHeader(name, value); !st.ok()) return st;
    auto raw = FoldRaw(name, value);
    if (!raw.ok()) return raw.status();
    c.raw_headers.push_back(std::move(raw).value());
  }
  return c;
}

}  // namespace

std::string FormatRfc5322Date(Timestamp t) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto tt = static_cast<std::time_t>(t);
  std::tm tm{};
  if (!gmtime_r(&tt, &tm)) {  // out of range: the epoch rather than garbage
    tm = std::tm{};
    tm.tm_mday = 1;
    tm.tm_year = 70;
    tm.tm_wday = 4;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday], tm.tm_mday,
                kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

Result<std::string> ComposeMessage(const MailMessage& m) {
  auto checked = Check(m);
  if (!checked.ok()) return checked.status();
  const Checked& c = *checked;

  EnsureGMime();
  GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
  GMimeObject* top = GMIME_OBJECT(message.get());
  // GMime's own date formatting depends on the GDateTime's zone; a fixed
  // UTC string is simpler to trust.
  g_mime_object_set_header(top, "Date", FormatRfc5322Date(m.date ? m.date : NowUtc()).c_str(), nullptr);
  AddMailbox(message.get(), GMIME_ADDRESS_TYPE_FROM, m.from_name, c.from.ascii());
  AddMailbox(message.get(), GMIME_ADDRESS_TYPE_TO, m.to_name, c.to.ascii());
  if (c.reply_to) AddMailbox(message.get(), GMIME_ADDRESS_TYPE_REPLY_TO, "", c.reply_to->ascii());
  g_mime_message_set_subject(message.get(), m.subject.c_str(), "utf-8");
  const std::string id = m.message_id.empty() ? RandomId() + "@" + c.from.domain : m.message_id;
  g_mime_message_set_message_id(message.get(), id.c_str());
  GMimeHeaderList* list = g_mime_object_get_header_list(top);
  for (std::size_t i = 0; i < m.headers.size(); ++i) {
    g_mime_object_append_header(top, m.headers[i].first.c_str(), m.headers[i].second.c_str(), nullptr);
    // The header just appended is the last one (a name may repeat, so it
    // is not looked up by name).
    GMimeHeader* h = g_mime_header_list_get_header_at(list, g_mime_header_list_get_count(list) - 1);
    if (!h) return Status::Internal("GMime lost header " + m.headers[i].first);
    g_mime_header_set_raw_value(h, c.raw_headers[i].c_str());
  }

  GPtr<GMimeObject> text = TextPart("plain", m.text);
  if (m.html.empty()) {
    g_mime_message_set_mime_part(message.get(), text.get());
  } else {
    GPtr<GMimeMultipart> alt(g_mime_multipart_new_with_subtype("alternative"));
    GPtr<GMimeObject> html = TextPart("html", m.html);
    g_mime_multipart_add(alt.get(), text.get());
    g_mime_multipart_add(alt.get(), html.get());
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(alt.get()));
  }
  std::unique_ptr<GMimeFormatOptions, FormatOptionsFree> options(g_mime_format_options_clone(nullptr));
  g_mime_format_options_set_newline_format(options.get(), GMIME_NEWLINE_FORMAT_DOS);
  GPtr<GMimeStream> out(g_mime_stream_mem_new());
  if (g_mime_object_write_to_stream(top, options.get(), out.get()) < 0)
    return Status::Internal("GMime could not write the message");
  return StreamBytes(out.get());
}

}  // namespace bs::mail
