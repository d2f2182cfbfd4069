// Organiser throughput and memory on synthetic streams: random articles from
// a generated vocabulary, multi-source events (several papers writing about
// one set of names and numbers) and injected syndicated copies.
//
//   organise_speed [--sizes 100000,1000000] [--digest]
//
// Prints articles/s (thread CPU time inside Organiser::Add only), RSS growth and bytes
// per article for each size. --digest adds a hash of every decision (story,
// duplicate, related lists) per size: a change meant only to be faster must
// leave it unchanged.
#include <chrono>
#include <ctime>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/hash.h"
#include "organise/organiser.h"

namespace {

// Largest stream a run may ask for (memory of the generator and organiser).
constexpr std::size_t kMaxSize = 5'000'000;
// A busy desk: about 5,000 articles a day over the stream's span.
constexpr std::int64_t kSecondsPerArticle = 86400 / 5000;

struct Rng {
  std::uint64_t s;
  std::uint64_t Next() {
    std::uint64_t z = (s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
};

// CPU time of this thread: the machine may be shared, and wall time would
// count other processes' work.
double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long RssKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

std::vector<std::string> MakeVocabulary(Rng& rng, std::size_t n) {
  static const char* kSyllables[] = {"ka", "lo", "men", "ta", "ri", "su", "ban", "do", "pe",
                                     "lin", "tar", "no", "vi", "ra", "sel", "mu", "gan", "te",
                                     "or", "bra", "qui", "zen", "hal", "co"};
  std::vector<std::string> v;
  for (std::size_t i = 0; i < n; ++i) {
    std::string w;
    const int syl = 2 + static_cast<int>(rng.Below(3));
    for (int s = 0; s < syl; ++s) w += kSyllables[rng.Below(24)];
    v.push_back(w);
  }
  return v;
}

// Zipf-like pick: small indices (common words) much more often.
std::size_t ZipfPick(Rng& rng, std::size_t n) {
  const double u = (rng.Next() >> 11) * (1.0 / 9007199254740992.0);
  return static_cast<std::size_t>(static_cast<double>(n) * u * u * u) % n;
}

struct Event {
  std::vector<std::string> names;  // capitalised entities
  std::vector<std::string> words;  // topical words
  std::string number;
};

// Folds one result into the decision digest (outside the timed region).
void Digest(const bs::OrganiseResult& r, bs::ContentHasher* h) {
  h->Add(r.id).Add(r.story).Add(r.story_title).Add(r.duplicate_of);
  for (const auto* list : {&r.related, &r.read_next, &r.same_topic}) {
    for (const std::string& id : *list) h->Add(id);
    h->Add("|");
  }
}

void Run(std::size_t size, bool digest) {
  Rng rng{42};
  const std::vector<std::string> vocab = MakeVocabulary(rng, 60000);
  bs::Organiser org;
  std::vector<bs::OrganiseInput> recent;  // ring of recent originals, for copies
  const std::size_t kRecent = 512;
  Event ev;
  int ev_left = 0;
  const long rss0 = RssKb();
  double add_seconds = 0;
  std::size_t copies = 0;
  bs::OrganiseInput in;
  bs::ContentHasher decisions;
  for (std::size_t i = 0; i < size; ++i) {
    in = {};
    in.id = "s" + std::to_string(i);
    in.source = "paper-" + std::to_string(rng.Below(40));
    in.published = 1'600'000'000 + static_cast<std::int64_t>(i) * kSecondsPerArticle;
    in.language = "en";
    in.url = "https://" + in.source + ".example/" + in.id;
    if (recent.size() == kRecent && rng.Below(10) == 0) {
      // A syndicated copy: credit line added, last paragraph trimmed.
      const bs::OrganiseInput& o = recent[rng.Below(kRecent)];
      in.title = o.title + " | Network";
      in.text = "This article first appeared in " + o.source + ".\n\n" +
                o.text.substr(0, o.text.size() * 9 / 10);
      ++copies;
    } else {
      if (ev_left == 0) {
        ev = {};
        for (int k = 0; k < 4; ++k) {
          std::string n = vocab[rng.Below(vocab.size())];
          n[0] = static_cast<char>(n[0] - 32);
          ev.names.push_back(n);
        }
        for (int k = 0; k < 12; ++k) ev.words.push_back(vocab[ZipfPick(rng, vocab.size())]);
        ev.number = std::to_string(rng.Below(100000));
        ev_left = 1 + static_cast<int>(rng.Below(6));
      }
      --ev_left;
      std::string text;
      const int words = 120 + static_cast<int>(rng.Below(250));
      for (int w = 0; w < words; ++w) {
        const std::size_t r = rng.Below(20);
        if (r == 0) {
          text += ev.names[rng.Below(ev.names.size())];
        } else if (r < 4) {
          text += ev.words[rng.Below(ev.words.size())];
        } else if (r == 4) {
          text += ev.number;
        } else {
          text += vocab[ZipfPick(rng, vocab.size())];
        }
        text += (w % 25 == 24) ? ".\n\n" : " ";
      }
      in.title = ev.names[0] + " " + ev.words[0] + " " + ev.words[1] + " " + ev.number;
      in.text = std::move(text);
      if (recent.size() < kRecent) {
        recent.push_back(in);
      } else {
        recent[rng.Below(kRecent)] = in;
      }
    }
    const double t0 = ThreadSeconds();
    auto r = org.Add(in);
    add_seconds += ThreadSeconds() - t0;
    if (!r.ok()) {
      std::fprintf(stderr, "add failed: %s\n", r.status().ToString().c_str());
      return;
    }
    if (digest) Digest(*r, &decisions);
  }
  recent.clear();
  recent.shrink_to_fit();
  const long rss1 = RssKb();
  const double rss_bytes = static_cast<double>(rss1 - rss0) * 1024.0;
  std::printf("| %9zu | %8zu | %12.0f | %10.1f | %10.0f | %12.0f |\n", size, copies,
              static_cast<double>(size) / add_seconds, rss1 / 1024.0, rss_bytes / size,
              static_cast<double>(org.MemoryBytes()) / size);
  if (digest) std::printf("decision digest for %zu: %016llx\n", size,
                          static_cast<unsigned long long>(decisions.value()));
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes = {20000};
  bool digest = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--digest") digest = true;
    if (a == "--sizes" && i + 1 < argc) {
      sizes.clear();
      std::stringstream ss(argv[++i]);
      std::string item;
      while (std::getline(ss, item, ',')) {
        try {
          const std::size_t n = std::stoul(item);
          if (n == 0 || n > kMaxSize) throw std::out_of_range("size");
          sizes.push_back(n);
        } catch (const std::exception&) {
          std::fprintf(stderr, "bad size %s (1..%zu)\n", item.c_str(), kMaxSize);
          return 2;
        }
      }
    }
  }
  std::printf("| %9s | %8s | %12s | %10s | %10s | %12s |\n", "articles", "copies", "articles/s",
              "RSS MB", "RSS B/art", "engine B/art");
  std::printf("|-----------|----------|--------------|------------|------------|--------------|\n");
  for (std::size_t n : sizes) Run(n, digest);
  return 0;
}
