#include "app/support/mail_reader.h"

#include <gmime/gmime.h>

#include <cctype>
#include <memory>
#include <mutex>

namespace bs::testing {
namespace {

template <typename T>
struct Unref {
  void operator()(T* p) const {
    if (p) g_object_unref(p);
  }
};

std::string PartText(GMimeObject* part) {
  if (!GMIME_IS_PART(part)) return "";
  GMimeDataWrapper* content = g_mime_part_get_content(GMIME_PART(part));
  if (!content) return "";
  std::unique_ptr<GMimeStream, Unref<GMimeStream>> out(g_mime_stream_mem_new());
  g_mime_data_wrapper_write_to_stream(content, out.get());
  GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
  return std::string(reinterpret_cast<const char*>(bytes->data), bytes->len);
}

struct Walk {
  ReadMessage* m;
};

void Visit(GMimeObject*, GMimeObject* part, gpointer data) {
  auto* m = static_cast<Walk*>(data)->m;
  GMimeContentType* ct = g_mime_object_get_content_type(part);
  if (g_mime_content_type_is_type(ct, "text", "plain") && m->text.empty()) m->text = PartText(part);
  if (g_mime_content_type_is_type(ct, "text", "html") && m->html.empty()) m->html = PartText(part);
}

}  // namespace

std::string ReadMessage::Header(const std::string& name) const {
  // Unfolded raw header, found case-insensitively in the header block.
  const std::size_t end = raw.find("\r\n\r\n");
  const std::string head = raw.substr(0, end);
  std::string lower_head = head, lower_name = name + ":";
  for (auto& c : lower_head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto& c : lower_name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t pos = lower_head.compare(0, lower_name.size(), lower_name) == 0 ? 0 : std::string::npos;
  if (pos == std::string::npos) {
    pos = lower_head.find("\n" + lower_name);
    if (pos != std::string::npos) ++pos;
  }
  if (pos == std::string::npos) return "";
  std::string value;
  std::size_t i = pos + lower_name.size();
  while (i < head.size()) {
    const std::size_t eol = head.find("\r\n", i);
    value += head.substr(i, eol == std::string::npos ? std::string::npos : eol - i);
    if (eol == std::string::npos || eol + 2 >= head.size() || (head[eol + 2] != ' ' && head[eol + 2] != '\t')) break;
    i = eol + 2;
  }
  while (!value.empty() && value.front() == ' ') value.erase(0, 1);
  return value;
}

ReadMessage ReadMail(const std::string& raw) {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
  ReadMessage m;
  m.raw = raw;
  std::unique_ptr<GMimeStream, Unref<GMimeStream>> stream(
      g_mime_stream_mem_new_with_buffer(raw.data(), raw.size()));
  std::unique_ptr<GMimeParser, Unref<GMimeParser>> parser(g_mime_parser_new_with_stream(stream.get()));
  std::unique_ptr<GMimeMessage, Unref<GMimeMessage>> msg(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!msg) return m;
  if (const char* s = g_mime_message_get_subject(msg.get())) m.subject = s;
  GMimeObject* top = g_mime_message_get_mime_part(msg.get());
  if (top) {
    GMimeContentType* ct = g_mime_object_get_content_type(top);
    m.content_type = std::string(g_mime_content_type_get_media_type(ct)) + "/" +
                     g_mime_content_type_get_media_subtype(ct);
    Walk w{&m};
    if (GMIME_IS_MULTIPART(top)) g_mime_multipart_foreach(GMIME_MULTIPART(top), Visit, &w);
    else Visit(nullptr, top, &w);
  }
  m.envelope_to = m.Header("X-Envelope-To");
  if (m.envelope_to.empty()) m.envelope_to = m.Header("To");
  // "<a@b>" or "Name <a@b>" -> a@b
  if (auto lt = m.envelope_to.find('<'); lt != std::string::npos)
    m.envelope_to = m.envelope_to.substr(lt + 1, m.envelope_to.find('>', lt) - lt - 1);
  return m;
}

std::string LinkToken(const std::string& text, const std::string& path, const std::string& name) {
  const std::size_t at = text.find(path);
  if (at == std::string::npos) return "";
  const std::string key = name + "=";
  std::size_t q = text.find(key, at);
  if (q == std::string::npos) return "";
  q += key.size();
  std::size_t end = q;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '.')) ++end;
  return text.substr(q, end - q);
}

}  // namespace bs::testing
