// The newsletter's clock: which day it is in the site's time zone, and one
// pass of the scheduler's newsletter duties (draft each edition's issue when
// its time comes, start sending automatic and scheduled issues).
//
// Every step is idempotent in the store (one issue per edition and date;
// starting a send twice enqueues nothing the second time), so a pass that
// crashes, or runs twice, does no harm.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "newsletter/settings.h"
#include "store/store.h"

namespace bs::newsletter {

struct LocalTime {
  std::string date;  // "YYYY-MM-DD"
  int minute = 0;    // minutes after local midnight
};

// `now` in the IANA zone `time_zone` (ICU's zone data). InvalidArgument for
// an unknown zone.
Result<LocalTime> ToLocalTime(const std::string& time_zone, Timestamp now);
Status CheckTimeZone(const std::string& time_zone);
// The UTC instant of local wall-clock time `date` ("YYYY-MM-DD") +
// `minute` in `time_zone` (exact except inside a daylight-saving jump).
Result<Timestamp> FromLocalTime(const std::string& time_zone, const std::string& date, int minute);

// The issue of `edition` for `date`, drafted now from the stories of the
// day before `now` unless it exists already (then it is returned as stored).
Result<NewsletterIssue> DraftIssue(Store& store, const NewsletterSettings& settings, const Edition& edition,
                                   const std::string& date, Timestamp now, Id editor_id);

// One pass: drafts every edition whose send time has passed today, starts
// sending those that are automatic, and starts scheduled issues whose
// send_at has passed. Returns the ids of the issues now sending.
Result<std::vector<Id>> RunNewsletterClock(Store& store, const NewsletterSettings& settings, Timestamp now);

}  // namespace bs::newsletter
