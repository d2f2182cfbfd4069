// The newsletter end to end, with the real binary, a real SQLite file and a
// real SMTP server on loopback (tests/support/smtp_server.py): sign-up,
// confirmation mail, confirm, an issue with both parts and its headers,
// one-click unsubscribe, a SIGKILL in the middle of a send, retries on 4xx,
// failures on 5xx and bounces read from DSN files.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <thread>

#include "app/support/fixture_tree.h"
#include "app/support/http_client.h"
#include "app/support/mail_reader.h"
#include "app/support/process.h"
#include "mail/smtp_fixture.h"
#include "store/store.h"

namespace bs {
namespace {

using namespace std::chrono_literals;
using testing::ChildProcess;
using testing::HttpGet;
using testing::HttpPost;
using testing::ReadMail;
using testing::ReadMessage;
using testing::RunProcess;
using testing::TempDir;

// The token of the List-Unsubscribe mailto ("?subject=unsubscribe%20<token>").
std::string MailtoToken(const std::string& list_unsubscribe) {
  const std::string marker = "subject=unsubscribe%20";
  std::size_t at = list_unsubscribe.find(marker);
  if (at == std::string::npos) return "";
  at += marker.size();
  std::size_t end = at;
  while (end < list_unsubscribe.size() &&
         (std::isalnum(static_cast<unsigned char>(list_unsubscribe[end])) || list_unsubscribe[end] == '.'))
    ++end;
  return list_unsubscribe.substr(at, end - at);
}

class NewsletterE2E : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = (tmp_.path() / "site.db").string();
    config_ = (tmp_.path() / "site.toml").string();
    WriteConfig(50);
  }

  void WriteConfig(int rate) {
    std::ofstream(config_) << "[site]\nname = \"Test Desk\"\nbase_url = \"http://127.0.0.1:1\"\n"
                           << "time_zone = \"Asia/Singapore\"\n"
                           << "[storage]\ndatabase = \"" << db_ << "\"\n"
                           << "[web]\ntemplates = \"" << BROADSHEET_SOURCE_DIR << "/templates\"\n"
                           << "static = \"" << BROADSHEET_SOURCE_DIR << "/static\"\n"
                           << "[server]\naccess_log = false\n"
                           << "[scheduler]\ntick_seconds = 3600\n"
                           << "[mail]\nsmtp_url = \"" << smtp_.url() << "\"\nfrom = \"briefings@desk.example\"\n"
                           << "from_name = \"Test Desk Briefings\"\nmessages_per_second = " << rate << "\n"
                           << "[newsletter]\nname = \"Test Briefings\"\nretry_seconds = 1\n"
                           << "signups_per_ip_per_hour = 1000\n"
                           << "[[newsletter.editions]]\nslug = \"daily\"\nname = \"The Daily Briefing\"\n"
                           << "automatic = false\n";
  }

  testing::ProcessResult Cli(const std::vector<std::string>& args, std::chrono::milliseconds timeout = 120s) {
    std::vector<std::string> argv = {BROADSHEET_BINARY, "--config", config_};
    argv.insert(argv.end(), args.begin(), args.end());
    return RunProcess(argv, timeout);
  }

  // Starts `serve` on a free port and returns its origin.
  std::string Serve() {
    server_ = std::make_unique<ChildProcess>(std::vector<std::string>{
        BROADSHEET_BINARY, "--config", config_, "serve", "--port", "0", "--no-scheduler"});
    const std::string line = server_->WaitForLine("serving", 20s);
    const std::size_t at = line.find("http://");
    EXPECT_NE(at, std::string::npos) << "server did not start";
    if (at == std::string::npos) return "";
    std::string origin = line.substr(at);
    while (!origin.empty() && (origin.back() == '/' || std::isspace(static_cast<unsigned char>(origin.back()))))
      origin.pop_back();
    return origin;
  }

  std::vector<ReadMessage> MailTo(const std::string& address) {
    std::vector<ReadMessage> out;
    for (const auto& raw : smtp_.Messages()) {
      ReadMessage m = ReadMail(raw);
      if (m.envelope_to == address) out.push_back(std::move(m));
    }
    return out;
  }

  // Transactional mail goes through the outbox, which `serve` drains every
  // second: waits (bounded) for `n` mails to `address`.
  std::vector<ReadMessage> WaitForMail(const std::string& address, std::size_t n) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    auto mail = MailTo(address);
    while (mail.size() < n && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      mail = MailTo(address);
    }
    return mail;
  }
  // Waits (bounded) until the outbox holds nothing to send, so a count of
  // received mail is final: for checks that something was *not* mailed.
  void WaitForEmptyOutbox() {
    auto store = OpenSqliteStore(db_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    auto pending = [&] {
      auto n = (*store)->CountPendingOutbox();
      return n.ok() ? *n : -1;  // a busy database reads as "not drained yet"
    };
    while (pending() != 0 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ASSERT_EQ(pending(), 0) << "the outbox did not drain";
    // The last mail is marked sent just before its end of data; let the
    // server finish storing it.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  }

  // Confirmed subscribers written straight into the store (a sign-up and
  // its confirmation), for sends to many addresses.
  void AddConfirmedSubscribers(int n, const std::string& prefix) {
    auto store = OpenSqliteStore(db_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    for (int i = 0; i < n; ++i) {
      Subscriber s;
      s.email = prefix + std::to_string(i) + "@readers.example";
      s.pending_editions = {"daily"};
      s.created_at = NowUtc();
      s.confirm_token_hash = "digest-" + prefix + std::to_string(i);
      s.confirm_expires_at = NowUtc() + 3600;
      ConsentRecord c;
      c.at = NowUtc();
      c.action = "signup";
      ASSERT_TRUE((*store)->SaveSignup(s, c).ok());
      auto confirmed = (*store)->ConfirmSubscriber(s.confirm_token_hash, NowUtc(), c);
      ASSERT_TRUE(confirmed.ok() && *confirmed);
    }
  }

  // One two-paper story published an hour ago, so the day's issue has an item.
  void AddStory() {
    auto store = OpenSqliteStore(db_);
    ASSERT_TRUE(store.ok());
    std::vector<Id> ids;
    for (const char* paper : {"first-paper", "second-paper"}) {
      Source src;
      src.slug = paper;
      src.name = std::string(paper) == "first-paper" ? "The First Paper" : "The Second Paper";
      ASSERT_TRUE((*store)->SyncSource(src).ok());
      Article a;
      a.url = std::string("https://") + paper + ".example/ferry";
      a.source_slug = paper;
      a.title = "Ferry service resumes across the strait";
      a.standfirst = "Boats sail again after a week of storms.";
      a.body_text = "Boats sail again.";
      a.published = NowUtc() - 3600;
      a.fetched_at = NowUtc();
      RawPage raw{a.url, a.url, "text/html", "<p>Boats</p>", a.fetched_at};
      ASSERT_TRUE((*store)->UpsertArticle(a, raw).ok());
      ids.push_back(a.id);
    }
    StoryRecord story{ids[0], "Ferry service resumes across the strait", NowUtc() - 3600, NowUtc() - 3600, 2, 2};
    ASSERT_TRUE((*store)->ReplaceOrganisation({story}, {{ids[0], ids[0], 0, {}, {}, {}}, {ids[1], ids[0], 0, {}, {}, {}}}).ok());
  }

  TempDir tmp_;
  testing::SmtpFixture smtp_;
  std::string db_, config_;
  std::unique_ptr<ChildProcess> server_;
};

TEST_F(NewsletterE2E, SignUpConfirmReceiveAndLeaveWithOneClick) {
  AddStory();
  const std::string origin = Serve();
  ASSERT_FALSE(origin.empty());

  auto page = HttpGet(origin + "/newsletter");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("name=\"email\""), std::string::npos);

  // Two readers sign up; only one confirms.
  for (const char* who : {"reader@readers.example", "undecided@readers.example"}) {
    auto r = HttpPost(origin + "/newsletter/subscribe",
                      "email=" + testing::FormEscape(who) + "&edition=daily&page=%2Fnewsletter");
    EXPECT_EQ(r.status, 200) << r.body;
  }
  auto confirmations = WaitForMail("reader@readers.example", 1);
  WaitForEmptyOutbox();
  ASSERT_EQ(MailTo("reader@readers.example").size(), 1u);
  const std::string token = testing::LinkToken(confirmations[0].text, "/newsletter/confirm");
  ASSERT_EQ(token.size(), 64u) << confirmations[0].text;
  EXPECT_NE(confirmations[0].html.find("/newsletter/confirm?t=" + token), std::string::npos);

  // GET shows a button and confirms nothing; the POST confirms, once.
  EXPECT_EQ(HttpGet(origin + "/newsletter/confirm?t=" + token).status, 200);
  EXPECT_EQ(HttpPost(origin + "/newsletter/confirm", "t=" + token).status, 200);
  EXPECT_EQ(HttpPost(origin + "/newsletter/confirm", "t=" + token).status, 400) << "single use";

  auto sent = Cli({"newsletter", "send", "--edition", "daily"});
  ASSERT_EQ(sent.exit_code, 0) << sent.err;

  auto issues = MailTo("reader@readers.example");
  ASSERT_EQ(issues.size(), 2u) << "the confirmation, then the issue";
  const ReadMessage& issue = issues[1];
  EXPECT_EQ(issue.content_type, "multipart/alternative");
  EXPECT_NE(issue.text.find("Ferry service resumes across the strait"), std::string::npos);
  EXPECT_NE(issue.html.find("Ferry service resumes across the strait"), std::string::npos);
  EXPECT_NE(issue.text.find("Also covered by 1 other paper"), std::string::npos);
  EXPECT_FALSE(issue.Header("Message-ID").empty());
  EXPECT_FALSE(issue.Header("Date").empty());
  EXPECT_EQ(issue.Header("List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
  const std::string list_unsubscribe = issue.Header("List-Unsubscribe");
  if (list_unsubscribe.find("<mailto:") == std::string::npos) ADD_FAILURE() << issue.raw.substr(0, 1500);
  EXPECT_NE(list_unsubscribe.find("<http://127.0.0.1:1/newsletter/unsubscribe?t="), std::string::npos);
  EXPECT_NE(list_unsubscribe.find("<mailto:"), std::string::npos);
  EXPECT_EQ(issue.raw.find("/pixel"), std::string::npos) << "no tracking";
  for (std::size_t pos = 0, eol; (eol = issue.raw.find("\r\n", pos)) != std::string::npos; pos = eol + 2)
    EXPECT_LE(eol - pos, 998u) << "RFC 5322 line limit";

  EXPECT_EQ(MailTo("undecided@readers.example").size(), 1u) << "an unconfirmed address gets only the confirmation";

  // RFC 8058 one-click: a POST to the List-Unsubscribe URL, no cookie, no form token.
  const std::string unsubscribe_token = testing::LinkToken(list_unsubscribe, "/newsletter/unsubscribe");
  ASSERT_FALSE(unsubscribe_token.empty());
  auto left = HttpPost(origin + "/newsletter/unsubscribe?t=" + unsubscribe_token, "List-Unsubscribe=One-Click");
  EXPECT_EQ(left.status, 200) << left.body;
  // The mailto in List-Unsubscribe works too: a request read from the mailbox.
  const std::string mailto_token = MailtoToken(list_unsubscribe);
  EXPECT_EQ(mailto_token, unsubscribe_token);
  auto forged = HttpPost(origin + "/newsletter/unsubscribe?t=" + unsubscribe_token + "0", "List-Unsubscribe=One-Click");
  EXPECT_EQ(forged.status, 400);
  auto store = OpenSqliteStore(db_);
  ASSERT_TRUE(store.ok());
  auto reader = (*store)->FindSubscriber("reader@readers.example");
  ASSERT_TRUE(reader.ok() && *reader);
  EXPECT_EQ((*reader)->state, SubscriberState::kUnsubscribed);

  // The sent issue is in the public archive without anyone's links.
  auto archive = HttpGet(origin + "/newsletter/archive");
  EXPECT_EQ(archive.status, 200);
  auto latest = HttpGet(origin + "/newsletter/latest");
  EXPECT_TRUE(latest.status == 303 || latest.status == 200);
}

TEST_F(NewsletterE2E, KilledMidSendThenRestartedDeliversExactlyOneCopyEach) {
  constexpr int kSubscribers = 300;
  AddStory();
  AddConfirmedSubscribers(kSubscribers, "kill");
  WriteConfig(150);  // slow enough to be caught in the middle
  ASSERT_EQ(Cli({"newsletter", "draft", "--edition", "daily"}).exit_code, 0);
  {
    ChildProcess send({BROADSHEET_BINARY, "--config", config_, "newsletter", "send", "--edition", "daily"});
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (smtp_.Messages().size() < kSubscribers / 3 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(20ms);
    send.Kill(SIGKILL);
    send.Wait();
  }
  const std::size_t before_restart = smtp_.Messages().size();
  EXPECT_GT(before_restart, 0u);
  EXPECT_LT(before_restart, static_cast<std::size_t>(kSubscribers)) << "the kill came mid-send";
  WriteConfig(0);
  auto resumed = Cli({"newsletter", "send", "--edition", "daily"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;

  std::map<std::string, int> copies;
  for (const auto& raw : smtp_.Messages()) ++copies[ReadMail(raw).envelope_to];
  EXPECT_EQ(copies.size(), static_cast<std::size_t>(kSubscribers));
  for (const auto& [to, n] : copies) EXPECT_EQ(n, 1) << to;
}

TEST_F(NewsletterE2E, TransientFailuresAreRetriedAndPermanentOnesAreNot) {
  AddStory();
  AddConfirmedSubscribers(3, "fault");
  // fault0 answers 450 once, fault1 always 550, fault2 is fine.
  smtp_.SetFaults(R"({"fault0@": {"rcpt": 450, "times": 1}, "fault1@": {"rcpt": 550}})");
  auto sent = Cli({"newsletter", "send", "--edition", "daily"});
  ASSERT_EQ(sent.exit_code, 0) << sent.err;
  std::map<std::string, int> copies;
  for (const auto& raw : smtp_.Messages()) ++copies[ReadMail(raw).envelope_to];
  EXPECT_EQ(copies["fault0@readers.example"], 1) << "retried after the 4xx";
  EXPECT_EQ(copies["fault1@readers.example"], 0);
  EXPECT_EQ(copies["fault2@readers.example"], 1);
  auto store = OpenSqliteStore(db_);
  ASSERT_TRUE(store.ok());
  auto failed = (*store)->FindSubscriber("fault1@readers.example");
  ASSERT_TRUE(failed.ok() && *failed);
  EXPECT_TRUE((*failed)->failed) << "a 5xx marks the address failed";
  auto status = Cli({"newsletter", "status", "--edition", "daily"});
  EXPECT_NE(status.out.find("sent 2"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("failed 1"), std::string::npos) << status.out;
}

TEST_F(NewsletterE2E, AnUnsubscribeRequestByMailTakesEffect) {
  AddConfirmedSubscribers(1, "bymail");
  AddStory();
  ASSERT_EQ(Cli({"newsletter", "send", "--edition", "daily"}).exit_code, 0);
  auto issue = MailTo("bymail0@readers.example");
  ASSERT_EQ(issue.size(), 1u);
  const std::string token = MailtoToken(issue[0].Header("List-Unsubscribe"));
  ASSERT_FALSE(token.empty());
  const std::string request = (tmp_.path() / "request.eml").string();
  std::ofstream(request) << "From: bymail0@readers.example\r\nTo: unsubscribe@desk.example\r\n"
                            "Subject: unsubscribe " << token << "\r\n\r\n\r\n";
  const std::string forged = (tmp_.path() / "forged.eml").string();
  std::ofstream(forged) << "From: x@readers.example\r\nSubject: unsubscribe 1.99999999999.u.00\r\n\r\n";
  auto r = Cli({"mail", "bounces", request, forged});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1 unsubscribed by mail"), std::string::npos) << r.out;
  auto store = OpenSqliteStore(db_);
  ASSERT_TRUE(store.ok());
  auto s = (*store)->FindSubscriber("bymail0@readers.example");
  ASSERT_TRUE(s.ok() && *s);
  EXPECT_EQ((*s)->state, SubscriberState::kUnsubscribed);
}

TEST_F(NewsletterE2E, AHardBounceSuppressesItsAddress) {
  AddConfirmedSubscribers(2, "bounce");
  const std::string dsn_path = (tmp_.path() / "bounce.eml").string();
  std::ofstream(dsn_path) <<
      "From: MAILER-DAEMON@mx.readers.example\r\n"
      "To: bounces+bounce0=readers.example@desk.example\r\n"
      "Subject: Undelivered Mail Returned to Sender\r\n"
      "MIME-Version: 1.0\r\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
      "--b1\r\nContent-Type: text/plain\r\n\r\nThe mailbox does not exist.\r\n"
      "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
      "Reporting-MTA: dns; mx.readers.example\r\n\r\n"
      "Final-Recipient: rfc822; bounce0@readers.example\r\n"
      "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 no such user\r\n"
      "--b1--\r\n";
  const std::string junk_path = (tmp_.path() / "junk.eml").string();
  std::ofstream(junk_path) << "\x01\x02 not a message at all";
  auto r = Cli({"mail", "bounces", dsn_path, junk_path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1 hard"), std::string::npos) << r.out;
  auto store = OpenSqliteStore(db_);
  ASSERT_TRUE(store.ok());
  auto bounced = (*store)->FindSubscriber("bounce0@readers.example");
  ASSERT_TRUE(bounced.ok() && *bounced);
  EXPECT_TRUE((*bounced)->failed);
  auto fine = (*store)->FindSubscriber("bounce1@readers.example");
  ASSERT_TRUE(fine.ok() && *fine);
  EXPECT_FALSE((*fine)->failed);
}

}  // namespace
}  // namespace bs

namespace bs {
namespace {

TEST_F(NewsletterE2E, HostileSignUpsGetClearErrorsAndSendNothing) {
  const std::string origin = Serve();
  ASSERT_FALSE(origin.empty());
  const std::string url = origin + "/newsletter/subscribe";
  auto huge = HttpPost(url, "email=" + std::string(10'000, 'a') + "%40example.org&edition=daily");
  EXPECT_TRUE(huge.status == 400 || huge.status == 413) << huge.status;
  auto injected = HttpPost(url, "email=" + testing::FormEscape("a@readers.example\r\nBcc: victim@example.org") + "&edition=daily");
  EXPECT_EQ(injected.status, 400);
  EXPECT_NE(injected.body.find("not allowed"), std::string::npos) << "a clear message";
  auto nul = HttpPost(url, "email=a%00b%40readers.example&edition=daily");
  EXPECT_EQ(nul.status, 400);
  auto lookalike = HttpPost(url, "email=" + testing::FormEscape("x@p\xd0\xb0ypal.com") + "&edition=daily");
  EXPECT_EQ(lookalike.status, 400);
  auto bad_utf8 = HttpPost(url, "email=%ff%fe%40readers.example&edition=daily");
  EXPECT_EQ(bad_utf8.status, 400);
  auto no_edition = HttpPost(url, "email=fine%40readers.example&edition=nonexistent");
  EXPECT_EQ(no_edition.status, 400);
  auto wrong_type = HttpPost(url, "{\"email\":\"a@b.example\"}", "application/json");
  EXPECT_EQ(wrong_type.status, 415);
  auto cross_site = HttpPost(url, "email=fine%40readers.example&edition=daily", "application/x-www-form-urlencoded");
  EXPECT_EQ(cross_site.status, 200) << "no Origin header: allowed (curl is not a browser)";
  WaitForEmptyOutbox();
  EXPECT_EQ(smtp_.Messages().size(), 1u) << "only the one valid sign-up was mailed";
  for (const char* forged : {"/newsletter/preferences?t=1.9999999999.m.00000000000000000000000000000000",
                             "/newsletter/export?t=garbage", "/newsletter/unsubscribe?t=%00%0d%0a"})
    EXPECT_EQ(HttpGet(origin + forged).status, 400) << forged;
}

TEST_F(NewsletterE2E, ASubscriberExportsAndErasesTheirData) {
  const std::string origin = Serve();
  ASSERT_FALSE(origin.empty());
  ASSERT_EQ(HttpPost(origin + "/newsletter/subscribe", "email=me%40readers.example&edition=daily&page=%2Farticle%2F7").status, 200);
  const std::string token = testing::LinkToken(WaitForMail("me@readers.example", 1).at(0).text, "/newsletter/confirm");
  auto confirmed = HttpPost(origin + "/newsletter/confirm", "t=" + token);
  ASSERT_EQ(confirmed.status, 200);
  EXPECT_NE(confirmed.headers.find("no-store"), std::string::npos);
  EXPECT_NE(confirmed.headers.find("no-referrer"), std::string::npos);
  const std::string manage = testing::LinkToken(confirmed.body, "/newsletter/preferences");
  ASSERT_FALSE(manage.empty()) << confirmed.body;
  auto prefs = HttpGet(origin + "/newsletter/preferences?t=" + manage);
  EXPECT_EQ(prefs.status, 200);
  EXPECT_NE(prefs.headers.find("no-store"), std::string::npos);
  auto exported = HttpGet(origin + "/newsletter/export?t=" + manage);
  ASSERT_EQ(exported.status, 200);
  EXPECT_NE(exported.headers.find("application/json"), std::string::npos);
  EXPECT_NE(exported.body.find("\"me@readers.example\""), std::string::npos);
  EXPECT_NE(exported.body.find("\"page\": \"/article/7\""), std::string::npos) << exported.body;
  EXPECT_NE(exported.body.find("\"ip_hash\""), std::string::npos);
  EXPECT_EQ(exported.body.find("127.0.0.1"), std::string::npos) << "the IP address itself is never kept";
  auto erased = HttpPost(origin + "/newsletter/erase", "t=" + manage);
  EXPECT_EQ(erased.status, 200);
  EXPECT_EQ(HttpGet(origin + "/newsletter/export?t=" + manage).status, 400) << "nothing left to export";
  // The address is gone from every table; signing up again mails nothing.
  server_.reset();
  {
    auto store = OpenSqliteStore(db_);
    ASSERT_TRUE(store.ok());
    auto found = (*store)->FindSubscriber("me@readers.example");
    ASSERT_TRUE(found.ok());
    EXPECT_FALSE(*found);
  }
  const std::string origin2 = Serve();
  ASSERT_EQ(HttpPost(origin2 + "/newsletter/subscribe", "email=me%40readers.example&edition=daily").status, 200);
  WaitForEmptyOutbox();
  EXPECT_EQ(MailTo("me@readers.example").size(), 1u) << "a suppressed address is never mailed again";
}

TEST_F(NewsletterE2E, PrivacyAndTermsComeFromTheConfigurationEscaped) {
  // The text goes into [newsletter], before its retry_seconds key.
  std::string text;
  {
    std::ifstream in(config_);
    text.assign((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  text.replace(text.find("retry_seconds"), 0, "privacy_text = \"We keep <b>little</b>.\\n\\nSecond paragraph.\"\n");
  std::ofstream(config_) << text;
  const std::string origin = Serve();
  ASSERT_FALSE(origin.empty());
  auto privacy = HttpGet(origin + "/privacy");
  ASSERT_EQ(privacy.status, 200);
  EXPECT_NE(privacy.body.find("We keep &lt;b&gt;little&lt;/b&gt;."), std::string::npos);
  EXPECT_NE(privacy.body.find("<p>Second paragraph.</p>"), std::string::npos);
  EXPECT_EQ(HttpGet(origin + "/terms").status, 200);
  EXPECT_EQ(HttpGet(origin + "/newsletter/daily/2020-01-01").status, 404) << "no such issue";
}

}  // namespace
}  // namespace bs
