// Extraction quality and speed on the development corpora.
//
//   extract_quality [data-dir]     (default ../shared/data/extraction-dev)
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

std::string Normalise(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
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

void RunReadability(const fs::path& dir, bool verbose) {
  std::vector<fs::path> cases;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_directory()) cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  double sp = 0, sr = 0, sf = 0;
  int n = 0, title_ok = 0, byline_ok = 0, date_ok = 0, failures = 0;
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
    if (meta.contains("title") && meta["title"].is_string() &&
        Normalise(meta["title"].get<std::string>()) == Normalise(got->title))
      ++title_ok;
    if (BylineMatches(got->authors, meta.value("byline", nlohmann::json())))
      ++byline_ok;
    auto want_date = meta.contains("publishedTime") && meta["publishedTime"].is_string()
                         ? bs::ParseDate(meta["publishedTime"].get<std::string>())
                         : std::nullopt;
    if (want_date == got->published) ++date_ok;
    if (verbose)
      std::printf("  %-48s P %.3f R %.3f F1 %.3f%s\n", c.filename().string().c_str(), s.p, s.r, s.f,
                  Normalise(meta.value("title", "")) == Normalise(got->title) ? "" : "  [title]");
  }
  if (n == 0) {
    std::printf("readability-pages: no cases found under %s\n", dir.string().c_str());
    return;
  }
  std::printf("%-22s %6d pages  P %.3f  R %.3f  F1 %.3f  title %.2f  byline %.2f  date %.2f  failed %d\n",
              "readability-pages", n, sp / n, sr / n, sf / n, static_cast<double>(title_ok) / n,
              static_cast<double>(byline_ok) / n, static_cast<double>(date_ok) / n, failures);
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
  fs::path data = argc > 1 ? argv[1] : "../shared/data/extraction-dev";
  bool verbose = argc > 2 && std::string(argv[2]) == "-v";
  std::printf("extraction quality on %s\n", data.string().c_str());
  RunReadability(data / "readability-pages", verbose);
  RunSegments(data / "segments", verbose);
  double mb = static_cast<double>(g_totals.bytes) / 1e6;
  std::printf("%-22s %.1f MB in %.2f s CPU = %.1f MB/s (this build type)\n", "throughput", mb,
              g_totals.seconds, g_totals.seconds > 0 ? mb / g_totals.seconds : 0);
  return 0;
}
