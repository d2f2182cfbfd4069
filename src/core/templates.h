// Mustache templates for the reader site and its mail, read once at start-up.
//
// Every "<name>.mustache" file in the directory becomes template <name>.
// Files whose name starts with '_' are partials, available to every template
// as {{> _name}}. Templates are parsed once at load to report syntax errors
// early; rendering re-parses the stored source, because kainjow's renderer
// keeps per-render state in the template object and so cannot be shared
// between threads. Values are HTML-escaped by {{ }}; only {{{ }}} is raw.
//
// Immutable after Load(); Render() is safe to call from many threads.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <string>
#include <vector>

#include "core/status.h"

namespace bs {

class TemplateSet {
 public:
  // Fails when the directory cannot be read, a template does not parse, or
  // one of `required` is missing.
  static Result<TemplateSet> Load(const std::string& dir, const std::vector<std::string>& required);

  // Renders template `name` with `data` (partials are added to it).
  Result<std::string> Render(const std::string& name, kainjow::mustache::data data) const;

 private:
  std::map<std::string, std::string> templates_;
  std::map<std::string, std::string> partials_;
};

}  // namespace bs
