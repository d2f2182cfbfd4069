#include "extract/metadata.h"

#include <algorithm>
#include <array>

#include "extract/byline.h"
#include "extract/language_tag.h"
#include "extract/metadata_jsonld.h"
#include "extract/metadata_title.h"
#include "extract/render.h"
#include "extract/url_util.h"

namespace bs::extract {
namespace {

// Pages with more JSON-LD than this carry catalogues, not page metadata.
constexpr std::size_t kMaxJsonLdBytes = 1u << 20;
// Visible-text candidates longer than these are not what we look for.
constexpr std::uint32_t kMaxBylineChars = 300;
constexpr std::uint32_t kMinStandfirstChars = 30;
constexpr std::uint32_t kMaxStandfirstChars = 800;
constexpr std::size_t kMaxBioBytes = 1500;
constexpr std::uint32_t kMinBioChars = 80;
constexpr std::size_t kMaxTags = 30;
constexpr std::uint32_t kMaxSectionChars = 60;
constexpr std::size_t kMaxHeadings = 8;
constexpr std::size_t kMaxBylines = 4;
constexpr std::size_t kMaxBylineParts = 12;
// How far around an image we look for its caption.
constexpr int kCaptionAncestorLevels = 3;
constexpr int kMaxCaptionSearchNodes = 80;

// Text of a subtree including invisible parts (for <title>, <script>).
std::string RawText(const Dom& dom, int i) {
  std::string out;
  for (int j = i; j < dom[i].end; ++j)
    if (dom[j].tag == Tag::kText && dom[j].x->content != nullptr)
      out += reinterpret_cast<const char*>(dom[j].x->content);
  return out;
}

struct Meta {
  std::string key;  // lowercase property / name / itemprop / http-equiv
  std::string value;
  bool property = false;  // from a property attribute (RDFa)
};

// Dublin Core is written "DC.creator", "dc:creator" and "dcterms:creator";
// one spelling is kept so lookups need not list them all.
std::string CanonicalMetaKey(std::string_view key) {
  std::string k = AsciiLower(key);
  for (std::string_view prefix : {"dc:", "dcterm:", "dcterms:", "dcterm."}) {
    if (k.starts_with(prefix)) {
      k = (prefix.starts_with("dcterm") ? "dcterms." : "dc.") + k.substr(prefix.size());
      break;
    }
  }
  return k;
}

class Metas {
 public:
  // `keys` may list several space-separated names ("og:title twitter:title").
  void Add(std::string_view keys, std::string value, bool property) {
    value = CollapsedText(value);
    if (value.empty()) return;
    std::size_t start = 0;
    while (start < keys.size()) {
      std::size_t end = keys.find_first_of(" \t\n", start);
      if (end == std::string_view::npos) end = keys.size();
      if (end > start) items_.push_back({CanonicalMetaKey(keys.substr(start, end - start)), value, property});
      start = end + 1;
    }
  }
  // The first value of the first key present. A property= value beats a
  // name= one for the same key: property is the attribute OpenGraph and
  // RDFa define, name= duplicates are often stale template leftovers.
  std::string Get(std::initializer_list<const char*> keys) const {
    for (const char* k : keys) {
      const Meta* best = nullptr;
      for (const auto& m : items_)
        if (m.key == k && (best == nullptr || (m.property && !best->property))) best = &m;
      if (best != nullptr) return best->value;
    }
    return "";
  }
  std::vector<std::string> All(const char* key) const {
    std::vector<std::string> out;
    for (bool property : {true, false})
      for (const auto& m : items_)
        if (m.key == key && m.property == property) out.push_back(m.value);
    return out;
  }

 private:
  std::vector<Meta> items_;
};

std::optional<Timestamp> FirstDate(std::initializer_list<std::string> candidates) {
  for (const auto& c : candidates) {
    if (c.empty()) continue;
    if (auto t = ParseDate(TrimSpace(c))) return t;
  }
  return std::nullopt;
}

void AddTags(std::vector<std::string>& tags, std::string_view raw) {
  std::size_t start = 0;
  while (start <= raw.size() && tags.size() < kMaxTags) {
    std::size_t p = raw.find(',', start);
    if (p == std::string_view::npos) p = raw.size();
    std::string t = CollapsedText(raw.substr(start, p - start));
    if (!t.empty() && t.size() < 100 &&
        std::none_of(tags.begin(), tags.end(), [&](const std::string& x) { return AsciiLower(x) == AsciiLower(t); }))
      tags.push_back(t);
    start = p + 1;
  }
}

// Index of the caption element for the image at `img`: a figcaption or
// caption-hinted element near it, or -1.
int FindCaption(const Dom& dom, int img) {
  int anc = dom[img].parent;
  for (int level = 0; anc >= 0 && level < kCaptionAncestorLevels; ++level, anc = dom[anc].parent) {
    int end = std::min(dom[anc].end, anc + kMaxCaptionSearchNodes);
    for (int j = anc + 1; j < end; ++j) {
      const DomNode& n = dom[j];
      if (n.tag == Tag::kText || n.skipped || n.chars == 0) continue;
      if (n.tag == Tag::kFigcaption || (n.hints & kHintCaption)) return j;
    }
    if (dom[anc].tag == Tag::kFigure) break;  // a figure without a caption has none
  }
  return -1;
}

int FindImageNode(const Dom& dom, std::string_view url, std::string_view base) {
  if (url.empty()) return -1;
  std::string_view name = url.substr(url.rfind('/') + 1);
  name = name.substr(0, name.find('?'));
  int by_name = -1;
  for (int i = 0; i < dom.size(); ++i) {
    if (dom[i].tag != Tag::kImg || dom[i].skipped) continue;
    std::string src = ImageSource(dom[i].x, base);
    if (src == url) return i;
    if (by_name < 0 && !name.empty() && src.find(name) != std::string::npos) by_name = i;
  }
  return by_name;
}

// Whether the space-separated `list` contains `token`.
bool HasToken(std::string_view list, std::string_view token) {
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = list.find(' ', start);
    if (end == std::string_view::npos) end = list.size();
    if (list.substr(start, end - start) == token) return true;
    start = end + 1;
  }
  return false;
}

// Subtrees whose bylines, dates and author links belong to other stories or
// to readers: related lists, rails, comments, footers, navigation, promos.
constexpr std::uint32_t kElsewhereHints =
    kHintRelated | kHintSidebar | kHintComment | kHintFooter | kHintNav | kHintPromo | kHintAd;
constexpr int kMaxAncestorWalk = 64;

// An ancestor holding half the page's text is the page's frame, whatever its
// class says ("<html class='... banner-enabled'>").
bool Elsewhere(const Dom& dom, int i) {
  const std::uint32_t frame_chars = dom[0].chars / 2;
  int steps = 0;
  for (int a = dom[i].parent; a >= 0 && steps < kMaxAncestorWalk; a = dom[a].parent, ++steps) {
    if (dom[a].chars >= frame_chars || dom[a].tag == Tag::kBody || dom[a].tag == Tag::kHtml) break;
    if ((dom[a].hints & kElsewhereHints) || dom[a].tag == Tag::kAside || dom[a].tag == Tag::kNav)
      return true;
  }
  return false;
}

// "authority-control" and the like share the letters of "author" but
// list catalogue identifiers, not writers.
bool NamedAuthority(const xmlNode* x) {
  std::string names = AsciiLower(Attr(x, "class") + " " + Attr(x, "id"));
  return names.find("authority") != std::string::npos && names.find("byline") == std::string::npos;
}

// Whether element `x` inside a byline holds a name: an author link
// (rel=author, or a profile-like address) or an element whose class or
// itemprop says name/author.
bool NamesAuthor(const xmlNode* x, Tag tag) {
  std::string marks = AsciiLower(Attr(x, "class") + " " + Attr(x, "itemprop"));
  if ((marks.find("name") != std::string::npos || marks.find("author") != std::string::npos) &&
      marks.find("authority") == std::string::npos)
    return true;
  if (tag != Tag::kA) return false;
  if (AsciiLower(Attr(x, "rel")).find("author") != std::string::npos) return true;
  std::string href = AsciiLower(Attr(x, "href"));
  for (std::string_view path : {"author", "/people/", "/person/", "writer", "/staff/", "profile",
                                "journalist", "reporter", "contributor", "/by/", "/bio/", "/team/"})
    if (href.find(path) != std::string::npos) return true;
  return false;
}

// Name-holding parts of a byline: "By <a href=/author/x>A Name</a>
// <span>22 May</span>" reads as "By A Name22 May" as a whole, but its author
// link is clean. Only marked parts count, so a login bar's "Sign In" link in
// an "author"-classed header yields nothing.
std::vector<std::string> BylineParts(const Dom& dom, int i) {
  std::vector<std::string> parts;
  for (int j = i + 1; j < dom[i].end && parts.size() < kMaxBylineParts; ++j) {
    const DomNode& n = dom[j];
    if (n.tag == Tag::kText || n.skipped || n.chars == 0 || !NamesAuthor(n.x, n.tag)) continue;
    parts.push_back(dom.Text(j, 400));
    j = n.end - 1;
  }
  return parts;
}

// Headings as titles: trailing permalink marks ("Heading¶", "Heading #")
// dropped.
std::string HeadingText(const Dom& dom, int i) {
  std::string t = dom.Text(i, 1000);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view mark : {"¶", "#", "§", "🔗"}) {
      if (t.size() > mark.size() && t.ends_with(mark)) {
        t = std::string(TrimSpace(std::string_view(t).substr(0, t.size() - mark.size())));
        again = true;
      }
    }
  }
  return t;
}

std::string HostOf(std::string_view url) {
  std::size_t p = url.find("://");
  if (p == std::string_view::npos) return "";
  url = url.substr(p + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (std::size_t at = url.rfind('@'); at != std::string_view::npos) url = url.substr(at + 1);
  return std::string(url.substr(0, url.find(':')));
}

}  // namespace

std::pair<std::string, std::string> SplitCredit(std::string_view raw) {
  std::string caption = CollapsedText(raw);
  std::string lower = AsciiLower(caption);
  static constexpr std::array<std::string_view, 10> kLabels = {
      "photograph:", "photographs:", "photos:", "photo:", "credit:", "image:", "picture:",
      "pic:", "foto:", "photo by ",
  };
  std::size_t best = std::string::npos, label_len = 0;
  for (std::string_view l : kLabels) {
    std::size_t p = lower.rfind(l);
    if (p != std::string::npos && (best == std::string::npos || p < best)) {
      best = p;
      label_len = l.size();
    }
  }
  auto trim_tail = [](std::string s) {
    while (!s.empty()) {
      std::string_view t = TrimSpace(s);
      s = std::string(t);
      if (s.ends_with("—") || s.ends_with("–")) s.resize(s.size() - 3);
      else if (!s.empty() && (s.back() == '-' || s.back() == '(' || s.back() == '|' || s.back() == '/'))
        s.pop_back();
      else break;
    }
    return s;
  };
  if (best != std::string::npos) {
    std::string credit = CollapsedText(std::string_view(caption).substr(best + label_len));
    while (!credit.empty() && (credit.back() == ')' || credit.back() == '.')) credit.pop_back();
    return {trim_tail(caption.substr(0, best)), credit};
  }
  // Agency credits: "REUTERS/Name", "AFP/Name", "AP Photo/Name".
  for (std::string_view agency : {"REUTERS/", "AFP/", "AP Photo/", "EPA/", "Getty Images"}) {
    std::size_t p = caption.find(agency);
    if (p != std::string::npos) return {trim_tail(caption.substr(0, p)), CollapsedText(caption.substr(p))};
  }
  // A trailing "(Reuters)".
  if (caption.ends_with(")")) {
    std::size_t open = caption.rfind('(');
    if (open != std::string::npos && caption.size() - open < 60) {
      std::string inner = caption.substr(open + 1, caption.size() - open - 2);
      std::string li = AsciiLower(inner);
      for (std::string_view w : {"reuters", "afp", "ap", "epa", "getty", "photo", "file", "supplied",
                                 "handout", "courtesy"})
        if (li.find(w) != std::string::npos) return {trim_tail(caption.substr(0, open)), CollapsedText(inner)};
    }
  }
  return {caption, ""};
}

PageMetadata ReadMetadata(const Dom& dom, std::string_view base_url) {
  PageMetadata md;
  Metas metas;
  std::vector<std::string> jsonld;
  std::size_t jsonld_bytes = 0;
  std::string title_tag, canonical, lang, standfirst, section_text, bio;
  std::vector<std::string> h1s, h2s;
  std::vector<std::string> rel_authors, item_authors, rel_tags;
  std::vector<std::vector<std::string>> byline_texts;  // per byline element: its parts, then its text
  std::string item_headline, item_published, item_modified, item_section, item_description;
  std::string time_published, time_published_marked, time_modified, item_image;
  int byline_end = -1;  // inside a byline already captured
  int bio_end = -1;     // inside an author box: its name heading is no byline

  for (int i = 0; i < dom.size(); ++i) {
    const DomNode& n = dom[i];
    if (n.tag == Tag::kText) continue;
    const xmlNode* x = n.x;
    switch (n.tag) {
      case Tag::kHtml:
        if (lang.empty()) lang = Attr(x, "lang");
        if (lang.empty()) lang = Attr(x, "xml:lang");
        break;
      case Tag::kTitle:
        // An <svg><title> is an icon's label, not the page's.
        if (title_tag.empty() && (n.parent < 0 || dom[n.parent].tag != Tag::kSvg))
          title_tag = CollapsedText(RawText(dom, i));
        break;
      case Tag::kMeta: {
        std::string content = Attr(x, "content");
        for (const char* k : {"property", "name", "itemprop", "http-equiv"}) {
          std::string key = Attr(x, k);
          if (!key.empty()) metas.Add(key, content, k[0] == 'p');
        }
        break;
      }
      case Tag::kLink: {
        std::string rel = AsciiLower(Attr(x, "rel"));
        if (rel.find("canonical") != std::string::npos && canonical.empty()) canonical = Attr(x, "href");
        break;
      }
      case Tag::kScript:
        if (AsciiLower(Attr(x, "type")).find("ld+json") != std::string::npos && jsonld_bytes < kMaxJsonLdBytes) {
          jsonld.push_back(RawText(dom, i));
          jsonld_bytes += jsonld.back().size();
        }
        break;
      default:
        break;
    }
    if (n.skipped) continue;

    // itemprop may list several properties ("author creator").
    std::string itemprop = AsciiLower(Attr(x, "itemprop"));
    auto has_prop = [&](std::string_view p) { return HasToken(itemprop, p); };
    if (!itemprop.empty() && n.tag != Tag::kMeta) {
      auto value = [&]() {
        for (const char* a : {"content", "datetime"}) {
          std::string v = Attr(x, a);
          if (!v.empty()) return v;
        }
        return dom.Text(i, 2000);
      };
      if (has_prop("headline") && item_headline.empty()) item_headline = value();
      if (has_prop("datepublished") && item_published.empty()) item_published = value();
      if (has_prop("datemodified") && item_modified.empty()) item_modified = value();
      if (has_prop("articlesection") && item_section.empty()) item_section = value();
      if (has_prop("description") && item_description.empty()) item_description = value();
      if (has_prop("image") && item_image.empty()) {
        if (n.tag == Tag::kImg) item_image = ImageSource(x, base_url);
        for (int j = i + 1; j < n.end && item_image.empty(); ++j)
          if (dom[j].tag == Tag::kImg) item_image = ImageSource(dom[j].x, base_url);
        if (item_image.empty()) item_image = ResolveHttp(base_url, Attr(x, "src"));
      }
      if (has_prop("author") || has_prop("creator")) {
        std::string name = Attr(x, "content");
        for (int j = i + 1; j < n.end && name.empty(); ++j)
          if (dom[j].tag != Tag::kText && AsciiLower(Attr(dom[j].x, "itemprop")) == "name") {
            name = Attr(dom[j].x, "content");
            if (name.empty()) name = dom.Text(j, 200);
          }
        if (name.empty() && n.chars <= kMaxBylineChars) name = dom.Text(i, 400);
        if (!name.empty()) item_authors.push_back(name);
      }
    }
    if (n.tag == Tag::kTime && HasAttr(x, "datetime") && !Elsewhere(dom, i)) {
      std::string cls = AsciiLower(Attr(x, "class") + " " + Attr(x, "itemprop"));
      bool updated = cls.find("updat") != std::string::npos || cls.find("modif") != std::string::npos;
      // A <time> marked as the publication date beats the first bare one.
      bool marked = HasAttr(x, "pubdate") || cls.find("publish") != std::string::npos ||
                    cls.find("posted") != std::string::npos;
      if (updated && time_modified.empty()) time_modified = Attr(x, "datetime");
      if (!updated && time_published.empty()) time_published = Attr(x, "datetime");
      if (marked && !updated && time_published_marked.empty()) time_published_marked = Attr(x, "datetime");
    }
    if (n.tag == Tag::kA) {
      std::string rel = AsciiLower(Attr(x, "rel"));
      if (rel.find("author") != std::string::npos && !Elsewhere(dom, i)) rel_authors.push_back(dom.Text(i, 200));
      if (rel == "tag") rel_tags.push_back(dom.Text(i, 200));
    }
    if (n.tag == Tag::kH1 && h1s.size() < kMaxHeadings) h1s.push_back(HeadingText(dom, i));
    if (n.tag == Tag::kH2 && h2s.size() < kMaxHeadings) h2s.push_back(HeadingText(dom, i));
    // A small "author" block (name, follow link) is a byline, not a bio.
    if ((n.hints & kHintBio) && i >= bio_end && n.chars >= kMinBioChars) bio_end = n.end;
    if ((n.hints & kHintByline) && !(n.hints & kHintBio) && i >= byline_end && i >= bio_end &&
        n.chars > 0 && n.chars <= kMaxBylineChars && byline_texts.size() < kMaxBylines &&
        !NamedAuthority(x) && !Elsewhere(dom, i)) {
      byline_texts.push_back(BylineParts(dom, i));
      byline_texts.back().push_back(dom.Text(i, 1000));
      byline_end = n.end;
    }
    if ((n.hints & kHintBio) && bio.empty()) {
      for (int j = i + 1; j < n.end && bio.empty(); ++j)
        if (dom[j].tag == Tag::kP && dom[j].chars >= 20) bio = dom.Text(j, kMaxBioBytes);
      if (bio.empty() && n.chars >= 20) bio = dom.Text(i, kMaxBioBytes);
    }
    if ((n.hints & kHintStandfirst) && standfirst.empty() && !(n.hints & kHintTitle) &&
        n.chars >= kMinStandfirstChars && n.chars <= kMaxStandfirstChars && n.images == 0 &&
        (n.tag == Tag::kP || n.tag == Tag::kDiv || n.tag == Tag::kH2 || n.tag == Tag::kH3 ||
         n.tag == Tag::kSpan || n.tag == Tag::kSection))
      standfirst = dom.Text(i, 4000);
    if (section_text.empty() && (n.hints & kHintMeta) && n.chars > 0 && n.chars <= kMaxSectionChars) {
      std::string cls = AsciiLower(Attr(x, "class"));
      if (cls.find("kicker") != std::string::npos || cls.find("section") != std::string::npos ||
          (cls.find("category") != std::string::npos && cls.find("categories") == std::string::npos))
        section_text = dom.Text(i, 200);
    }
  }

  JsonLdFacts ld_facts = ReadJsonLd(jsonld);
  std::string og_url = metas.Get({"og:url"});
  const JsonLdArticle* main_ld =
      MainJsonLdArticle(ld_facts, {ResolveHttp(base_url, canonical), ResolveHttp(base_url, og_url),
                                   std::string(base_url)});
  const JsonLdArticle ld = main_ld != nullptr ? *main_ld : JsonLdArticle{};

  // Site name first: the title and author cleaners compare against it.
  md.site_name = CollapsedText(metas.Get({"og:site_name", "application-name", "publisher"}));
  if (md.site_name.empty()) md.site_name = CollapsedText(ld_facts.publisher);
  if (md.site_name.empty()) md.site_name = CollapsedText(ld_facts.website);

  // Title.
  {
    TitleSources ts;
    ts.jsonld_headline = ld.headline;
    ts.jsonld_name = ld.name;
    ts.declared = {metas.Get({"dc.title"}),         metas.Get({"dcterms.title"}),
                   metas.Get({"og:title"}),         metas.Get({"twitter:title"}),
                   CollapsedText(item_headline),         metas.Get({"title"}),
                   metas.Get({"parsely-title"}),    metas.Get({"sailthru.title"})};
    std::erase(ts.declared, std::string());
    ts.title_tag = title_tag;
    ts.h1s = std::move(h1s);
    ts.h2s = std::move(h2s);
    for (const std::string& s : {metas.Get({"og:site_name"}), ld_facts.publisher, ld_facts.website})
      if (!s.empty()) ts.site_names.push_back(s);
    for (const std::string& s : {metas.Get({"application-name"}), metas.Get({"apple-mobile-web-app-title"}),
                                 metas.Get({"publisher"})})
      if (!s.empty()) ts.weak_site_names.push_back(s);
    if (std::string tw = metas.Get({"twitter:site"}); tw.starts_with("@")) ts.weak_site_names.push_back(tw.substr(1));
    for (const std::string& u : {std::string(base_url), ResolveHttp(base_url, canonical), og_url})
      if (std::string h = HostOf(u); !h.empty()) ts.hosts.push_back(h);
    md.title = ChooseTitle(ts);
  }

  // Authors, by trust: structured sources first, each meta key on its own
  // (a page's "author" and "dc.creator" may disagree), then visible bylines;
  // the first source that yields a person name wins.
  {
    std::vector<std::vector<std::string>> sources{ld.authors, item_authors};
    for (const char* k : {"dc.creator", "dcterms.creator", "author", "article:author", "parsely-author",
                          "sailthru.author", "byl"}) {
      std::vector<std::string> values;
      for (std::string& v : metas.All(k))
        if (!v.starts_with("http://") && !v.starts_with("https://") && !v.starts_with("//"))
          values.push_back(std::move(v));
      sources.push_back(std::move(values));
    }
    // Byline elements repeat (top and bottom, related-story cards): the
    // first one naming a person is the article's. Its innermost parts are
    // cleaner than its whole text when dates and roles run into the names.
    for (auto& parts : byline_texts) {
      std::string whole = std::move(parts.back());
      parts.pop_back();
      sources.push_back({std::move(whole)});
      sources.push_back(std::move(parts));
    }
    sources.push_back(rel_authors);
    for (std::size_t k = 0; k < sources.size() && md.authors.empty(); ++k)
      md.authors = PersonNames(sources[k], k == 0 && ld.authors_typed_person ? "" : md.site_name);
  }
  md.author_bio = bio;
  for (std::string_view prefix : {"About the author", "About the Author", "ABOUT THE AUTHOR"})
    if (md.author_bio.starts_with(prefix))
      md.author_bio = std::string(TrimSpace(std::string_view(md.author_bio).substr(prefix.size())));

  // Dates. Free text ("Publish: Wednesday, 11 November, 2026, 11:00 PM")
  // carries no zone, so only machine-readable values are trusted.
  md.published = FirstDate({ld.date_published,
                            metas.Get({"article:published_time", "og:published_time",
                                       "article:published", "datepublished", "dc.date.issued",
                                       "dcterms.issued", "dcterms.created", "dc.date", "pubdate",
                                       "publish-date", "publish_date", "publication_date",
                                       "parsely-pub-date", "sailthru.date", "date"}),
                            item_published, time_published_marked, ld.date_created, time_published});
  md.modified = FirstDate({ld.date_modified,
                           metas.Get({"article:modified_time", "og:updated_time", "datemodified",
                                      "dcterms.modified", "last-modified"}),
                           item_modified, time_modified});

  // Section and tags.
  md.section = CollapsedText(metas.Get({"article:section", "og:article:section"}));
  if (md.section.empty()) md.section = CollapsedText(ld.section);
  if (md.section.empty()) md.section = CollapsedText(item_section);
  if (md.section.empty()) md.section = CollapsedText(metas.Get({"section", "parsely-section", "category"}));
  if (md.section.empty()) md.section = section_text;
  for (const std::string& t : metas.All("article:tag")) AddTags(md.tags, t);
  if (md.tags.empty())
    for (const std::string& k : ld.keywords) AddTags(md.tags, k);
  if (md.tags.empty()) AddTags(md.tags, metas.Get({"news_keywords", "keywords"}));
  if (md.tags.empty())
    for (const std::string& t : rel_tags) AddTags(md.tags, t);

  // Language: as declared, with locale underscores made BCP 47.
  md.language = CollapsedText(lang);
  if (md.language.empty()) md.language = metas.Get({"content-language", "og:locale", "dc.language", "language"});
  if (md.language.empty()) md.language = CollapsedText(ld.language);
  if (std::size_t comma = md.language.find(','); comma != std::string::npos) md.language.resize(comma);
  std::replace(md.language.begin(), md.language.end(), '_', '-');
  md.language = NormaliseLanguageTag(CollapsedText(md.language));

  // Canonical URL.
  for (const std::string& c : {canonical, og_url, ld.url}) {
    md.canonical_url = ResolveHttp(base_url, c);
    if (!md.canonical_url.empty()) break;
  }

  // Standfirst: the page's own, else the descriptions.
  md.standfirst = standfirst;
  for (const std::string& d : {metas.Get({"og:description"}), metas.Get({"description"}),
                               metas.Get({"twitter:description"}), CollapsedText(item_description),
                               CollapsedText(ld.description)}) {
    if (!md.standfirst.empty()) break;
    md.standfirst = CollapsedText(d);
  }

  // Lead image, with the caption found next to it in the page.
  const std::string image_base = md.canonical_url.empty() ? std::string(base_url) : md.canonical_url;
  for (const std::string& u : {metas.Get({"og:image", "og:image:url", "og:image:secure_url"}),
                               ld.image_url, metas.Get({"twitter:image", "twitter:image:src"}),
                               item_image}) {
    md.image.url = ResolveHttp(image_base, u);
    if (!md.image.url.empty()) break;
  }
  if (!md.image.url.empty()) {
    DescribeImage(dom, FindImageNode(dom, md.image.url, image_base), md.image);
    if (md.image.caption.empty() && !ld.image_caption.empty()) {
      auto [caption, credit] = SplitCredit(ld.image_caption);
      md.image.caption = caption;
      if (md.image.credit.empty()) md.image.credit = credit;
    }
  }
  return md;
}

void DescribeImage(const Dom& dom, int img, Image& image) {
  if (img < 0) return;
  if (std::string alt = CollapsedText(Attr(dom[img].x, "alt")); image.caption.empty()) image.caption = alt;
  int cap = FindCaption(dom, img);
  if (cap < 0) return;
  std::string credit;
  for (int j = cap + 1; j < dom[cap].end; ++j)
    if (dom[j].tag != Tag::kText && (dom[j].hints & kHintCredit) && !dom[j].skipped) {
      credit = dom.Text(j, 500);
      break;
    }
  std::string text = dom.Text(cap, 2000);
  if (!credit.empty()) {
    if (std::size_t p = text.rfind(credit); p != std::string::npos) text.erase(p, credit.size());
    auto [label_free_caption, label_free_credit] = SplitCredit(credit);
    if (!label_free_credit.empty() && label_free_caption.empty()) credit = label_free_credit;
    image.caption = SplitCredit(text).first;
    image.credit = credit;
    return;
  }
  auto [caption, split_credit] = SplitCredit(text);
  image.caption = caption;
  image.credit = split_credit;
}

}  // namespace bs::extract
