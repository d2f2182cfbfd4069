// The subcommands of the `broadsheet` binary, one file each under commands/.
// Each returns a Status; the CLI turns it into an exit code and a log line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/config.h"
#include "core/status.h"
#include "store/store.h"

namespace bs {

struct ServeOptions {
  std::optional<unsigned short> port;
  std::optional<std::string> address;
  bool no_scheduler = false;
};

struct FeedOptions {
  std::string input;
  std::string format = "text";
  bool allow_private = false;
};

struct ExtractOptions {
  std::vector<std::string> paths;
  std::string format = "jsonl";
  std::string url;
};

struct OrganiseOptions {
  std::string input;
  std::string train;
};

Status RunOrganise(const OrganiseOptions& options);
// `broadsheet organise --recompute`: the stored organisation in full, as a
// new epoch; running nodes catch up from it (app/organisation_pipeline.h).
Status RunOrganiseRecompute(const Config& config);

struct ModerateOptions {
  std::string input;
  std::string train;
};

// `broadsheet moderate`: the comment pipeline over JSON lines (discuss/batch.h).
Status RunModerate(const Config& config, const ModerateOptions& options);
struct UserAddOptions {
  std::string username;
  std::string email;
  std::string role;
  bool password_stdin = false;
};

struct NewsletterOptions {
  std::string action;   // "draft", "send", "status"
  Id issue = 0;         // 0 = the edition's issue for the date
  std::string edition;  // "" = the first configured edition
  std::string date;     // "YYYY-MM-DD"; "" = today in the site's time zone
  bool no_wait = false; // send: return when nothing is due instead of waiting for retries
};

Status RunNewsletter(const Config& config, const NewsletterOptions& options, bool progress_bar);
// Reads DSN messages (files, directories or maildirs) and records bounces.
Status RunMailBounces(const Config& config, const std::vector<std::string>& paths);
Status RunServe(const Config& config, const ServeOptions& options);
Status RunIngest(const Config& config, const std::vector<std::string>& sources, bool progress_bar);
Status RunFeed(const Config& config, const FeedOptions& options);
Status RunExtract(const ExtractOptions& options);
Status RunSources(const Config& config);
Status RunReextract(const Config& config);
Status RunReindex(const Config& config);
Status RunTrain(const Config& config);
// `broadsheet train --comments`: the spam classifier from the seed comments
// plus the site's decisions (published comments as fine, comments rejected
// as spam as spam), stored for `serve` and `moderate`.
Status RunTrainComments(const Config& config);
Status RunCommentsLoad(const Config& config, const std::string& path, const std::string& base);
Status RunUserAdd(const Config& config, const UserAddOptions& options);
Status RunUserList(const Config& config);

// Opens the configured database, creating its directory, and registers the
// configured sources.
Result<std::unique_ptr<Store>> OpenConfiguredStore(const Config& config);

}  // namespace bs
