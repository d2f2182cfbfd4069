#include "core/file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace bs {
namespace {
struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;
}  // namespace

Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes) {
  FilePtr f(std::fopen(path.c_str(), "rb"));
  if (!f) return Status::IoError(path + ": " + std::strerror(errno));
  std::string out;
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
    if (out.size() + n > max_bytes)
      return Status::LimitExceeded(path + ": larger than " + std::to_string(max_bytes) + " bytes");
    out.append(buf, n);
  }
  if (std::ferror(f.get())) return Status::IoError(path + ": read error");
  return out;
}

Status WriteFileAtomically(const std::string& path, const std::string& bytes) {
  const std::string tmp = path + ".tmp";
  {
    FilePtr f(std::fopen(tmp.c_str(), "wb"));
    if (!f) return Status::IoError(tmp + ": " + std::strerror(errno));
    if (std::fwrite(bytes.data(), 1, bytes.size(), f.get()) != bytes.size())
      return Status::IoError(tmp + ": write error");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0)
    return Status::IoError(path + ": " + std::strerror(errno));
  return Status::Ok();
}

}  // namespace bs
