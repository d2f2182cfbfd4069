// Atom 1.0 (RFC 4287) and the older Atom 0.3. Text constructs carry their own
// type (text, html, xhtml), and every link may sit under a different xml:base.
#include "core/time.h"
#include "feeds/feed_text.h"
#include "feeds/readers.h"
#include "feeds/xml_tree.h"

namespace bs::feeds {
namespace {

enum class TextType { kText, kHtml, kXhtml };

struct TypeInfo {
  TextType type = TextType::kText;
  bool base64 = false;    // payload is base64 (Atom 0.3 mode, or a binary MIME type)
  bool strip_div = false; // Atom 1.0 xhtml: the wrapping <div> is not content
};

std::string Lowered(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Atom 1.0 "type" ("text", "html", "xhtml") or a MIME type (Atom 0.3 and
// careless 1.0 feeds); Atom 0.3 "mode" says how the payload is carried.
TypeInfo TypeOf(const xmlNode* node) {
  const std::string type = Lowered(Attr(node, "type"));
  const std::string mode = Lowered(Attr(node, "mode"));
  TypeInfo info;
  if (type == "xhtml") {
    info.type = TextType::kXhtml;
    info.strip_div = true;
  } else if (type == "application/xhtml+xml" ||
             (mode == "xml" && type != "text" && type != "text/plain")) {
    info.type = TextType::kXhtml;
  } else if (type == "html" || type == "text/html") {
    info.type = TextType::kHtml;
  }
  // RFC 4287 3.1.1.3: other MIME types that are neither text nor XML are base64.
  const bool binary_type = type.find('/') != std::string::npos && type.rfind("text/", 0) != 0 &&
                           type.find("xml") == std::string::npos;
  info.base64 = mode == "base64" || binary_type;
  if (binary_type && info.type == TextType::kText) info.type = TextType::kHtml;
  return info;
}

const xmlNode* XhtmlContainer(const xmlNode* node, const TypeInfo& info) {
  if (!info.strip_div) return node;
  const xmlNode* div = FirstChild(node, "xhtml", "div");
  return div ? div : node;
}

std::string DecodeBase64(std::string_view in) {
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : in) {
    int v;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '+' || c == '-') v = 62;
    else if (c == '/' || c == '_') v = 63;
    else continue;  // whitespace, padding
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return out;
}

// The raw payload of a text construct: serialized markup for xhtml, text
// otherwise, base64 decoded when so marked.
std::string Payload(const xmlNode* node, const TypeInfo& info) {
  if (info.type == TextType::kXhtml) return InnerMarkup(XhtmlContainer(node, info));
  if (info.base64) return DecodeBase64(TextOf(node));
  if (!HasElementChildren(node)) return TextOf(node);
  // Escaped HTML wrapped in an xhtml <div> (a blogging tool's habit): the div
  // is packaging, its text is the HTML.
  const auto children = ChildElements(node);
  if (info.type == TextType::kHtml && children.size() == 1 && Is(children[0], "xhtml", "div") &&
      !HasElementChildren(children[0]))
    return TextOf(children[0]);
  return InnerMarkup(node);  // markup written unescaped
}

// Title as plain text.
std::string ReadTitle(const xmlNode* node) {
  if (!node) return "";
  const TypeInfo info = TypeOf(node);
  const std::string payload = Payload(node, info);
  if (info.type != TextType::kText || HasElementChildren(node)) return HtmlToPlainText(payload);
  return CollapseWhitespace(payload);
}

// Summary or content as given: HTML for html/xhtml, text for text.
std::string ReadBody(const xmlNode* node, std::string_view url) {
  if (!node) return "";
  const TypeInfo info = TypeOf(node);
  std::string payload = Trimmed(Payload(node, info));
  if (info.type == TextType::kText && !HasElementChildren(node)) return payload;
  return ResolveLinksInHtml(payload, BaseUrl(node, url));
}

struct LinkChoice {
  std::string href;
  int score = -1;
};

// Picks the alternate link, preferring an HTML page; records an image
// enclosure when one is offered.
std::string ReadLinks(const xmlNode* parent, std::string_view core, std::string_view url,
                      std::string* image) {
  LinkChoice best;
  for (const xmlNode* c : ChildElements(parent)) {
    if (!Is(c, core, "link") && !(core.empty() ? false : Is(c, "", "link"))) continue;
    std::string rel = Attr(c, "rel");
    if (rel.empty()) rel = "alternate";
    const std::string type = Attr(c, "type");
    std::string raw = Attr(c, "href");
    if (raw.empty()) raw = Trimmed(TextOf(c));  // a URL written as content, not href
    std::string href = ResolveLink(BaseUrl(c, url), raw);
    if (href.empty()) continue;
    if (rel == "alternate" || rel == "http://www.iana.org/assignments/relation/alternate") {
      const int score = (type.empty() || type == "text/html") ? 2 : (type == "application/xhtml+xml" ? 1 : 0);
      if (score > best.score) best = {std::move(href), score};
    } else if (rel == "enclosure" && image && image->empty() &&
               (IsImageType(type) || HasImageExtension(href))) {
      *image = std::move(href);
    }
  }
  return best.href;
}

void ReadMediaImage(const xmlNode* c, std::string_view url, std::string& image) {
  if (!image.empty()) return;
  if (Is(c, "media", "thumbnail")) {
    image = ResolveLink(BaseUrl(c, url), Attr(c, "url"));
  } else if (Is(c, "media", "content")) {
    const std::string href = Attr(c, "url");
    if (Attr(c, "medium") == "image" || IsImageType(Attr(c, "type")) || HasImageExtension(href))
      image = ResolveLink(BaseUrl(c, url), href);
  } else if (Is(c, "media", "group")) {
    for (const xmlNode* g : ChildElements(c)) ReadMediaImage(g, url, image);
  }
}

FeedEntry ReadEntry(const xmlNode* entry, std::string_view core, std::string_view url) {
  FeedEntry e;
  std::optional<Timestamp> published, issued, created, updated, modified, dc_date;
  const xmlNode* summary = nullptr;
  const xmlNode* content = nullptr;
  for (const xmlNode* c : ChildElements(entry)) {
    const std::string ns = NamespaceKey(c);
    const std::string name = LocalName(c);
    if (ns == core) {
      if (name == "title" && e.title.empty()) e.title = ReadTitle(c);
      else if (name == "id" && e.id.empty()) e.id = Trimmed(TextOf(c));
      else if (name == "published" && !published) published = ParseDate(Trimmed(TextOf(c)));
      else if (name == "issued" && !issued) issued = ParseDate(Trimmed(TextOf(c)));
      else if (name == "created" && !created) created = ParseDate(Trimmed(TextOf(c)));
      // A repeated <updated> replaces the earlier one.
      else if (name == "updated") {
        if (auto t = ParseDate(Trimmed(TextOf(c)))) updated = t;
      }
      else if (name == "modified" && !modified) modified = ParseDate(Trimmed(TextOf(c)));
      else if (name == "summary" && !summary) summary = c;
      // Content by reference (src=) carries no text of its own.
      else if (name == "content" && !content && Attr(c, "src").empty()) content = c;
      else if (name == "author") {
        std::string author = CollapseWhitespace(TextOf(FirstChild(c, core, "name")));
        if (author.empty()) author = CollapseWhitespace(TextOf(FirstChild(c, core, "email")));
        AddUnique(e.authors, std::move(author));
      } else if (name == "category") {
        std::string term = CollapseWhitespace(Attr(c, "term"));
        if (term.empty()) term = CollapseWhitespace(Attr(c, "label"));
        if (term.empty()) term = CollapseWhitespace(TextOf(c));
        AddUnique(e.categories, std::move(term));
      }
    } else if (ns == "dc") {
      if (name == "subject") AddUnique(e.categories, CollapseWhitespace(TextOf(c)));
      else if (name == "creator") AddUnique(e.authors, CleanAuthor(TextOf(c)));
      else if (name == "date" && !dc_date) dc_date = ParseDate(Trimmed(TextOf(c)));
    } else if (ns == "media") {
      ReadMediaImage(c, url, e.image);
    }
  }
  std::string enclosure_image;
  e.link = ReadLinks(entry, core, url, &enclosure_image);
  if (e.image.empty()) e.image = std::move(enclosure_image);
  e.published = published ? published : issued ? issued : created ? created : dc_date;
  e.updated = updated ? updated : modified;
  e.summary = ReadBody(summary, url);
  e.content = ReadBody(content, url);
  FinishEntry(e);
  return e;
}

}  // namespace

Feed ReadAtom(const xmlNode* root, const FeedContext& context) {
  Feed feed;
  feed.format = "atom";
  // Elements share the root's namespace: Atom 1.0, Atom 0.3, or none at all
  // in careless feeds.
  const std::string core = NamespaceKey(root);
  feed.title = ReadTitle(FirstChild(root, core, "title"));
  feed.link = ReadLinks(root, core, context.url, nullptr);
  for (const xmlNode* c : ChildElements(root)) {
    if (feed.entries.size() >= kMaxEntries) break;
    if (Is(c, core, "entry")) feed.entries.push_back(ReadEntry(c, core, context.url));
  }
  return feed;
}

}  // namespace bs::feeds
