// libxml2 documents for feeds: safe parsing and the read-only helpers the
// RSS and Atom readers share. A parsed tree is owned by its XmlDocPtr; node
// pointers borrowed from it are valid while that owner lives. Parsing is
// thread-safe (each call has its own parser context).
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace bs::feeds {

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

struct ParsedXml {
  XmlDocPtr doc;
  bool recovered = false;  // libxml2 reported errors and recovered
};

// Parses UTF-8 text (as produced by DecodeXml) in recover mode with network
// access off. Entities: XML_PARSE_NOENT, XML_PARSE_DTDLOAD and
// XML_PARSE_DTDVALID are never set, so external entities (XXE, e.g.
// SYSTEM "file:///etc/passwd") are never loaded and references stay
// unexpanded in the tree; XML_PARSE_HUGE is never set, so libxml2 keeps its
// entity-amplification check (billion laughs) and its nesting limit of 256.
// Fails with kParseError when there is no root element.
Result<ParsedXml> ParseXml(std::string_view utf8);

// Canonical short name of a node's namespace: "" for none and for the RSS
// 0.90/1.0 and Userland namespaces, else "atom", "atom03", "dc", "dcterms",
// "content", "media", "itunes", "rdf", "xhtml", "feedburner", or the URI
// itself. Elements written with an undeclared well-known prefix ("dc:date"
// without xmlns:dc) are recognised by that prefix.
std::string NamespaceKey(const xmlNode* node);
std::string LocalName(const xmlNode* node);

// True for an element with that namespace key and local name.
bool Is(const xmlNode* node, std::string_view ns_key, std::string_view local);

std::vector<const xmlNode*> ChildElements(const xmlNode* node);
const xmlNode* FirstChild(const xmlNode* node, std::string_view ns_key, std::string_view local);

// Attribute value, "" if absent. A bare name matches only an attribute
// without namespace; "xml:base" matches the XML namespace; any other
// "prefix:name" matches by the prefix as written ("rdf:about").
std::string Attr(const xmlNode* node, const char* name);

// Character data of the node and its descendants, CDATA included. Entity
// references to internal entities are expanded at most kMaxEntityExpansionDepth
// deep, and the result is capped at kMaxTextBytes.
std::string TextOf(const xmlNode* node);

// Children serialized as markup (for HTML carried as XML): namespace prefixes
// and declarations dropped, text escaped, nesting capped.
std::string InnerMarkup(const xmlNode* node);

// True when the node has element children (HTML written unescaped).
bool HasElementChildren(const xmlNode* node);

// The base URL in effect at `node`: `document_url` refined by every xml:base
// from the root down (RFC 3986 resolution at each step).
std::string BaseUrl(const xmlNode* node, std::string_view document_url);

}  // namespace bs::feeds
