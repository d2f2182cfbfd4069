// The loopback fixture site: partner-newspaper files from a directory plus
// fault-injection endpoints, for tests and the demo. Never exposed publicly.
//
// Static files: GET/HEAD of any path under `root_dir` ("/" and directories
// serve index.html). Paths with "..", NUL, backslashes or symlinks leading out
// of the root are rejected (400/404). Text files get "@ORIGIN@" replaced by
// "http://<Host header>" (e.g. "http://127.0.0.1:8123"), so feeds can carry
// absolute links to the port the server happens to run on. Content-Type comes
// from the extension, sniffing RSS/RDF/Atom/JSON Feed; "; charset=utf-8" is added
// to text types only when the bytes are valid UTF-8. A sidecar file
// "<name>.content-type" overrides the Content-Type verbatim (to test servers
// that declare legacy charsets); a sidecar "<name>.status" (e.g. "503")
// serves the file with that status instead of 200. Responses carry an ETag (content hash) and
// Last-Modified (file mtime) and honour If-None-Match / If-Modified-Since with
// 304. Text bodies are gzip-encoded when the client accepts gzip.
//
// Fault endpoints (all GET):
//   /_fault/status/<code>      that status, tiny body
//   /_fault/slow?ms=N          200 after N ms (capped at 60 s)
//   /_fault/redirect-loop      302 to itself, forever
//   /_fault/redirect/<n>       n hops of 302, then 200 "arrived"
//   /_fault/big?mb=N           200 with N MiB of text (capped at 64)
//   /_fault/gzip-bomb          Content-Encoding: gzip, ~1 MiB inflating to 1 GiB
//   /_fault/gzipped            200, always gzip-encoded: "gzipped line 0".."199"
//   /_fault/private-redirect   302 to http://10.255.255.1/ (must be refused)
//   /_fault/redirect-to?url=U  302 to U, which must be http://127.0.0.1:<port>/...
//   /_fault/count/<name>       200, counting hits under <name>
//   /_fault/hits/<name>        text: how often /_fault/count/<name> was hit
//   /_fault/hits?path=/p       text: how often any path /p was requested
//   /_fault/concurrency/<name>?ms=N   200 after N ms, recording the interval
//   /_fault/stats/<name>       text "max_concurrent=K min_gap_ms=G requests=R"
//                              for the concurrency endpoint <name>
//   /_fault/echo-headers       text: the request headers, one "name: value" a line
//
// Thread-safety: the returned handler may be called concurrently from the
// server's I/O threads; counters are guarded internally. The handler owns its
// state (shared_ptr), so copies of it share counters.
#pragma once

#include <filesystem>

#include "web/http_server.h"

namespace bs::web {

struct FixtureSiteOptions {
  std::filesystem::path root_dir;
};

HttpHandler MakeFixtureSite(FixtureSiteOptions options);

}  // namespace bs::web
