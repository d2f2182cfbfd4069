#include "discuss/moderation.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cstdio>

#include "core/utf8.h"
#include "discuss/links.h"

namespace bs::discuss {
namespace {

constexpr Timestamp kMinute = 60, kHour = 3600;

// Characters that reorder or hide text (bidi embeddings, overrides and
// isolates): "evil" can be stored as "live" and shown the other way round.
bool HasBidiControls(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = 0;
    const std::size_t n = DecodeUtf8(text, i, &cp);
    if (n == 0) return false;  // invalid text is rejected before this check
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return true;
    i += n;
  }
  return false;
}

}  // namespace

const char* DecisionName(Decision d) {
  switch (d) {
    case Decision::kPublish: return "publish";
    case Decision::kHold: return "hold";
    case Decision::kReject: return "reject";
  }
  return "hold";
}

std::optional<Premoderation> ParsePremoderation(std::string_view s) {
  if (s == "off") return Premoderation::kOff;
  if (s == "new") return Premoderation::kNewCommenters;
  if (s == "all") return Premoderation::kEveryone;
  return std::nullopt;
}

std::string NetworkOf(std::string_view ip) {
  if (ip.empty() || ip.size() > 64) return "";
  const std::string addr(ip);
  unsigned char bytes[16];
  char out[64];
  if (inet_pton(AF_INET, addr.c_str(), bytes) == 1) {
    std::snprintf(out, sizeof out, "v4:%u.%u.%u", bytes[0], bytes[1], bytes[2]);
    return out;
  }
  if (inet_pton(AF_INET6, addr.c_str(), bytes) == 1) {
    // An IPv4-mapped address is the IPv4 client it maps.
    static constexpr unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::equal(kMapped, kMapped + 12, bytes)) {
      std::snprintf(out, sizeof out, "v4:%u.%u.%u", bytes[12], bytes[13], bytes[14]);
      return out;
    }
    std::snprintf(out, sizeof out, "v6:%02x%02x:%02x%02x:%02x%02x", bytes[0], bytes[1], bytes[2], bytes[3],
                  bytes[4], bytes[5]);
    return out;
  }
  return "";
}

ModerationPipeline::ModerationPipeline(ModerationSettings settings, WordFilter banned, WordFilter suspect,
                                       std::shared_ptr<const SpamClassifier> spam)
    : settings_(settings), banned_(std::move(banned)), suspect_(std::move(suspect)), spam_(std::move(spam)) {}

ModerationResult ModerationPipeline::Check(const CommentDraft& c, ModerationContext& context) const {
  ModerationResult r;
  auto reject = [&](std::string reason) {
    r.decision = Decision::kReject;
    r.reasons = {std::move(reason)};
    return r;
  };
  // 1. Shape. Invalid bytes are refused, not repaired: the author sees what
  // was refused and can paste it again.
  if (c.text.size() > settings_.max_bytes) return reject("too_long");
  if (!IsValidUtf8(c.text) || c.text.find('\0') != std::string::npos) return reject("invalid_text");
  if (std::all_of(c.text.begin(), c.text.end(), [](char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; }))
    return reject("empty");
  if (static_cast<std::size_t>(std::count(c.text.begin(), c.text.end(), '\n')) >= settings_.max_lines)
    return reject("too_many_lines");

  if (spam_) r.spam = spam_->Probability(c.text);

  // 2. Rate, for new comments only: an edit is the same comment again. A
  // batch line without a time has no rate to judge.
  if (!c.edit && c.time > 0) {
    if (!c.author.empty()) {
      if (context.CommentsByAuthorSince(c.author, c.time - kMinute) >= settings_.per_author_per_minute ||
          context.CommentsByAuthorSince(c.author, c.time - kHour) >= settings_.per_author_per_hour)
        return reject("rate_limit_account");
    }
    if (const std::string net = NetworkOf(c.ip); !net.empty() &&
        context.CommentsFromNetworkSince(net, c.time - kMinute) >= settings_.per_network_per_minute)
      return reject("rate_limit_network");
  }
  // 3. Closed thread.
  if (!c.thread.empty() && context.ThreadClosed(c.thread)) return reject("thread_closed");

  // 4-5. Words: one fold serves both lists.
  const std::vector<FoldedWord> words = FoldWords(c.text);
  if (auto m = banned_.Find(words)) return reject("banned_word:" + m->entry);
  if (auto m = suspect_.Find(words)) r.reasons.push_back("suspect_word:" + m->entry);
  if (HasBidiControls(c.text)) r.reasons.push_back("hidden_characters");

  // 6. Links from someone without a record here.
  const bool is_new = c.author.empty() || context.ApprovedComments(c.author) < settings_.trusted_after;
  if (settings_.hold_links_from_new && is_new && CountLinks(c.text) > 0) r.reasons.push_back("link_from_new_commenter");

  // 7. Spam.
  if (spam_ && spam_->IsSpam(r.spam)) r.reasons.push_back("spam");

  // 8. Pre-moderation.
  const Premoderation mode = context.PremoderationFor(c.thread);
  if (mode == Premoderation::kEveryone || (mode == Premoderation::kNewCommenters && is_new))
    r.reasons.push_back("premoderation");

  r.decision = r.reasons.empty() ? Decision::kPublish : Decision::kHold;
  return r;
}

void MemoryModerationContext::Record(const CommentDraft& c, const ModerationResult& result) {
  // A refused comment was never posted; an edit or an undated line adds no rate.
  if (result.decision == Decision::kReject || c.edit) return;
  if (!c.author.empty() && result.decision == Decision::kPublish) ++approved_[c.author];
  if (c.time <= 0) return;
  // Only the last hour is ever asked about: older times are dropped as the
  // batch moves on, so one prolific author costs no more than an hour's worth.
  auto remember = [&](std::vector<Timestamp>& times) {
    times.push_back(c.time);
    if (times.size() > 256)
      times.erase(std::remove_if(times.begin(), times.end(), [&](Timestamp t) { return t <= c.time - kHour; }),
                  times.end());
  };
  if (!c.author.empty()) remember(by_author_[c.author]);
  if (const std::string net = NetworkOf(c.ip); !net.empty()) remember(by_network_[net]);
}

namespace {

int CountSince(const std::unordered_map<std::string, std::vector<Timestamp>>& m, const std::string& key,
               Timestamp since) {
  auto it = m.find(key);
  if (it == m.end()) return 0;
  return static_cast<int>(std::count_if(it->second.begin(), it->second.end(), [&](Timestamp t) { return t > since; }));
}

}  // namespace

int MemoryModerationContext::CommentsByAuthorSince(const std::string& author, Timestamp since) {
  return CountSince(by_author_, author, since);
}

int MemoryModerationContext::CommentsFromNetworkSince(const std::string& network, Timestamp since) {
  return CountSince(by_network_, network, since);
}

int MemoryModerationContext::ApprovedComments(const std::string& author) {
  auto it = approved_.find(author);
  return it == approved_.end() ? 0 : it->second;
}

}  // namespace bs::discuss
