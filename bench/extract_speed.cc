// Extraction speed and peak memory on the development corpora, beside the
// extractors Broadsheet is measured against.
//
//   extract_speed [--rounds N] [--peer-rounds N] [--no-peers] [data-dir]
//
// Run from the repository root: the data (default ../shared/data/extraction-dev)
// and the peer scripts (bench/peers/) are found relative to it. Every page of
// readability-pages/*/source.html and segments/pages/*.html.gz is extracted
// in this one process on one thread, N rounds (default 5); the report gives
// MB/s of input HTML and pages/s, the median over the rounds, both per second
// of wall time and per second of this thread's CPU time (on a shared machine
// wall time includes waiting for a core).
//
// Peers, when installed, run over the same pages in the same run:
//   Readability.js + jsdom  bench/peers/readability_js.mjs (make bench-peers)
//   readability-lxml        bench/peers/readability_lxml.py (python3-readability)
// Each times its own extraction loop (interpreter start-up, imports and
// reading the pages excluded) and reports wall and CPU seconds per round; a
// peer that is not installed is reported and skipped. Node's CPU time counts
// all its threads, its garbage collector's helpers included.
//
// Peak memory is measured in a child process of this program, so the corpus
// held here for the timing rounds is not in the figure. The child reads its
// pages from disk one at a time, as ingest does, and extracts them all once
// to warm up (lazily built tables: ICU, language models). Then, for each
// page, it returns free heap to the system (malloc_trim), resets the
// kernel's RSS high-water mark (/proc/self/clear_refs), reads and extracts
// the page, and reads VmHWM: the rise is the memory that page's extraction
// needed at its worst moment, the page itself included, free of earlier
// pages' allocator leftovers. The largest rise over all pages is compared
// with the largest page (target: under 10x); the whole pass's VmHWM is shown
// beside it.
#include <malloc.h>
#include <time.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/compress.h"
#include "core/file.h"
#include "extract/extractor.h"

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxFileBytes = 64u << 20;
constexpr std::size_t kMaxInflatedBytes = 64u << 20;
// Readability's test pages use this address; relative links resolve to it.
constexpr const char* kFakeUrl = "http://fakehost/test/page.html";
constexpr double kMB = 1e6;

struct PageRef {
  std::string path;  // absolute, so peers and children read the same file
  std::string url;
};

struct Page {
  PageRef ref;
  std::string bytes;
};

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::optional<std::string> ReadPage(const std::string& path) {
  auto raw = bs::ReadFileBytes(path, kMaxFileBytes);
  if (!raw.ok()) return std::nullopt;
  if (!bs::LooksGzipped(*raw)) return std::move(*raw);
  auto html = bs::GzipDecompress(*raw, kMaxInflatedBytes);
  if (!html.ok()) return std::nullopt;
  return std::move(*html);
}

std::vector<PageRef> FindPages(const fs::path& data) {
  std::vector<PageRef> refs;
  std::error_code ec;
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(data / "readability-pages", ec))
    if (e.is_directory() && fs::exists(e.path() / "source.html")) cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  for (const auto& c : cases) refs.push_back({fs::absolute(c / "source.html").string(), kFakeUrl});

  // The segment pages' own addresses, where expected.json gives them.
  nlohmann::json expected;
  if (auto bytes = bs::ReadFileBytes((data / "segments" / "expected.json").string(), kMaxFileBytes); bytes.ok())
    expected = nlohmann::json::parse(*bytes, nullptr, false);
  std::vector<fs::path> pages;
  for (const auto& e : fs::directory_iterator(data / "segments" / "pages", ec))
    if (e.is_regular_file() && e.path().string().ends_with(".html.gz")) pages.push_back(e.path());
  std::sort(pages.begin(), pages.end());
  for (const auto& p : pages) {
    std::string key = p.filename().string();
    key.resize(key.size() - std::string(".html.gz").size());
    std::string url;
    if (expected.is_object() && expected.contains(key) && expected[key].is_object())
      url = expected[key].value("url", "");
    refs.push_back({fs::absolute(p).string(), url});
  }
  return refs;
}

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs `command` through the shell and returns its standard output.
std::optional<std::string> Capture(const std::string& command) {
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return std::nullopt;
  std::string out;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int rc = pclose(p);
  if (rc != 0) return std::nullopt;
  return out;
}

bool WriteManifest(const std::string& path, const std::vector<PageRef>& refs) {
  std::ofstream f(path);
  for (const auto& r : refs) f << r.path << '\t' << r.url << '\n';
  return static_cast<bool>(f);
}

// ---- memory (child mode) ------------------------------------------------------

long StatusKb(const char* field) {
  std::ifstream f("/proc/self/status");
  std::string line;
  std::size_t len = std::char_traits<char>::length(field);
  while (std::getline(f, line))
    if (line.compare(0, len, field) == 0 && line.size() > len && line[len] == ':')
      return std::strtol(line.c_str() + len + 1, nullptr, 10);
  return -1;
}

// "5" resets the peak RSS (VmHWM) to the current RSS (Linux 4.0 and later).
bool ResetPeak() { return static_cast<bool>(std::ofstream("/proc/self/clear_refs") << "5" << std::flush); }

// Prints: RSS before the measured pass, VmHWM after it (kB), whether the peak
// could be reset, and the largest rise of any single page with its index.
int MemoryChild(const std::string& manifest) {
  std::vector<PageRef> refs;
  std::ifstream f(manifest);
  std::string line;
  while (std::getline(f, line)) {
    auto tab = line.find('\t');
    if (tab != std::string::npos) refs.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  for (const auto& r : refs)
    if (auto html = ReadPage(r.path)) (void)bs::ExtractArticle(bs::ExtractInput{*html, r.url, ""});
  malloc_trim(0);
  bool reset = ResetPeak();
  long before = StatusKb("VmRSS");
  long peak = before, worst = 0;
  std::size_t worst_index = 0;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    // Each page on its own: free heap returned and the peak reset first, so
    // one page's figure is not another's leftover fragmentation.
    malloc_trim(0);
    peak = std::max(peak, StatusKb("VmHWM"));
    if (reset) ResetPeak();
    long start = StatusKb("VmRSS");
    if (auto html = ReadPage(refs[i].path)) (void)bs::ExtractArticle(bs::ExtractInput{*html, refs[i].url, ""});
    long rise = StatusKb("VmHWM") - start;
    if (rise > worst) worst = rise, worst_index = i;
  }
  peak = std::max(peak, StatusKb("VmHWM"));
  std::printf("%ld %ld %d %ld %zu\n", before, peak, reset ? 1 : 0, worst, worst_index);
  return 0;
}

struct MemoryFigure {
  double before_mb = 0, peak_mb = 0;  // the whole pass
  bool reset = false;
  double worst_page_mb = 0;           // the largest rise for any one page
  std::size_t worst_index = 0;
};

std::optional<MemoryFigure> MeasureMemory(const std::string& self, const std::vector<PageRef>& refs,
                                          const std::string& manifest) {
  if (!WriteManifest(manifest, refs)) return std::nullopt;
  auto out = Capture(ShellQuote(self) + " --memory-child " + ShellQuote(manifest));
  std::remove(manifest.c_str());
  if (!out) return std::nullopt;
  long before = 0, peak = 0, worst = 0;
  int reset = 0;
  std::size_t worst_index = 0;
  if (std::sscanf(out->c_str(), "%ld %ld %d %ld %zu", &before, &peak, &reset, &worst, &worst_index) != 5 ||
      before <= 0 || peak <= 0 || worst_index >= refs.size())
    return std::nullopt;
  auto mb = [](long kb) { return static_cast<double>(kb) * 1024 / kMB; };
  return MemoryFigure{mb(before), mb(peak), reset != 0, mb(worst), worst_index};
}

// ---- peers ---------------------------------------------------------------------

struct Speed {
  std::string name;
  double mbps_wall = 0, mbps_cpu = 0, pages_wall = 0, pages_cpu = 0;
  int failed = 0;
  int rounds = 0;
};

Speed FromRounds(std::string name, const std::vector<double>& wall, const std::vector<double>& cpu,
                 double bytes, std::size_t pages, int failed) {
  Speed s;
  s.name = std::move(name);
  std::vector<double> mw, mc, pw, pc;
  for (double t : wall) mw.push_back(t > 0 ? bytes / kMB / t : 0), pw.push_back(t > 0 ? pages / t : 0);
  for (double t : cpu) mc.push_back(t > 0 ? bytes / kMB / t : 0), pc.push_back(t > 0 ? pages / t : 0);
  s.mbps_wall = Median(mw);
  s.mbps_cpu = Median(mc);
  s.pages_wall = Median(pw);
  s.pages_cpu = Median(pc);
  s.failed = failed;
  s.rounds = static_cast<int>(wall.size());
  return s;
}

std::optional<Speed> RunPeer(const std::string& label, const std::string& command, std::size_t want_bytes) {
  auto out = Capture(command);
  if (!out) {
    std::printf("%-38s failed to run (%s)\n", label.c_str(), command.c_str());
    return std::nullopt;
  }
  auto j = nlohmann::json::parse(*out, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("rounds")) {
    std::printf("%-38s printed no result\n", label.c_str());
    return std::nullopt;
  }
  std::vector<double> wall, cpu;
  for (const auto& r : j["rounds"]) {
    wall.push_back(r.value("wall", 0.0));
    cpu.push_back(r.value("cpu", 0.0));
  }
  double bytes = j.value("bytes", 0.0);
  if (static_cast<std::size_t>(bytes) != want_bytes)
    std::printf("note: %s read %.0f bytes, this program %zu\n", label.c_str(), bytes, want_bytes);
  return FromRounds(j.value("name", label), wall, cpu, bytes, j.value("pages", 0), j.value("failed", 0));
}

void PrintSpeed(const Speed& s) {
  std::printf("%-38s %9.2f %9.2f %10.1f %10.1f %7d %7d\n", s.name.c_str(), s.mbps_wall, s.mbps_cpu,
              s.pages_wall, s.pages_cpu, s.rounds, s.failed);
}

void PrintRatio(const Speed& ours, const Speed& peer, const char* label) {
  std::printf("%-38s %8.1fx %8.1fx\n", label, peer.mbps_wall > 0 ? ours.mbps_wall / peer.mbps_wall : 0,
              peer.mbps_cpu > 0 ? ours.mbps_cpu / peer.mbps_cpu : 0);
}

// A readability case by its folder, a segment page by its file.
std::string PageName(const std::string& path) {
  fs::path p(path);
  return p.filename() == "source.html" ? p.parent_path().filename().string() : p.filename().string();
}

bool CommandWorks(const std::string& command) {
  return std::system((command + " >/dev/null 2>&1").c_str()) == 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--memory-child") return MemoryChild(argv[2]);
  // Lines appear as they are measured, also when stdout is a file (peers take minutes).
  std::setvbuf(stdout, nullptr, _IOLBF, 0);

  int rounds = 5, peer_rounds = 1;
  bool peers = true;
  fs::path data = "../shared/data/extraction-dev";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rounds" && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
    else if (a == "--peer-rounds" && i + 1 < argc) peer_rounds = std::max(1, std::atoi(argv[++i]));
    else if (a == "--no-peers") peers = false;
    else if (!a.empty() && a[0] != '-') data = a;
    else {
      std::fprintf(stderr, "usage: extract_speed [--rounds N] [--peer-rounds N] [--no-peers] [data-dir]\n");
      return 2;
    }
  }

  std::vector<Page> pages;
  for (auto& ref : FindPages(data)) {
    auto html = ReadPage(ref.path);
    if (html) pages.push_back({std::move(ref), std::move(*html)});
  }
  if (pages.empty()) {
    std::printf("extraction speed: no pages found under %s\n", data.string().c_str());
    return 1;
  }
  std::size_t total = 0, largest = 0;
  for (const auto& p : pages) {
    total += p.bytes.size();
    if (p.bytes.size() > pages[largest].bytes.size()) largest = static_cast<std::size_t>(&p - pages.data());
  }
  double largest_mb = static_cast<double>(pages[largest].bytes.size()) / kMB;
  std::printf("extraction speed on %s: %zu pages, %.1f MB of HTML, largest page %.2f MB\n",
              data.string().c_str(), pages.size(), static_cast<double>(total) / kMB, largest_mb);

  std::vector<double> wall, cpu;
  int failed = 0;
  for (int r = 0; r < rounds; ++r) {
    failed = 0;
    double w0 = WallSeconds(), c0 = ThreadCpuSeconds();
    for (const auto& p : pages) {
      auto a = bs::ExtractArticle(bs::ExtractInput{p.bytes, p.ref.url, ""});
      if (!a.ok()) ++failed;
    }
    cpu.push_back(ThreadCpuSeconds() - c0);
    wall.push_back(WallSeconds() - w0);
  }
  Speed ours = FromRounds("broadsheet (this build)", wall, cpu, static_cast<double>(total), pages.size(), failed);

  std::printf("median over rounds; one thread; MB of input HTML\n");
  std::printf("%-38s %9s %9s %10s %10s %7s %7s\n", "extractor", "MB/s wall", "MB/s CPU", "pages/s wall",
              "pages/s CPU", "rounds", "failed");
  PrintSpeed(ours);

  char tmpl[] = "/tmp/extract_speed.XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd >= 0) close(fd);
  std::string manifest = tmpl;
  std::vector<PageRef> refs;
  for (const auto& p : pages) refs.push_back(p.ref);

  std::optional<Speed> rjs, lxml;
  if (peers && fd >= 0 && WriteManifest(manifest, refs)) {
    const std::string rounds_arg = std::to_string(peer_rounds);
    bool have_node = CommandWorks("node --version");
    bool have_modules = fs::exists("bench/peers/node_modules/jsdom/package.json") &&
                        fs::exists("bench/peers/node_modules/@mozilla/readability/package.json");
    if (have_node && have_modules) {
      rjs = RunPeer("Readability.js",
                    "node bench/peers/readability_js.mjs " + ShellQuote(manifest) + " " + rounds_arg, total);
    } else {
      std::printf("%-38s not installed (make bench-peers): skipped\n", "Readability.js + jsdom");
    }
    if (rjs) PrintSpeed(*rjs);
    // Debian's module lives with Debian's interpreter, which a PATH python3
    // (a virtualenv, pyenv) may not see.
    std::string python = fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
    if (CommandWorks(python + " -c 'import readability'")) {
      lxml = RunPeer("readability-lxml",
                     python + " bench/peers/readability_lxml.py " + ShellQuote(manifest) + " " + rounds_arg, total);
    } else {
      std::printf("%-38s not installed (scripts/install-deps --bench): skipped\n", "readability-lxml");
    }
    if (lxml) PrintSpeed(*lxml);
  }
  if (rjs || lxml) std::printf("%-38s %9s %9s\n", "", "wall", "CPU");
  if (rjs) PrintRatio(ours, *rjs, "ratio vs Readability.js");
  if (lxml) PrintRatio(ours, *lxml, "ratio vs readability-lxml");
  std::printf("targets: >= 40 MB/s, >= 20x Readability.js, >= 3.5x readability-lxml\n");

  // Peak memory, in a child process reading one page at a time.
  char self[4096];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n > 0 && fd >= 0) {
    self[n] = '\0';
    auto m = MeasureMemory(self, refs, manifest);
    if (!m) {
      std::printf("peak memory: not measured\n");
    } else if (!m->reset) {
      std::printf("peak memory: VmHWM %.1f MB (the peak could not be reset, so no per-page figure)\n",
                  m->peak_mb);
    } else {
      const Page& worst = pages[m->worst_index];
      std::printf("peak memory, worst single page: +%.1f MB RSS while extracting %s (%.2f MB) = %.1fx the "
                  "largest page (target < 10x)\n",
                  m->worst_page_mb, PageName(worst.ref.path).c_str(),
                  static_cast<double>(worst.bytes.size()) / kMB,
                  largest_mb > 0 ? m->worst_page_mb / largest_mb : 0);
      std::printf("peak memory, whole pass: VmHWM %.1f MB, %.1f MB above the %.1f MB after warm-up\n",
                  m->peak_mb, m->peak_mb - m->before_mb, m->before_mb);
    }
  }
  std::remove(manifest.c_str());
  return 0;
}
