#include "web/view_format.h"

#include <cctype>
#include <ctime>

#include "core/spaces.h"
#include "core/url.h"
#include "core/utf8.h"
#include "text/latin_key.h"
#include "web/percent_decode.h"

namespace bs::web {
namespace {

// Long enough to be readable in a URL, short enough to keep URLs tidy.
constexpr std::size_t kMaxSlugChars = 80;
// The longest sane language tag ("zh-Hant-TW" and friends are far shorter).
constexpr std::size_t kMaxLanguageTag = 35;

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

}  // namespace

std::string HumanDate(Timestamp t, bool with_time) {
  const std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  if (gmtime_r(&tt, &tm) == nullptr) return "";
  std::string out = std::to_string(tm.tm_mday) + " " + kMonths[tm.tm_mon] + " " +
                    std::to_string(tm.tm_year + 1900);
  if (with_time) {
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", tm.tm_hour, tm.tm_min);
    out += ", ";
    out += hm;
    out += " UTC";
  }
  return out;
}

std::string TitleSlug(std::string_view title) {
  std::string out;
  bool pending_dash = false;
  for (std::size_t i = 0; i < title.size();) {
    std::uint32_t cp = 0;
    const std::size_t len = DecodeUtf8(title, i, &cp);
    i += len == 0 ? 1 : len;  // an invalid byte separates words
    // Accented Latin, Greek and Cyrillic letters are rendered in ASCII, as
    // the organiser's keys are ("Café" -> "cafe", "Łódź" -> "lodz").
    std::string letters;
    if (len != 0) AppendLatinKey(cp, &letters);
    if (!letters.empty()) {
      if (pending_dash && !out.empty()) out.push_back('-');
      pending_dash = false;
      if (out.size() >= kMaxSlugChars) break;
      out += letters;
    } else if (cp != '\'' && cp != 0x2019) {
      pending_dash = true;  // apostrophes vanish: "world's" -> "worlds"
    }
  }
  if (out.size() > kMaxSlugChars) out.resize(kMaxSlugChars);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string ArticlePath(const Article& article) {
  std::string path = "/article/" + std::to_string(article.id);
  const std::string slug = TitleSlug(article.title);
  if (!slug.empty()) path += "/" + slug;
  return path;
}

std::string StoryPath(Id story_id, std::string_view title) {
  std::string path = "/story/" + std::to_string(story_id);
  const std::string slug = TitleSlug(title);
  if (!slug.empty()) path += "/" + slug;
  return path;
}

namespace {
// PercentEncode keeps dots, and a path segment of "." or ".." would be
// resolved away by browsers: those two names are written as %2E.
std::string NameSegment(std::string_view name) {
  if (name == "." || name == "..") return name.size() == 1 ? "%2E" : "%2E%2E";
  return PercentEncode(name);
}
}  // namespace

std::string AuthorPath(std::string_view name) { return "/author/" + NameSegment(name); }

std::string TagPath(std::string_view tag) { return "/tag/" + NameSegment(tag); }

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? " and " : ", ";
    out += names[i];
  }
  return out;
}

std::string SafeHttpUrl(const std::string& url) { return IsHttpUrl(url) ? url : ""; }

std::string SafeLanguageTag(const std::string& tag) {
  if (tag.empty() || tag.size() > kMaxLanguageTag) return "";
  for (unsigned char c : tag) {
    if (!(std::isalnum(c) && c < 0x80) && c != '-') return "";
  }
  return tag;
}

std::string TextDirection(const std::string& language_tag) {
  // Primary subtags of the right-to-left languages partner papers may use.
  static constexpr const char* kRtl[] = {"ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"};
  const std::string primary = language_tag.substr(0, language_tag.find('-'));
  std::string lower;
  for (unsigned char c : primary) lower.push_back(static_cast<char>(std::tolower(c)));
  for (const char* rtl : kRtl) {
    if (lower == rtl) return "rtl";
  }
  return "";
}

Timestamp ArticleTime(const Article& article) {
  return article.published.value_or(article.fetched_at);
}

bool BodyOpensWithStandfirst(const Article& article) {
  std::string standfirst = CollapsedText(article.standfirst);
  for (std::string_view ellipsis : {"\u2026", "..."}) {
    if (standfirst.size() >= ellipsis.size() &&
        standfirst.compare(standfirst.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0) {
      standfirst.resize(standfirst.size() - ellipsis.size());
      while (!standfirst.empty() && standfirst.back() == ' ') standfirst.pop_back();
    }
  }
  if (standfirst.empty()) return false;
  const std::string_view body = article.body_text;
  const std::string first = CollapsedText(body.substr(0, body.find("\n\n")));
  return first.compare(0, standfirst.size(), standfirst) == 0;
}

}  // namespace bs::web
