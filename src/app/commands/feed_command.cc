#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

#include "app/commands.h"
#include "core/file.h"
#include "core/url.h"
#include "feeds/feed.h"
#include "fetch/fetcher.h"

namespace bs {
namespace {

// Feeds above this are refused by the parser anyway; reading stops here.
constexpr std::size_t kMaxFeedFileBytes = 64u << 20;

nlohmann::json TimeOrNull(const std::optional<Timestamp>& t) {
  return t ? nlohmann::json(FormatIso8601Utc(*t)) : nlohmann::json(nullptr);
}

nlohmann::json FeedToJson(const Feed& feed) {
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& e : feed.entries) {
    entries.push_back({{"id", e.id},
                       {"title", e.title},
                       {"link", e.link},
                       {"published", TimeOrNull(e.published)},
                       {"updated", TimeOrNull(e.updated)},
                       {"authors", e.authors},
                       {"categories", e.categories},
                       {"summary", e.summary},
                       {"content", e.content},
                       {"image", e.image}});
  }
  return {{"title", feed.title}, {"link", feed.link}, {"format", feed.format}, {"entries", entries}};
}

}  // namespace

Status RunFeed(const Config& config, const FeedOptions& options) {
  std::string bytes;
  FeedContext context;
  if (IsHttpUrl(options.input)) {
    Fetcher fetcher(config.fetch);
    FetchRequest req;
    req.url = options.input;
    if (options.allow_private) req.address_policy = AddressPolicy::kAllowLoopback;
    auto r = fetcher.Fetch(req);
    if (!r.ok()) return r.status();
    if (r->http_status < 200 || r->http_status >= 300)
      return Status::HttpError(options.input + ": HTTP " + std::to_string(r->http_status));
    bytes = std::move(r->body);
    context = FeedContext{r->final_url, r->content_type};
  } else {
    auto read = ReadFileBytes(options.input, kMaxFeedFileBytes);
    if (!read.ok()) return read.status();
    bytes = std::move(read).value();
  }
  auto feed = ParseFeed(bytes, context);
  if (!feed.ok()) return feed.status();
  if (options.format == "json") {
    // Invalid UTF-8 cannot reach here (the parser sanitises), but replace
    // rather than throw if it ever does.
    std::cout << FeedToJson(*feed).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
    return Status::Ok();
  }
  std::printf("%s (%s)\n%s\n\n", feed->title.c_str(), feed->format.c_str(), feed->link.c_str());
  for (const auto& e : feed->entries) {
    std::printf("%s  %s\n    %s\n", e.published ? FormatIso8601Utc(*e.published).c_str() : "-",
                e.title.c_str(), e.link.c_str());
  }
  return Status::Ok();
}

}  // namespace bs
