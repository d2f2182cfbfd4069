#include "web/admin/section_map_text.h"

#include "web/auth/utf8_check.h"

namespace bs::web {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string FormatSectionMap(const std::map<std::string, std::string>& map) {
  std::string out;
  for (const auto& [k, v] : map) out += k + " = " + v + "\n";
  return out;
}

Result<std::map<std::string, std::string>> ParseSectionMap(std::string_view text,
                                                           const std::vector<Taxon>& sections) {
  if (text.size() > kMaxSectionMapBytes) return Status::InvalidArgument("The section map is too long.");
  if (!IsValidUtf8(text) || text.find('\0') != std::string_view::npos)
    return Status::InvalidArgument("The section map is not valid UTF-8.");
  std::map<std::string, std::string> out;
  int line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = Trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (line.empty()) continue;
    const std::size_t eq = line.find('=');
    const std::string where = "Section map line " + std::to_string(line_no);
    if (eq == std::string_view::npos) return Status::InvalidArgument(where + " has no '='.");
    std::string key(Trim(line.substr(0, eq)));
    const std::string value(Trim(line.substr(eq + 1)));
    if (key.empty() || value.empty()) return Status::InvalidArgument(where + " has an empty side.");
    for (char& c : key)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!sections.empty()) {
      bool known = false;
      for (const auto& s : sections) known = known || s.slug == value;
      if (!known) return Status::InvalidArgument(where + ": '" + value + "' is not a section.");
    }
    if (out.size() >= kMaxSectionMapEntries) return Status::InvalidArgument("The section map has too many lines.");
    out[key] = value;
  }
  return out;
}

}  // namespace bs::web
