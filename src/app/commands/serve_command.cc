#include <spdlog/spdlog.h>

#include <chrono>
#include <csignal>

#include "app/commands.h"
#include "app/comment_model.h"
#include "app/newsletter_service.h"
#include "app/newsletter_worker.h"
#include "app/outbox_worker.h"
#include "app/periodic_thread.h"
#include "app/organisation_pipeline.h"
#include "app/scheduler.h"
#include "web/comment_notify.h"
#include "web/http_server.h"
#include "web/site.h"

namespace bs {
namespace {

// Waits for SIGINT or SIGTERM, which the CLI blocked in all threads.
int WaitForTerminationSignal() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  int sig = 0;
  sigwait(&set, &sig);
  return sig;
}

}  // namespace

Status RunServe(const Config& config, const ServeOptions& options) {
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();

  web::SiteSettings site;
  site.name = config.site_name;
  site.tagline = config.tagline;
  site.base_url = config.base_url;
  site.sections = config.sections;
  site.regions = config.regions;
  site.template_dir = config.templates_dir;
  site.static_dir = config.static_dir;
  // One live organisation for the scheduler's ingests and the editors'
  // edits: an edit on /admin shows at once.
  LiveOrganisation organisation(**store);
  Store& organised = **store;
  site.reorganise = [&organised, &organisation](bool full) -> Status {
    auto report = full ? RecomputeOrganisation(organised) : organisation.CatchUp();
    return report.ok() ? Status::Ok() : report.status();
  };
  // The newsletter is on when editions are configured; its sign-up works
  // without [mail] too (confirmations then are not queued, and that is logged), so a site
  // can be set up before its mail is.
  std::unique_ptr<NewsletterService> newsletter;
  if (!config.newsletter.editions.empty()) {
    auto service = NewsletterService::Create(**store, config);
    if (!service.ok()) return service.status();
    newsletter = std::move(service).value();
    site.subscriptions = &newsletter->subscriptions();
    if (!config.mail.smtp.url.empty())
      spdlog::info("newsletter: {} editions, mail through {}", config.newsletter.editions.size(), config.mail.smtp.url);
    else
      spdlog::warn("newsletter: [mail] smtp_url is not set; no mail can be sent");
  }
  // Comments and reader accounts: the site's own spam model once trained
  // (`broadsheet train --comments`), else the seed written for the project.
  std::unique_ptr<discuss::CommentService> comments;
  std::unique_ptr<mail::Mailer> account_mailer;
  if (config.comments.enabled) {
    auto spam = LoadCommentSpamModel(**store);
    if (!spam.ok()) return spam.status();
    comments = std::make_unique<discuss::CommentService>(**store, config.comments, *spam);
    site.comments = comments.get();
    if (!config.mail.smtp.url.empty()) {
      auto mailer = mail::Mailer::Create(config.mail);
      if (!mailer.ok()) return mailer.status();
      account_mailer = std::move(mailer).value();
      site.mailer = account_mailer.get();
    } else {
      spdlog::warn("comments: [mail] smtp_url is not set; readers cannot get sign-in links");
    }
  }
  auto handler = web::MakeSiteHandler(**store, site);
  if (!handler.ok()) return handler.status();

  web::HttpServerOptions server_options;
  server_options.address = options.address.value_or(config.server.address);
  server_options.port = options.port.value_or(config.server.port);
  server_options.threads = config.server.threads;
  server_options.access_log = config.server.access_log;
  web::HttpServer server(server_options, std::move(handler).value());
  if (auto st = server.Start(); !st.ok()) return st;
  spdlog::info("serving {} on http://{}:{}/", config.site_name, server_options.address, server.port());

  Scheduler scheduler(**store, config, organisation);
  if (!options.no_scheduler) scheduler.Start();
  std::unique_ptr<NewsletterWorker> worker;
  if (newsletter && !options.no_scheduler) {
    worker = std::make_unique<NewsletterWorker>(**store, *newsletter, config.scheduler_tick_seconds);
    worker->Start();
  }

  // Transactional mail flows whenever mail is configured, with or without
  // the scheduler: a reader's confirmation link must not wait for ingest.
  std::unique_ptr<OutboxWorker> outbox;
  if (!config.mail.smtp.url.empty()) {
    auto mailer = mail::Mailer::Create(config.mail);
    if (!mailer.ok()) return mailer.status();
    mail::OutboxOptions outbox_options;
    outbox_options.retry_base_seconds = config.newsletter.retry_seconds;
    outbox = std::make_unique<OutboxWorker>(**store, std::move(mailer).value(), outbox_options);
    outbox->Start();
  }

  // Moderators' queue digests: every node may run the pass; the store's
  // claim sends each digest once.
  std::unique_ptr<PeriodicThread> digests;
  if (comments && site.mailer) {
    digests = std::make_unique<PeriodicThread>(std::chrono::minutes(5), [&site, &store](const std::atomic<bool>&) {
      auto queued = web::QueueModeratorDigests(**store, site, NowUtc());
      if (!queued.ok()) spdlog::error("digests: {}", queued.status().ToString());
      else if (*queued) spdlog::info("digests: {} queued", *queued);
    });
    digests->Start();
  }

  int sig = WaitForTerminationSignal();
  spdlog::info("received signal {}, shutting down", sig);
  if (worker) worker->Stop();
  if (outbox) outbox->Stop();
  if (digests) digests->Stop();
  scheduler.Stop();
  server.Stop();
  // The next start then restores without replaying any article.
  if (auto st = organisation.SaveSnapshot(); !st.ok())
    spdlog::warn("organiser snapshot not saved at shutdown: {}", st.ToString());
  return Status::Ok();
}

}  // namespace bs
