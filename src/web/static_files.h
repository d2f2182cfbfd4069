// The site's static assets (CSS, icons), read once at start-up and served from
// memory.
//
// Because every servable file is a key in an in-memory map built by walking
// the directory, a request can never name a file outside it: "..", encoded
// slashes and symlinks have nothing to resolve against. Symlinks and special
// files are skipped during the walk. Immutable after Load(); safe to share
// across threads.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "core/status.h"
#include "web/http_caching.h"

namespace bs::web {

class StaticFiles {
 public:
  // Reads every regular file under `dir`. Fails when `dir` is not a readable
  // directory or the limits on file count and size are exceeded.
  static Result<StaticFiles> Load(const std::string& dir);

  // `relative` is the decoded path after "/static/", e.g. "site.css".
  // Returns nullptr when no such file was loaded.
  const PreparedBody* Find(const std::string& relative) const;

  std::size_t size() const { return files_.size(); }

 private:
  std::map<std::string, std::shared_ptr<const PreparedBody>> files_;
};

// Content-Type for a file name by extension ("application/octet-stream"
// when unknown); text types carry "; charset=utf-8".
std::string ContentTypeForName(const std::string& name);

}  // namespace bs::web
