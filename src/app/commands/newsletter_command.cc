// `broadsheet newsletter draft|send|status` and `broadsheet mail bounces`.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "app/commands.h"
#include "app/newsletter_service.h"
#include "app/progress_bar.h"
#include "core/file.h"
#include "mail/dsn.h"
#include "mail/unsubscribe_request.h"
#include "newsletter/briefing_clock.h"
#include "newsletter/issue_sender.h"

namespace bs {
namespace {

// A DSN is a short report; a larger file is not one.
constexpr std::size_t kMaxBounceFileBytes = 10u << 20;
// A maildir of bounces is read in one run; past this many files, run again.
constexpr std::size_t kMaxBounceFiles = 100'000;

// The issue an invocation names: --issue, or the edition's issue for --date
// (today in the site's zone by default), drafted when `draft_missing`.
Result<NewsletterIssue> FindOrDraft(Store& store, const Config& config, const NewsletterOptions& o,
                                    bool draft_missing) {
  if (o.issue > 0) {
    auto issue = store.GetIssue(o.issue);
    if (!issue.ok()) return issue.status();
    if (!*issue) return Status::NotFound(fmt::format("no issue {}", o.issue));
    return std::move(**issue);
  }
  if (config.newsletter.editions.empty()) return Status::InvalidArgument("no [[newsletter.editions]] configured");
  const std::string slug = o.edition.empty() ? config.newsletter.editions.front().slug : o.edition;
  const newsletter::Edition* edition = newsletter::FindEdition(config.newsletter, slug);
  if (!edition) return Status::InvalidArgument("unknown edition '" + slug + "'");
  std::string date = o.date;
  const std::string& zone = config.newsletter.time_zone;
  if (date == "latest") {
    // The day of the newest stored article: for archives and demos whose
    // news is not from today.
    ArticleQuery q;
    q.limit = 1;
    q.include_duplicates = true;
    auto newest = store.ListArticles(q);
    if (!newest.ok()) return newest.status();
    if (newest->empty()) return Status::NotFound("no articles stored");
    const Article& a = newest->front();
    auto local = newsletter::ToLocalTime(zone, a.published.value_or(a.fetched_at));
    if (!local.ok()) return local.status();
    date = local->date;
  } else if (date.empty()) {
    auto local = newsletter::ToLocalTime(zone, NowUtc());
    if (!local.ok()) return local.status();
    date = local->date;
  }
  // A past day's issue covers that day: the day before its end, not now.
  auto end_of_day = newsletter::FromLocalTime(zone, date, 24 * 60 - 1);
  if (!end_of_day.ok()) return Status::InvalidArgument("--date must be YYYY-MM-DD or latest");
  const Timestamp as_of = std::min(NowUtc(), *end_of_day + 59);
  if (!draft_missing) {
    auto issue = store.FindIssue(slug, date);
    if (!issue.ok()) return issue.status();
    if (!*issue) return Status::NotFound("no " + slug + " issue for " + date);
    return std::move(**issue);
  }
  return newsletter::DraftIssue(store, config.newsletter, *edition, date, as_of, 0);
}

void PrintIssue(const NewsletterIssue& issue) {
  std::printf("issue %lld  %s %s  %s  \"%s\"\n", static_cast<long long>(issue.id), issue.edition.c_str(),
              issue.date.c_str(), IssueStateName(issue.state), issue.subject.c_str());
  int n = 0;
  for (const auto& it : issue.items)
    std::printf("  %2d. %s (%s%s)\n", ++n, it.headline.c_str(), it.source_name.c_str(),
                it.other_sources ? fmt::format(", +{} papers", it.other_sources).c_str() : "");
}

void PrintProgress(const DeliveryProgress& p) {
  std::printf("deliveries %d: sent %d, pending %d, failed %d, cancelled %d\n", p.total(), p.sent, p.pending,
              p.failed, p.cancelled);
}

}  // namespace

Status RunNewsletter(const Config& config, const NewsletterOptions& options, bool progress_bar) {
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  const bool drafting = options.action != "status";
  auto issue = FindOrDraft(**store, config, options, drafting);
  if (!issue.ok()) return issue.status();
  if (options.action == "draft") {
    PrintIssue(*issue);
    return Status::Ok();
  }
  if (options.action == "status") {
    PrintIssue(*issue);
    auto progress = (*store)->GetDeliveryProgress(issue->id);
    if (!progress.ok()) return progress.status();
    PrintProgress(*progress);
    return Status::Ok();
  }
  // send: freeze and enqueue (idempotent), then work the queue to the end.
  IssueEdit edit;
  edit.at = NowUtc();
  edit.action = "send";
  edit.detail = "sent from the command line";
  auto enqueued = (*store)->StartIssueSend(issue->id, edit.at, edit);
  if (!enqueued.ok()) return enqueued.status();
  if (*enqueued) std::fprintf(stderr, "enqueued %d deliveries\n", *enqueued);
  auto service = NewsletterService::Create(**store, config);
  if (!service.ok()) return service.status();
  auto mailer = (*service)->NewMailer();
  if (!mailer.ok()) return mailer.status();
  if (!(*mailer)->configured()) return Status::InvalidArgument("[mail] smtp_url is not configured");
  newsletter::IssueSender sender(**store, **mailer, (*service)->subscriptions(), (*service)->templates(),
                                 config.site_name);
  newsletter::SendOptions send;
  send.messages_per_second = config.mail.messages_per_second;
  send.retry_base_seconds = config.newsletter.retry_seconds;
  send.wait_for_retries = !options.no_wait;
  auto report = sender.Run(issue->id, send, nullptr, [&](const DeliveryProgress& p) {
    if (progress_bar)
      DrawProgressBar(static_cast<std::size_t>(p.sent + p.failed + p.cancelled), static_cast<std::size_t>(p.total()),
                      "messages");
  });
  if (!report.ok()) return report.status();
  std::printf("this run: %d sent, %d to retry, %d failed; %s\n", report->delivered, report->retried, report->failed,
              report->finished ? "the issue is sent" : "deliveries remain");
  PrintProgress(report->progress);
  return Status::Ok();
}

Status RunMailBounces(const Config& config, const std::vector<std::string>& paths) {
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  auto keys = newsletter::NewsletterKeys::Load(**store);
  if (!keys.ok()) return keys.status();
  // A maildir is read from new/ and cur/; any other directory file by file.
  std::vector<std::string> files;
  namespace fs = std::filesystem;
  for (const auto& p : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      files.push_back(p);
      continue;
    }
    std::vector<fs::path> dirs = {p};
    if (fs::is_directory(fs::path(p) / "new", ec)) dirs = {fs::path(p) / "new", fs::path(p) / "cur"};
    for (const auto& d : dirs)
      for (fs::directory_iterator it(d, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && files.size() < kMaxBounceFiles) files.push_back(it->path().string());
    if (ec) return Status::IoError("cannot read " + p + ": " + ec.message());
  }
  std::sort(files.begin(), files.end());
  int read = 0, not_dsn = 0, hard = 0, soft = 0, suppressed = 0, unsubscribed = 0;
  for (const auto& f : files) {
    auto bytes = ReadFileBytes(f, kMaxBounceFileBytes);
    if (!bytes.ok()) {
      spdlog::warn("bounces: {}: {}", f, bytes.status().message());
      ++not_dsn;
      continue;
    }
    // Requests sent to the List-Unsubscribe mailto arrive in the same mailbox.
    if (auto token = mail::UnsubscribeRequestToken(*bytes)) {
      auto id = keys->VerifyLink(newsletter::LinkPurpose::kUnsubscribe, *token, NowUtc());
      if (!id) {
        spdlog::warn("bounces: {}: an unsubscribe request with an invalid or expired token", f);
        continue;
      }
      ConsentRecord c;
      c.at = NowUtc();
      c.action = "unsubscribe";
      c.page = "mailto";
      auto st = (*store)->UnsubscribeSubscriber(*id, NowUtc(), c);
      if (!st.ok() && st.code() != Status::Code::kNotFound) return st;
      ++unsubscribed;
      continue;
    }
    auto reports = mail::ParseDsn(*bytes, config.mail.bounce_local);
    if (!reports.ok()) {
      spdlog::warn("bounces: {}: not a delivery status notification ({})", f, reports.status().message());
      ++not_dsn;
      continue;
    }
    ++read;
    for (const auto& r : *reports) {
      if (r.action != "failed" && r.action != "delayed") continue;  // delivered/relayed/expanded: no bounce
      auto failed = (*store)->RecordBounce(r.recipient, keys->HashAddress(r.recipient), r.hard,
                                           config.newsletter.soft_bounce_limit, NowUtc());
      if (!failed.ok()) return failed.status();
      (r.hard ? hard : soft)++;
      if (*failed) ++suppressed;
    }
  }
  std::printf("files %zu: %d reports read, %d not DSNs; %d hard and %d soft bounces; %d addresses failed; "
              "%d unsubscribed by mail\n",
              files.size(), read, not_dsn, hard, soft, suppressed, unsubscribed);
  return Status::Ok();
}

}  // namespace bs
