#include "core/templates.h"

#include <exception>
#include <filesystem>
#include <system_error>

#include "core/file.h"

namespace bs {
namespace {

namespace fs = std::filesystem;
namespace mu = kainjow::mustache;

// A site has a handful of templates; these bounds only catch a wrong directory.
constexpr std::size_t kMaxTemplates = 200;
constexpr std::size_t kMaxTemplateBytes = 256 * 1024;
constexpr char kExtension[] = ".mustache";

}  // namespace

Result<TemplateSet> TemplateSet::Load(const std::string& dir, const std::vector<std::string>& required) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::IoError("template directory not found: " + dir);
  TemplateSet set;
  std::size_t count = 0;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    if (p.extension() != kExtension || !it->is_regular_file(ec)) continue;
    if (++count > kMaxTemplates) return Status::LimitExceeded("too many templates in " + dir);
    auto text = ReadFileBytes(p.string(), kMaxTemplateBytes);
    if (!text.ok()) return text.status();
    const std::string name = p.stem().string();
    mu::mustache parsed(*text);
    if (!parsed.is_valid()) {
      return Status::ParseError("template " + p.filename().string() + ": " + parsed.error_message());
    }
    (name.front() == '_' ? set.partials_ : set.templates_)[name] = std::move(text).value();
  }
  if (ec) return Status::IoError("cannot read template directory " + dir + ": " + ec.message());
  for (const auto& r : required) {
    if (!set.templates_.count(r)) return Status::NotFound("template missing: " + r + kExtension);
  }
  return set;
}

Result<std::string> TemplateSet::Render(const std::string& name, mu::data data) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) return Status::NotFound("no template " + name);
  for (const auto& [pname, text] : partials_) data.set(pname, mu::data(text));
  try {
    mu::mustache tmpl(it->second);
    std::string out = tmpl.render(data);
    if (!tmpl.error_message().empty()) {
      return Status::Internal("rendering " + name + ": " + tmpl.error_message());
    }
    return out;
  } catch (const std::exception& e) {
    // The library may throw on allocation or malformed lambdas; keep it local.
    return Status::Internal("rendering " + name + ": " + e.what());
  }
}

}  // namespace bs
