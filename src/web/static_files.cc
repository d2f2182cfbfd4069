#include "web/static_files.h"

#include <filesystem>
#include <system_error>

#include <spdlog/spdlog.h>

#include "core/file.h"

namespace bs::web {
namespace {

namespace fs = std::filesystem;

// Static assets are a stylesheet and a few icons; more than this means the
// directory is wrong (someone pointed it at a home directory).
constexpr std::size_t kMaxStaticFiles = 500;
constexpr std::size_t kMaxStaticFileBytes = 4u << 20;
constexpr std::size_t kMaxStaticTotalBytes = 32u << 20;
constexpr int kMaxStaticDepth = 8;
// Assets change only on deploy; an hour keeps browsers from re-asking on
// every page while a deploy still shows up the same day.
constexpr char kStaticCacheControl[] = "public, max-age=3600";

}  // namespace

std::string ContentTypeForName(const std::string& name) {
  const std::string ext = fs::path(name).extension().string();
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".js") return "text/javascript; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".gif") return "image/gif";
  if (ext == ".webp") return "image/webp";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".json" || ext == ".webmanifest") return "application/json";
  if (ext == ".html") return "text/html; charset=utf-8";
  return "application/octet-stream";
}

Result<StaticFiles> StaticFiles::Load(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::IoError("static directory not found: " + dir);
  StaticFiles out;
  std::size_t total = 0;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
  if (ec) return Status::IoError("cannot read static directory " + dir + ": " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return Status::IoError("cannot read static directory " + dir + ": " + ec.message());
    if (it.depth() > kMaxStaticDepth) {
      it.disable_recursion_pending();
      continue;
    }
    // symlink_status: a link is skipped even when it points at a regular file,
    // so nothing outside `dir` is ever read.
    const fs::file_status st = it->symlink_status(ec);
    if (ec || fs::is_directory(st)) continue;
    if (!fs::is_regular_file(st)) {
      spdlog::warn("static: not serving {} (symlink or special file)", it->path().string());
      continue;
    }
    const std::string rel = fs::relative(it->path(), dir, ec).generic_string();
    if (ec || rel.empty() || rel.front() == '.') continue;  // hidden files are not assets
    if (out.files_.size() >= kMaxStaticFiles) {
      return Status::LimitExceeded("more than " + std::to_string(kMaxStaticFiles) + " files in " + dir);
    }
    auto bytes = ReadFileBytes(it->path().string(), kMaxStaticFileBytes);
    if (!bytes.ok()) return bytes.status();
    total += bytes->size();
    if (total > kMaxStaticTotalBytes) return Status::LimitExceeded("static directory too large: " + dir);
    out.files_[rel] = PrepareBody(ContentTypeForName(rel), kStaticCacheControl, std::move(bytes).value());
  }
  return out;
}

const PreparedBody* StaticFiles::Find(const std::string& relative) const {
  auto it = files_.find(relative);
  return it == files_.end() ? nullptr : it->second.get();
}

}  // namespace bs::web
