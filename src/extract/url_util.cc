#include "extract/url_util.h"

#include "core/url.h"
#include "extract/dom.h"

namespace bs::extract {

std::string ResolveHttp(std::string_view base, std::string_view ref) {
  ref = TrimSpace(ref);
  if (ref.empty() || ref.front() == '#') return "";
  if (auto r = ResolveUrl(base, ref)) return *r;
  // No usable base: accept the reference only if it is absolute itself.
  if (auto r = ResolveUrl(ref, "")) return *r;
  return "";
}

}  // namespace bs::extract
