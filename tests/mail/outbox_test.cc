// The outbox against a real SQLite store and a real SMTP server on loopback:
// queued mail is sent once, retried after transient refusals, failed after
// permanent ones, and never sent twice by two workers or after a refusal at
// the end of data.
#include "mail/outbox.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "mail/smtp_fixture.h"

namespace bs::mail {
namespace {

namespace fs = std::filesystem;
using testing::SmtpFixture;

class OutboxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-outbox-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    store_ = std::move(OpenSqliteStore((dir_ / "outbox.db").string()).value());
    MailSettings ms;
    ms.smtp.url = smtp_.url();
    ms.smtp.total_timeout_ms = 10000;
    ms.from_address = "desk@desk.example";
    mailer_ = std::move(Mailer::Create(ms).value());
  }
  void TearDown() override {
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  void Queue(const std::string& to, const std::string& subject, Timestamp now = kNow) {
    MailMessage m;
    m.to_address = to;
    m.subject = subject;
    m.text = "Your code: CODE-" + subject + "\n";
    ASSERT_TRUE(EnqueueMail(*store_, *mailer_, m, "confirm", now).ok());
  }
  int Pending() { return store_->CountPendingOutbox().value(); }

  static constexpr Timestamp kNow = 1'800'000'000;
  SmtpFixture smtp_;
  fs::path dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Mailer> mailer_;
};

TEST_F(OutboxTest, QueuedMailIsSentOnceByTheDrainNotByTheRequest) {
  Queue("a@readers.example", "first");
  Queue("b@readers.example", "second");
  EXPECT_EQ(smtp_.MessageCount(), 0u) << "queuing sends nothing";
  EXPECT_EQ(Pending(), 2);
  auto report = DrainOutbox(*store_, *mailer_, {}, kNow);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->sent, 2);
  auto mail = smtp_.Messages();
  ASSERT_EQ(mail.size(), 2u);
  EXPECT_NE(mail[0].find("X-Envelope-To: <a@readers.example>"), std::string::npos);
  EXPECT_NE(mail[0].find("X-Envelope-From: <bounces+a=readers.example@desk.example>"), std::string::npos)
      << "VERP return path, as every mail of the product";
  EXPECT_NE(mail[1].find("CODE-second"), std::string::npos);
  EXPECT_EQ(Pending(), 0);
  EXPECT_EQ(DrainOutbox(*store_, *mailer_, {}, kNow + 3600)->sent, 0) << "a sent mail is never sent again";
  EXPECT_EQ(smtp_.MessageCount(), 2u);
}

TEST_F(OutboxTest, TransientRefusalsAreRetriedLaterAndPermanentOnesFail) {
  smtp_.SetFaults(R"({"soft@": {"rcpt": 450, "times": 1}, "hard@": {"rcpt": 550}})");
  Queue("soft@readers.example", "soft");
  Queue("hard@readers.example", "hard");
  OutboxOptions o;
  o.retry_base_seconds = 60;
  auto first = DrainOutbox(*store_, *mailer_, o, kNow);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->sent, 0);
  EXPECT_EQ(first->retried, 1);
  EXPECT_EQ(first->failed, 1);
  EXPECT_EQ(DrainOutbox(*store_, *mailer_, o, kNow + 30)->sent, 0) << "not due before its retry time";
  auto later = DrainOutbox(*store_, *mailer_, o, kNow + 61);
  EXPECT_EQ(later->sent, 1);
  EXPECT_EQ(later->failed, 0) << "a failed mail is not tried again";
  EXPECT_EQ(smtp_.MessageCount(), 1u);
  EXPECT_EQ(Pending(), 0);
}

TEST_F(OutboxTest, ARefusalAtTheEndOfDataKeepsTheMessageForTheRetry) {
  // The hook has marked the mail sent (and dropped its stored bytes) when
  // the server refuses it at the very end; the retry must still send it whole.
  smtp_.SetFaults(R"({"late@": {"data": 451, "times": 1}})");
  Queue("late@readers.example", "late");
  EXPECT_EQ(DrainOutbox(*store_, *mailer_, {}, kNow)->retried, 1);
  EXPECT_EQ(smtp_.MessageCount(), 0u);
  EXPECT_EQ(DrainOutbox(*store_, *mailer_, {}, kNow + 3600)->sent, 1);
  auto mail = smtp_.Messages();
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_NE(mail[0].find("CODE-late"), std::string::npos);
}

TEST_F(OutboxTest, GivesUpAfterMaxAttempts) {
  smtp_.SetFaults(R"({"down@": {"rcpt": 421}})");
  Queue("down@readers.example", "down");
  OutboxOptions o;
  o.max_attempts = 3;
  o.retry_base_seconds = 10;
  Timestamp t = kNow;
  OutboxReport total;
  for (int i = 0; i < 6; ++i, t += 100'000) {
    auto r = DrainOutbox(*store_, *mailer_, o, t);
    ASSERT_TRUE(r.ok());
    total.retried += r->retried;
    total.failed += r->failed;
  }
  EXPECT_EQ(total.retried, 2);
  EXPECT_EQ(total.failed, 1);
  EXPECT_EQ(Pending(), 0);
}

TEST_F(OutboxTest, AClaimedMailIsLeasedSoASecondWorkerDoesNotTakeIt) {
  Queue("a@readers.example", "a");
  auto first = store_->ClaimOutbox(kNow, 300, 10, 0);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 1u);
  EXPECT_TRUE(store_->ClaimOutbox(kNow + 10, 300, 10, 0)->empty()) << "leased to the first worker";
  ASSERT_TRUE(store_->MarkOutboxSent(first->at(0).id, kNow + 1).ok());
  EXPECT_EQ(store_->MarkOutboxSent(first->at(0).id, kNow + 2).code(), Status::Code::kRefused)
      << "a second sender is stopped before the end of data";
  EXPECT_TRUE(store_->ClaimOutbox(kNow + 1000, 300, 10, 0)->empty()) << "a sent mail is not claimed after its lease";
}

TEST_F(OutboxTest, RefusesWhatCannotBeQueued) {
  MailMessage m;
  m.to_address = "a@readers.example";
  m.subject = "x";
  m.text = "x";
  MailSettings none;
  auto no_mail = Mailer::Create(none);
  ASSERT_TRUE(no_mail.ok());
  EXPECT_FALSE(EnqueueMail(*store_, **no_mail, m, "confirm", kNow).ok()) << "no SMTP server configured";
  m.to_address = "not an address";
  EXPECT_FALSE(EnqueueMail(*store_, *mailer_, m, "confirm", kNow).ok());
  OutboxMail huge{0, "confirm", "a@readers.example", std::string(kMaxOutboxMessageBytes + 1, 'x'), 0};
  EXPECT_EQ(store_->EnqueueOutboxMail(huge, kNow).code(), Status::Code::kLimitExceeded);
  OutboxMail nul{0, "confirm", std::string("a\0b@readers.example", 19), "x", 0};
  EXPECT_FALSE(store_->EnqueueOutboxMail(nul, kNow).ok());
  EXPECT_EQ(Pending(), 0);
}

}  // namespace
}  // namespace bs::mail
