// Throughput of the text-analysis layer: Analyze (normalise, detect language,
// tokenise, stop words, stem) and the near-duplicate fingerprints, over the
// BBC dev corpus when present, else over generated text.
//
// usage: text_speed [corpus-dir] [runs]
//   corpus-dir  folder of <section>/*.txt files (default
//               ../shared/data/organise-dev/bbc, relative to the current dir)
//   runs        timed passes over the corpus; the median is reported (default 5)
#include <algorithm>
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/analyzer.h"
#include "text/minhash.h"
#include "text/normalize.h"
#include "text/shingles.h"
#include "text/simhash.h"
#include "text/tokenize.h"

namespace {

// The corpus is read whole into memory; stop at this many files so a wrong
// path to a huge tree cannot exhaust memory.
constexpr std::size_t kMaxFiles = 20000;
constexpr std::size_t kMaxFileBytes = 1 << 20;

std::vector<std::string> LoadCorpus(const std::string& dir) {
  std::vector<std::string> docs;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return docs;
  std::vector<std::filesystem::path> paths;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".txt") paths.push_back(it->path());
    if (paths.size() >= kMaxFiles) break;
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::error_code size_ec;
    std::size_t size = std::min<std::size_t>(std::filesystem::file_size(p, size_ec), kMaxFileBytes);
    if (size_ec) continue;
    std::string s(size, '\0');
    in.read(s.data(), static_cast<std::streamsize>(s.size()));
    s.resize(static_cast<std::size_t>(in.gcount()));
    if (!s.empty()) docs.push_back(std::move(s));
  }
  return docs;
}

// Fallback corpus: pseudo-random English-like paragraphs of about 3 KB.
std::vector<std::string> GenerateCorpus(std::size_t n) {
  static const char* kWords[] = {
      "the",     "council", "approved", "a",        "new",       "budget",  "for",
      "schools", "after",   "months",   "of",       "talks",     "with",    "unions",
      "while",   "critics", "warned",   "that",     "spending",  "on",      "roads",
      "would",   "fall",    "sharply",  "next",     "year",      "minister", "said",
      "plans",   "were",    "being",    "reviewed", "by",        "officials", "in",
      "several", "regions", "including", "northern", "provinces", "markets",  "rose"};
  const std::size_t nw = sizeof(kWords) / sizeof(kWords[0]);
  std::uint64_t state = 12345;
  std::vector<std::string> docs;
  for (std::size_t d = 0; d < n; ++d) {
    std::string s;
    while (s.size() < 3000) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      s += kWords[(state >> 33) % nw];
      s += ((state >> 20) % 12 == 0) ? ". " : " ";
    }
    docs.push_back(std::move(s));
  }
  return docs;
}

// One short original paragraph per script family, repeated to about 3 KB, to
// show the cost of ICU's dictionary segmentation next to the Latin fast path.
struct ScriptSample {
  const char* name;
  const char* text;
};
const ScriptSample kScriptSamples[] = {
    {"en", "The regional council approved a new budget for schools after months of talks with "
           "unions, while critics warned that spending on roads would fall sharply next year. "},
    {"de", "Der Landtag hat nach monatelangen Gesprächen mit den Gewerkschaften einen neuen "
           "Haushalt für Schulen beschlossen; Kritiker warnen vor Kürzungen im Straßenbau. "},
    {"ru", "Региональный совет после долгих переговоров с профсоюзами утвердил новый бюджет "
           "для школ, а критики предупредили о сокращении расходов на дороги. "},
    {"zh", "地区议会在与工会进行了数月的谈判后批准了新的学校预算，批评人士警告说明年道路支出将大幅下降。"},
    {"ja", "県議会は労働組合との数か月にわたる協議の末、学校向けの新しい予算を承認した。批判的な人々は"
           "来年の道路予算が大幅に減ると警告している。"},
    {"th", "สภาภูมิภาคอนุมัติงบประมาณใหม่สำหรับโรงเรียนหลังการเจรจากับสหภาพแรงงานหลายเดือน "
           "ขณะที่ผู้วิจารณ์เตือนว่างบประมาณถนนจะลดลงอย่างมากในปีหน้า "},
};

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// CPU time of this thread, not wall time: the figures then hold on a
// machine busy with other work (the median of several runs also helps).
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

template <typename F>
double TimeRuns(int runs, F&& body) {
  std::vector<double> secs;
  for (int r = 0; r < runs; ++r) {
    double t0 = ThreadCpuSeconds();
    body();
    secs.push_back(ThreadCpuSeconds() - t0);
  }
  return Median(secs);
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "../shared/data/organise-dev/bbc";
  int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<std::string> docs = LoadCorpus(dir);
  const char* source = "corpus";
  if (docs.empty()) {
    docs = GenerateCorpus(2000);
    source = "generated";
  }
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.size();
  std::printf("%s: %zu documents, %.1f KB mean, %d runs (median, thread CPU time)\n", source, docs.size(),
              bytes / 1024.0 / docs.size(), runs);

  bs::Analyzer analyzer;
  // Warm-up: ICU data, break-iterator clone, stemmers.
  for (std::size_t i = 0; i < std::min<std::size_t>(docs.size(), 50); ++i) analyzer.Analyze(docs[i]);

  std::size_t tokens = 0;
  double t_norm = TimeRuns(runs, [&] {
    for (const auto& d : docs) bs::NormalizeForAnalysis(d);
  });
  std::vector<std::string> normalised;
  for (const auto& d : docs) normalised.push_back(bs::NormalizeForAnalysis(d));
  double t_tok = TimeRuns(runs, [&] {
    tokens = 0;
    std::vector<std::string_view> out;
    for (const auto& n : normalised) {
      out.clear();
      bs::Tokenize(n, &out);
      tokens += out.size();
    }
  });
  std::size_t terms = 0;
  std::vector<bs::AnalyzedText> analysed(docs.size());
  double t_an = TimeRuns(runs, [&] {
    terms = 0;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      analysed[i] = analyzer.Analyze(docs[i]);
      terms += analysed[i].terms.size();
    }
  });
  double t_fp = TimeRuns(runs, [&] {
    for (const auto& a : analysed) {
      auto sh = bs::ShingleHashes(a.terms, 3);
      volatile auto sim = bs::SimHash(sh);
      auto sig = bs::MinHashSignature(sh, 128);
      (void)sim;
      (void)sig;
    }
  });

  const double n = static_cast<double>(docs.size());
  std::printf("normalise : %8.0f articles/s  %6.1f us/article  %6.1f MB/s\n", n / t_norm,
              t_norm / n * 1e6, bytes / t_norm / 1e6);
  std::printf("tokenise  : %8.0f articles/s  %6.1f us/article  %6.2f M tokens/s\n", n / t_tok,
              t_tok / n * 1e6, tokens / t_tok / 1e6);
  std::printf("Analyze   : %8.0f articles/s  %6.1f us/article  %6.2f M tokens/s (%zu terms)\n",
              n / t_an, t_an / n * 1e6, tokens / t_an / 1e6, terms);
  std::printf("shingles(3)+SimHash+MinHash(128): %8.0f articles/s  %6.1f us/article\n", n / t_fp,
              t_fp / n * 1e6);

  // Per script: 200 articles of about 3 KB each.
  constexpr int kScriptArticles = 200;
  for (const ScriptSample& sample : kScriptSamples) {
    std::string article;
    while (article.size() < 3000) article += sample.text;
    std::size_t script_tokens = 0;
    std::string language;
    double t = TimeRuns(runs, [&] {
      script_tokens = 0;
      for (int i = 0; i < kScriptArticles; ++i) {
        bs::AnalyzedText a = analyzer.Analyze(article);
        script_tokens += a.token_count;
        language = a.language;
      }
    });
    std::printf("Analyze %-2s (3 KB, detected %-2s): %8.0f articles/s  %6.1f us/article  %5.2f M tokens/s\n",
                sample.name, language.c_str(), kScriptArticles / t, t / kScriptArticles * 1e6,
                script_tokens / t / 1e6);
  }
  return 0;
}
