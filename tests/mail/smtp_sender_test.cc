// SmtpSender against a real SMTP server (tests/support/smtp_server.py) on
// loopback, including the faults a real server shows: 4xx, 5xx, dropped
// connections and a server that never answers.
#include "mail/smtp_sender.h"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

#include "mail/message.h"
#include "mail/rate_limiter.h"
#include "mail/smtp_fixture.h"

namespace bs::mail {
namespace {

using testing::SmtpFixture;

std::string Message(const std::string& to, const std::string& marker) {
  MailMessage m;
  m.from_address = "briefings@desk.example";
  m.to_address = to;
  m.subject = "Test " + marker;
  m.text = "Body " + marker + "\n";
  auto raw = ComposeMessage(m);
  EXPECT_TRUE(raw.ok()) << raw.status().ToString();
  return raw.ok() ? *raw : "";
}

SmtpSettings Settings(const SmtpFixture& server) {
  SmtpSettings s;
  s.url = server.url();
  s.total_timeout_ms = 10000;
  return s;
}

Envelope To(const std::string& rcpt) { return Envelope{"bounces+" + rcpt.substr(0, rcpt.find('@')) + "=x@desk.example", rcpt}; }

TEST(SmtpSender, DeliversIntactMessagesOverOneReusedConnection) {
  SmtpFixture server;
  SmtpSender sender(Settings(server));
  for (int i = 0; i < 10; ++i) {
    const std::string to = "reader" + std::to_string(i) + "@readers.example";
    SendResult r = sender.Send(To(to), Message(to, std::to_string(i)));
    ASSERT_EQ(r.outcome, SendOutcome::kDelivered) << r.detail;
  }
  auto stored = server.Messages();
  ASSERT_EQ(stored.size(), 10u);
  EXPECT_NE(stored[3].find("X-Envelope-To: <reader3@readers.example>"), std::string::npos);
  EXPECT_NE(stored[3].find("X-Envelope-From: <bounces+reader3=x@desk.example>"), std::string::npos);
  EXPECT_NE(stored[3].find("Body 3"), std::string::npos);
  EXPECT_EQ(server.Connections(), 1) << "one connection for every message";
}

TEST(SmtpSender, ClassifiesTransientAndPermanentAnswers) {
  SmtpFixture server;
  server.SetFaults(R"({"soft@": {"rcpt": 450, "times": 1}, "hard@": {"rcpt": 550},
                       "late@": {"data": 451, "times": 1}, "drop@": {"drop": true, "times": 1}})");
  SmtpSender sender(Settings(server));
  SendResult soft = sender.Send(To("soft@readers.example"), Message("soft@readers.example", "a"));
  EXPECT_EQ(soft.outcome, SendOutcome::kTransient);
  EXPECT_EQ(soft.smtp_code, 450);
  EXPECT_EQ(sender.Send(To("soft@readers.example"), Message("soft@readers.example", "b")).outcome,
            SendOutcome::kDelivered) << "the retry succeeds";
  SendResult hard = sender.Send(To("hard@readers.example"), Message("hard@readers.example", "c"));
  EXPECT_EQ(hard.outcome, SendOutcome::kPermanent);
  EXPECT_EQ(hard.smtp_code, 550);
  SendResult late = sender.Send(To("late@readers.example"), Message("late@readers.example", "d"));
  EXPECT_EQ(late.outcome, SendOutcome::kTransient);
  EXPECT_EQ(late.smtp_code, 451);
  SendResult dropped = sender.Send(To("drop@readers.example"), Message("drop@readers.example", "e"));
  EXPECT_EQ(dropped.outcome, SendOutcome::kTransient) << dropped.smtp_code << " " << dropped.detail;
  EXPECT_EQ(sender.Send(To("after@readers.example"), Message("after@readers.example", "f")).outcome,
            SendOutcome::kDelivered) << "reconnects after a drop";
  auto stored = server.Messages();
  ASSERT_EQ(stored.size(), 2u) << "nothing refused was stored";
  EXPECT_NE(stored[0].find("Body b"), std::string::npos);
  EXPECT_NE(stored[1].find("Body f"), std::string::npos);
}

TEST(SmtpSender, TheHookRunsOnceBeforeTheEndOfDataAndCanStopTheMessage) {
  SmtpFixture server;
  SmtpSender sender(Settings(server));
  int calls = 0;
  const std::string msg = Message("a@readers.example", "hooked");
  SendResult ok = sender.Send(To("a@readers.example"), msg, [&] {
    ++calls;
    EXPECT_EQ(server.Messages().size(), 0u) << "the server has not accepted it yet";
    return Status::Ok();
  });
  EXPECT_EQ(ok.outcome, SendOutcome::kDelivered) << ok.detail;
  EXPECT_EQ(calls, 1);
  SendResult stopped = sender.Send(To("b@readers.example"), Message("b@readers.example", "stopped"),
                                   [&] { return Status::IoError("store unavailable"); });
  EXPECT_EQ(stopped.outcome, SendOutcome::kTransient);
  EXPECT_NE(stopped.detail.find("store unavailable"), std::string::npos);
  EXPECT_EQ(server.Messages().size(), 1u) << "the aborted message was discarded";
}

TEST(SmtpSender, AStalledServerIsATransientFailureWithinTheTimeout) {
  // A socket that accepts connections (the kernel does) and never says a word.
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(listen(fd, 4), 0);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  SmtpSettings s;
  s.url = "smtp://127.0.0.1:" + std::to_string(ntohs(addr.sin_port));
  s.total_timeout_ms = 1500;
  SmtpSender sender(s);
  const auto start = std::chrono::steady_clock::now();
  SendResult r = sender.Send(To("a@readers.example"), Message("a@readers.example", "x"));
  EXPECT_EQ(r.outcome, SendOutcome::kTransient);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  close(fd);
}

TEST(SmtpSender, AuthenticatesAndReportsWrongCredentials) {
  SmtpFixture server("desk:secret");
  SmtpSettings s = Settings(server);
  s.username = "desk";
  s.password = "secret";
  SmtpSender good(s);
  EXPECT_EQ(good.Send(To("a@readers.example"), Message("a@readers.example", "x")).outcome, SendOutcome::kDelivered);
  s.password = "wrong";
  SmtpSender bad(s);
  SendResult r = bad.Send(To("a@readers.example"), Message("a@readers.example", "y"));
  EXPECT_NE(r.outcome, SendOutcome::kDelivered);
  EXPECT_FALSE(r.detail.empty());
  EXPECT_EQ(server.Messages().size(), 1u);
}

TEST(SmtpSender, SwitchesToTlsWithStarttlsAndAuthenticatesInsideIt) {
  SmtpFixture server(SmtpFixture::Options{"desk:secret", true});
  SmtpSettings s = Settings(server);
  s.username = "desk";
  s.password = "secret";
  s.require_tls = true;
  s.ca_file = server.ca_file();
  SmtpSender sender(s);
  for (int i = 0; i < 3; ++i) {
    const std::string to = "tls" + std::to_string(i) + "@readers.example";
    SendResult r = sender.Send(To(to), Message(to, "tls"));
    ASSERT_EQ(r.outcome, SendOutcome::kDelivered) << r.detail;
  }
  EXPECT_EQ(server.Messages().size(), 3u);
  EXPECT_EQ(server.Connections(), 1) << "the TLS session is reused like a clear one";
}

TEST(SmtpSender, NeverSendsToAnUntrustedCertificateOrInClearWhenTlsIsRequired) {
  SmtpFixture tls_server(SmtpFixture::Options{"", true});
  SmtpSettings untrusted = Settings(tls_server);
  untrusted.require_tls = true;  // and no ca_file: the self-signed certificate is not trusted
  SmtpSender a(untrusted);
  SendResult r = a.Send(To("a@readers.example"), Message("a@readers.example", "x"));
  EXPECT_NE(r.outcome, SendOutcome::kDelivered);
  EXPECT_FALSE(r.detail.empty());
  EXPECT_EQ(tls_server.Messages().size(), 0u);

  SmtpFixture clear_server;  // offers no STARTTLS
  SmtpSettings required = Settings(clear_server);
  required.require_tls = true;
  SmtpSender b(required);
  r = b.Send(To("b@readers.example"), Message("b@readers.example", "y"));
  EXPECT_NE(r.outcome, SendOutcome::kDelivered);
  EXPECT_EQ(clear_server.Messages().size(), 0u);
}

TEST(SmtpSender, RefusesHostileEnvelopes) {
  SmtpFixture server;
  SmtpSender sender(Settings(server));
  for (const std::string& rcpt : std::vector<std::string>{"a@b.example>\r\nRCPT TO:<c@d.example", std::string("a\0@b.example", 12), "",
                                 std::string(300, 'a') + "@b.example", "no-at-sign"}) {
    SendResult r = sender.Send(Envelope{"bounces@desk.example", rcpt}, Message("a@readers.example", "x"));
    EXPECT_EQ(r.outcome, SendOutcome::kPermanent);
  }
  EXPECT_EQ(server.Messages().size(), 0u);
}

TEST(RateLimiter, PacesToTheConfiguredRate) {
  auto t = RateLimiter::Clock::time_point{};
  std::chrono::nanoseconds slept{0};
  RateLimiter limiter(
      100, [&] { return t; }, [&](RateLimiter::Clock::duration d) { t += d; slept += d; });
  for (int i = 0; i < 201; ++i) limiter.Acquire();
  // 200 messages after the first at 100/s take two seconds.
  EXPECT_NEAR(std::chrono::duration<double>(slept).count(), 2.0, 0.05);
  RateLimiter unlimited(0);
  for (int i = 0; i < 1000; ++i) unlimited.Acquire();
}

}  // namespace
}  // namespace bs::mail
