#include "mail/dsn.h"

#include <gtest/gtest.h>

#include "mail/verp.h"

namespace bs::mail {
namespace {

std::string Dsn(const std::string& to, const std::string& per_recipient) {
  return "From: MAILER-DAEMON@mx.example\r\nTo: " + to +
         "\r\nSubject: Delivery Status Notification\r\nMIME-Version: 1.0\r\n"
         "Content-Type: multipart/report; report-type=delivery-status; boundary=\"XX\"\r\n\r\n"
         "--XX\r\nContent-Type: text/plain\r\n\r\nWe could not deliver your message.\r\n"
         "--XX\r\nContent-Type: message/delivery-status\r\n\r\n"
         "Reporting-MTA: dns; mx.example\r\nArrival-Date: Mon, 7 Dec 2026 06:00:00 +0000\r\n\r\n" +
         per_recipient + "--XX--\r\n";
}

TEST(ParseDsn, ReadsHardAndSoftReports) {
  auto r = ParseDsn(Dsn("bounces@desk.example",
                        "Final-Recipient: rfc822; Gone@Readers.Example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
                        "Final-Recipient: rfc822;full@readers.example\r\nAction: delayed\r\nStatus: 4.2.2\r\n\r\n"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].recipient, "Gone@readers.example");
  EXPECT_TRUE((*r)[0].hard);
  EXPECT_EQ((*r)[0].status, "5.1.1");
  EXPECT_NE((*r)[0].diagnostic.find("user unknown"), std::string::npos);
  EXPECT_EQ((*r)[1].action, "delayed");
  EXPECT_FALSE((*r)[1].hard);
}

TEST(ParseDsn, TheVerpAddressNamesTheRecipient) {
  auto r = ParseDsn(Dsn("bounces+alice=readers.example@desk.example",
                        "Action: failed\r\nStatus: 5.7.1\r\n\r\n"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].recipient, "alice@readers.example");
}

TEST(ParseDsn, RefusesWhatIsNoDsn) {
  EXPECT_FALSE(ParseDsn("").ok());
  EXPECT_FALSE(ParseDsn("\x01\x02\xff garbage").ok());
  EXPECT_FALSE(ParseDsn("From: a@b.example\r\nSubject: hi\r\n\r\nJust a letter.\r\n").ok());
  EXPECT_FALSE(ParseDsn(Dsn("x@y.example", "Reporting-MTA: only\r\n\r\n")).ok()) << "names no recipient";
  EXPECT_EQ(ParseDsn(std::string(kMaxDsnBytes + 1, 'a')).status().code(), Status::Code::kLimitExceeded);
  // Truncated in the middle of the report: no crash, a clear answer.
  const std::string full = Dsn("b@d.example", "Final-Recipient: rfc822; a@b.example\r\nAction: failed\r\nStatus: 5.0.0\r\n\r\n");
  for (std::size_t cut = 0; cut < full.size(); cut += 7) (void)ParseDsn(full.substr(0, cut));
}

TEST(Verp, RoundTrips) {
  const std::string path = VerpReturnPath("bounces", "desk.example", "alice+news@readers.example");
  EXPECT_EQ(path, "bounces+alice+news=readers.example@desk.example");
  EXPECT_EQ(VerpRecipient(path, "bounces"), "alice+news@readers.example");
  EXPECT_EQ(VerpRecipient("<BOUNCES+a=b.example@desk.example>", "bounces"), "a@b.example");
  EXPECT_FALSE(VerpRecipient("someone@desk.example", "bounces"));
  EXPECT_FALSE(VerpRecipient("bounces+@desk.example", "bounces"));
  EXPECT_FALSE(VerpRecipient("bounces+noequals@desk.example", "bounces"));
}

}  // namespace
}  // namespace bs::mail
