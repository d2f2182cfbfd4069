#include "mail/message.h"

#include <sodium.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <optional>

#include "core/utf8.h"
#include "mail/address.h"
#include "mail/gmime_support.h"

namespace bs::mail {
namespace {

// Bounds on one message: a newsletter is tens of kilobytes.
constexpr std::size_t kMaxBodyBytes = 4u << 20;
constexpr std::size_t kMaxHeaderValueBytes = 4096;
constexpr std::size_t kMaxExtraHeaders = 32;

bool HasLineBreakOrNul(std::string_view s) { return s.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos; }

bool IsFieldName(std::string_view name) {
  if (name.empty() || name.size() > 76) return false;
  for (unsigned char c : name)
    if (c <= 32 || c >= 127 || c == ':') return false;
  return true;
}

Status CheckText(std::string_view what, std::string_view s) {
  if (!IsValidUtf8(s)) return Status::InvalidArgument(std::string(what) + " is not valid UTF-8");
  if (HasLineBreakOrNul(s)) return Status::InvalidArgument(std::string(what) + " contains a line break or NUL");
  if (s.size() > kMaxHeaderValueBytes) return Status::InvalidArgument(std::string(what) + " is too long");
  return Status::Ok();
}

std::string RandomId() {
  static const int sodium_ready = sodium_init();  // idempotent and thread-safe; < 0 only without entropy
  (void)sodium_ready;
  std::array<unsigned char, 16> b{};
  randombytes_buf(b.data(), b.size());
  std::string hex(b.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), b.data(), b.size());
  hex.pop_back();
  return hex;
}

// " a,\n b\n": a raw header value folded after each ", " that ends an
// element, so a list of long URLs keeps each URL whole on its own line.
std::string FoldAtCommas(const std::string& value) {
  std::string out = " ";
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == ',' && i + 1 < value.size() && value[i + 1] == ' ') {
      out += ",\n ";
      ++i;
      continue;
    }
    out += value[i];
  }
  return out + "\n";
}

GPtr<GMimeObject> TextPart(const char* subtype, const std::string& text) {
  GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
  g_mime_text_part_set_text(part, text.c_str());
  g_mime_text_part_set_charset(part, "utf-8");
  g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
  return GPtr<GMimeObject>(GMIME_OBJECT(part));
}

}  // namespace

std::string FormatRfc5322Date(Timestamp t) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday], tm.tm_mday,
                kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

Result<std::string> ComposeMessage(const MailMessage& m) {
  auto from = ParseAddress(m.from_address);
  if (!from.ok()) return Status::InvalidArgument("From: " + from.status().message());
  auto to = ParseAddress(m.to_address);
  if (!to.ok()) return Status::InvalidArgument("To: " + to.status().message());
  std::optional<MailAddress> reply;
  if (!m.reply_to.empty()) {
    auto r = ParseAddress(m.reply_to);
    if (!r.ok()) return Status::InvalidArgument("Reply-To: " + r.status().message());
    reply = std::move(*r);
  }
  for (auto [what, value] : {std::pair<const char*, const std::string*>{"the subject", &m.subject},
                             {"the sender's name", &m.from_name},
                             {"the recipient's name", &m.to_name},
                             {"the Message-ID", &m.message_id}})
    if (auto st = CheckText(what, *value); !st.ok()) return st;
  if (m.text.size() > kMaxBodyBytes || m.html.size() > kMaxBodyBytes)
    return Status::LimitExceeded("message body larger than 4 MiB");
  if (!IsValidUtf8(m.text) || !IsValidUtf8(m.html)) return Status::InvalidArgument("the body is not valid UTF-8");
  if (m.text.find('\0') != std::string::npos || m.html.find('\0') != std::string::npos)
    return Status::InvalidArgument("the body contains NUL");
  if (m.headers.size() > kMaxExtraHeaders) return Status::LimitExceeded("too many headers");
  for (const auto& [name, value] : m.headers) {
    if (!IsFieldName(name)) return Status::InvalidArgument("bad header name '" + name.substr(0, 40) + "'");
    if (HasLineBreakOrNul(value) || value.size() > kMaxHeaderValueBytes)
      return Status::InvalidArgument("header " + name + " has a line break, NUL or is too long");
    for (unsigned char c : value)
      if (c >= 0x80) return Status::InvalidArgument("header " + name + " must be ASCII");
  }
  if (m.message_id.find_first_of("<> ") != std::string::npos)
    return Status::InvalidArgument("the Message-ID must be given without <>");

  EnsureGMime();
  GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
  g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_FROM, m.from_name.c_str(), from->ascii().c_str());
  g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, m.to_name.c_str(), to->ascii().c_str());
  if (reply) g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_REPLY_TO, "", reply->ascii().c_str());
  g_mime_message_set_subject(message.get(), m.subject.c_str(), "utf-8");
  const std::string id = m.message_id.empty() ? RandomId() + "@" + from->domain : m.message_id;
  g_mime_message_set_message_id(message.get(), id.c_str());
  // GMime's own date formatting depends on the GDateTime's zone; a fixed
  // UTC string is simpler to trust.
  g_mime_object_set_header(GMIME_OBJECT(message.get()), "Date",
                           FormatRfc5322Date(m.date ? m.date : NowUtc()).c_str(), nullptr);
  for (const auto& [name, value] : m.headers) {
    g_mime_object_append_header(GMIME_OBJECT(message.get()), name.c_str(), value.c_str(), nullptr);
    // GMime treats unknown headers as free text and turns long ones into
    // encoded words, which breaks structured values such as
    // List-Unsubscribe's <url> list. They are ASCII (checked above), so they
    // go out as written, folded only after list commas.
    GMimeHeader* h = g_mime_header_list_get_header(g_mime_object_get_header_list(GMIME_OBJECT(message.get())),
                                                   name.c_str());
    if (h) g_mime_header_set_raw_value(h, FoldAtCommas(value).c_str());
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
  GMimeFormatOptions* options = g_mime_format_options_clone(nullptr);
  g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
  GPtr<GMimeStream> out(g_mime_stream_mem_new());
  const ssize_t written = g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), options, out.get());
  g_mime_format_options_free(options);
  if (written < 0) return Status::Internal("GMime could not write the message");
  return StreamBytes(out.get());
}

}  // namespace bs::mail
