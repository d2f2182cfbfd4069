#include "newsletter/briefing_clock.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <memory>

#include "newsletter/drafting.h"

namespace bs::newsletter {
namespace {

Result<std::unique_ptr<icu::TimeZone>> OpenZone(const std::string& name) {
  if (name.size() > 64) return Status::InvalidArgument("time zone name too long");
  std::unique_ptr<icu::TimeZone> tz(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(name)));
  // ICU answers an unknown ID with the "Etc/Unknown" zone rather than null.
  if (!tz || *tz == icu::TimeZone::getUnknown())
    return Status::InvalidArgument("unknown time zone '" + name + "'");
  return tz;
}

}  // namespace

Status CheckTimeZone(const std::string& time_zone) {
  auto tz = OpenZone(time_zone);
  return tz.ok() ? Status::Ok() : tz.status();
}

Result<LocalTime> ToLocalTime(const std::string& time_zone, Timestamp now) {
  auto tz = OpenZone(time_zone);
  if (!tz.ok()) return tz.status();
  int32_t raw = 0, dst = 0;
  UErrorCode err = U_ZERO_ERROR;
  (*tz)->getOffset(static_cast<UDate>(now) * 1000.0, false, raw, dst, err);
  if (U_FAILURE(err)) return Status::Internal(std::string("time zone offset: ") + u_errorName(err));
  const Timestamp local = now + (raw + dst) / 1000;
  const std::string iso = FormatIso8601Utc(local);  // "YYYY-MM-DDTHH:MM:SSZ" of the local wall clock
  LocalTime t;
  t.date = iso.substr(0, 10);
  t.minute = std::stoi(iso.substr(11, 2)) * 60 + std::stoi(iso.substr(14, 2));
  return t;
}

Result<Timestamp> FromLocalTime(const std::string& time_zone, const std::string& date, int minute) {
  if (date.size() != 10 || minute < 0 || minute >= 24 * 60) return Status::InvalidArgument("bad local time");
  auto wall = ParseDate(date + "T00:00:00Z");
  if (!wall) return Status::InvalidArgument("bad date '" + date + "'");
  const Timestamp as_utc = *wall + minute * 60;
  // Read the wall clock as UTC, see what the zone makes of that instant, and
  // correct by the difference once.
  auto seen = ToLocalTime(time_zone, as_utc);
  if (!seen.ok()) return seen.status();
  auto seen_day = ParseDate(seen->date + "T00:00:00Z");
  if (!seen_day) return Status::Internal("local date");
  const Timestamp offset = (*seen_day + seen->minute * 60) - as_utc;
  return as_utc - offset;
}

Result<NewsletterIssue> DraftIssue(Store& store, const NewsletterSettings& settings, const Edition& edition,
                                   const std::string& date, Timestamp now, Id editor_id) {
  auto existing = store.FindIssue(edition.slug, date);
  if (!existing.ok()) return existing.status();
  if (*existing) return std::move(**existing);
  auto sources = store.ListSources();
  if (!sources.ok()) return sources.status();
  auto items = DraftItems(store, edition, *sources, now);
  if (!items.ok()) return items.status();
  NewsletterIssue issue;
  issue.edition = edition.slug;
  issue.date = date;
  issue.subject = DraftSubject(settings.name, *items);
  issue.items = std::move(items).value();
  issue.created_at = now;
  issue.updated_at = now;
  IssueEdit edit;
  edit.editor_id = editor_id;
  edit.at = now;
  edit.action = "draft";
  edit.detail = fmt::format("drafted with {} items", issue.items.size());
  auto created = store.CreateIssue(issue, edit);
  if (!created.ok()) return created.status();
  return issue;
}

Result<std::vector<Id>> RunNewsletterClock(Store& store, const NewsletterSettings& settings, Timestamp now) {
  auto local = ToLocalTime(settings.time_zone, now);
  if (!local.ok()) return local.status();
  for (const Edition& e : settings.editions) {
    if (local->minute < e.send_minute) continue;
    auto issue = DraftIssue(store, settings, e, local->date, now, 0);
    if (!issue.ok()) return issue.status();
    if (e.automatic && issue->state == IssueState::kDraft && !issue->send_at) {
      IssueEdit edit;
      edit.at = now;
      edit.action = "send";
      edit.detail = "sent automatically at the edition's time";
      auto n = store.StartIssueSend(issue->id, now, edit);
      if (!n.ok()) return n.status();
      spdlog::info("newsletter: {} {} sending to {} subscribers", e.slug, local->date, *n);
    }
  }
  auto scheduled = store.ListIssues("", {IssueState::kScheduled}, 100, 0);
  if (!scheduled.ok()) return scheduled.status();
  for (const auto& issue : *scheduled) {
    if (!issue.send_at || *issue.send_at > now) continue;
    IssueEdit edit;
    edit.at = now;
    edit.action = "send";
    edit.detail = "sent at its scheduled time";
    auto n = store.StartIssueSend(issue.id, now, edit);
    if (!n.ok()) return n.status();
    spdlog::info("newsletter: {} {} sending to {} subscribers", issue.edition, issue.date, *n);
  }
  auto sending = store.ListIssues("", {IssueState::kSending}, 100, 0);
  if (!sending.ok()) return sending.status();
  std::vector<Id> ids;
  for (const auto& issue : *sending) ids.push_back(issue.id);
  return ids;
}

}  // namespace bs::newsletter
