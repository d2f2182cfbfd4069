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
// the sending process's peak memory (VmHWM) in each part; the CPU the
// sender and the server used in each part.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
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

// User plus system CPU seconds the process has used so far.
double CpuSeconds(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat;
  std::getline(in, stat);
  const std::size_t paren = stat.rfind(')');
  if (paren == std::string::npos) return 0;
  std::istringstream fields(stat.substr(paren + 2));
  std::string f;
  double ticks = 0;
  // Fields 14 and 15 (utime, stime); the text after ") " starts at field 3.
  for (int i = 3; i <= 15 && fields >> f; ++i)
    if (i >= 14) ticks += std::atof(f.c_str());
  return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
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
  for (int i = 1; i < argc; i += 2) {
    const std::string a = argv[i];
    const bool known = a == "--subscribers" || a == "--articles" || a == "--rate";
    if (!known || i + 1 >= argc) {
      std::fprintf(stderr, "usage: newsletter_speed [--subscribers N] [--articles N] [--rate MESSAGES_PER_SECOND]\n");
      return 2;
    }
    if (a == "--subscribers") subscribers = std::atoi(argv[i + 1]);
    else if (a == "--articles") articles = std::atoi(argv[i + 1]);
    else rate = std::atof(argv[i + 1]);
  }
  if (subscribers < 2 || articles < 1 || rate < 0) {
    std::fprintf(stderr, "newsletter_speed: needs at least 2 subscribers, 1 article and a rate >= 0\n");
    return 2;
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
    if (auto st = (*store)->ReplaceOrganisation(stories, rows); !st.ok()) return Fail(st.status().ToString());
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
  // Both parts are watched alike (the server's count, every 100 ms), and
  // each part's steady rate is taken from its first delivered message to
  // its last, so the first part's enqueueing and each process's start-up
  // are left out of the comparison; the wall-clock rate is printed too.
  struct Part {
    std::size_t from = 0, to = 0;  // server counts at the start and end
    double wall_s = 0;             // process start to end
    double steady_s = 0;           // first new message to end
    std::size_t steady_from = 0;
    long peak_kb = 0;
    double sender_cpu_s = 0, server_cpu_s = 0;
    int connections = 0;  // SMTP connections the part opened
    double WallRate() const { return (to - from) / wall_s; }
    double SteadyRate() const { return (to - steady_from) / steady_s; }
  };
  auto run_part = [&](std::size_t stop_at) -> Part {
    Part part;
    part.from = smtp.MessageCount();
    const auto began = Clock::now();
    Clock::time_point first_seen{};
    const double server_cpu_before = CpuSeconds(smtp.pid());
    const int connections_before = smtp.Connections();
    bs::testing::ChildProcess child(send);
    for (;;) {
      part.peak_kb = std::max(part.peak_kb, PeakKb(child.pid()));
      part.sender_cpu_s = std::max(part.sender_cpu_s, CpuSeconds(child.pid()));
      const std::size_t n = smtp.MessageCount();
      if (first_seen == Clock::time_point{} && n > part.from) {
        first_seen = Clock::now();
        part.steady_from = n;
      }
      if (n >= stop_at) {
        child.Kill(SIGKILL);
        break;
      }
      if (Exited(child.pid())) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    const auto ended = Clock::now();
    part.server_cpu_s = CpuSeconds(smtp.pid()) - server_cpu_before;
    part.connections = smtp.Connections() - connections_before;
    child.Wait();
    part.to = smtp.MessageCount();
    part.wall_s = std::chrono::duration<double>(ended - began).count();
    part.steady_s = std::chrono::duration<double>(ended - first_seen).count();
    return part;
  };
  // The fill's dirty pages are written back now, not during the first part.
  sync();
  const Part first = run_part(static_cast<std::size_t>(subscribers / 2));
  const Part second = run_part(static_cast<std::size_t>(-1));
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
  std::printf("send: %zu messages in %.1f s = %.0f messages/s delivered (steady %.0f/s), then SIGKILL"
              " (peak memory %ld kB)\n",
              first.to - first.from, first.wall_s, first.WallRate(), first.SteadyRate(), first.peak_kb);
  std::printf("resume: %zu messages in %.1f s = %.0f messages/s (steady %.0f/s, %.3f of the first part's steady"
              " rate; peak memory %ld kB)\n",
              second.to - second.from, second.wall_s, second.WallRate(), second.SteadyRate(),
              second.SteadyRate() / first.SteadyRate(), second.peak_kb);
  // Unthrottled, the loopback server (Python) is the bottleneck and costs
  // more on its first connection than later ones, so the sender's own CPU
  // per message is what compares the two parts fairly; with --rate below
  // the server's capacity, the delivered rates compare directly.
  for (const Part* p : {&first, &second})
    std::printf("cpu (%s): sender %.1f s (%.3f ms/message), server %.1f s (%.3f ms/message) over %.1f s;"
                " %d SMTP connection(s)\n",
                p == &first ? "send" : "resume", p->sender_cpu_s, 1000 * p->sender_cpu_s / (p->to - p->from),
                p->server_cpu_s, 1000 * p->server_cpu_s / (p->to - p->from), p->wall_s, p->connections);
  std::printf("sender cpu per message, resume / send: %.3f\n",
              (second.sender_cpu_s / (second.to - second.from)) / (first.sender_cpu_s / (first.to - first.from)));
  std::printf("server received %zu messages for %zu distinct recipients of %d; %d duplicates\n", total,
              copies.size(), subscribers, duplicates);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return total == static_cast<std::size_t>(subscribers) && duplicates == 0 ? 0 : 1;
}
