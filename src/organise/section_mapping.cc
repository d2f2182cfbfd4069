#include "organise/section_mapping.h"

#include <cctype>

#include "core/url.h"

namespace bs {
namespace {

std::string Normalise(std::string_view s) {
  // Case and punctuation differ between partners ("Tech & Science",
  // "tech-science"); compare on lowercase alphanumerics only.
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c)) out.push_back(static_cast<char>(std::tolower(c)));
    else if (c >= 0x80) out.push_back(static_cast<char>(c));  // keep non-ASCII labels intact
  }
  return out;
}

const std::string* MappedSection(const Source& source, const std::string& label) {
  std::string key;
  for (unsigned char c : label) key.push_back(static_cast<char>(std::tolower(c)));
  // Trim surrounding whitespace: feeds often pad category text.
  while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back()))) key.pop_back();
  std::size_t start = 0;
  while (start < key.size() && std::isspace(static_cast<unsigned char>(key[start]))) ++start;
  key.erase(0, start);
  auto it = source.section_map.find(key);
  return it == source.section_map.end() ? nullptr : &it->second;
}

const Taxon* NamedSection(const std::vector<Taxon>& sections, const std::string& label) {
  const std::string n = Normalise(label);
  if (n.empty()) return nullptr;
  for (const auto& t : sections)
    if (Normalise(t.slug) == n || Normalise(t.name) == n) return &t;
  return nullptr;
}

std::vector<std::string> PathSegments(const std::string& url) {
  std::vector<std::string> out;
  auto path = UrlPathAndQuery(url);
  if (!path) return out;
  std::string p = path->substr(0, path->find('?'));
  std::size_t i = 0;
  while (i < p.size()) {
    std::size_t j = p.find('/', i);
    if (j == std::string::npos) j = p.size();
    if (j > i) out.push_back(p.substr(i, j - i));
    i = j + 1;
  }
  if (!out.empty()) out.pop_back();  // the last segment is the article's own slug
  return out;
}

}  // namespace

SectionChoice AssignSection(const Source& source, const std::vector<Taxon>& sections,
                            const SectionEvidence& evidence) {
  for (const auto& c : evidence.categories)
    if (const auto* s = MappedSection(source, c)) return {*s, 1.0};
  for (const auto& c : evidence.categories)
    if (const auto* t = NamedSection(sections, c)) return {t->slug, 0.8};
  for (const auto& seg : PathSegments(evidence.url)) {
    if (const auto* s = MappedSection(source, seg)) return {*s, 0.5};
    if (const auto* t = NamedSection(sections, seg)) return {t->slug, 0.5};
  }
  if (!source.default_section.empty()) return {source.default_section, 0.2};
  if (!sections.empty()) return {sections.front().slug, 0.1};
  return {};
}

}  // namespace bs
