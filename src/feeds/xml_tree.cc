#include "feeds/xml_tree.h"

#include <libxml/entities.h>
#include <libxml/parser.h>

#include <array>
#include <climits>
#include <mutex>

#include "core/url.h"

namespace bs::feeds {
namespace {

// Internal entities nest legitimately one or two levels; deeper chains are
// the shape of an expansion attack.
constexpr int kMaxEntityExpansionDepth = 4;
// No single feed field needs more than this; it also caps what entity
// expansion can produce.
constexpr std::size_t kMaxTextBytes = 4 * 1024 * 1024;
// Serialization recursion bound; libxml2 already refuses documents nested
// deeper than 256 without XML_PARSE_HUGE.
constexpr int kMaxMarkupDepth = 256;

struct ParserCtxtDeleter {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

std::string_view View(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

struct NsMapping {
  std::string_view uri;
  std::string_view key;
};

constexpr std::array<NsMapping, 17> kNamespaces = {{
    {"http://purl.org/rss/1.0/", ""},
    {"http://my.netscape.com/rdf/simple/0.9/", ""},
    {"http://backend.userland.com/rss2", ""},
    {"http://backend.userland.com/rss", ""},
    {"http://www.w3.org/2005/atom", "atom"},
    {"http://purl.org/atom/ns#", "atom03"},
    {"http://purl.org/dc/elements/1.1/", "dc"},
    {"http://purl.org/dc/elements/1.0/", "dc"},
    {"http://purl.org/dc/terms/", "dcterms"},
    {"http://purl.org/rss/1.0/modules/content/", "content"},
    {"http://search.yahoo.com/mrss/", "media"},
    {"http://search.yahoo.com/mrss", "media"},
    {"http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"},
    {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"},
    {"http://www.w3.org/1999/xhtml", "xhtml"},
    {"http://rssnamespace.org/feedburner/ext/1.0", "feedburner"},
    {"http://purl.org/rss/1.0/modules/slash/", "slash"},
}};

constexpr std::array<std::string_view, 9> kKnownPrefixes = {
    "dc", "dcterms", "content", "media", "itunes", "atom", "rdf", "xhtml", "feedburner"};

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

struct TextBudget {
  std::size_t remaining = kMaxTextBytes;
  int entity_depth = 0;
};

void Append(std::string& out, std::string_view s, TextBudget& budget) {
  const std::size_t n = std::min(s.size(), budget.remaining);
  out.append(s.substr(0, n));
  budget.remaining -= n;
}

void AppendEscaped(std::string& out, std::string_view s, TextBudget& budget, bool attribute) {
  for (char c : s) {
    if (budget.remaining == 0) return;
    switch (c) {
      case '&': Append(out, "&amp;", budget); break;
      case '<': Append(out, "&lt;", budget); break;
      case '>': Append(out, "&gt;", budget); break;
      case '"':
        if (attribute) {
          Append(out, "&quot;", budget);
          break;
        }
        [[fallthrough]];
      default:
        out.push_back(c);
        --budget.remaining;
    }
  }
}

void CollectText(const xmlNode* first, std::string& out, TextBudget& budget, int depth);

// Expands a reference to an internal entity from its parsed children (built
// once by libxml2), never from a DTD on disk or the network.
void CollectEntity(const xmlNode* ref, std::string& out, TextBudget& budget, int depth) {
  const xmlEntity* ent = xmlGetDocEntity(ref->doc, ref->name);
  if (!ent) return;
  if (ent->etype != XML_INTERNAL_GENERAL_ENTITY && ent->etype != XML_INTERNAL_PREDEFINED_ENTITY)
    return;  // external entities are never read
  if (budget.entity_depth >= kMaxEntityExpansionDepth) return;
  ++budget.entity_depth;
  if (ent->children) {
    CollectText(ent->children, out, budget, depth + 1);
  } else {
    std::string_view content = View(ent->content);
    if (content.find_first_of("&<") == std::string_view::npos) Append(out, content, budget);
  }
  --budget.entity_depth;
}

void CollectText(const xmlNode* first, std::string& out, TextBudget& budget, int depth) {
  if (depth > kMaxMarkupDepth) return;
  for (const xmlNode* n = first; n && budget.remaining > 0; n = n->next) {
    switch (n->type) {
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
        Append(out, View(n->content), budget);
        break;
      case XML_ELEMENT_NODE:
        CollectText(n->children, out, budget, depth + 1);
        break;
      case XML_ENTITY_REF_NODE:
        CollectEntity(n, out, budget, depth);
        break;
      default:
        break;
    }
  }
}

bool IsVoidElement(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kVoid = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr"};
  for (auto v : kVoid)
    if (name == v) return true;
  return false;
}

void Serialize(const xmlNode* first, std::string& out, TextBudget& budget, int depth) {
  if (depth > kMaxMarkupDepth) return;
  for (const xmlNode* n = first; n && budget.remaining > 0; n = n->next) {
    switch (n->type) {
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
        AppendEscaped(out, View(n->content), budget, false);
        break;
      case XML_ENTITY_REF_NODE: {
        std::string expanded;
        TextBudget inner;
        inner.remaining = budget.remaining;
        CollectEntity(n, expanded, inner, depth);
        AppendEscaped(out, expanded, budget, false);
        break;
      }
      case XML_ELEMENT_NODE: {
        const std::string name = LocalName(n);
        Append(out, "<", budget);
        Append(out, name, budget);
        for (const xmlAttr* a = n->properties; a; a = a->next) {
          std::string value;
          TextBudget inner;
          inner.remaining = budget.remaining;
          CollectText(a->children, value, inner, depth + 1);
          Append(out, " ", budget);
          Append(out, View(a->name), budget);
          Append(out, "=\"", budget);
          AppendEscaped(out, value, budget, true);
          Append(out, "\"", budget);
        }
        if (!n->children && IsVoidElement(name)) {
          Append(out, " />", budget);
          break;
        }
        Append(out, ">", budget);
        Serialize(n->children, out, budget, depth + 1);
        Append(out, "</", budget);
        Append(out, name, budget);
        Append(out, ">", budget);
        break;
      }
      default:
        break;  // comments and processing instructions are not content
    }
  }
}

}  // namespace

Result<ParsedXml> ParseXml(std::string_view utf8) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  if (utf8.size() > static_cast<std::size_t>(INT_MAX)) return Status::LimitExceeded("XML too large");
  std::unique_ptr<xmlParserCtxt, ParserCtxtDeleter> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Status::Internal("libxml2: cannot allocate a parser context");
  // See the header for why NOENT, DTDLOAD, DTDVALID and HUGE are absent.
  const int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                      XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  ParsedXml out;
  out.doc.reset(xmlCtxtReadMemory(ctxt.get(), utf8.data(), static_cast<int>(utf8.size()), nullptr,
                                  "UTF-8", options));
  if (!out.doc || !xmlDocGetRootElement(out.doc.get())) {
    const char* msg = ctxt->lastError.message;
    std::string why = msg ? msg : "no root element";
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    return Status::ParseError("XML: " + why);
  }
  out.recovered = ctxt->wellFormed == 0;
  return out;
}

std::string LocalName(const xmlNode* node) {
  std::string_view name = View(node->name);
  if (!node->ns) {
    const std::size_t colon = name.find(':');
    if (colon != std::string_view::npos) name.remove_prefix(colon + 1);
  }
  return std::string(name);
}

std::string NamespaceKey(const xmlNode* node) {
  if (node->ns && node->ns->href) {
    const std::string uri = LowerAscii(View(node->ns->href));
    for (const auto& m : kNamespaces)
      if (uri == m.uri) return std::string(m.key);
    return std::string(View(node->ns->href));
  }
  std::string_view name = View(node->name);
  const std::size_t colon = name.find(':');
  if (colon == std::string_view::npos) return "";
  const std::string prefix = LowerAscii(name.substr(0, colon));
  for (auto p : kKnownPrefixes)
    if (prefix == p) return prefix;
  return prefix + ":";  // an unknown, undeclared prefix: never matches a known key
}

bool Is(const xmlNode* node, std::string_view ns_key, std::string_view local) {
  return node && node->type == XML_ELEMENT_NODE && LocalName(node) == local &&
         NamespaceKey(node) == ns_key;
}

std::vector<const xmlNode*> ChildElements(const xmlNode* node) {
  std::vector<const xmlNode*> out;
  if (!node) return out;
  for (const xmlNode* c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) out.push_back(c);
  return out;
}

const xmlNode* FirstChild(const xmlNode* node, std::string_view ns_key, std::string_view local) {
  if (!node) return nullptr;
  for (const xmlNode* c = node->children; c; c = c->next)
    if (Is(c, ns_key, local)) return c;
  return nullptr;
}

std::string Attr(const xmlNode* node, const char* name) {
  if (!node || node->type != XML_ELEMENT_NODE) return "";
  std::string_view want(name), prefix;
  if (const std::size_t colon = want.find(':'); colon != std::string_view::npos) {
    prefix = want.substr(0, colon);
    want.remove_prefix(colon + 1);
  }
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    if (View(a->name) != want) continue;
    if (prefix.empty()) {
      if (a->ns) continue;
    } else if (prefix == "xml") {
      if (!a->ns || View(a->ns->href) != View(XML_XML_NAMESPACE)) continue;
    } else if (!a->ns || View(a->ns->prefix) != prefix) {
      continue;
    }
    std::string out;
    TextBudget budget;
    CollectText(a->children, out, budget, 0);
    return out;
  }
  return "";
}

std::string TextOf(const xmlNode* node) {
  if (!node) return "";
  std::string out;
  TextBudget budget;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    Append(out, View(node->content), budget);
    return out;
  }
  CollectText(node->children, out, budget, 0);
  return out;
}

std::string InnerMarkup(const xmlNode* node) {
  if (!node) return "";
  std::string out;
  TextBudget budget;
  Serialize(node->children, out, budget, 0);
  return out;
}

bool HasElementChildren(const xmlNode* node) {
  if (!node) return false;
  for (const xmlNode* c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE) return true;
  return false;
}

std::string BaseUrl(const xmlNode* node, std::string_view document_url) {
  std::vector<const xmlNode*> chain;
  for (const xmlNode* n = node; n && n->type == XML_ELEMENT_NODE; n = n->parent) chain.push_back(n);
  std::string base(document_url);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const std::string xb = Attr(*it, "xml:base");
    if (xb.empty()) continue;
    if (auto resolved = ResolveUrl(base, xb)) base = *resolved;
    else if (IsHttpUrl(xb)) base = xb;
  }
  return base;
}

}  // namespace bs::feeds
