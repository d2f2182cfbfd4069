#include "mail/message.h"

#include <gtest/gtest.h>

#include "mail/gmime_support.h"

namespace bs::mail {
namespace {

MailMessage Sample(const std::string& subject) {
  MailMessage m;
  m.from_address = "briefings@desk.example";
  m.from_name = "Asia Desk Briefings";
  m.to_address = "reader@readers.example";
  m.to_name = "Reader";
  m.subject = subject;
  m.text = "Line one.\n\n" + std::string(300, 'x') + "\nhttps://desk.example/newsletter/confirm?t=abc=def";
  m.html = "<p>" + std::string(500, 'y') + "</p><p><a href=\"https://desk.example/x?a=1&amp;b=2\">link</a></p>";
  m.headers = {{"List-Unsubscribe", "<https://desk.example/newsletter/unsubscribe?t=1.2.u.abc>"},
               {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
  m.date = 1796599800;
  return m;
}

struct Parsed {
  std::string subject, text, html, type;
};

std::string PartText(GMimeObject* part) {
  GMimeDataWrapper* content = g_mime_part_get_content(GMIME_PART(part));
  GPtr<GMimeStream> out(g_mime_stream_mem_new());
  g_mime_data_wrapper_write_to_stream(content, out.get());
  return StreamBytes(out.get());
}

Parsed Parse(const std::string& raw) {
  EnsureGMime();
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.data(), raw.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  GPtr<GMimeMessage> msg(g_mime_parser_construct_message(parser.get(), nullptr));
  Parsed p;
  if (!msg) return p;
  p.subject = g_mime_message_get_subject(msg.get()) ? g_mime_message_get_subject(msg.get()) : "";
  GMimeObject* top = g_mime_message_get_mime_part(msg.get());
  GMimeContentType* ct = g_mime_object_get_content_type(top);
  p.type = std::string(g_mime_content_type_get_media_type(ct)) + "/" + g_mime_content_type_get_media_subtype(ct);
  if (GMIME_IS_MULTIPART(top) && g_mime_multipart_get_count(GMIME_MULTIPART(top)) == 2) {
    p.text = PartText(g_mime_multipart_get_part(GMIME_MULTIPART(top), 0));
    p.html = PartText(g_mime_multipart_get_part(GMIME_MULTIPART(top), 1));
  }
  return p;
}

std::string HeaderBlock(const std::string& raw) { return raw.substr(0, raw.find("\r\n\r\n")); }

TEST(ComposeMessage, NonLatinSubjectsArriveReadableAsEncodedWords) {
  for (const std::string subject : {"今日要闻：台风逼近", "ข่าวเด่นวันนี้", "آج کی اہم خبریں"}) {
    auto raw = ComposeMessage(Sample(subject));
    ASSERT_TRUE(raw.ok()) << raw.status().ToString();
    EXPECT_NE(HeaderBlock(*raw).find("Subject: =?"), std::string::npos) << "encoded word";
    for (unsigned char c : HeaderBlock(*raw)) EXPECT_LT(c, 0x80) << "headers are ASCII";
    EXPECT_EQ(Parse(*raw).subject, subject);
  }
}

TEST(ComposeMessage, IsMultipartAlternativeWithBothPartsAndShortCrlfLines) {
  MailMessage m = Sample("Today's briefing");
  auto raw = ComposeMessage(m);
  ASSERT_TRUE(raw.ok()) << raw.status().ToString();
  Parsed p = Parse(*raw);
  EXPECT_EQ(p.type, "multipart/alternative");
  EXPECT_NE(p.text.find(std::string(300, 'x')), std::string::npos);
  EXPECT_NE(p.text.find("confirm?t=abc=def"), std::string::npos);
  EXPECT_NE(p.html.find("href=\"https://desk.example/x?a=1&amp;b=2\""), std::string::npos);
  for (std::size_t pos = 0; pos < raw->size();) {
    const std::size_t eol = raw->find("\r\n", pos);
    ASSERT_NE(eol, std::string::npos) << "every line ends in CRLF";
    EXPECT_LE(eol - pos, 78u) << raw->substr(pos, eol - pos);
    EXPECT_EQ(raw->substr(pos, eol - pos).find('\n'), std::string::npos) << "no bare LF";
    pos = eol + 2;
  }
  const std::string head = HeaderBlock(*raw);
  EXPECT_NE(head.find("Date: Sun, 06 Dec 2026 23:30:00 +0000"), std::string::npos) << head;
  EXPECT_NE(head.find("@desk.example>"), std::string::npos) << "Message-ID on the sender's domain";
  EXPECT_NE(head.find("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), std::string::npos);
  EXPECT_NE(head.find("MIME-Version: 1.0"), std::string::npos);
}

TEST(ComposeMessage, RefusesHeaderInjection) {
  for (auto mutate : std::vector<void (*)(MailMessage&)>{
           [](MailMessage& m) { m.subject = "Hello\r\nBcc: victim@example.org"; },
           [](MailMessage& m) { m.subject = std::string("Hi\0there", 8); },
           [](MailMessage& m) { m.to_name = "Reader\nBcc: x@example.org"; },
           [](MailMessage& m) { m.to_address = "reader@readers.example\r\nBcc: x@example.org"; },
           [](MailMessage& m) { m.headers.push_back({"X-Extra", "value\r\nBcc: x@example.org"}); },
           [](MailMessage& m) { m.headers.push_back({"Bad Name", "v"}); },
           [](MailMessage& m) { m.subject = "\xff\xfe"; },
           [](MailMessage& m) { m.message_id = "<id@x>"; },
       }) {
    MailMessage m = Sample("ok");
    mutate(m);
    EXPECT_FALSE(ComposeMessage(m).ok());
  }
}

TEST(ComposeMessage, TextOnlyMessagesAreSinglePart) {
  MailMessage m = Sample("plain");
  m.html.clear();
  auto raw = ComposeMessage(m);
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(Parse(*raw).type, "text/plain");
}

}  // namespace
}  // namespace bs::mail
