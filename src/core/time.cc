// Time conversion without libc time zones: civil <-> day-count arithmetic on
// the proleptic Gregorian calendar, so results never depend on TZ, locale or
// the platform's timegm. ParseDate is a tolerant reader for the dates found in
// feeds and pages; it is a pure function and thread-safe.
#include "core/time.h"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <vector>

namespace bs {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// Dates longer than this are not dates: the longest legitimate form
// ("Wednesday, 31 September 2025 23:59:59.999999 +05:30 (IST)") is ~60 bytes,
// so 256 leaves room for padding and garbage without scanning a whole page.
constexpr std::size_t kMaxDateLength = 256;

// Epoch seconds are accepted only with 9-11 digits (1973..5138): shorter digit
// runs are years ("2003") or compact dates ("20031231").
constexpr std::size_t kMinEpochDigits = 9;
constexpr std::size_t kMaxEpochDigits = 11;

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's
// days_from_civil algorithm, restated).
std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  std::int64_t year;
  unsigned month;
  unsigned day;
};

Civil CivilFromDays(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
  return {y, m, d};
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

struct Split {
  Civil date;
  int hour, minute, second, weekday;  // weekday 0 = Sunday
};

Split SplitTimestamp(Timestamp t) {
  std::int64_t days = t / kSecondsPerDay;
  std::int64_t secs = t % kSecondsPerDay;
  if (secs < 0) {  // floor division for instants before 1970
    secs += kSecondsPerDay;
    --days;
  }
  Split s{CivilFromDays(days), static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
          static_cast<int>(secs % 60), static_cast<int>(((days % 7) + 11) % 7)};
  return s;
}

constexpr std::array<const char*, 7> kWeekdayAbbr = {"Sun", "Mon", "Tue", "Wed",
                                                     "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 12> kMonthAbbr = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// ---- parsing helpers --------------------------------------------------------

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// True when `word` (lowercase) names the calendar unit `full` by its first
// three letters or any longer prefix: "sep", "sept", "september".
bool NamesUnit(std::string_view word, std::string_view full) {
  return word.size() >= 3 && word.size() <= full.size() && full.substr(0, word.size()) == word;
}

// 1..12, or 0 when `word` is not a month name.
int MonthFromWord(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (NamesUnit(word, kMonths[i])) return static_cast<int>(i) + 1;
  return 0;
}

bool IsWeekdayWord(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (auto d : kDays)
    if (NamesUnit(word, d)) return true;
  // Common four-letter abbreviations that are not prefixes of the full name.
  return word == "tues" || word == "thur" || word == "thurs";
}

// Offset east of UTC in seconds for a zone abbreviation; nullopt if unknown.
// North American names from RFC 822, plus the abbreviations partner papers in
// Europe and Asia actually emit. Single letters are military zones with their
// real meaning (A = +1 ... M = +12, N = -1 ... Y = -12); RFC 822 printed the
// signs reversed, and RFC 1123 notes that, so senders that use them follow the
// military convention.
std::optional<int> ZoneOffset(std::string_view word) {
  struct Zone {
    std::string_view name;
    int minutes;
  };
  static constexpr std::array<Zone, 45> kZones = {{
      {"ut", 0},        {"utc", 0},      {"gmt", 0},       {"z", 0},         {"wet", 0},
      {"est", -300},    {"edt", -240},   {"cst", -360},    {"cdt", -300},    {"mst", -420},
      {"mdt", -360},    {"pst", -480},   {"pdt", -420},    {"akst", -540},   {"akdt", -480},
      {"hst", -600},    {"ast", -240},   {"adt", -180},    {"nst", -210},    {"ndt", -150},
      {"bst", 60},      {"west", 60},    {"cet", 60},      {"cest", 120},    {"met", 60},
      {"mest", 120},    {"eet", 120},    {"eest", 180},    {"msk", 180},     {"ist", 330},
      {"pkt", 300},     {"npt", 345},    {"ict", 420},     {"wib", 420},     {"sgt", 480},
      {"hkt", 480},     {"pht", 480},    {"awst", 480},    {"jst", 540},     {"kst", 540},
      {"aest", 600},    {"aedt", 660},   {"nzst", 720},    {"nzdt", 780},    {"myt", 480},
  }};
  for (const Zone& z : kZones)
    if (word == z.name) return z.minutes * 60;
  if (word.size() == 1 && IsAlpha(word[0]) && word[0] != 'j') {
    const char c = word[0];
    if (c >= 'a' && c <= 'i') return (c - 'a' + 1) * 3600;
    if (c >= 'k' && c <= 'm') return (c - 'k' + 10) * 3600;
    if (c >= 'n' && c <= 'y') return -(c - 'n' + 1) * 3600;
  }
  return std::nullopt;
}

// Reads up to `max` digits at `pos`; returns the count read (0 if none).
std::size_t ReadDigits(std::string_view s, std::size_t& pos, std::size_t max, int& value) {
  std::size_t n = 0;
  value = 0;
  while (pos < s.size() && n < max && IsDigit(s[pos])) {
    value = value * 10 + (s[pos] - '0');
    ++pos;
    ++n;
  }
  return n;
}

// Parses "+hh", "+hhmm", "+hh:mm" at `pos` (sign included). Returns seconds
// east of UTC.
std::optional<int> ReadNumericOffset(std::string_view s, std::size_t& pos) {
  if (pos >= s.size() || (s[pos] != '+' && s[pos] != '-')) return std::nullopt;
  const int sign = s[pos] == '-' ? -1 : 1;
  std::size_t p = pos + 1;
  int hh = 0, mm = 0;
  const std::size_t n = ReadDigits(s, p, 4, hh);
  if (n == 4) {
    mm = hh % 100;
    hh /= 100;
  } else if (n == 3) {  // "+530": an hour digit and minutes
    mm = hh % 100;
    hh /= 100;
  } else if (n == 1 || n == 2) {
    if (p < s.size() && s[p] == ':') {
      std::size_t q = p + 1;
      if (ReadDigits(s, q, 2, mm) == 2) p = q;
      else mm = 0;
    }
  } else {
    return std::nullopt;
  }
  if (hh > 23 || mm > 59) return std::nullopt;
  pos = p;
  return sign * (hh * 3600 + mm * 60);
}

int ExpandYear(int year, std::size_t digits) {
  // RFC 2822 section 4.3: two-digit years 00-49 are 20xx, 50-99 are 19xx;
  // three-digit years are offsets from 1900.
  if (digits == 2) return year < 50 ? 2000 + year : 1900 + year;
  if (digits == 3) return 1900 + year;
  return year;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// ---- ISO 8601 / RFC 3339 / W3C-DTF -----------------------------------------

// Reads a time of day at `pos`: "hh:mm[:ss[.frac]]" or "hhmm[ss]" (compact).
bool ReadClock(std::string_view s, std::size_t& pos, int& h, int& m, int& sec) {
  std::size_t p = pos;
  m = sec = 0;
  const std::size_t hn = ReadDigits(s, p, 2, h);
  if (hn == 0) return false;
  if (p < s.size() && s[p] == ':') {
    ++p;
    if (ReadDigits(s, p, 2, m) == 0) return false;
    if (p < s.size() && s[p] == ':') {
      ++p;
      if (ReadDigits(s, p, 2, sec) == 0) return false;
    }
  } else if (hn == 2 && p + 1 < s.size() && IsDigit(s[p]) && IsDigit(s[p + 1])) {
    ReadDigits(s, p, 2, m);  // compact "hhmm[ss]"
    if (p + 1 < s.size() && IsDigit(s[p]) && IsDigit(s[p + 1])) ReadDigits(s, p, 2, sec);
  } else {
    return false;  // a bare hour is not a time
  }
  // Fractions of a second are dropped: Timestamp has whole seconds.
  if (p < s.size() && (s[p] == '.' || s[p] == ',') && p + 1 < s.size() && IsDigit(s[p + 1])) {
    ++p;
    while (p < s.size() && IsDigit(s[p])) ++p;
  }
  pos = p;
  return true;
}

// Zone after an ISO time: "Z", numeric offset (optionally after a space), or a
// zone word ("2004-01-01 10:00 GMT"). Nothing at all means UTC.
std::optional<int> ReadIsoZone(std::string_view s, std::size_t& pos) {
  std::size_t p = pos;
  while (p < s.size() && IsSpace(s[p])) ++p;
  if (p >= s.size()) return 0;
  if (s[p] == 'Z' || s[p] == 'z') {
    if (p + 1 >= s.size() || !IsAlpha(s[p + 1])) {
      pos = p + 1;
      return 0;
    }
  }
  if (s[p] == '+' || s[p] == '-') {
    std::size_t q = p;
    if (auto off = ReadNumericOffset(s, q)) {
      pos = q;
      return off;
    }
    return std::nullopt;
  }
  if (IsAlpha(s[p])) {
    std::size_t q = p;
    while (q < s.size() && IsAlpha(s[q])) ++q;
    if (auto off = ZoneOffset(LowerCopy(s.substr(p, q - p)))) {
      int extra = 0;
      if (q < s.size() && (s[q] == '+' || s[q] == '-')) {  // "GMT+05:30"
        std::size_t r = q;
        if (auto o = ReadNumericOffset(s, r)) {
          extra = *o;
          q = r;
        }
      }
      pos = q;
      return *off + extra;
    }
  }
  return 0;  // unrecognised trailing text: treat the time as UTC
}

std::optional<Timestamp> ParseIso(std::string_view s) {
  std::size_t p = 0;
  int year = 0, month = 1, day = 1;
  if (ReadDigits(s, p, 4, year) != 4) return std::nullopt;
  if (p < s.size() && (s[p] == '-' || s[p] == '/' || s[p] == '.')) {
    const char sep = s[p];
    ++p;
    if (ReadDigits(s, p, 2, month) == 0) return std::nullopt;
    if (p < s.size() && s[p] == sep) {
      ++p;
      if (ReadDigits(s, p, 2, day) == 0) return std::nullopt;
    }
  } else if (p + 4 <= s.size() && IsDigit(s[p])) {  // compact "YYYYMMDD"
    if (ReadDigits(s, p, 2, month) != 2 || ReadDigits(s, p, 2, day) != 2) return std::nullopt;
  }
  int h = 0, m = 0, sec = 0, offset = 0;
  if (p < s.size() && (s[p] == 'T' || s[p] == 't' || IsSpace(s[p]))) {
    std::size_t q = p + 1;
    while (q < s.size() && IsSpace(s[q])) ++q;
    // A 12-hour marker before or after the clock ("pm 4:08", "4:08 pm").
    int meridiem = 0;  // 1 = am, 2 = pm
    const auto read_meridiem = [&](std::size_t& at) {
      std::size_t r = at;
      while (r < s.size() && IsSpace(s[r])) ++r;
      if (r + 1 < s.size() && (Lower(s[r]) == 'a' || Lower(s[r]) == 'p') && Lower(s[r + 1]) == 'm' &&
          (r + 2 == s.size() || !IsAlpha(s[r + 2]))) {
        meridiem = Lower(s[r]) == 'a' ? 1 : 2;
        at = r + 2;
        while (at < s.size() && IsSpace(s[at])) ++at;
      }
    };
    read_meridiem(q);
    if (q < s.size() && IsDigit(s[q])) {
      if (!ReadClock(s, q, h, m, sec)) return std::nullopt;
      if (!meridiem) read_meridiem(q);
      if (meridiem == 2 && h < 12) h += 12;
      if (meridiem == 1 && h == 12) h = 0;
      auto off = ReadIsoZone(s, q);
      if (!off) return std::nullopt;
      offset = *off;
      p = q;
    }
  } else if (p < s.size() && (s[p] == 'Z' || s[p] == 'z' || s[p] == '+')) {
    // A zone on a bare date carries no useful information.
  } else if (p < s.size() && (IsDigit(s[p]) || IsAlpha(s[p]))) {
    return std::nullopt;  // "2004x..." is not a date we understand
  }
  return MakeTimestamp(year, month, day, h, m, sec, offset);
}

// ---- RFC 822 family and free-form dates -------------------------------------

// A token-driven reader: the pieces (weekday, day, month name, year, time,
// zone) are recognised by shape, so missing commas, swapped day/month order
// (asctime "Sun Nov  6 08:49:37 1994"), extra whitespace, dashes between date
// parts and comments like "(PST)" all parse the same way.
std::optional<Timestamp> ParseFreeForm(std::string_view s) {
  int day = -1, month = 0, year = -1;
  int h = 0, m = 0, sec = 0;
  bool have_time = false;
  std::optional<int> offset;
  bool pm = false, am = false;
  std::vector<std::pair<int, std::size_t>> numbers;  // value, digit count
  int unknown_words = 0;

  std::size_t p = 0;
  while (p < s.size()) {
    const char c = s[p];
    if (c == '(') {  // RFC 822 comment; a zone name inside is only a hint
      std::size_t q = s.find(')', p);
      if (q == std::string_view::npos) q = s.size();
      std::string_view inside = Trim(s.substr(p + 1, q - p - 1));
      if (!offset) {
        if (auto z = ZoneOffset(LowerCopy(inside)); z && inside.size() > 1) offset = z;
      }
      p = q == s.size() ? q : q + 1;
      continue;
    }
    if ((c == '+' || c == '-') && have_time && !offset && p + 1 < s.size() && IsDigit(s[p + 1])) {
      std::size_t q = p;
      if (auto off = ReadNumericOffset(s, q)) {
        offset = off;
        p = q;
        continue;
      }
    }
    if (IsDigit(c)) {
      std::size_t q = p;
      int v = 0;
      std::size_t n = 0;
      while (q < s.size() && IsDigit(s[q]) && n < 5) {
        v = v * 10 + (s[q] - '0');
        ++q;
        ++n;
      }
      if (q < s.size() && IsDigit(s[q])) return std::nullopt;  // absurdly long number
      if (q < s.size() && s[q] == ':' && n <= 2 && !have_time) {
        std::size_t r = p;
        if (!ReadClock(s, r, h, m, sec)) return std::nullopt;
        have_time = true;
        p = r;
        continue;
      }
      // "1st", "2nd", "3rd", "4th"
      if (q + 1 < s.size() && IsAlpha(s[q]) && IsAlpha(s[q + 1])) {
        std::string suf = LowerCopy(s.substr(q, 2));
        if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") q += 2;
      }
      numbers.emplace_back(v, n);
      p = q;
      continue;
    }
    if (IsAlpha(c)) {
      std::size_t q = p;
      while (q < s.size() && (IsAlpha(s[q]) || s[q] == '.')) ++q;
      std::string word = LowerCopy(s.substr(p, q - p));
      while (!word.empty() && word.back() == '.') word.pop_back();
      p = q;
      if (word.empty()) continue;
      if (int mo = MonthFromWord(word); mo && !month) {
        month = mo;
      } else if (IsWeekdayWord(word)) {
        // ignored: the date itself decides the weekday
      } else if (word == "pm" || word == "p.m") {
        pm = true;
      } else if (word == "am" || word == "a.m") {
        am = true;
      } else if (auto z = ZoneOffset(word); z && (have_time || word.size() > 1) && !offset) {
        offset = *z;
        // "GMT+0530", "UTC-5"
        if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
          std::size_t r = p;
          if (auto extra = ReadNumericOffset(s, r)) {
            *offset += *extra;
            p = r;
          }
        }
      } else if (word == "at" || word == "of" || word == "on") {
        // filler words in hand-written dates
      } else if (++unknown_words > 3) {
        return std::nullopt;  // prose, not a date
      }
      continue;
    }
    ++p;  // separators: space, comma, dash, slash, dot
  }

  if (!month) return std::nullopt;
  // Assign numbers: a 3+ digit number is the year; otherwise the first is the
  // day and the second the year ("06 Nov 94"), unless the first cannot be a
  // day ("94 Nov 06" is not accepted: too ambiguous).
  std::vector<std::pair<int, std::size_t>> rest;
  for (const auto& n : numbers) {
    if (n.second >= 3 && year < 0) year = ExpandYear(n.first, n.second);
    else rest.push_back(n);
  }
  for (const auto& n : rest) {
    if (day < 0 && n.second <= 2) day = n.first;
    else if (year < 0 && n.second == 2) year = ExpandYear(n.first, 2);
    else return std::nullopt;  // more numbers than a date has
  }
  if (day < 0 || year < 0) return std::nullopt;
  if (pm && h < 12) h += 12;
  if (am && h == 12) h = 0;
  return MakeTimestamp(year, month, day, h, m, sec, offset.value_or(0));
}

// Chinese, Japanese and Korean dates ("2024年3月5日 07:08", "2024년 3월 5일
// 오후 3:20") rewritten to the ASCII shapes parsed below. Returns the text
// unchanged when it has none of those markers.
std::string NormaliseCjk(std::string_view s) {
  struct Marker {
    std::string_view utf8;
    std::string_view ascii;
  };
  static constexpr std::array<Marker, 13> kMarkers = {{
      {"\u5e74", "-"}, {"\u6708", "-"}, {"\u65e5", " "},             // 年 月 日
      {"\ub144", "-"}, {"\uc6d4", "-"}, {"\uc77c", " "},             // 년 월 일
      {"\u5348\u524d", " am "}, {"\u5348\u5f8c", " pm "},             // 午前 午後
      {"\u4e0a\u5348", " am "}, {"\u4e0b\u5348", " pm "},             // 上午 下午
      {"\uc624\uc804", " am "}, {"\uc624\ud6c4", " pm "},             // 오전 오후
      {"\u6642", ":"},                                             // 時
  }};
  std::string out;
  bool changed = false;
  for (std::size_t i = 0; i < s.size();) {
    bool matched = false;
    for (const Marker& m : kMarkers) {
      if (s.substr(i, m.utf8.size()) == m.utf8) {
        out.append(m.ascii);
        i += m.utf8.size();
        // "2024년 3월": the separator swallows the space after it.
        if (m.ascii == "-")
          while (i < s.size() && IsSpace(s[i])) ++i;
        matched = changed = true;
        break;
      }
    }
    if (!matched) out.push_back(s[i++]);
  }
  return changed ? out : std::string(s);
}

}  // namespace

Timestamp NowUtc() {
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

std::string FormatIso8601Utc(Timestamp t) {
  const Split s = SplitTimestamp(t);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02dZ",
                static_cast<long long>(s.date.year), s.date.month, s.date.day, s.hour, s.minute,
                s.second);
  return buf;
}

std::string FormatRfc1123(Timestamp t) {
  const Split s = SplitTimestamp(t);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02u %s %04lld %02d:%02d:%02d GMT",
                kWeekdayAbbr[static_cast<std::size_t>(s.weekday)],
                s.date.day, kMonthAbbr[s.date.month - 1], static_cast<long long>(s.date.year),
                s.hour, s.minute, s.second);
  return buf;
}

std::optional<Timestamp> MakeTimestamp(int year, int month, int day, int hour, int minute,
                                       int second, int utc_offset_seconds) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > DaysInMonth(year, month))
    return std::nullopt;
  // 24:00:00 is ISO 8601's end of day; second 60 is a leap second, which
  // Timestamp cannot represent, so it rolls into the next minute.
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 60)
    return std::nullopt;
  if (hour == 24 && (minute != 0 || second != 0)) return std::nullopt;
  // Real offsets lie within +-14h; allow up to a day for odd but harmless input.
  if (utc_offset_seconds <= -kSecondsPerDay || utc_offset_seconds >= kSecondsPerDay)
    return std::nullopt;
  const std::int64_t days = DaysFromCivil(year, static_cast<unsigned>(month),
                                          static_cast<unsigned>(day));
  return days * kSecondsPerDay + hour * 3600 + minute * 60 + second - utc_offset_seconds;
}

std::optional<Timestamp> ParseDate(std::string_view text) {
  if (text.size() > kMaxDateLength) return std::nullopt;
  const std::string normalised = NormaliseCjk(text);
  std::string_view s = Trim(normalised);
  // "2024-3-5-" (from 年月 without 日) ends in a separator.
  while (!s.empty() && s.back() == '-') s.remove_suffix(1);
  if (s.empty()) return std::nullopt;

  std::size_t digits = 0;
  while (digits < s.size() && IsDigit(s[digits])) ++digits;

  if (digits == s.size() && digits >= kMinEpochDigits && digits <= kMaxEpochDigits) {
    Timestamp t = 0;
    for (char c : s) t = t * 10 + (c - '0');
    return t;
  }
  // Epoch seconds with a fraction: "1700000000.25".
  if (digits >= kMinEpochDigits && digits <= kMaxEpochDigits && s[digits] == '.') {
    bool all = digits + 1 < s.size();
    for (std::size_t i = digits + 1; i < s.size(); ++i) all = all && IsDigit(s[i]);
    if (all) {
      Timestamp t = 0;
      for (std::size_t i = 0; i < digits; ++i) t = t * 10 + (s[i] - '0');
      return t;
    }
  }
  if (digits == 4 || digits == 8) {
    if (digits == s.size() || s[digits] == '-' || s[digits] == '/' || s[digits] == '.' || s[digits] == 'T' ||
        s[digits] == 't' || digits == 8) {
      if (auto t = ParseIso(s)) return t;
    }
  }
  return ParseFreeForm(s);
}

}  // namespace bs
