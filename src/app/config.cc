#include "app/config.h"

#include <fmt/format.h>

#include <set>
#include <toml++/toml.h>

#include "core/file.h"
#include "core/url.h"
#include "newsletter/briefing_clock.h"

namespace bs {
namespace {

// Keys a table may hold; anything else is reported, so typos are caught.
Status CheckKeys(const toml::table& table, const std::string& where,
                 std::initializer_list<const char*> allowed) {
  for (const auto& [key, value] : table) {
    bool known = false;
    for (const char* a : allowed) known = known || key.str() == a;
    if (!known) return Status::InvalidArgument(fmt::format("unknown key '{}' in [{}]", key.str(), where));
  }
  return Status::Ok();
}

template <typename T>
void Read(const toml::table& t, const char* key, T& out) {
  if (auto v = t[key].value<T>()) out = *v;
}

std::vector<Taxon> ReadTaxa(const toml::array& arr, const char* what, Status& status) {
  std::vector<Taxon> out;
  std::set<std::string> seen;
  for (const auto& node : arr) {
    const auto* t = node.as_table();
    if (!t) { status = Status::InvalidArgument(fmt::format("[[{}]] must be tables", what)); return {}; }
    if (auto s = CheckKeys(*t, what, {"slug", "name"}); !s.ok()) { status = s; return {}; }
    Taxon x;
    Read(*t, "slug", x.slug);
    Read(*t, "name", x.name);
    if (x.slug.empty() || x.name.empty()) {
      status = Status::InvalidArgument(fmt::format("every [[{}]] needs slug and name", what));
      return {};
    }
    if (!seen.insert(x.slug).second) {
      status = Status::InvalidArgument(fmt::format("duplicate {} slug '{}'", what, x.slug));
      return {};
    }
    out.push_back(std::move(x));
  }
  return out;
}

// Reads an optional integer key into `out`, checking it lies in [lo, hi].
template <typename T>
Status ReadInt(const toml::table& t, const char* table, const char* key, std::int64_t lo,
               std::int64_t hi, T& out) {
  const auto node = t[key];
  if (!node) return Status::Ok();
  auto v = node.value<std::int64_t>();
  if (!v || *v < lo || *v > hi)
    return Status::InvalidArgument(fmt::format("[{}] {} must be an integer in {}..{}", table, key, lo, hi));
  out = static_cast<T>(*v);
  return Status::Ok();
}

bool HasSlug(const std::vector<Taxon>& taxa, const std::string& slug) {
  for (const auto& t : taxa) if (t.slug == slug) return true;
  return false;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Result<Source> ReadSource(const toml::table& t, const Config& config) {
  if (auto s = CheckKeys(t, "sources", {"slug", "name", "homepage", "feeds", "region", "language",
                                        "about", "default_section", "poll_interval", "local",
                                        "sections"});
      !s.ok())
    return s;
  Source src;
  Read(t, "slug", src.slug);
  Read(t, "name", src.name);
  Read(t, "homepage", src.homepage);
  Read(t, "region", src.region);
  Read(t, "language", src.language);
  Read(t, "about", src.about);
  Read(t, "default_section", src.default_section);
  if (auto s = ReadInt(t, "sources", "poll_interval", 60, 7 * 24 * 3600, src.poll_interval_seconds);
      !s.ok())
    return s;
  Read(t, "local", src.local);
  if (src.slug.empty() || src.name.empty())
    return Status::InvalidArgument("every [[sources]] needs slug and name");
  const std::string where = "source '" + src.slug + "'";
  if (const auto* feeds = t["feeds"].as_array()) {
    for (const auto& f : *feeds) {
      auto url = f.value<std::string>();
      if (!url || !IsHttpUrl(*url))
        return Status::InvalidArgument(where + ": feeds must be http(s) URLs");
      src.feed_urls.push_back(*url);
    }
  }
  if (!src.homepage.empty() && !IsHttpUrl(src.homepage))
    return Status::InvalidArgument(where + ": homepage must be an http(s) URL");
  if (!src.region.empty() && !HasSlug(config.regions, src.region))
    return Status::InvalidArgument(where + ": unknown region '" + src.region + "'");
  if (!src.default_section.empty() && !HasSlug(config.sections, src.default_section))
    return Status::InvalidArgument(where + ": unknown default_section '" + src.default_section + "'");
  if (const auto* map = t["sections"].as_table()) {
    for (const auto& [key, value] : *map) {
      auto target = value.value<std::string>();
      if (!target || !HasSlug(config.sections, *target))
        return Status::InvalidArgument(
            fmt::format("{}: category '{}' maps to unknown section", where, key.str()));
      src.section_map[Lower(std::string(key.str()))] = *target;
    }
  }
  return src;
}

// A secret named by a file or an environment variable, never written in the
// configuration itself (which is often committed or shared).
Result<std::string> ReadSecret(const std::string& file, const std::string& env, const char* what) {
  if (!file.empty()) {
    auto text = ReadFileBytes(file, 64 * 1024);
    if (!text.ok()) return Status::InvalidArgument(fmt::format("[mail] {}: {}", what, text.status().message()));
    std::string v = std::move(text).value();
    while (!v.empty() && (v.back() == '\n' || v.back() == '\r')) v.pop_back();
    return v;
  }
  if (!env.empty()) {
    const char* v = std::getenv(env.c_str());
    if (!v) return Status::InvalidArgument(fmt::format("[mail] {}: environment variable {} is not set", what, env));
    return std::string(v);
  }
  return std::string();
}

Status ReadMail(const toml::table& t, mail::MailSettings& m) {
  if (auto s = CheckKeys(t, "mail", {"smtp_url", "username", "password_file", "password_env", "require_tls",
                                     "ca_file", "from", "from_name", "reply_to", "messages_per_second", "bounce_local",
                                     "bounce_domain", "dkim_domain", "dkim_selector", "dkim_key_file",
                                     "timeout_ms"});
      !s.ok())
    return s;
  Read(t, "smtp_url", m.smtp.url);
  if (!m.smtp.url.empty() && !m.smtp.url.starts_with("smtp://") && !m.smtp.url.starts_with("smtps://"))
    return Status::InvalidArgument("[mail] smtp_url must start with smtp:// or smtps://");
  Read(t, "username", m.smtp.username);
  std::string password_file, password_env;
  Read(t, "password_file", password_file);
  Read(t, "password_env", password_env);
  auto password = ReadSecret(password_file, password_env, "password");
  if (!password.ok()) return password.status();
  m.smtp.password = std::move(password).value();
  Read(t, "require_tls", m.smtp.require_tls);
  Read(t, "ca_file", m.smtp.ca_file);
  Read(t, "from", m.from_address);
  Read(t, "from_name", m.from_name);
  Read(t, "reply_to", m.reply_to);
  if (auto v = t["messages_per_second"].value<double>()) m.messages_per_second = *v;
  if (m.messages_per_second > 100'000) return Status::InvalidArgument("[mail] messages_per_second is too large");
  Read(t, "bounce_local", m.bounce_local);
  Read(t, "bounce_domain", m.bounce_domain);
  Read(t, "dkim_domain", m.dkim_domain);
  Read(t, "dkim_selector", m.dkim_selector);
  Read(t, "dkim_key_file", m.dkim_key_file);
  if (auto s = ReadInt(t, "mail", "timeout_ms", 100, 600'000, m.smtp.total_timeout_ms); !s.ok()) return s;
  if (!m.smtp.url.empty() && m.from_address.empty())
    return Status::InvalidArgument("[mail] from is required with smtp_url");
  return Status::Ok();
}

// "07:30" -> 450.
std::optional<int> ParseClock(const std::string& s) {
  if (s.size() != 5 || s[2] != ':' || !std::isdigit(static_cast<unsigned char>(s[0])) ||
      !std::isdigit(static_cast<unsigned char>(s[1])) || !std::isdigit(static_cast<unsigned char>(s[3])) ||
      !std::isdigit(static_cast<unsigned char>(s[4])))
    return std::nullopt;
  const int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

// A list of short strings (word lists): bounded, no empty entries.
Status ReadWordList(const toml::table& t, const char* key, std::vector<std::string>& out) {
  const auto node = t[key];
  if (!node) return Status::Ok();
  const auto* arr = node.as_array();
  if (!arr || arr->size() > 10'000)
    return Status::InvalidArgument(fmt::format("[comments] {} must be a list of at most 10000 words", key));
  for (const auto& e : *arr) {
    auto v = e.value<std::string>();
    if (!v || v->empty() || v->size() > 200)
      return Status::InvalidArgument(fmt::format("[comments] {}: every entry is a word or phrase of 1-200 bytes", key));
    out.push_back(*v);
  }
  return Status::Ok();
}

Status ReadComments(const toml::table& t, discuss::CommentSettings& c) {
  if (auto s = CheckKeys(t, "comments", {"enabled", "policy", "premoderation", "banned_words", "suspect_words",
                                         "max_bytes", "max_lines", "per_account_per_minute", "per_account_per_hour",
                                         "per_network_per_minute", "trusted_after", "hold_links_from_new",
                                         "close_after_days", "edit_minutes", "hide_after_reports", "digest_hours",
                                         "premoderation_by_section", "premoderation_by_source",
                                         "close_after_days_by_section", "policy_by_source"});
      !s.ok())
    return s;
  Read(t, "enabled", c.enabled);
  Read(t, "policy", c.policy);
  if (c.policy.size() > 16 * 1024) return Status::InvalidArgument("[comments] policy is too long");
  if (auto v = t["premoderation"].value<std::string>()) {
    auto mode = discuss::ParsePremoderation(*v);
    if (!mode) return Status::InvalidArgument("[comments] premoderation must be \"off\", \"new\" or \"all\"");
    c.premoderation = *mode;
  }
  auto& m = c.moderation;
  for (auto s : {ReadWordList(t, "banned_words", c.banned_words), ReadWordList(t, "suspect_words", c.suspect_words),
                 ReadInt(t, "comments", "max_bytes", 100, 100'000, m.max_bytes),
                 ReadInt(t, "comments", "max_lines", 1, 10'000, m.max_lines),
                 ReadInt(t, "comments", "per_account_per_minute", 1, 1000, m.per_author_per_minute),
                 ReadInt(t, "comments", "per_account_per_hour", 1, 100'000, m.per_author_per_hour),
                 ReadInt(t, "comments", "per_network_per_minute", 1, 100'000, m.per_network_per_minute),
                 ReadInt(t, "comments", "trusted_after", 0, 1000, m.trusted_after)})
    if (!s.ok()) return s;
  Read(t, "hold_links_from_new", m.hold_links_from_new);
  for (auto s : {ReadInt(t, "comments", "close_after_days", 0, 36'500, c.close_after_days),
                 ReadInt(t, "comments", "edit_minutes", 0, 1440, c.edit_minutes),
                 ReadInt(t, "comments", "hide_after_reports", 0, 1000, c.hide_after_reports),
                 ReadInt(t, "comments", "digest_hours", 1, 24 * 31, c.digest_hours)})
    if (!s.ok()) return s;
  // Inline tables keyed by section or source slug.
  auto each = [&](const char* key, auto&& take) -> Status {
    const auto node = t[key];
    if (!node) return Status::Ok();
    const auto* table = node.as_table();
    if (!table || table->size() > 1000)
      return Status::InvalidArgument(fmt::format("[comments] {} must be a table of at most 1000 entries", key));
    for (const auto& [k, v] : *table)
      if (auto st = take(std::string(k.str()), v); !st.ok()) return st;
    return Status::Ok();
  };
  auto premoderation = [&](const char* key, std::map<std::string, discuss::Premoderation>& out) {
    return each(key, [&](const std::string& k, const toml::node& v) -> Status {
      auto mode = v.value<std::string>() ? discuss::ParsePremoderation(*v.value<std::string>()) : std::nullopt;
      if (!mode) return Status::InvalidArgument(fmt::format("[comments] {}.{} must be \"off\", \"new\" or \"all\"", key, k));
      out[k] = *mode;
      return Status::Ok();
    });
  };
  if (auto st = premoderation("premoderation_by_section", c.premoderation_by_section); !st.ok()) return st;
  if (auto st = premoderation("premoderation_by_source", c.premoderation_by_source); !st.ok()) return st;
  if (auto st = each("close_after_days_by_section",
                     [&](const std::string& k, const toml::node& v) -> Status {
                       auto days = v.value<std::int64_t>();
                       if (!days || *days < 0 || *days > 36'500)
                         return Status::InvalidArgument("[comments] close_after_days_by_section." + k +
                                                        " must be 0..36500 days");
                       c.close_after_days_by_section[k] = static_cast<int>(*days);
                       return Status::Ok();
                     });
      !st.ok())
    return st;
  if (auto st = each("policy_by_source",
                     [&](const std::string& k, const toml::node& v) -> Status {
                       auto text = v.value<std::string>();
                       if (!text || text->size() > 16 * 1024)
                         return Status::InvalidArgument("[comments] policy_by_source." + k + " must be a short text");
                       c.policy_by_source[k] = *text;
                       return Status::Ok();
                     });
      !st.ok())
    return st;
  return Status::Ok();
}

Status ReadNewsletter(const toml::table& t, const Config& c, newsletter::NewsletterSettings& n) {
  if (auto s = CheckKeys(t, "newsletter", {"name", "blurb", "consent_text", "consent_version", "privacy_text",
                                           "terms_text", "confirm_hours", "link_days", "soft_bounce_limit",
                                           "signups_per_ip_per_hour", "confirmations_per_address_per_day",
                                           "retry_seconds", "editions"});
      !s.ok())
    return s;
  Read(t, "name", n.name);
  Read(t, "blurb", n.blurb);
  Read(t, "consent_text", n.consent_text);
  Read(t, "consent_version", n.consent_version);
  Read(t, "privacy_text", n.privacy_text);
  Read(t, "terms_text", n.terms_text);
  for (auto s : {ReadInt(t, "newsletter", "confirm_hours", 1, 24 * 30, n.confirm_hours),
                 ReadInt(t, "newsletter", "link_days", 1, 3650, n.link_days),
                 ReadInt(t, "newsletter", "soft_bounce_limit", 1, 100, n.soft_bounce_limit),
                 ReadInt(t, "newsletter", "retry_seconds", 1, 86400, n.retry_seconds),
                 ReadInt(t, "newsletter", "signups_per_ip_per_hour", 1, 100'000, n.signups_per_ip_per_hour),
                 ReadInt(t, "newsletter", "confirmations_per_address_per_day", 1, 100,
                         n.confirmations_per_address_per_day)})
    if (!s.ok()) return s;
  if (const auto* arr = t["editions"].as_array()) {
    std::set<std::string> seen;
    for (const auto& node : *arr) {
      const auto* e = node.as_table();
      if (!e) return Status::InvalidArgument("[[newsletter.editions]] must be tables");
      if (auto s = CheckKeys(*e, "newsletter.editions",
                             {"slug", "name", "description", "region", "send_time", "automatic", "max_items"});
          !s.ok())
        return s;
      newsletter::Edition ed;
      Read(*e, "slug", ed.slug);
      Read(*e, "name", ed.name);
      Read(*e, "description", ed.description);
      Read(*e, "region", ed.region);
      Read(*e, "automatic", ed.automatic);
      if (ed.slug.empty() || ed.name.empty())
        return Status::InvalidArgument("every [[newsletter.editions]] needs slug and name");
      // The slug is a path segment of archive URLs.
      for (char ch : ed.slug)
        if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-')
          return Status::InvalidArgument("edition slug '" + ed.slug + "' may hold only letters, digits and '-'");
      if (ed.slug == "archive" || ed.slug == "latest" || ed.slug.size() > 64)
        return Status::InvalidArgument("edition slug '" + ed.slug + "' is reserved or too long");
      if (!seen.insert(ed.slug).second) return Status::InvalidArgument("duplicate edition slug '" + ed.slug + "'");
      if (!ed.region.empty() && !HasSlug(c.regions, ed.region))
        return Status::InvalidArgument("edition '" + ed.slug + "': unknown region '" + ed.region + "'");
      std::string at = "07:00";
      Read(*e, "send_time", at);
      auto minute = ParseClock(at);
      if (!minute) return Status::InvalidArgument("edition '" + ed.slug + "': send_time must be HH:MM");
      ed.send_minute = *minute;
      if (auto s = ReadInt(*e, "newsletter.editions", "max_items", 1, static_cast<std::int64_t>(kMaxIssueItems),
                           ed.max_items);
          !s.ok())
        return s;
      n.editions.push_back(std::move(ed));
    }
  }
  return Status::Ok();
}

}  // namespace

Config DefaultConfig() {
  Config c;
  c.sections = {{"diplomacy", "Diplomacy"}, {"politics", "Politics"}, {"business", "Business"},
                {"society", "Society"},     {"sport", "Sport"},       {"technology", "Technology"}};
  c.regions = {{"south-asia", "South Asia"},
               {"southeast-asia", "Southeast Asia"},
               {"northeast-asia", "Northeast Asia"}};
  return c;
}

Result<Config> ParseConfig(const std::string& toml_text, const std::string& origin_name) {
  toml::table root;
  try {
    root = toml::parse(toml_text, origin_name);
  } catch (const toml::parse_error& e) {
    return Status::ParseError(fmt::format("{}: {} (line {})", origin_name, e.description(),
                                          e.source().begin.line));
  }
  Config c = DefaultConfig();
  if (auto s = CheckKeys(root, "top level",
                         {"site", "storage", "web", "server", "fetch", "scheduler", "sections",
                          "regions", "sources", "mail", "newsletter", "comments"});
      !s.ok())
    return s;

  if (const auto* site = root["site"].as_table()) {
    if (auto s = CheckKeys(*site, "site", {"name", "tagline", "base_url", "time_zone"}); !s.ok()) return s;
    Read(*site, "time_zone", c.time_zone);
    if (auto s = newsletter::CheckTimeZone(c.time_zone); !s.ok()) return Status::InvalidArgument("[site] " + s.message());
    Read(*site, "name", c.site_name);
    Read(*site, "tagline", c.tagline);
    Read(*site, "base_url", c.base_url);
  }
  if (const auto* st = root["storage"].as_table()) {
    if (auto s = CheckKeys(*st, "storage", {"database"}); !s.ok()) return s;
    Read(*st, "database", c.database);
  }
  if (const auto* web = root["web"].as_table()) {
    if (auto s = CheckKeys(*web, "web", {"templates", "static"}); !s.ok()) return s;
    Read(*web, "templates", c.templates_dir);
    Read(*web, "static", c.static_dir);
  }
  if (const auto* sv = root["server"].as_table()) {
    if (auto s = CheckKeys(*sv, "server", {"address", "port", "threads", "access_log"}); !s.ok())
      return s;
    Read(*sv, "address", c.server.address);
    Read(*sv, "access_log", c.server.access_log);
    if (auto s = ReadInt(*sv, "server", "port", 0, 65535, c.server.port); !s.ok()) return s;
    if (auto s = ReadInt(*sv, "server", "threads", 1, 256, c.server.threads); !s.ok()) return s;
  }
  if (const auto* f = root["fetch"].as_table()) {
    if (auto s = CheckKeys(*f, "fetch",
                           {"user_agent", "connect_timeout_ms", "total_timeout_ms", "max_redirects",
                            "max_body_mb", "per_host_connections", "per_host_delay_ms",
                            "max_connections", "honour_robots"});
        !s.ok())
      return s;
    Read(*f, "user_agent", c.fetch.user_agent);
    for (auto s : {ReadInt(*f, "fetch", "connect_timeout_ms", 1, 600'000, c.fetch.connect_timeout_ms),
                   ReadInt(*f, "fetch", "total_timeout_ms", 1, 3'600'000, c.fetch.total_timeout_ms),
                   ReadInt(*f, "fetch", "max_redirects", 0, 20, c.fetch.max_redirects),
                   ReadInt(*f, "fetch", "per_host_connections", 1, 2, c.fetch.max_connections_per_host),
                   ReadInt(*f, "fetch", "per_host_delay_ms", 0, 600'000, c.fetch.per_host_delay_ms),
                   ReadInt(*f, "fetch", "max_connections", 1, 1024, c.fetch.max_total_connections)})
      if (!s.ok()) return s;
    std::size_t mb = c.fetch.max_body_bytes >> 20;
    if (auto s = ReadInt(*f, "fetch", "max_body_mb", 1, 1024, mb); !s.ok()) return s;
    c.fetch.max_body_bytes = mb << 20;
    Read(*f, "honour_robots", c.fetch.honour_robots);
  }
  if (const auto* sch = root["scheduler"].as_table()) {
    if (auto s = CheckKeys(*sch, "scheduler", {"tick_seconds"}); !s.ok()) return s;
    if (auto s = ReadInt(*sch, "scheduler", "tick_seconds", 1, 3600, c.scheduler_tick_seconds); !s.ok())
      return s;
  }

  if (const auto* m = root["mail"].as_table()) {
    if (auto s = ReadMail(*m, c.mail); !s.ok()) return s;
  }

  Status status;
  if (const auto* arr = root["sections"].as_array()) {
    c.sections = ReadTaxa(*arr, "sections", status);
    if (!status.ok()) return status;
  }
  if (const auto* arr = root["regions"].as_array()) {
    c.regions = ReadTaxa(*arr, "regions", status);
    if (!status.ok()) return status;
  }
  if (c.sections.empty()) return Status::InvalidArgument("at least one section is required");
  if (const auto* arr = root["sources"].as_array()) {
    std::set<std::string> seen;
    for (const auto& node : *arr) {
      const auto* t = node.as_table();
      if (!t) return Status::InvalidArgument("[[sources]] must be tables");
      auto src = ReadSource(*t, c);
      if (!src.ok()) return src.status();
      if (!seen.insert(src->slug).second)
        return Status::InvalidArgument("duplicate source slug '" + src->slug + "'");
      c.sources.push_back(std::move(src).value());
    }
  }
  if (const auto* cm = root["comments"].as_table()) {
    if (auto s = ReadComments(*cm, c.comments); !s.ok()) return s;
  }
  c.newsletter.time_zone = c.time_zone;
  if (const auto* n = root["newsletter"].as_table()) {
    if (auto s = ReadNewsletter(*n, c, c.newsletter); !s.ok()) return s;
  }
  return c;
}

Result<Config> LoadConfig(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::IoError("cannot open config file " + path);
  std::string text;
  char buf[65536];
  std::size_t n;
  // A config file is small; refusing large ones keeps a wrong path (a database,
  // a log) from being slurped into memory.
  constexpr std::size_t kMaxConfigBytes = 4u << 20;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    text.append(buf, n);
    if (text.size() > kMaxConfigBytes) {
      std::fclose(f);
      return Status::LimitExceeded("config file larger than 4 MiB: " + path);
    }
  }
  std::fclose(f);
  return ParseConfig(text, path);
}

}  // namespace bs
