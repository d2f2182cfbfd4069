#include "app/cli.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/config.h"

namespace bs {
namespace {

// Blocks SIGINT/SIGTERM in every thread started afterwards, so only
// WaitForTerminationSignal receives them (no handler runs in a random thread).
void BlockTerminationSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

}  // namespace

int RunCli(int argc, char** argv) {
  // Logs go to stderr so that stdout carries only command output (JSON lines).
  auto logger = spdlog::stderr_color_mt("broadsheet");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S%z %^%l%$ %v");

  CLI::App app{"Broadsheet: a self-hosted news syndication desk"};
  app.require_subcommand(1);
  std::string config_path;
  bool verbose = false;
  app.add_option("-c,--config", config_path, "TOML configuration file (defaults apply without one)");
  app.add_flag("-v,--verbose", verbose, "Debug logging");

  ServeOptions serve;
  auto* serve_cmd = app.add_subcommand("serve", "Serve the reader site and poll sources in the background");
  serve_cmd->add_option("--port", serve.port, "Port (overrides [server] port)");
  serve_cmd->add_option("--address", serve.address, "Address to bind (overrides [server] address)");
  serve_cmd->add_flag("--no-scheduler", serve.no_scheduler, "Do not poll sources");

  std::vector<std::string> ingest_sources;
  auto* ingest_cmd = app.add_subcommand("ingest", "Poll all (or the named) sources once, then exit");
  ingest_cmd->add_option("sources", ingest_sources, "Source slugs");

  FeedOptions feed;
  auto* feed_cmd = app.add_subcommand("feed", "Parse a feed file or URL and print it");
  feed_cmd->add_option("input", feed.input, "File path or http(s) URL")->required();
  feed_cmd->add_option("--format", feed.format, "json or text")->check(CLI::IsMember({"json", "text"}));
  feed_cmd->add_flag("--local", feed.allow_private, "Allow loopback addresses (a feed on this machine)");

  ExtractOptions extract;
  auto* extract_cmd = app.add_subcommand("extract", "Extract articles from HTML files or directories");
  extract_cmd->add_option("paths", extract.paths, "Files or directories (.gz detected by content)")->required();
  extract_cmd->add_option("--format", extract.format, "json, jsonl, text, html or markdown")
      ->check(CLI::IsMember({"json", "jsonl", "text", "html", "markdown"}));
  extract_cmd->add_option("--url", extract.url, "Base URL for relative links (single input)");

  OrganiseOptions organise;
  auto* organise_cmd = app.add_subcommand(
      "organise", "Find duplicates, stories, sections and related articles in a JSON-lines file");
  organise_cmd->add_option("input", organise.input, "JSON lines {id,title,text,source,published?,language?,url?}");
  organise_cmd->add_option("--train", organise.train, "Labelled JSON lines (with section) to train on");
  bool organise_recompute = false;
  organise_cmd->add_flag("--recompute", organise_recompute,
                         "Recompute the stored organisation in full (after a new organiser version); "
                         "the site serves the old one until the new one commits")
      ->excludes("input")
      ->excludes("--train");

  ModerateOptions moderate;
  auto* moderate_cmd = app.add_subcommand(
      "moderate", "Run the comment moderation pipeline over a JSON-lines file");
  moderate_cmd->add_option("input", moderate.input, "JSON lines {id,text,author?,thread?,time?,ip?}")->required();
  moderate_cmd->add_option("--train", moderate.train,
                           "Labelled JSON lines (with label spam|ham) to train the spam classifier on");

  std::string comments_file, comments_base;
  auto* comments_cmd = app.add_subcommand("comments", "Reader comments");
  comments_cmd->require_subcommand(1);
  auto* comments_load_cmd =
      comments_cmd->add_subcommand("load", "Load readers, moderators and moderated comments from a JSON file");
  comments_load_cmd->add_option("file", comments_file, "JSON {readers, moderators, comments, reports}")->required();
  comments_load_cmd->add_option("--base", comments_base, "Origin for relative article URLs");

  auto* sources_cmd = app.add_subcommand("sources", "List sources with their health");
  auto* reextract_cmd = app.add_subcommand("reextract", "Rebuild stored articles from stored raw pages");
  UserAddOptions user_add;
  auto* user_cmd = app.add_subcommand("user", "Manage operator accounts for the /admin desk");
  user_cmd->require_subcommand(1);
  auto* user_add_cmd = user_cmd->add_subcommand("add", "Create an account (password from a prompt or stdin)");
  user_add_cmd->add_option("--username", user_add.username, "Sign-in name")->required();
  user_add_cmd->add_option("--role", user_add.role, "reader, moderator, editor or admin")
      ->required()
      ->check(CLI::IsMember({"reader", "moderator", "editor", "admin"}));
  user_add_cmd->add_option("--email", user_add.email, "Contact address (optional)");
  user_add_cmd->add_flag("--password-stdin", user_add.password_stdin, "Read the password from stdin");
  auto* user_list_cmd = user_cmd->add_subcommand("list", "List accounts");
  auto* reindex_cmd = app.add_subcommand("reindex", "Rebuild the search index from stored articles");
  auto* train_cmd = app.add_subcommand(
      "train", "Train the section classifier on stored articles, then re-organise");
  bool train_comments = false;
  train_cmd->add_flag("--comments", train_comments,
                      "Train the comment spam classifier on the site's moderation decisions instead");
  NewsletterOptions newsletter;
  auto* newsletter_cmd = app.add_subcommand("newsletter", "Draft, send and follow newsletter issues");
  newsletter_cmd->require_subcommand(1);
  for (const char* action : {"draft", "send", "status"}) {
    auto* sub = newsletter_cmd->add_subcommand(
        action, std::string(action) == "draft"  ? "Draft the edition's issue for the day (idempotent)"
                : std::string(action) == "send" ? "Send the issue (drafting it if needed), resuming an interrupted send"
                                                : "Show an issue and its delivery progress");
    sub->add_option("--issue", newsletter.issue, "Issue id (instead of --edition/--date)");
    sub->add_option("--edition", newsletter.edition, "Edition slug (default: the first configured)");
    sub->add_option("--date", newsletter.date, "YYYY-MM-DD (default: today in the site's time zone)");
    if (std::string(action) == "send")
      sub->add_flag("--no-wait", newsletter.no_wait, "Return when nothing is due instead of waiting for retries");
    sub->callback([&newsletter, action] { newsletter.action = action; });
  }
  std::vector<std::string> bounce_paths;
  auto* mail_cmd = app.add_subcommand("mail", "Mail maintenance");
  mail_cmd->require_subcommand(1);
  auto* bounces_cmd = mail_cmd->add_subcommand("bounces", "Read DSN bounce messages and suppress failed addresses");
  bounces_cmd->add_option("paths", bounce_paths, "Message files, directories or maildirs")->required();
  auto* version_cmd = app.add_subcommand("version", "Print the version");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::info);

  if (version_cmd->parsed()) {
    std::printf("broadsheet %s\n", BROADSHEET_VERSION);
    return 0;
  }
  Config config = DefaultConfig();
  if (!config_path.empty()) {
    auto loaded = LoadConfig(config_path);
    if (!loaded.ok()) {
      spdlog::error("{}", loaded.status().ToString());
      return 2;
    }
    config = std::move(loaded).value();
  }

  Status status;
  if (serve_cmd->parsed()) {
    BlockTerminationSignals();
    status = RunServe(config, serve);
  } else if (ingest_cmd->parsed()) {
    status = RunIngest(config, ingest_sources, isatty(STDERR_FILENO) != 0);
  } else if (feed_cmd->parsed()) {
    status = RunFeed(config, feed);
  } else if (extract_cmd->parsed()) {
    status = RunExtract(extract);
  } else if (organise_cmd->parsed()) {
    if (organise_recompute) status = RunOrganiseRecompute(config);
    else if (organise.input.empty()) status = Status::InvalidArgument("organise needs INPUT.jsonl or --recompute");
    else status = RunOrganise(organise);
  } else if (moderate_cmd->parsed()) {
    status = RunModerate(config, moderate);
  } else if (comments_load_cmd->parsed()) {
    status = RunCommentsLoad(config, comments_file, comments_base);
  } else if (sources_cmd->parsed()) {
    status = RunSources(config);
  } else if (reindex_cmd->parsed()) {
    status = RunReindex(config);
  } else if (train_cmd->parsed()) {
    status = train_comments ? RunTrainComments(config) : RunTrain(config);
  } else if (reextract_cmd->parsed()) {
    status = RunReextract(config);
  } else if (user_add_cmd->parsed()) {
    status = RunUserAdd(config, user_add);
  } else if (newsletter_cmd->parsed()) {
    status = RunNewsletter(config, newsletter, isatty(STDERR_FILENO) != 0);
  } else if (bounces_cmd->parsed()) {
    status = RunMailBounces(config, bounce_paths);
  } else if (user_list_cmd->parsed()) {
    status = RunUserList(config);
  }
  if (!status.ok()) {
    spdlog::error("{}", status.ToString());
    return 1;
  }
  return 0;
}

}  // namespace bs
