#include "web/fixture_site.h"
#include "core/utf8.h"

#include <curl/curl.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/hash.h"

namespace bs::web {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Bounds on what a test can ask of the fixture server, so a typo in a test
// cannot exhaust the machine.
constexpr long kMaxSlowMs = 60'000;                     // /_fault/slow and /_fault/concurrency
constexpr int kMaxBigMiB = 64;                          // /_fault/big
constexpr int kMaxRedirectHops = 100;                   // /_fault/redirect/<n>
constexpr std::size_t kMaxStaticFileBytes = 64u << 20;  // larger files are not fixtures
constexpr std::size_t kMaxTrackedPaths = 10'000;        // distinct paths counted
constexpr std::size_t kMaxIntervalsPerName = 10'000;    // concurrency samples kept
constexpr std::size_t kMaxSniffBytes = 1024;            // feed-type sniffing window
// The gzip bomb: 1 GiB of zeros, built from 1 MiB independently-flushed pieces.
constexpr std::size_t kBombChunkBytes = 1u << 20;
constexpr std::size_t kBombChunks = 1024;

// ---- small helpers -----------------------------------------------------------

HttpResponse TextResponse(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  r.SetHeader("Content-Type", "text/plain; charset=utf-8");
  r.body = std::move(body);
  return r;
}

HttpResponse Redirect(std::string location) {
  HttpResponse r = TextResponse(302, "redirecting\n");
  r.SetHeader("Location", std::move(location));
  return r;
}

// Value of `key` in an a=b&c=d query, or "".
std::string QueryParam(std::string_view query, std::string_view key) {
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    const std::size_t eq = pair.find('=');
    if (pair.substr(0, eq) == key)
      return eq == std::string_view::npos ? "" : std::string(pair.substr(eq + 1));
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return "";
}

// Non-negative integer from text, clamped to [0, max]; `fallback` if unparsable.
long ParseBounded(std::string_view text, long max, long fallback) {
  if (text.empty() || text.size() > 12) return fallback;
  long v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return fallback;
    v = v * 10 + (c - '0');
  }
  return std::min(v, max);
}


std::string HttpDate(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  const std::size_t n = std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return std::string(buf, n);
}

// Whole-body gzip (RFC 1952) for Content-Encoding. Returns "" on failure.
std::string Gzip(std::string_view data) {
  z_stream z{};
  if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return "";
  std::string out;
  out.resize(deflateBound(&z, data.size()) + 32);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return rc == Z_STREAM_END ? out : std::string();
}

// A gzip member inflating to kBombChunks * kBombChunkBytes zeros, in about
// 1 MiB. Each chunk is deflated by a fresh stream and ended with a full flush,
// so it references nothing before it and the same bytes can simply be
// repeated; a final empty block and the gzip trailer close the member. Built
// in a few milliseconds without ever holding the inflated data.
std::string BuildGzipBomb() {
  const std::string zeros(kBombChunkBytes, '\0');
  z_stream z{};
  if (deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) return "";
  std::string piece(deflateBound(&z, zeros.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
  z.avail_in = static_cast<uInt>(zeros.size());
  z.next_out = reinterpret_cast<Bytef*>(piece.data());
  z.avail_out = static_cast<uInt>(piece.size());
  int rc = deflate(&z, Z_FULL_FLUSH);
  piece.resize(z.total_out);
  std::string tail(64, '\0');
  z.next_out = reinterpret_cast<Bytef*>(tail.data());
  z.avail_out = static_cast<uInt>(tail.size());
  const uLong before_tail = z.total_out;
  const int rc_finish = deflate(&z, Z_FINISH);
  tail.resize(z.total_out - before_tail);
  deflateEnd(&z);
  if (rc != Z_OK || rc_finish != Z_STREAM_END || z.avail_in != 0) return "";

  const uLong chunk_crc =
      crc32(0L, reinterpret_cast<const Bytef*>(zeros.data()), static_cast<uInt>(zeros.size()));
  uLong crc = crc32(0L, Z_NULL, 0);
  for (std::size_t i = 0; i < kBombChunks; ++i) {
    crc = crc32_combine(crc, chunk_crc, static_cast<z_off_t>(kBombChunkBytes));
  }
  const std::uint32_t isize =
      static_cast<std::uint32_t>(kBombChunks * kBombChunkBytes);  // mod 2^32

  std::string out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03",
                  10);  // magic, deflate, no flags, Unix
  out.reserve(out.size() + piece.size() * kBombChunks + tail.size() + 8);
  for (std::size_t i = 0; i < kBombChunks; ++i) out += piece;
  out += tail;
  for (int shift = 0; shift < 32; shift += 8)
    out.push_back(static_cast<char>((crc >> shift) & 0xff));
  for (int shift = 0; shift < 32; shift += 8)
    out.push_back(static_cast<char>((isize >> shift) & 0xff));
  return out;
}

const std::string& GzipBomb() {
  static std::once_flag once;
  static std::string bomb;
  std::call_once(once, [] { bomb = BuildGzipBomb(); });
  return bomb;
}

// ---- content types -------------------------------------------------------------

struct TypeInfo {
  std::string type;
  bool text = false;
};

TypeInfo TypeFor(const fs::path& file, std::string_view content) {
  std::string ext = file.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string_view head = content.substr(0, kMaxSniffBytes);
  if (ext == ".xml") {
    if (head.find("<rss") != std::string_view::npos) return {"application/rss+xml", true};
    if (head.find("<feed") != std::string_view::npos) return {"application/atom+xml", true};
    if (head.find("<rdf:RDF") != std::string_view::npos) return {"application/rdf+xml", true};
    return {"application/xml", true};
  }
  if (ext == ".rss") return {"application/rss+xml", true};
  if (ext == ".atom") return {"application/atom+xml", true};
  if (ext == ".json") {
    if (head.find("jsonfeed.org/version") != std::string_view::npos)
      return {"application/feed+json", true};
    return {"application/json", true};
  }
  if (ext == ".html" || ext == ".htm") return {"text/html", true};
  if (ext == ".txt") return {"text/plain", true};
  if (ext == ".css") return {"text/css", true};
  if (ext == ".js") return {"text/javascript", true};
  if (ext == ".svg") return {"image/svg+xml", true};
  if (ext == ".png") return {"image/png", false};
  if (ext == ".jpg" || ext == ".jpeg") return {"image/jpeg", false};
  if (ext == ".gif") return {"image/gif", false};
  if (ext == ".webp") return {"image/webp", false};
  return {"application/octet-stream", false};
}

// ---- shared state ----------------------------------------------------------------

struct Interval {
  Clock::time_point start;
  Clock::time_point end;
};

class FixtureState {
 public:
  explicit FixtureState(FixtureSiteOptions options) : options_(std::move(options)) {
    std::error_code ec;
    root_ = fs::weakly_canonical(options_.root_dir, ec);
    if (ec) root_ = options_.root_dir.lexically_normal();
  }

  HttpResponse Handle(const HttpRequest& req);

 private:
  void CountHit(const std::string& path);
  std::uint64_t Hits(const std::string& path);
  HttpResponse Fault(const HttpRequest& req, std::string_view rest);
  HttpResponse Concurrency(const std::string& name, long ms);
  std::string Stats(const std::string& name);
  HttpResponse Static(const HttpRequest& req);
  std::string Origin(const HttpRequest& req) const;

  FixtureSiteOptions options_;
  fs::path root_;
  std::mutex mu_;
  std::map<std::string, std::uint64_t> hits_;               // guarded by mu_
  std::map<std::string, std::vector<Interval>> intervals_;  // guarded by mu_
};

void FixtureState::CountHit(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = hits_.find(path);
  if (it != hits_.end()) {
    ++it->second;
  } else if (hits_.size() < kMaxTrackedPaths) {
    hits_.emplace(path, 1);
  }
}

std::uint64_t FixtureState::Hits(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = hits_.find(path);
  return it == hits_.end() ? 0 : it->second;
}

HttpResponse FixtureState::Concurrency(const std::string& name, long ms) {
  const Clock::time_point now = Clock::now();
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto& v = intervals_[name];
    if (v.size() < kMaxIntervalsPerName) v.push_back({now, now + std::chrono::milliseconds(ms)});
  }
  HttpResponse r = TextResponse(200, "concurrency " + name + "\n");
  r.delay_ms = static_cast<int>(ms);
  return r;
}

// Max overlap of [start, end) intervals and the smallest gap between starts.
std::string FixtureState::Stats(const std::string& name) {
  std::vector<Interval> v;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = intervals_.find(name);
    if (it != intervals_.end()) v = it->second;
  }
  std::vector<std::pair<Clock::time_point, int>> events;
  for (const Interval& i : v) {
    events.emplace_back(i.start, +1);
    events.emplace_back(i.end, -1);
  }
  // Ends sort before starts at the same instant: half-open intervals.
  std::sort(events.begin(), events.end());
  int current = 0, max_concurrent = 0;
  for (const auto& e : events) {
    current += e.second;
    max_concurrent = std::max(max_concurrent, current);
  }
  long min_gap_ms = -1;
  std::sort(v.begin(), v.end(),
            [](const Interval& a, const Interval& b) { return a.start < b.start; });
  for (std::size_t i = 1; i < v.size(); ++i) {
    const long gap = static_cast<long>(
        std::chrono::duration_cast<std::chrono::milliseconds>(v[i].start - v[i - 1].start).count());
    min_gap_ms = min_gap_ms < 0 ? gap : std::min(min_gap_ms, gap);
  }
  return "max_concurrent=" + std::to_string(max_concurrent) +
         " min_gap_ms=" + std::to_string(min_gap_ms) + " requests=" + std::to_string(v.size()) +
         "\n";
}

std::string FixtureState::Origin(const HttpRequest& req) const {
  const std::string& host = req.Header("host");
  // Only a plausible host[:port] is echoed into content.
  const bool plausible =
      !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' ||
               c == '[' || c == ']';
      });
  return "http://" + (plausible ? host : std::string("127.0.0.1"));
}

HttpResponse FixtureState::Fault(const HttpRequest& req, std::string_view rest) {
  auto after = [&](std::string_view prefix) -> std::optional<std::string> {
    if (rest.substr(0, prefix.size()) != prefix) return std::nullopt;
    return std::string(rest.substr(prefix.size()));
  };
  if (auto code = after("status/")) {
    const long c = ParseBounded(*code, 999, -1);
    if (c < 200 || c > 599) return TextResponse(400, "status must be 200..599\n");
    HttpResponse r = TextResponse(static_cast<int>(c), "status " + std::to_string(c) + "\n");
    if (c == 204 || c == 304) r.body.clear();
    return r;
  }
  if (rest == "slow") {
    HttpResponse r = TextResponse(200, "slow\n");
    r.delay_ms = static_cast<int>(ParseBounded(QueryParam(req.query, "ms"), kMaxSlowMs, 1000));
    return r;
  }
  if (rest == "redirect-loop") return Redirect("/_fault/redirect-loop");
  if (auto n = after("redirect/")) {
    const long hops = ParseBounded(*n, kMaxRedirectHops, -1);
    if (hops < 0) return TextResponse(400, "bad hop count\n");
    if (hops == 0) return TextResponse(200, "arrived\n");
    return Redirect("/_fault/redirect/" + std::to_string(hops - 1));
  }
  if (rest == "big") {
    const long mib = ParseBounded(QueryParam(req.query, "mb"), kMaxBigMiB, 1);
    static const std::string kLine = "All work and no play makes a very large response body.\n";
    std::string body;
    const std::size_t size = static_cast<std::size_t>(mib) << 20;
    body.reserve(size);
    while (body.size() + kLine.size() <= size) body += kLine;
    body.append(size - body.size(), '.');
    return TextResponse(200, std::move(body));
  }
  if (rest == "gzip-bomb") {
    const std::string& bomb = GzipBomb();
    if (bomb.empty()) return TextResponse(500, "could not build the gzip bomb\n");
    HttpResponse r;
    r.SetHeader("Content-Type", "text/html; charset=utf-8");
    r.SetHeader("Content-Encoding", "gzip");
    r.body = bomb;
    return r;
  }
  if (rest == "gzipped") {
    // Always compressed, whatever the client accepts: proves decoding happens.
    std::string text;
    for (int i = 0; i < 200; ++i) text += "gzipped line " + std::to_string(i) + "\n";
    HttpResponse r = TextResponse(200, Gzip(text));
    r.SetHeader("Content-Encoding", "gzip");
    return r;
  }
  if (rest == "private-redirect") return Redirect("http://10.255.255.1/");
  if (rest == "redirect-to") {
    // Redirects to another loopback fixture (a second origin); never to an
    // outside address, so the fixture cannot serve as an open redirector.
    const std::string to = QueryParam(req.query, "url");
    if (to.rfind("http://127.0.0.1:", 0) != 0) return TextResponse(400, "loopback URLs only\n");
    return Redirect(to);
  }
  if (auto name = after("count/")) return TextResponse(200, "count " + *name + "\n");
  if (auto name = after("hits/"))
    return TextResponse(200, std::to_string(Hits("/_fault/count/" + *name)));
  if (rest == "hits") return TextResponse(200, std::to_string(Hits(QueryParam(req.query, "path"))));
  if (auto name = after("concurrency/")) {
    return Concurrency(*name, ParseBounded(QueryParam(req.query, "ms"), kMaxSlowMs, 200));
  }
  if (auto name = after("stats/")) return TextResponse(200, Stats(*name));
  if (rest == "echo-headers") {
    std::string body;
    for (const auto& [k, v] : req.headers) body += k + ": " + v + "\n";
    return TextResponse(200, std::move(body));
  }
  return TextResponse(404, "no such fault endpoint\n");
}

bool EtagMatches(std::string_view header, std::string_view etag) {
  while (!header.empty()) {
    const std::size_t comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.substr(0, 2) == "W/") item.remove_prefix(2);  // weak comparison
    if (item == "*" || item == etag) return true;
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return false;
}

HttpResponse FixtureState::Static(const HttpRequest& req) {
  const std::string& path = req.path;
  if (path.empty() || path.front() != '/' || path.find('\0') != std::string::npos ||
      path.find('\\') != std::string::npos) {
    return TextResponse(400, "bad path\n");
  }
  for (const auto& part : fs::path(path)) {
    if (part == "..") return TextResponse(400, "bad path\n");
  }
  std::error_code ec;
  fs::path file = fs::canonical(root_ / fs::path(path).relative_path(), ec);
  if (ec) return TextResponse(404, "not found\n");
  if (fs::is_directory(file, ec)) file = fs::canonical(file / "index.html", ec);
  if (ec) return TextResponse(404, "not found\n");
  // canonical() resolved every symlink: the target must still be inside root.
  const fs::path rel = file.lexically_relative(root_);
  if (rel.empty() || *rel.begin() == "..") return TextResponse(404, "not found\n");
  if (!fs::is_regular_file(file, ec) || ec) return TextResponse(404, "not found\n");
  const std::uintmax_t size = fs::file_size(file, ec);
  if (ec || size > kMaxStaticFileBytes) return TextResponse(500, "file too large for a fixture\n");

  std::ifstream in(file, std::ios::binary);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return TextResponse(500, "read error\n");

  TypeInfo type = TypeFor(file, content);
  if (type.text) {
    const std::string origin = Origin(req);
    static constexpr std::string_view kToken = "@ORIGIN@";
    for (std::size_t pos = content.find(kToken); pos != std::string::npos;
         pos = content.find(kToken, pos + origin.size())) {
      content.replace(pos, kToken.size(), origin);
    }
  }
  std::string content_type = type.type;
  if (type.text && IsValidUtf8(content)) content_type += "; charset=utf-8";
  fs::path sidecar = file;
  sidecar += ".content-type";
  if (fs::is_regular_file(sidecar, ec)) {
    std::ifstream s(sidecar);
    std::string declared;
    std::getline(s, declared);
    while (!declared.empty() && (declared.back() == '\r' || declared.back() == ' '))
      declared.pop_back();
    if (!declared.empty()) content_type = declared;
  }

  // A sidecar "<name>.status" holding e.g. "503" serves the file with that
  // status (to test how clients treat a failing robots.txt or feed).
  fs::path status_sidecar = file;
  status_sidecar += ".status";
  int forced_status = 0;
  if (fs::is_regular_file(status_sidecar, ec)) {
    std::ifstream s(status_sidecar);
    std::string text;
    std::getline(s, text);
    while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.pop_back();
    const long code = ParseBounded(text, 999, -1);
    if (code >= 200 && code <= 599) forced_status = static_cast<int>(code);
  }
  if (forced_status != 0) {
    HttpResponse r;
    r.status = forced_status;
    r.SetHeader("Content-Type", content_type);
    r.body = std::move(content);
    return r;
  }

  const std::string etag = "\"" + HexU64(Fnv1a64(content)) + "\"";
  const auto mtime = fs::last_write_time(file, ec);
  const std::time_t mtime_secs =
      ec ? 0
         : static_cast<std::time_t>(std::chrono::duration_cast<std::chrono::seconds>(
                                        std::chrono::file_clock::to_sys(mtime).time_since_epoch())
                                        .count());
  HttpResponse r;
  r.SetHeader("Content-Type", content_type);
  r.SetHeader("ETag", etag);
  r.SetHeader("Last-Modified", HttpDate(mtime_secs));
  r.SetHeader("Vary", "Accept-Encoding");

  // If-None-Match wins over If-Modified-Since (RFC 9110 section 13.2.2).
  const std::string& inm = req.Header("if-none-match");
  const std::string& ims = req.Header("if-modified-since");
  bool not_modified = false;
  if (!inm.empty()) {
    not_modified = EtagMatches(inm, etag);
  } else if (!ims.empty()) {
    const std::time_t since = curl_getdate(ims.c_str(), nullptr);
    not_modified = since >= 0 && mtime_secs <= since;
  }
  if (not_modified) {
    r.status = 304;
    return r;
  }
  if (type.text && req.Header("accept-encoding").find("gzip") != std::string::npos) {
    std::string gz = Gzip(content);
    if (!gz.empty()) {
      r.SetHeader("Content-Encoding", "gzip");
      content = std::move(gz);
    }
  }
  r.body = std::move(content);
  return r;
}

HttpResponse FixtureState::Handle(const HttpRequest& req) {
  CountHit(req.path);
  if (req.method != "GET" && req.method != "HEAD") {
    HttpResponse r = TextResponse(405, "method not allowed\n");
    r.SetHeader("Allow", "GET, HEAD");
    return r;
  }
  static constexpr std::string_view kFaultPrefix = "/_fault/";
  if (std::string_view(req.path).substr(0, kFaultPrefix.size()) == kFaultPrefix) {
    return Fault(req, std::string_view(req.path).substr(kFaultPrefix.size()));
  }
  return Static(req);
}

}  // namespace

HttpHandler MakeFixtureSite(FixtureSiteOptions options) {
  auto state = std::make_shared<FixtureState>(std::move(options));
  return [state](const HttpRequest& req) { return state->Handle(req); };
}

}  // namespace bs::web
