// Extraction quality and speed on the development corpora.
//
//   extract_quality [data-dir] [-v] [--meta]
//     data-dir  default ../shared/data/extraction-dev
//     -v        per-page body scores and segment misses
//     --meta    per-page expected vs got for title, byline and date, for
//               every page where one of them differs
//
// readability-pages/<case>/{source.html, expected.html, expected-metadata.json}:
//   body scored as 4-word-shingle precision/recall/F1 per page (averaged),
//   exact-match rates for title, byline and published date.
// segments/{pages/<key>.html.gz, expected.json}: micro-averaged precision,
//   recall and F1 over "with" (must be in the body) and "without" (must not)
//   text segments, compared on whitespace-normalised text.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/compress.h"
#include "core/file.h"
#include "core/hash.h"
#include "core/time.h"
#include "extract/dom.h"
#include "extract/extractor.h"
#include "extract/html_document.h"

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxFileBytes = 64u << 20;
constexpr std::size_t kMaxInflatedBytes = 64u << 20;
constexpr int kShingleWords = 4;
// Readability's test pages use this address; relative links resolve to it.
constexpr const char* kFakeUrl = "http://fakehost/test/page.html";

// Process CPU time, so the figure means something on a busy machine.
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Collapses whitespace, counting U+00A0 (no-break space) as a space: the
// reference files keep the page's &nbsp; where an extractor may emit ' '.
std::string Normalise(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      ++i;
      space = true;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Words, lowercased; CJK and Thai characters count as one word each so
// unspaced scripts still produce shingles.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&]() {
    if (!cur.empty()) words.push_back(std::move(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) cur.push_back(static_cast<char>(c));
      else if (c >= 'A' && c <= 'Z') cur.push_back(static_cast<char>(c | 0x20));
      else flush();
      ++i;
      continue;
    }
    std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    std::string ch(s.substr(i, len));
    i += len;
    if (len == 3 && (c >= 0xE3 && c <= 0xED)) {  // U+3000..U+DFFF: CJK, kana, hangul
      flush();
      words.push_back(ch);
    } else if (ch == "\xC2\xA0") {
      flush();
    } else {
      cur += ch;
    }
  }
  flush();
  return words;
}

std::unordered_multiset<std::uint64_t> Shingles(std::string_view text) {
  std::vector<std::string> w = Words(text);
  std::unordered_multiset<std::uint64_t> out;
  if (w.empty()) return out;
  if (w.size() < static_cast<std::size_t>(kShingleWords)) {
    std::string joined;
    for (const auto& x : w) joined += x + " ";
    out.insert(bs::Fnv1a64(joined));
    return out;
  }
  for (std::size_t i = 0; i + kShingleWords <= w.size(); ++i) {
    std::string joined;
    for (int k = 0; k < kShingleWords; ++k) joined += w[i + k] + " ";
    out.insert(bs::Fnv1a64(joined));
  }
  return out;
}

struct Prf {
  double p = 0, r = 0, f = 0;
};

Prf ShingleScore(std::string_view got, std::string_view want) {
  auto g = Shingles(got), e = Shingles(want);
  if (g.empty() && e.empty()) return {1, 1, 1};
  if (g.empty() || e.empty()) return {g.empty() ? 1.0 : 0.0, 0, 0};
  std::size_t common = 0;
  for (auto it = g.begin(); it != g.end();) {
    auto range = g.equal_range(*it);
    std::size_t ng = static_cast<std::size_t>(std::distance(range.first, range.second));
    std::size_t ne = e.count(*it);
    common += std::min(ng, ne);
    it = range.second;
  }
  Prf s;
  s.p = static_cast<double>(common) / static_cast<double>(g.size());
  s.r = static_cast<double>(common) / static_cast<double>(e.size());
  s.f = s.p + s.r > 0 ? 2 * s.p * s.r / (s.p + s.r) : 0;
  return s;
}

std::string HtmlText(const std::string& html) {
  auto doc = bs::extract::ParseHtml(html);
  if (!doc.ok()) return "";
  bs::extract::Dom dom(xmlDocGetRootElement(doc->get()));
  return dom.size() > 0 ? dom.Text(0) : "";
}

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  return s;
}

bool BylineMatches(const std::vector<std::string>& authors, const nlohmann::json& expected) {
  if (!expected.is_string() || Normalise(expected.get<std::string>()).empty()) return authors.empty();
  if (authors.empty()) return false;
  std::string want = Lower(Normalise(expected.get<std::string>()));
  for (const auto& a : authors)
    if (want.find(Lower(Normalise(a))) == std::string::npos) return false;
  return true;
}

// The reference titles are Readability's, which keep the <title>'s site
// decoration ("Mozilla - Wikipedia", "Title | Code | Author") whenever the
// bare headline is short or its separators are ambiguous. That is the
// reference tool's heuristic, not the article's title, so a title that equals
// the reference minus up to three trailing decoration segments (or one
// leading one) counts as exact. The reverse is not forgiven: a got title that
// still carries decoration the reference lacks is wrong.
constexpr std::size_t kMaxDecorationBytes = 48;
constexpr std::string_view kTitleSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " · ",
                                                 " » ", " / ", " ~ ", "_"};

std::string TrimSpaces(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

// `title` without its last decoration segment, or "" when it has none.
std::string DropTrailingDecoration(const std::string& title) {
  if (title.ends_with("]")) {  // "Weekly Edition [Site]"
    std::size_t open = title.rfind(" [");
    if (open != std::string::npos && title.size() - open <= kMaxDecorationBytes)
      return TrimSpaces(title.substr(0, open));
  }
  std::size_t best = std::string::npos;
  for (std::string_view sep : kTitleSeparators) {
    std::size_t p = title.rfind(sep);
    if (p != std::string::npos && p > 0 && title.size() - p - sep.size() <= kMaxDecorationBytes &&
        (best == std::string::npos || p > best))
      best = p;
  }
  return best == std::string::npos ? "" : TrimSpaces(title.substr(0, best));
}

std::string DropLeadingDecoration(const std::string& title) {
  std::size_t best = std::string::npos, len = 0;
  for (std::string_view sep : kTitleSeparators) {
    std::size_t p = title.find(sep);
    if (p != std::string::npos && p > 0 && p <= kMaxDecorationBytes && (best == std::string::npos || p < best)) {
      best = p;
      len = sep.size();
    }
  }
  return best == std::string::npos ? "" : TrimSpaces(title.substr(best + len));
}

bool TitleMatches(const std::string& got_raw, const std::string& want_raw) {
  std::string got = Normalise(got_raw), want = Normalise(want_raw);
  if (got == want) return true;
  if (got.empty()) return false;
  if (DropLeadingDecoration(want) == got) return true;
  std::string w = want;
  for (int k = 0; k < 3; ++k) {
    w = DropTrailingDecoration(w);
    if (w.empty()) return false;
    if (w == got || DropLeadingDecoration(w) == got) return true;
  }
  return false;
}

// Reference dates are compared at the precision they carry: a date alone
// ("2024-06-25") is a local calendar day, so any instant that falls on that
// day in some zone (UTC-12..UTC+14) matches; a time without a zone matches
// an instant that differs from it by whole quarter hours, at most 14 hours
// (a zone offset); otherwise the instants must agree to the second.
bool DateMatches(const std::optional<bs::Timestamp>& got, const std::string& want_text) {
  auto want = bs::ParseDate(want_text);
  if (!want || !got) return want == got;
  std::string t = Normalise(want_text);
  bool date_only = t.size() == 10 && t[4] == '-' && t[7] == '-';
  if (date_only) return *got >= *want - 12 * 3600 && *got < *want + 24 * 3600 + 14 * 3600;
  std::size_t tpos = t.find('T');
  bool zoned = tpos != std::string::npos &&
               (t.back() == 'Z' || t.find_first_of("+-", tpos) != std::string::npos);
  if (!zoned) {
    bs::Timestamp d = *got - *want;
    return d % 900 == 0 && d <= 14 * 3600 && d >= -14 * 3600;
  }
  return *got == *want;
}

struct Totals {
  std::size_t bytes = 0;
  double seconds = 0;
};

Totals g_totals;

bs::Result<bs::ExtractedArticle> TimedExtract(const std::string& page, const std::string& url) {
  double start = CpuSeconds();
  auto r = bs::ExtractArticle(bs::ExtractInput{page, url, ""});
  g_totals.seconds += CpuSeconds() - start;
  g_totals.bytes += page.size();
  return r;
}

std::string DateText(const std::optional<bs::Timestamp>& t) {
  return t ? bs::FormatIso8601Utc(*t) : "-";
}

std::string JoinAuthors(const std::vector<std::string>& authors) {
  std::string out;
  for (const auto& a : authors) out += (out.empty() ? "" : "; ") + a;
  return out;
}

void RunReadability(const fs::path& dir, bool verbose, bool meta_diag) {
  std::vector<fs::path> cases;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_directory()) cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  double sp = 0, sr = 0, sf = 0;
  int n = 0, title_ok = 0, byline_ok = 0, date_ok = 0, failures = 0;
  int title_strict_ok = 0, date_strict_ok = 0, date_judged = 0, date_unjudged_found = 0;
  for (const auto& c : cases) {
    auto source = bs::ReadFileBytes((c / "source.html").string(), kMaxFileBytes);
    auto expected = bs::ReadFileBytes((c / "expected.html").string(), kMaxFileBytes);
    auto meta_bytes = bs::ReadFileBytes((c / "expected-metadata.json").string(), kMaxFileBytes);
    if (!source.ok() || !expected.ok() || !meta_bytes.ok()) continue;
    auto meta = nlohmann::json::parse(*meta_bytes, nullptr, false);
    if (meta.is_discarded()) continue;
    auto got = TimedExtract(*source, kFakeUrl);
    ++n;
    if (!got.ok()) {
      ++failures;
      continue;
    }
    Prf s = ShingleScore(got->text, HtmlText(*expected));
    sp += s.p;
    sr += s.r;
    sf += s.f;
    std::string want_title =
        meta.contains("title") && meta["title"].is_string() ? meta["title"].get<std::string>() : "";
    bool t_ok = TitleMatches(got->title, want_title);
    title_strict_ok += Normalise(want_title) == Normalise(got->title);
    bool b_ok = BylineMatches(got->authors, meta.value("byline", nlohmann::json()));
    std::string want_date_text = meta.contains("publishedTime") && meta["publishedTime"].is_string()
                                     ? meta["publishedTime"].get<std::string>()
                                     : "";
    auto want_date = bs::ParseDate(want_date_text);
    // A null reference date means the reference tool's few rules found none,
    // not that the page has none: such pages are reported, not judged.
    bool d_ok = !want_date || DateMatches(got->published, want_date_text);
    date_strict_ok += want_date == got->published;
    if (want_date) {
      ++date_judged;
      date_ok += d_ok;
    } else if (got->published) {
      ++date_unjudged_found;
    }
    title_ok += t_ok;
    byline_ok += b_ok;
    if (meta_diag && !(t_ok && b_ok && d_ok)) {
      auto str = [&](const char* key) {
        return meta.contains(key) && meta[key].is_string() ? meta[key].get<std::string>() : "-";
      };
      std::printf("%s\n", c.filename().string().c_str());
      std::printf("  %s title  want [%s]\n         got  [%s]\n", t_ok ? " " : "x", str("title").c_str(),
                  got->title.c_str());
      std::printf("  %s byline want [%s]\n         got  [%s]\n", b_ok ? " " : "x", str("byline").c_str(),
                  JoinAuthors(got->authors).c_str());
      std::printf("  %s date   want [%s] %s\n         got  [%s]\n", d_ok ? " " : "x",
                  DateText(want_date).c_str(), str("publishedTime").c_str(), DateText(got->published).c_str());
    }
    if (verbose)
      std::printf("  %-48s P %.3f R %.3f F1 %.3f%s\n", c.filename().string().c_str(), s.p, s.r, s.f,
                  t_ok ? "" : "  [title]");
  }
  if (n == 0) {
    std::printf("readability-pages: no cases found under %s\n", dir.string().c_str());
    return;
  }
  std::printf("%-22s %6d pages  P %.3f  R %.3f  F1 %.3f  title %.2f  byline %.2f  date %.2f  failed %d\n",
              "readability-pages", n, sp / n, sr / n, sf / n, static_cast<double>(title_ok) / n,
              static_cast<double>(byline_ok) / n,
              date_judged > 0 ? static_cast<double>(date_ok) / date_judged : 0.0, failures);
  std::printf("%-22s title: string-equal %.2f; date: judged on %d pages with a reference date, "
              "found on %d of %d without one; equal-or-both-null on all pages %.2f\n",
              "", static_cast<double>(title_strict_ok) / n, date_judged, date_unjudged_found,
              n - date_judged, static_cast<double>(date_strict_ok) / n);
}

void RunSegments(const fs::path& dir, bool verbose) {
  auto expected_bytes = bs::ReadFileBytes((dir / "expected.json").string(), kMaxFileBytes);
  if (!expected_bytes.ok()) {
    std::printf("segments: %s\n", expected_bytes.status().ToString().c_str());
    return;
  }
  auto expected = nlohmann::json::parse(*expected_bytes, nullptr, false);
  if (expected.is_discarded() || !expected.is_object()) {
    std::printf("segments: expected.json is not a JSON object\n");
    return;
  }
  long tp = 0, fn = 0, fp = 0, tn = 0;
  int pages = 0, failures = 0;
  for (const auto& [key, item] : expected.items()) {
    auto raw = bs::ReadFileBytes((dir / "pages" / (key + ".html.gz")).string(), kMaxFileBytes);
    if (!raw.ok()) continue;
    auto html = bs::LooksGzipped(*raw) ? bs::GzipDecompress(*raw, kMaxInflatedBytes)
                                       : bs::Result<std::string>(*raw);
    if (!html.ok()) continue;
    ++pages;
    auto got = TimedExtract(*html, item.value("url", ""));
    std::string text = got.ok() ? Normalise(got->text) : "";
    if (!got.ok()) ++failures;
    long page_fn = 0, page_fp = 0;
    for (const auto& seg : item.value("with", nlohmann::json::array())) {
      if (!seg.is_string()) continue;
      bool found = text.find(Normalise(seg.get<std::string>())) != std::string::npos;
      found ? ++tp : (++fn, ++page_fn);
    }
    for (const auto& seg : item.value("without", nlohmann::json::array())) {
      if (!seg.is_string()) continue;
      bool found = text.find(Normalise(seg.get<std::string>())) != std::string::npos;
      found ? (++fp, ++page_fp) : ++tn;
    }
    if (verbose && (page_fn || page_fp))
      std::printf("  %s FN %ld FP %ld %s\n", key.c_str(), page_fn, page_fp, item.value("url", "").c_str());
  }
  double p = tp + fp > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
  double r = tp + fn > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::printf("%-22s %6d pages  P %.3f  R %.3f  F1 %.3f  (TP %ld FN %ld FP %ld TN %ld)  failed %d\n",
              "segments", pages, p, r, f, tp, fn, fp, tn, failures);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path data = "../shared/data/extraction-dev";
  bool verbose = false, meta_diag = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-v") verbose = true;
    else if (arg == "--meta") meta_diag = true;
    else data = arg;
  }
  std::printf("extraction quality on %s\n", data.string().c_str());
  RunReadability(data / "readability-pages", verbose, meta_diag);
  RunSegments(data / "segments", verbose && !meta_diag);
  double mb = static_cast<double>(g_totals.bytes) / 1e6;
  std::printf("%-22s %.1f MB in %.2f s CPU = %.1f MB/s (this build type)\n", "throughput", mb,
              g_totals.seconds, g_totals.seconds > 0 ? mb / g_totals.seconds : 0);
  return 0;
}
