// Broadsheet's configuration: one TOML file (`--config FILE`), every key
// optional with a documented default (see README "Configuration").
#pragma once

#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "discuss/comment_settings.h"
#include "fetch/fetcher.h"
#include "mail/mailer.h"
#include "newsletter/settings.h"

namespace bs {

struct ServerConfig {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  int threads = 2;
  bool access_log = true;
};

struct Config {
  // [site]
  std::string site_name = "Broadsheet";
  std::string tagline = "News from partner newspapers";
  std::string base_url = "http://127.0.0.1:8080";
  std::string time_zone = "UTC";  // IANA zone: the newsletter's day and send times
  // [storage]
  std::string database = "var/broadsheet.db";
  // [web]
  std::string templates_dir = "templates";
  std::string static_dir = "static";
  ServerConfig server;
  // [fetch]
  FetchOptions fetch;
  // [scheduler]
  int scheduler_tick_seconds = 30;  // how often `serve` looks for due sources

  // [mail]: the SMTP server and identity every mail goes out with.
  mail::MailSettings mail;
  // [newsletter] and [[newsletter.editions]]; no editions = no newsletter.
  newsletter::NewsletterSettings newsletter;
  // [comments]
  discuss::CommentSettings comments;
  std::vector<Taxon> sections;
  std::vector<Taxon> regions;
  std::vector<Source> sources;
};

// The built-in defaults: a site with the standard sections and Asian regions
// and no sources.
Config DefaultConfig();

// Reads and validates a TOML file on top of the defaults. Unknown keys are
// errors (a typo must not silently fall back to a default).
Result<Config> LoadConfig(const std::string& path);
Result<Config> ParseConfig(const std::string& toml_text, const std::string& origin_name);

}  // namespace bs
