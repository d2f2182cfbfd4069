// Atom 1.0 (RFC 4287) and the older Atom 0.3. Text constructs carry their own
// type (text, html, xhtml), and every link may sit under a different xml:base.
#include "core/time.h"
#include "feeds/feed_text.h"
#include "feeds/readers.h"
#include "feeds/xml_tree.h"

namespace bs::feeds {
namespace {

constexpr std::size_t kMaxEntries = 10000;  // as for RSS: more is a dump

std::string Trimmed(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  const std::size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

enum class TextType { kText, kHtml, kXhtml };

// Atom 1.0 "type" ("text", "html", "xhtml") or a MIME type (Atom 0.3 and
// careless 1.0 feeds); Atom 0.3 "mode" says how the payload is carried.
TextType TypeOf(const xmlNode* node) {
  std::string type = Attr(node, "type");
  for (char& c : type)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  const std::string mode = Attr(node, "mode");
  if (type == "xhtml" || type == "application/xhtml+xml") return TextType::kXhtml;
  if (mode == "xml" && type != "text" && type != "text/plain") return TextType::kXhtml;
  if (type == "html" || type == "text/html") return TextType::kHtml;
  return TextType::kText;
}

// The xhtml payload lives in one <div> that is not part of the content.
const xmlNode* XhtmlContainer(const xmlNode* node) {
  const xmlNode* div = FirstChild(node, "xhtml", "div");
  return div ? div : node;
}

// Title as plain text.
std::string ReadTitle(const xmlNode* node) {
  if (!node) return "";
  switch (TypeOf(node)) {
    case TextType::kXhtml:
      return HtmlToPlainText(InnerMarkup(XhtmlContainer(node)));
    case TextType::kHtml:
      return CleanTitle(HasElementChildren(node) ? InnerMarkup(node) : TextOf(node), true);
    case TextType::kText:
      break;
  }
  return CollapseWhitespace(TextOf(node));
}

// Summary or content as given: HTML for html/xhtml, text for text.
std::string ReadBody(const xmlNode* node, std::string_view url) {
  if (!node) return "";
  const std::string base = BaseUrl(node, url);
  switch (TypeOf(node)) {
    case TextType::kXhtml:
      return ResolveLinksInHtml(Trimmed(InnerMarkup(XhtmlContainer(node))), base);
    case TextType::kHtml:
      return ResolveLinksInHtml(Trimmed(HasElementChildren(node) ? InnerMarkup(node) : TextOf(node)),
                                base);
    case TextType::kText:
      break;
  }
  return Trimmed(TextOf(node));
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
    const std::string raw = Attr(c, "href");
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
      else if (name == "updated" && !updated) updated = ParseDate(Trimmed(TextOf(c)));
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
