// The newsletter's speed: drafting an issue over a large archive, rendering
// personalised copies, and delivering them into a real SMTP server on
// loopback (tests/support/smtp_server.py, aiosmtpd), including a send that
// is SIGKILLed halfway and resumed.
//
//   newsletter_speed [--subscribers 100000] [--articles 1000000] [--rate 0]
//
// Prints: fill times; draft time; render rate (messages/s, one thread);
// the delivered rate of the first part of the send, the kill, the resumed
// part's rate and their ratio; the server's own count and duplicates; and
// the sending process's peak memory (VmHWM) in each part.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>

#include "app/support/process.h"
#include "core/templates.h"
#include "mail/mailer.h"
#include "mail/smtp_fixture.h"
#include "newsletter/briefing_clock.h"
#include "newsletter/issue_mail.h"
#include "newsletter/subscriptions.h"
#include "store/store.h"

namespace {

using Clock = std::chrono::steady_clock;
using bs::Timestamp;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

long PeakKb(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  return 0;
}

// True once the process has exited (a zombie its parent has not reaped).
bool Exited(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat;
  std::getline(in, stat);
  const std::size_t paren = stat.rfind(')');
  return stat.empty() || (paren != std::string::npos && paren + 2 < stat.size() && stat[paren + 2] == 'Z');
}

int Fail(const std::string& what) {
  std::fprintf(stderr, "newsletter_speed: %s\n", what.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as each phase ends
  int subscribers = 100'000, articles = 1'000'000;
  double rate = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--subscribers") subscribers = std::atoi(argv[i + 1]);
    else if (a == "--articles") articles = std::atoi(argv[i + 1]);
    else if (a == "--rate") rate = std::atof(argv[i + 1]);
  }
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("bs-newsletter-speed-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string db = (dir / "bench.db").string();
  bs::testing::SmtpFixture smtp;

  // ---- fill: articles (one story each, a day's worth in the last day) and subscribers
  const Timestamp now = bs::NowUtc();
  {
    auto store = bs::OpenSqliteStore(db);
    if (!store.ok()) return Fail(store.status().ToString());
    auto start = Clock::now();
    std::vector<bs::StoryRecord> stories;
    std::vector<bs::ArticleOrganisation> rows;
    stories.reserve(articles);
    rows.reserve(articles);
    for (int p = 0; p < 20; ++p) {
      bs::Source s;
      s.slug = "paper-" + std::to_string(p);
      s.name = "Paper " + std::to_string(p);
      s.region = p % 3 == 0 ? "south-asia" : p % 3 == 1 ? "southeast-asia" : "northeast-asia";
      if (auto st = (*store)->SyncSource(s); !st.ok()) return Fail(st.ToString());
    }
    // 300 articles a day, as a network of 20 papers publishes.
    constexpr Timestamp kGap = 86400 / 300;
    for (int i = 0; i < articles; ++i) {
      bs::Article a;
      a.url = "https://paper-" + std::to_string(i % 20) + ".example/a/" + std::to_string(i);
      a.source_slug = "paper-" + std::to_string(i % 20);
      a.title = "Headline number " + std::to_string(i) + " about the region";
      a.standfirst = "A short standfirst for article " + std::to_string(i) + ", which the summary uses.";
      a.published = now - static_cast<Timestamp>(articles - i) * kGap;
      a.fetched_at = *a.published;
      a.region = i % 3 == 0 ? "south-asia" : i % 3 == 1 ? "southeast-asia" : "northeast-asia";
      bs::RawPage raw{a.url, a.url, "text/html", "<p>x</p>", a.fetched_at};
      if (auto r = (*store)->UpsertArticle(a, raw); !r.ok()) return Fail(r.status().ToString());
      // Every third story is covered by three papers.
      const int sources = i % 3 == 0 ? 3 : 1;
      stories.push_back({a.id, a.title, *a.published, *a.published, sources, sources});
      rows.push_back({a.id, a.id, 0, {}, {}, {}});
    }
    if (auto st = (*store)->ReplaceOrganisation(stories, rows); !st.ok()) return Fail(st.ToString());
    std::printf("fill: %d articles and stories in %.1f s\n", articles, Seconds(start));
    start = Clock::now();
    for (int i = 0; i < subscribers; ++i) {
      bs::Subscriber s;
      s.email = "reader" + std::to_string(i) + "@readers.example";
      s.pending_editions = {"daily"};
      s.created_at = now;
      s.confirm_token_hash = "t" + std::to_string(i);
      s.confirm_expires_at = now + 3600;
      bs::ConsentRecord c;
      c.at = now;
      c.action = "signup";
      if (auto st = (*store)->SaveSignup(s, c); !st.ok()) return Fail(st.ToString());
      auto ok = (*store)->ConfirmSubscriber(s.confirm_token_hash, now, c);
      if (!ok.ok() || !*ok) return Fail("confirm failed");
    }
    std::printf("fill: %d confirmed subscribers in %.1f s\n", subscribers, Seconds(start));

    // ---- draft
    bs::newsletter::NewsletterSettings ns;
    ns.editions = {{"daily", "The Daily Briefing", "", "", 0, false, 10}};
    auto local = bs::newsletter::ToLocalTime("UTC", now);
    start = Clock::now();
    auto issue = bs::newsletter::DraftIssue(**store, ns, ns.editions[0], local->date, now, 0);
    if (!issue.ok()) return Fail(issue.status().ToString());
    std::printf("draft: %zu items over %d stored articles in %.1f ms\n", issue->items.size(), articles,
                Seconds(start) * 1000);

    // ---- render: personalise, compose and (unsigned) encode every copy
    auto templates = bs::TemplateSet::Load(std::string(BROADSHEET_SOURCE_DIR) + "/templates", {"mail_issue_html"});
    if (!templates.ok()) return Fail(templates.status().ToString());
    bs::newsletter::NewsletterLinks links{"https://desk.example"};
    auto mail = bs::newsletter::IssueMail::Render(*issue, ns.editions[0], ns, *templates, links, "Bench Desk");
    if (!mail.ok()) return Fail(mail.status().ToString());
    bs::mail::MailSettings ms;
    ms.from_address = "briefings@desk.example";
    auto mailer = bs::mail::Mailer::Create(ms);
    if (!mailer.ok()) return Fail(mailer.status().ToString());
    auto keys = bs::newsletter::NewsletterKeys::Load(**store);
    if (!keys.ok()) return Fail(keys.status().ToString());
    start = Clock::now();
    std::size_t bytes = 0;
    for (int i = 0; i < subscribers; ++i) {
      auto m = mail->For("reader" + std::to_string(i) + "@readers.example",
                         keys->SignLink(bs::newsletter::LinkPurpose::kUnsubscribe, i + 1, now + 86400),
                         keys->SignLink(bs::newsletter::LinkPurpose::kManage, i + 1, now + 86400),
                         "unsubscribe@desk.example");
      auto raw = (*mailer)->Render(m);
      if (!raw.ok()) return Fail(raw.status().ToString());
      bytes += raw->size();
    }
    const double render_s = Seconds(start);
    std::printf("render: %d messages in %.2f s = %.0f messages/s (one thread, %.1f kB each)\n", subscribers, render_s,
                subscribers / render_s, bytes / 1024.0 / subscribers);
  }

  // ---- send into the loopback server with the real binary, kill it halfway, resume
  const std::string config = (dir / "bench.toml").string();
  std::ofstream(config) << "[site]\nbase_url = \"https://desk.example\"\n[storage]\ndatabase = \"" << db << "\"\n"
                        << "[web]\ntemplates = \"" << BROADSHEET_SOURCE_DIR << "/templates\"\n"
                        << "[mail]\nsmtp_url = \"" << smtp.url() << "\"\nfrom = \"briefings@desk.example\"\n"
                        << "messages_per_second = " << rate << "\n"
                        << "[[newsletter.editions]]\nslug = \"daily\"\nname = \"The Daily Briefing\"\n"
                        << "send_time = \"00:00\"\nautomatic = false\n";
  const std::vector<std::string> send = {BROADSHEET_BINARY, "--config", config, "newsletter", "send", "--edition", "daily"};
  auto start = Clock::now();
  long peak1 = 0, peak2 = 0;
  std::size_t before_kill = 0;
  double first_s = 0;
  {
    bs::testing::ChildProcess child(send);
    while ((before_kill = smtp.MessageCount()) < static_cast<std::size_t>(subscribers / 2)) {
      peak1 = std::max(peak1, PeakKb(child.pid()));
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      if (Seconds(start) > 3600) return Fail("the first half took over an hour");
    }
    peak1 = std::max(peak1, PeakKb(child.pid()));
    first_s = Seconds(start);
    child.Kill(SIGKILL);
    child.Wait();
  }
  before_kill = smtp.MessageCount();
  start = Clock::now();
  {
    bs::testing::ChildProcess child(send);
    for (;;) {
      peak2 = std::max(peak2, PeakKb(child.pid()));
      if (Exited(child.pid())) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    child.Wait();
  }
  const double second_s = Seconds(start);
  const std::size_t total = smtp.MessageCount();
  // Duplicates, counted at the server by envelope recipient.
  std::map<std::string, int> copies;
  for (const auto& entry : fs::directory_iterator(smtp.dir() / "mail")) {
    if (entry.path().extension() != ".eml") continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line))
      if (line.rfind("X-Envelope-To: <", 0) == 0) {
        ++copies[line.substr(16, line.find('>') - 16)];
        break;
      }
  }
  int duplicates = 0;
  for (const auto& [to, n] : copies) duplicates += n > 1 ? n - 1 : 0;
  const double first_rate = before_kill / first_s;
  const double second_rate = (total - before_kill) / second_s;
  std::printf("send: %zu messages in %.1f s = %.0f messages/s delivered, then SIGKILL (peak memory %ld kB)\n",
              before_kill, first_s, first_rate, peak1);
  std::printf("resume: %zu messages in %.1f s = %.0f messages/s (%.3f of the first part's rate; peak memory %ld kB)\n",
              total - before_kill, second_s, second_rate, second_rate / first_rate, peak2);
  std::printf("server received %zu messages for %zu distinct recipients of %d; %d duplicates\n", total,
              copies.size(), subscribers, duplicates);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return total == static_cast<std::size_t>(subscribers) && duplicates == 0 ? 0 : 1;
}
