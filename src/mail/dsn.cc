#include "mail/dsn.h"

#include <optional>

#include "core/ascii.h"
#include "mail/address.h"
#include "mail/gmime_support.h"
#include "mail/verp.h"

namespace bs::mail {
namespace {

constexpr std::size_t kMaxDiagnosticBytes = 500;
constexpr int kMaxPartsVisited = 100;

using Fields = std::vector<std::pair<std::string, std::string>>;  // lowercase name, value

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

// The header-like blocks of a message/delivery-status body, split at blank lines.
std::vector<Fields> ParseBlocks(std::string_view body) {
  std::vector<Fields> blocks(1);
  while (!body.empty()) {
    const std::size_t eol = body.find('\n');
    std::string_view line = body.substr(0, eol);
    body = eol == std::string_view::npos ? std::string_view() : body.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) {
      if (!blocks.back().empty()) blocks.emplace_back();
      if (blocks.size() > kMaxDsnRecipients + 1) break;
      continue;
    }
    if ((line.front() == ' ' || line.front() == '\t') && !blocks.back().empty()) {
      std::string& v = blocks.back().back().second;
      if (v.size() < kMaxDiagnosticBytes) v += " " + Trim(line);
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;
    blocks.back().emplace_back(AsciiLower(Trim(line.substr(0, colon))), Trim(line.substr(colon + 1)));
  }
  if (blocks.back().empty()) blocks.pop_back();
  return blocks;
}

std::string Field(const Fields& f, const char* name) {
  for (const auto& [k, v] : f)
    if (k == name) return v;
  return "";
}

// "rfc822; Alice@Example.ORG" -> "Alice@example.org"
std::string AddressOf(const std::string& typed_value) {
  std::string v = typed_value;
  if (const std::size_t semi = v.find(';'); semi != std::string::npos) v = v.substr(semi + 1);
  v = Trim(v);
  if (!v.empty() && v.front() == '<') v = v.substr(1, v.find('>') == std::string::npos ? std::string::npos : v.find('>') - 1);
  auto parsed = ParseAddress(v);
  return parsed.ok() ? parsed->ascii() : "";
}

std::string PartBytes(GMimeObject* part) {
  if (GMIME_IS_PART(part)) {
    GMimeDataWrapper* content = g_mime_part_get_content(GMIME_PART(part));
    if (!content) return "";
    GPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, out.get());
    return StreamBytes(out.get());
  }
  if (GMIME_IS_MESSAGE_PART(part)) {
    // GMime may parse message/delivery-status as an embedded message; its
    // first block then became the "headers". Writing it back gives the text.
    GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
    if (!inner) return "";
    GPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, out.get());
    return StreamBytes(out.get());
  }
  return "";
}

struct Search {
  std::string status_text;
  int visited = 0;
};

void FindStatus(GMimeObject*, GMimeObject* part, gpointer data) {
  auto* s = static_cast<Search*>(data);
  if (++s->visited > kMaxPartsVisited || !s->status_text.empty()) return;
  GMimeContentType* ct = g_mime_object_get_content_type(part);
  if (ct && (g_mime_content_type_is_type(ct, "message", "delivery-status") ||
             g_mime_content_type_is_type(ct, "message", "global-delivery-status")))
    s->status_text = PartBytes(part);
}

std::optional<std::string> VerpFromHeaders(GMimeObject* message, std::string_view bounce_local) {
  for (const char* name : {"X-Original-To", "Delivered-To", "Envelope-To", "To"}) {
    const char* v = g_mime_object_get_header(message, name);
    if (!v) continue;
    std::string value = v;
    // "Name <addr>" or a list: try each comma-separated address.
    std::size_t start = 0;
    while (start <= value.size()) {
      std::size_t comma = value.find(',', start);
      std::string one = Trim(std::string_view(value).substr(start, comma == std::string::npos ? std::string::npos : comma - start));
      if (auto lt = one.find('<'); lt != std::string::npos) one = one.substr(lt + 1, one.find('>', lt) - lt - 1);
      if (auto r = VerpRecipient(one, bounce_local)) return r;
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return std::nullopt;
}

}  // namespace

Result<std::vector<BounceReport>> ParseDsn(std::string_view message, std::string_view bounce_local) {
  if (message.size() > kMaxDsnBytes) return Status::LimitExceeded("bounce message larger than 10 MiB");
  EnsureGMime();
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(message.data(), message.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  GPtr<GMimeMessage> msg(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!msg) return Status::ParseError("not a mail message");
  GMimeObject* top = g_mime_message_get_mime_part(msg.get());
  if (!top) return Status::ParseError("the message has no body");
  Search search;
  if (GMIME_IS_MULTIPART(top)) g_mime_multipart_foreach(GMIME_MULTIPART(top), FindStatus, &search);
  else FindStatus(nullptr, top, &search);
  if (search.status_text.empty()) return Status::ParseError("no message/delivery-status part");
  const std::vector<Fields> blocks = ParseBlocks(search.status_text);
  const std::optional<std::string> verp = VerpFromHeaders(GMIME_OBJECT(msg.get()), bounce_local);
  std::vector<BounceReport> out;
  for (const Fields& b : blocks) {
    const std::string action = AsciiLower(Field(b, "action"));
    if (action.empty()) continue;  // the per-message block (Reporting-MTA, ...)
    BounceReport r;
    r.action = action;
    r.status = Field(b, "status").substr(0, 16);
    r.diagnostic = Field(b, "diagnostic-code").substr(0, kMaxDiagnosticBytes);
    r.recipient = AddressOf(Field(b, "final-recipient"));
    if (r.recipient.empty()) r.recipient = AddressOf(Field(b, "original-recipient"));
    // The return path is ours: when it names one recipient, it is the truth
    // (forwarders rewrite Final-Recipient to addresses we never mailed).
    if (verp) {
      auto parsed = ParseAddress(*verp);
      if (parsed.ok()) r.recipient = parsed->ascii();
    }
    if (r.recipient.empty()) continue;
    r.hard = r.action == "failed" && !r.status.empty() && r.status[0] == '5';
    out.push_back(std::move(r));
    if (out.size() >= kMaxDsnRecipients) break;
  }
  if (out.empty()) return Status::ParseError("the delivery status names no recipient");
  return out;
}

}  // namespace bs::mail
