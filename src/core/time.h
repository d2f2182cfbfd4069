// Time values. Broadsheet stores every instant as whole seconds since the Unix
// epoch in UTC (`Timestamp`); zones only matter when parsing and formatting.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bs {

using Timestamp = std::int64_t;  // seconds since 1970-01-01T00:00:00Z

Timestamp NowUtc();

// "2024-03-05T07:08:09Z"
std::string FormatIso8601Utc(Timestamp t);

// "Tue, 05 Mar 2024 07:08:09 GMT" (HTTP dates, RSS output)
std::string FormatRfc1123(Timestamp t);

// Days-from-civil conversion; valid for years 1..9999. Returns nullopt for
// out-of-range fields. Offset is seconds east of UTC to subtract.
std::optional<Timestamp> MakeTimestamp(int year, int month, int day, int hour, int minute,
                                       int second, int utc_offset_seconds = 0);

// Parses the date formats found in feeds and pages: RFC 822/1123/2822 with any
// zone name or offset, RFC 3339 / ISO 8601 (date only, week-less, with or
// without seconds, fractions, offset or Z), and the common broken variants
// (missing weekday, two-digit years, lowercase month names, "UT", "Z" typos,
// Unix epoch seconds). Returns nullopt when no date can be read.
std::optional<Timestamp> ParseDate(std::string_view text);

}  // namespace bs
