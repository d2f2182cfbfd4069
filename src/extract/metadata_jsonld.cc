#include "extract/metadata_jsonld.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <unordered_map>

#include "extract/dom.h"

namespace bs::extract {
namespace {

using nlohmann::json;

// JSON-LD blocks are small; more than this in one page is junk, and parsing
// it would cost more than it could tell us.
constexpr std::size_t kMaxJsonLdBytes = 1u << 20;
// Structured data nests a few levels (@graph -> article -> author); deeper
// JSON is refused before parsing so no parser recursion can run away.
constexpr int kMaxJsonDepth = 64;
constexpr int kMaxJsonWalkDepth = 12;
// A page describes itself in one or two article objects; more are listings.
constexpr std::size_t kMaxArticles = 8;
constexpr std::size_t kMaxAuthors = 20;
constexpr std::size_t kMaxKnownPersons = 200;

bool JsonTooDeep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) return true;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return false;
}

std::string_view LastPathPart(std::string_view t) {
  if (auto p = t.rfind('/'); p != std::string_view::npos) t = t.substr(p + 1);  // schema.org URLs
  if (auto p = t.rfind(':'); p != std::string_view::npos) t = t.substr(p + 1);  // "schema:Article"
  return t;
}

bool IsArticleType(std::string_view t) {
  static constexpr std::array<std::string_view, 15> kTypes = {
      "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
      "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
      "TechArticle", "ScholarlyArticle", "SocialMediaPosting", "Report", "AskPublicNewsArticle",
      "Posting",
  };
  return std::find(kTypes.begin(), kTypes.end(), LastPathPart(t)) != kTypes.end();
}
bool IsOrganisationType(std::string_view t) {
  t = LastPathPart(t);
  return t == "Organization" || t == "NewsMediaOrganization" || t == "Corporation" ||
         t == "Organisation" || t == "GovernmentOrganization" || t == "EducationalOrganization";
}
bool IsWebSiteType(std::string_view t) { return LastPathPart(t) == "WebSite"; }
bool IsPersonType(std::string_view t) { return LastPathPart(t) == "Person"; }

bool HasType(const json& obj, bool (*pred)(std::string_view)) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  if (it->is_string()) return pred(it->get_ref<const std::string&>());
  if (it->is_array())
    for (const auto& t : *it)
      if (t.is_string() && pred(t.get_ref<const std::string&>())) return true;
  return false;
}

// A string field, or the `inner`/"@value"/"@id" of an object field, or the
// first usable element of an array.
std::string JsonString(const json& obj, const char* key, const char* inner = "name") {
  auto it = obj.find(key);
  if (it == obj.end()) return "";
  const json* v = &*it;
  if (v->is_array()) {
    for (const auto& e : *v) {
      if (e.is_string()) return e.get<std::string>();
      if (e.is_object()) {
        auto in = e.find(inner);
        if (in != e.end() && in->is_string()) return in->get<std::string>();
      }
    }
    return "";
  }
  if (v->is_string()) return v->get<std::string>();
  if (v->is_object()) {
    for (const char* k : {inner, "@value", "@id"}) {
      auto in = v->find(k);
      if (in != v->end() && in->is_string()) return in->get<std::string>();
    }
  }
  return "";
}

// A person's display name: "name", else "givenName familyName".
std::string PersonName(const json& v) {
  std::string name = JsonString(v, "name");
  if (!name.empty()) return name;
  std::string given = JsonString(v, "givenName"), family = JsonString(v, "familyName");
  if (given.empty() || family.empty()) return given + family;
  return given + " " + family;
}

std::string IdOf(const json& v) {
  auto it = v.find("@id");
  return it != v.end() && it->is_string() ? it->get<std::string>() : "";
}

// An author entry before "@id" references are resolved.
struct AuthorRef {
  std::string name;  // or
  std::string id;
  bool typed_person = false;
};

struct Collector {
  JsonLdFacts facts;
  std::vector<std::vector<AuthorRef>> refs;  // parallel to facts.articles
  std::unordered_map<std::string, std::string> persons;  // @id -> name
  std::unordered_map<std::string, bool> organisations;   // @id of organisations
};

void ReadAuthors(const json& a, JsonLdArticle& art, std::vector<AuthorRef>& refs) {
  auto it = a.find("author");
  if (it == a.end()) it = a.find("creator");
  if (it == a.end()) return;
  auto add = [&](const json& v) {
    if (refs.size() >= kMaxAuthors) return;
    if (v.is_string()) {
      refs.push_back({v.get<std::string>(), ""});
    } else if (v.is_object()) {
      if (HasType(v, IsOrganisationType)) {
        ++art.organisation_authors;
        return;
      }
      std::string name = PersonName(v);
      if (!name.empty()) refs.push_back({name, "", HasType(v, IsPersonType)});
      else if (std::string id = IdOf(v); !id.empty()) refs.push_back({"", id});
    }
  };
  if (it->is_array())
    for (const auto& v : *it) add(v);
  else
    add(*it);
}

void ReadArticleObject(const json& a, int depth, Collector& c) {
  JsonLdArticle art;
  art.depth = depth;
  art.headline = JsonString(a, "headline");
  art.name = JsonString(a, "name");
  art.description = JsonString(a, "description");
  art.section = JsonString(a, "articleSection");
  art.language = JsonString(a, "inLanguage");
  art.date_published = JsonString(a, "datePublished");
  art.date_created = JsonString(a, "dateCreated");
  art.date_modified = JsonString(a, "dateModified");
  art.url = JsonString(a, "url");
  if (art.url.empty()) art.url = JsonString(a, "mainEntityOfPage", "@id");
  if (art.url.empty()) art.url = IdOf(a);
  art.image_url = JsonString(a, "image", "url");
  if (auto it = a.find("image"); it != a.end()) {
    const json* img = it->is_array() && !it->empty() ? &(*it)[0] : &*it;
    if (img->is_object()) {
      art.image_caption = JsonString(*img, "caption");
      if (art.image_caption.empty()) art.image_caption = JsonString(*img, "description");
    }
  }
  if (auto it = a.find("publisher"); it != a.end() && it->is_object() && c.facts.publisher.empty())
    c.facts.publisher = JsonString(*it, "name");
  std::vector<AuthorRef> refs;
  ReadAuthors(a, art, refs);
  if (auto it = a.find("keywords"); it != a.end()) {
    if (it->is_string()) art.keywords.push_back(it->get<std::string>());
    if (it->is_array())
      for (const auto& k : *it)
        if (k.is_string()) art.keywords.push_back(k.get<std::string>());
  }
  c.facts.articles.push_back(std::move(art));
  c.refs.push_back(std::move(refs));
}

void Walk(const json& doc, Collector& c) {
  std::vector<std::pair<const json*, int>> stack{{&doc, 0}};
  while (!stack.empty()) {
    auto [v, depth] = stack.back();
    stack.pop_back();
    if (depth > kMaxJsonWalkDepth) continue;
    if (v->is_array()) {
      for (auto it = v->rbegin(); it != v->rend(); ++it) stack.push_back({&*it, depth + 1});
      continue;
    }
    if (!v->is_object()) continue;
    if (HasType(*v, IsPersonType)) {
      std::string id = IdOf(*v), name = PersonName(*v);
      if (!id.empty() && !name.empty() && c.persons.size() < kMaxKnownPersons) c.persons.emplace(id, name);
      continue;
    }
    if (HasType(*v, IsArticleType)) {
      if (c.facts.articles.size() < kMaxArticles) ReadArticleObject(*v, depth, c);
    } else if (HasType(*v, IsOrganisationType)) {
      if (std::string id = IdOf(*v); !id.empty() && c.organisations.size() < kMaxKnownPersons)
        c.organisations.emplace(id, true);
      if (c.facts.publisher.empty() && depth <= 2) c.facts.publisher = JsonString(*v, "name");
      continue;
    } else if (HasType(*v, IsWebSiteType) && c.facts.website.empty()) {
      c.facts.website = JsonString(*v, "name");
    }
    for (const char* k : {"@graph", "mainEntity", "itemListElement", "hasPart", "item"}) {
      auto it = v->find(k);
      if (it != v->end() && (it->is_array() || it->is_object())) stack.push_back({&*it, depth + 1});
    }
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t' ||
                        s.back() == ';'))
    s.remove_suffix(1);
  return s;
}

std::string Comparable(std::string_view url) {
  if (auto p = url.find("://"); p != std::string_view::npos) url = url.substr(p + 3);
  if (url.starts_with("www.")) url = url.substr(4);
  url = url.substr(0, url.find('#'));
  while (url.ends_with('/')) url.remove_suffix(1);
  return std::string(url);
}

}  // namespace

std::string_view UnwrapScriptText(std::string_view text) {
  static constexpr std::array<std::string_view, 5> kOpen = {"//<![CDATA[", "/*<![CDATA[*/", "<![CDATA[",
                                                            "<!--", "//"};
  static constexpr std::array<std::string_view, 5> kClose = {"//]]>", "/*]]>*/", "]]>", "-->", "//"};
  std::string_view s = Trim(text);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view o : kOpen)
      if (s.starts_with(o)) {
        s = Trim(s.substr(o.size()));
        again = true;
      }
    for (std::string_view c : kClose)
      if (s.ends_with(c)) {
        s = Trim(s.substr(0, s.size() - c.size()));
        again = true;
      }
  }
  return s;
}

JsonLdFacts ReadJsonLd(const std::vector<std::string>& blocks) {
  Collector c;
  for (const std::string& raw : blocks) {
    std::string_view text = UnwrapScriptText(raw);
    if (text.size() > kMaxJsonLdBytes || JsonTooDeep(text)) continue;
    json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) continue;  // invalid JSON-LD is common; other sources remain
    Walk(doc, c);
  }
  // "author": {"@id": "..."} points at a Person elsewhere in the graph,
  // possibly in another block, so references resolve after every block.
  for (std::size_t i = 0; i < c.facts.articles.size(); ++i) {
    JsonLdArticle& art = c.facts.articles[i];
    art.authors_typed_person = !c.refs[i].empty();
    for (const AuthorRef& r : c.refs[i]) {
      if (!r.name.empty()) {
        art.authors.push_back(r.name);
        art.authors_typed_person &= r.typed_person;
      } else if (auto it = c.persons.find(r.id); it != c.persons.end()) {
        art.authors.push_back(it->second);  // reached through a Person node
      } else {
        art.authors_typed_person = false;
        if (c.organisations.count(r.id)) ++art.organisation_authors;
      }
    }
  }
  return std::move(c.facts);
}

const JsonLdArticle* MainJsonLdArticle(const JsonLdFacts& facts,
                                       const std::vector<std::string>& page_urls) {
  if (facts.articles.empty()) return nullptr;
  for (const std::string& page : page_urls) {
    if (page.empty()) continue;
    std::string want = Comparable(page);
    for (const JsonLdArticle& a : facts.articles)
      if (!a.url.empty() && Comparable(a.url) == want) return &a;
  }
  const JsonLdArticle* best = &facts.articles[0];
  for (const JsonLdArticle& a : facts.articles)
    if (a.depth < best->depth) best = &a;
  return best;
}

}  // namespace bs::extract
