#include "mail/unsubscribe_request.h"

#include <cctype>

#include "core/ascii.h"
#include "mail/gmime_support.h"

namespace bs::mail {
namespace {

constexpr std::size_t kMaxRequestBytes = 1u << 20;
constexpr std::size_t kMaxTokenBytes = 128;

}  // namespace

std::optional<std::string> UnsubscribeRequestToken(std::string_view message) {
  if (message.size() > kMaxRequestBytes) return std::nullopt;
  EnsureGMime();
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(message.data(), message.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  GPtr<GMimeMessage> msg(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!msg) return std::nullopt;
  const char* subject = g_mime_message_get_subject(msg.get());
  if (!subject) return std::nullopt;
  std::string_view s = subject;
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  constexpr std::string_view kWord = "unsubscribe ";
  if (s.size() <= kWord.size() || AsciiLower(s.substr(0, kWord.size())) != kWord) return std::nullopt;
  std::string_view token = s.substr(kWord.size());
  while (!token.empty() && (token.back() == ' ' || token.back() == '\r' || token.back() == '\n')) token.remove_suffix(1);
  if (token.empty() || token.size() > kMaxTokenBytes) return std::nullopt;
  for (unsigned char c : token)
    if (!std::isalnum(c) && c != '.') return std::nullopt;
  return std::string(token);
}

}  // namespace bs::mail
