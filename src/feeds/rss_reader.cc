// RSS 0.9x/2.0 and RSS 0.90/1.0 (RDF). The dialects differ mostly in where
// items sit (inside <channel> or beside it) and in namespaces, which
// NamespaceKey folds together, so one reader serves all of them.
#include "core/time.h"
#include "core/url.h"
#include "feeds/feed_text.h"
#include "feeds/readers.h"
#include "feeds/xml_tree.h"

namespace bs::feeds {
namespace {

// An element's value as HTML: unescaped markup is serialized, escaped or
// CDATA HTML is already text after parsing. Relative links are resolved.
std::string HtmlValue(const xmlNode* node, std::string_view document_url) {
  if (!node) return "";
  std::string html = HasElementChildren(node) ? InnerMarkup(node) : TextOf(node);
  return ResolveLinksInHtml(Trimmed(html), BaseUrl(node, document_url));
}

std::string Lowered(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// <itunes:category text="Technology"><itunes:category text="Gadgets"/>...
void ReadItunesCategory(const xmlNode* node, std::vector<std::string>& out) {
  AddUnique(out, CollapseWhitespace(Attr(node, "text")));
  for (const xmlNode* c : ChildElements(node))
    if (Is(c, "itunes", "category")) AddUnique(out, CollapseWhitespace(Attr(c, "text")));
}

std::string LinkFrom(const xmlNode* node, std::string_view value, std::string_view document_url) {
  return ResolveLink(BaseUrl(node, document_url), value);
}

// <atom:link rel="alternate" href="..."> used by some RSS feeds.
std::string AtomAlternate(const xmlNode* parent, std::string_view document_url) {
  for (const xmlNode* c : ChildElements(parent)) {
    if (!Is(c, "atom", "link")) continue;
    const std::string rel = Attr(c, "rel");
    if (rel.empty() || rel == "alternate") return LinkFrom(c, Attr(c, "href"), document_url);
  }
  return "";
}

void ReadImage(const xmlNode* c, FeedEntry& e, std::string_view url) {
  if (!e.image.empty()) return;
  const auto take = [&](const std::string& raw) {
    std::string link = LinkFrom(c, raw, url);
    if (!link.empty()) e.image = std::move(link);
  };
  if (Is(c, "", "enclosure")) {
    const std::string href = Attr(c, "url");
    if (IsImageType(Attr(c, "type")) || HasImageExtension(href)) take(href);
  } else if (Is(c, "media", "content")) {
    const std::string href = Attr(c, "url");
    if (Attr(c, "medium") == "image" || IsImageType(Attr(c, "type")) || HasImageExtension(href))
      take(href);
  } else if (Is(c, "media", "thumbnail")) {
    take(Attr(c, "url"));
  } else if (Is(c, "media", "group")) {
    for (const xmlNode* g : ChildElements(c)) ReadImage(g, e, url);
  } else if (Is(c, "itunes", "image")) {
    take(Attr(c, "href"));
  }
}

FeedEntry ReadItem(const xmlNode* item, std::string_view url) {
  FeedEntry e;
  std::string guid, guid_permalink_attr;
  const xmlNode* guid_node = nullptr;
  std::optional<Timestamp> pub_date, dc_date, issued, modified, atom_updated;
  std::string rss_title, dc_title;
  bool have_title = false;
  const xmlNode* description = nullptr;
  const xmlNode* encoded = nullptr;
  const xmlNode* xhtml_body = nullptr;
  const xmlNode* fallback_summary = nullptr;  // dc:description, itunes:summary
  std::string media_title;

  for (const xmlNode* c : ChildElements(item)) {
    const std::string ns = NamespaceKey(c);
    std::string name = LocalName(c);
    if (ns.empty()) {
      // Core RSS names are matched without regard to case ("TiTlE", "pubdate"),
      // as podcast clients do.
      name = Lowered(name);
      if (name == "title" && !have_title) {
        rss_title = TextOf(c);
        have_title = true;
      } else if (name == "link" && e.link.empty()) {
        e.link = LinkFrom(c, Trimmed(TextOf(c)), url);
      } else if (name == "guid" && !guid_node) {
        guid_node = c;
        guid = Trimmed(TextOf(c));
        guid_permalink_attr = Attr(c, "isPermaLink");
      } else if (name == "description" && !description) {
        description = c;
      } else if (name == "pubdate" && !pub_date) {
        pub_date = ParseDate(Trimmed(TextOf(c)));
      } else if (name == "author") {
        AddUnique(e.authors, CleanAuthor(TextOf(c)));
      } else if (name == "category") {
        AddUnique(e.categories, CollapseWhitespace(TextOf(c)));
      } else if ((name == "body" || name == "fullitem") && !xhtml_body) {
        xhtml_body = c;
      } else {
        ReadImage(c, e, url);
      }
    } else if (ns == "dc") {
      if (name == "title" && dc_title.empty()) dc_title = TextOf(c);
      else if (name == "date" && !dc_date) dc_date = ParseDate(Trimmed(TextOf(c)));
      else if (name == "creator" || name == "author") AddUnique(e.authors, CleanAuthor(TextOf(c)));
      else if (name == "subject") AddUnique(e.categories, CollapseWhitespace(TextOf(c)));
      else if (name == "identifier" && guid.empty() && !guid_node) guid = Trimmed(TextOf(c));
      else if (name == "description" && !fallback_summary) fallback_summary = c;
    } else if (ns == "dcterms") {
      if ((name == "issued" || name == "created") && !issued) issued = ParseDate(Trimmed(TextOf(c)));
      else if (name == "modified" && !modified) modified = ParseDate(Trimmed(TextOf(c)));
    } else if (ns == "content") {
      if (name == "encoded" && !encoded) encoded = c;
    } else if (ns == "xhtml") {
      if (name == "body" && !xhtml_body) xhtml_body = c;
    } else if (ns == "atom") {
      if (name == "updated" && !atom_updated) atom_updated = ParseDate(Trimmed(TextOf(c)));
      else if (name == "author") AddUnique(e.authors, CollapseWhitespace(TextOf(FirstChild(c, "atom", "name"))));
    } else if (ns == "itunes") {
      if (name == "author") AddUnique(e.authors, CleanAuthor(TextOf(c)));
      else if (name == "category") ReadItunesCategory(c, e.categories);
      else if (name == "summary" && !fallback_summary) fallback_summary = c;
      else ReadImage(c, e, url);
    } else if (ns == "media" && name == "category") {
      AddUnique(e.categories, CollapseWhitespace(TextOf(c)));
    } else if (ns == "media" && name == "title") {
      if (media_title.empty()) media_title = TextOf(c);
    } else {
      ReadImage(c, e, url);
    }
  }

  e.title = CleanTitle(have_title ? rss_title : !dc_title.empty() ? dc_title : media_title, false);
  if (e.link.empty()) e.link = AtomAlternate(item, url);
  // A guid is a permalink unless it says otherwise (RSS 2.0).
  if (e.link.empty() && !guid.empty() && guid_permalink_attr != "false") {
    std::string link = LinkFrom(guid_node ? guid_node : item, guid, url);
    if (IsHttpUrl(link)) e.link = std::move(link);
  }
  if (!guid.empty()) e.id = guid;
  else if (std::string about = Attr(item, "rdf:about"); !about.empty()) e.id = Trimmed(about);

  e.summary = HtmlValue(description ? description : fallback_summary, url);
  if (encoded) e.content = HtmlValue(encoded, url);
  else if (xhtml_body) e.content = HtmlValue(xhtml_body, url);

  e.published = pub_date ? pub_date : issued ? issued : dc_date;
  e.updated = modified ? modified : atom_updated;
  if (!e.updated && pub_date && dc_date && *dc_date != *pub_date) e.updated = dc_date;
  FinishEntry(e);
  return e;
}

}  // namespace

Feed ReadRss(const xmlNode* root, const FeedContext& context) {
  Feed feed;
  const std::string root_name = LocalName(root);
  feed.format = root_name == "rss" ? "rss" : "rdf";
  const std::string_view url = context.url;
  const xmlNode* channel = FirstChild(root, "", "channel");

  if (channel) {
    const xmlNode* title = nullptr;
    for (const xmlNode* c : ChildElements(channel))
      if (NamespaceKey(c).empty() && Lowered(LocalName(c)) == "title" && !title) title = c;
    if (!title) title = FirstChild(channel, "dc", "title");
    feed.title = CleanTitle(TextOf(title), false);
    if (const xmlNode* link = FirstChild(channel, "", "link")) feed.link = LinkFrom(link, Trimmed(TextOf(link)), url);
    if (feed.link.empty()) feed.link = AtomAlternate(channel, url);
  }
  // RSS 2.0 nests items in the channel; RSS 0.90/1.0 put them beside it.
  for (const xmlNode* parent : {channel, root}) {
    if (!parent) continue;
    for (const xmlNode* c : ChildElements(parent)) {
      if (feed.entries.size() >= kMaxEntries) break;
      if (Is(c, "", "item")) feed.entries.push_back(ReadItem(c, url));
    }
  }
  return feed;
}

}  // namespace bs::feeds
