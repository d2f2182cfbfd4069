#include "extract/metadata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

#include "extract/byline.h"
#include "extract/language_tag.h"
#include "extract/render.h"
#include "extract/url_util.h"

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
// Visible-text candidates longer than these are not what we look for.
constexpr std::uint32_t kMaxBylineChars = 300;
constexpr std::uint32_t kMinStandfirstChars = 30;
constexpr std::uint32_t kMaxStandfirstChars = 800;
constexpr std::size_t kMaxBioBytes = 1500;
constexpr std::size_t kMaxTags = 30;
constexpr std::uint32_t kMaxSectionChars = 60;
// How far around an image we look for its caption.
constexpr int kCaptionAncestorLevels = 3;
constexpr int kMaxCaptionSearchNodes = 80;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string Collapse(std::string_view s) {
  std::string out;
  AppendCollapsed(out, s);
  return std::string(TrimSpace(out));
}

// Text of a subtree including invisible parts (for <title>, <script>).
std::string RawText(const Dom& dom, int i) {
  std::string out;
  for (int j = i; j < dom[i].end; ++j)
    if (dom[j].tag == Tag::kText && dom[j].x->content != nullptr)
      out += reinterpret_cast<const char*>(dom[j].x->content);
  return out;
}

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

bool IsArticleType(const std::string& t) {
  static constexpr std::array<std::string_view, 14> kTypes = {
      "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
      "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
      "TechArticle", "ScholarlyArticle", "SocialMediaPosting", "Report", "AskPublicNewsArticle",
  };
  std::string_view v = t;
  if (auto p = v.rfind('/'); p != std::string_view::npos) v = v.substr(p + 1);  // schema.org URLs
  return std::find(kTypes.begin(), kTypes.end(), v) != kTypes.end();
}

bool HasType(const json& obj, bool (*pred)(const std::string&)) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  if (it->is_string()) return pred(it->get_ref<const std::string&>());
  if (it->is_array())
    for (const auto& t : *it)
      if (t.is_string() && pred(t.get_ref<const std::string&>())) return true;
  return false;
}

bool IsOrganisationType(const std::string& t) {
  return t == "Organization" || t == "NewsMediaOrganization" || t == "Corporation";
}
bool IsWebSiteType(const std::string& t) { return t == "WebSite"; }
bool IsPersonType(const std::string& t) { return t == "Person"; }

// A string field, or the "name"/"@value"/"url"/"@id" of an object field, or
// the first usable element of an array.
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

struct JsonLdFacts {
  std::string headline, description, section, language, publisher, website, url, image_url,
      image_caption, date_published, date_modified;
  std::vector<std::string> authors, keywords;
  bool found_article = false;
};

void ReadArticleObject(const json& a, JsonLdFacts& f) {
  f.found_article = true;
  f.headline = JsonString(a, "headline");
  if (f.headline.empty()) f.headline = JsonString(a, "name");
  f.description = JsonString(a, "description");
  f.section = JsonString(a, "articleSection");
  f.language = JsonString(a, "inLanguage");
  f.date_published = JsonString(a, "datePublished");
  f.date_modified = JsonString(a, "dateModified");
  f.url = JsonString(a, "url");
  if (f.url.empty()) f.url = JsonString(a, "mainEntityOfPage", "@id");
  f.image_url = JsonString(a, "image", "url");
  if (auto it = a.find("image"); it != a.end()) {
    const json* img = it->is_array() && !it->empty() ? &(*it)[0] : &*it;
    if (img->is_object()) {
      f.image_caption = JsonString(*img, "caption");
      if (f.image_caption.empty()) f.image_caption = JsonString(*img, "description");
    }
  }
  if (auto it = a.find("publisher"); it != a.end() && it->is_object())
    f.publisher = JsonString(*it, "name");
  if (auto it = a.find("author"); it != a.end()) {
    auto add = [&](const json& v) {
      if (v.is_string()) f.authors.push_back(v.get<std::string>());
      if (v.is_object() && !HasType(v, IsOrganisationType)) {
        std::string name = JsonString(v, "name");
        if (!name.empty()) f.authors.push_back(name);
      }
    };
    if (it->is_array())
      for (const auto& v : *it) add(v);
    else
      add(*it);
  }
  if (auto it = a.find("keywords"); it != a.end()) {
    if (it->is_string()) f.keywords.push_back(it->get<std::string>());
    if (it->is_array())
      for (const auto& k : *it)
        if (k.is_string()) f.keywords.push_back(k.get<std::string>());
  }
}

void ReadJsonLd(const std::vector<std::string>& blocks, JsonLdFacts& f) {
  for (const std::string& text : blocks) {
    if (text.size() > kMaxJsonLdBytes || JsonTooDeep(text)) continue;
    json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) continue;  // invalid JSON-LD is common; other sources remain
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
      if (!f.found_article && HasType(*v, IsArticleType)) {
        ReadArticleObject(*v, f);
      } else if (HasType(*v, IsOrganisationType) && f.publisher.empty() && depth <= 2) {
        f.publisher = JsonString(*v, "name");
      } else if (HasType(*v, IsWebSiteType) && f.website.empty()) {
        f.website = JsonString(*v, "name");
      }
      if (HasType(*v, IsPersonType)) continue;
      for (const char* k : {"@graph", "mainEntity", "itemListElement", "hasPart"}) {
        auto it = v->find(k);
        if (it != v->end() && (it->is_array() || it->is_object())) stack.push_back({&*it, depth + 1});
      }
    }
  }
}

struct Meta {
  std::string key;  // lowercase property / name / itemprop / http-equiv
  std::string value;
};

class Metas {
 public:
  void Add(std::string key, std::string value) {
    value = Collapse(value);
    if (!key.empty() && !value.empty()) items_.push_back({Lower(key), std::move(value)});
  }
  std::string Get(std::initializer_list<const char*> keys) const {
    for (const char* k : keys)
      for (const auto& m : items_)
        if (m.key == k) return m.value;
    return "";
  }
  std::vector<std::string> All(const char* key) const {
    std::vector<std::string> out;
    for (const auto& m : items_)
      if (m.key == key) out.push_back(m.value);
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
    std::string t = Collapse(raw.substr(start, p - start));
    if (!t.empty() && t.size() < 100 &&
        std::none_of(tags.begin(), tags.end(), [&](const std::string& x) { return Lower(x) == Lower(t); }))
      tags.push_back(t);
    start = p + 1;
  }
}

// Removes a " | Site" style suffix or prefix naming the site.
std::string StripSiteName(std::string title, std::string_view site) {
  if (site.empty()) return title;
  static constexpr std::array<std::string_view, 8> kSeps = {" | ", " - ", " – ", " — ", " :: ",
                                                            " · ", " : ", " » "};
  std::string lt = Lower(title), ls = Lower(site);
  for (std::string_view sep : kSeps) {
    std::string suffix = std::string(sep) + ls;
    if (lt.size() > suffix.size() && lt.ends_with(suffix)) return title.substr(0, title.size() - suffix.size());
    std::string prefix = ls + std::string(sep);
    if (lt.size() > prefix.size() && lt.starts_with(prefix)) return title.substr(prefix.size());
  }
  return title;
}

// The headline inside a <title>: the h1 when the title contains it, else
// the longest separator-delimited part when that is a real phrase.
std::string CleanTitleTag(const std::string& title, const std::string& h1, std::string_view site) {
  if (title.empty()) return h1;
  if (!h1.empty() && title.find(h1) != std::string::npos) return h1;
  std::string t = StripSiteName(title, site);
  if (t != title) return t;
  static constexpr std::array<std::string_view, 5> kSeps = {" | ", " :: ", " — ", " – ", " - "};
  for (std::string_view sep : kSeps) {
    std::vector<std::string> parts;
    std::size_t start = 0, p;
    while ((p = t.find(sep, start)) != std::string::npos) {
      parts.push_back(t.substr(start, p - start));
      start = p + sep.size();
    }
    parts.push_back(t.substr(start));
    if (parts.size() < 2) continue;
    auto longest = std::max_element(parts.begin(), parts.end(),
                                    [](const auto& a, const auto& b) { return a.size() < b.size(); });
    if (std::count(longest->begin(), longest->end(), ' ') >= 3) return *longest;
    return t;
  }
  return t;
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

}  // namespace

std::pair<std::string, std::string> SplitCredit(std::string_view raw) {
  std::string caption = Collapse(raw);
  std::string lower = Lower(caption);
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
    std::string credit = Collapse(std::string_view(caption).substr(best + label_len));
    while (!credit.empty() && (credit.back() == ')' || credit.back() == '.')) credit.pop_back();
    return {trim_tail(caption.substr(0, best)), credit};
  }
  // Agency credits: "REUTERS/Name", "AFP/Name", "AP Photo/Name".
  for (std::string_view agency : {"REUTERS/", "AFP/", "AP Photo/", "EPA/", "Getty Images"}) {
    std::size_t p = caption.find(agency);
    if (p != std::string::npos) return {trim_tail(caption.substr(0, p)), Collapse(caption.substr(p))};
  }
  // A trailing "(Reuters)".
  if (caption.ends_with(")")) {
    std::size_t open = caption.rfind('(');
    if (open != std::string::npos && caption.size() - open < 60) {
      std::string inner = caption.substr(open + 1, caption.size() - open - 2);
      std::string li = Lower(inner);
      for (std::string_view w : {"reuters", "afp", "ap", "epa", "getty", "photo", "file", "supplied",
                                 "handout", "courtesy"})
        if (li.find(w) != std::string::npos) return {trim_tail(caption.substr(0, open)), Collapse(inner)};
    }
  }
  return {caption, ""};
}

PageMetadata ReadMetadata(const Dom& dom, std::string_view base_url) {
  PageMetadata md;
  Metas metas;
  std::vector<std::string> jsonld;
  std::size_t jsonld_bytes = 0;
  std::string title_tag, h1, canonical, lang, standfirst, section_text, bio;
  std::vector<std::string> rel_authors, byline_texts, item_authors, rel_tags;
  std::string item_headline, item_published, item_modified, item_section, item_description;
  std::string time_published, time_modified, item_image;
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
        if (title_tag.empty()) title_tag = Collapse(RawText(dom, i));
        break;
      case Tag::kMeta: {
        std::string content = Attr(x, "content");
        for (const char* k : {"property", "name", "itemprop", "http-equiv"}) {
          std::string key = Attr(x, k);
          if (!key.empty()) metas.Add(key, content);
        }
        break;
      }
      case Tag::kLink: {
        std::string rel = Lower(Attr(x, "rel"));
        if (rel.find("canonical") != std::string::npos && canonical.empty()) canonical = Attr(x, "href");
        break;
      }
      case Tag::kScript:
        if (Lower(Attr(x, "type")).find("ld+json") != std::string::npos && jsonld_bytes < kMaxJsonLdBytes) {
          jsonld.push_back(RawText(dom, i));
          jsonld_bytes += jsonld.back().size();
        }
        break;
      default:
        break;
    }
    if (n.skipped) continue;

    std::string itemprop = Lower(Attr(x, "itemprop"));
    if (!itemprop.empty() && n.tag != Tag::kMeta) {
      auto value = [&]() {
        for (const char* a : {"content", "datetime"}) {
          std::string v = Attr(x, a);
          if (!v.empty()) return v;
        }
        return dom.Text(i, 2000);
      };
      if (itemprop == "headline" && item_headline.empty()) item_headline = value();
      if (itemprop == "datepublished" && item_published.empty()) item_published = value();
      if (itemprop == "datemodified" && item_modified.empty()) item_modified = value();
      if (itemprop == "articlesection" && item_section.empty()) item_section = value();
      if (itemprop == "description" && item_description.empty()) item_description = value();
      if (itemprop == "image" && item_image.empty()) {
        if (n.tag == Tag::kImg) item_image = ImageSource(x, base_url);
        for (int j = i + 1; j < n.end && item_image.empty(); ++j)
          if (dom[j].tag == Tag::kImg) item_image = ImageSource(dom[j].x, base_url);
        if (item_image.empty()) item_image = ResolveHttp(base_url, Attr(x, "src"));
      }
      if (itemprop == "author" || itemprop == "creator") {
        std::string name;
        for (int j = i + 1; j < n.end && name.empty(); ++j)
          if (dom[j].tag != Tag::kText && Lower(Attr(dom[j].x, "itemprop")) == "name") {
            name = Attr(dom[j].x, "content");
            if (name.empty()) name = dom.Text(j, 200);
          }
        if (name.empty() && n.chars <= kMaxBylineChars) name = dom.Text(i, 400);
        if (!name.empty()) item_authors.push_back(name);
      }
    }
    if (n.tag == Tag::kTime && HasAttr(x, "datetime")) {
      std::string cls = Lower(Attr(x, "class") + " " + Attr(x, "itemprop"));
      bool updated = cls.find("updat") != std::string::npos || cls.find("modif") != std::string::npos;
      if (updated && time_modified.empty()) time_modified = Attr(x, "datetime");
      if (!updated && time_published.empty()) time_published = Attr(x, "datetime");
    }
    if (n.tag == Tag::kA) {
      std::string rel = Lower(Attr(x, "rel"));
      if (rel.find("author") != std::string::npos) rel_authors.push_back(dom.Text(i, 200));
      if (rel == "tag") rel_tags.push_back(dom.Text(i, 200));
    }
    if (n.tag == Tag::kH1 && h1.empty()) h1 = dom.Text(i, 1000);
    if ((n.hints & kHintBio) && i >= bio_end) bio_end = n.end;
    if ((n.hints & kHintByline) && !(n.hints & kHintBio) && i >= byline_end && i >= bio_end &&
        n.chars > 0 && n.chars <= kMaxBylineChars && byline_texts.size() < 4) {
      byline_texts.push_back(dom.Text(i, 1000));
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
      std::string cls = Lower(Attr(x, "class"));
      if (cls.find("kicker") != std::string::npos || cls.find("section") != std::string::npos ||
          (cls.find("category") != std::string::npos && cls.find("categories") == std::string::npos))
        section_text = dom.Text(i, 200);
    }
  }

  JsonLdFacts ld;
  ReadJsonLd(jsonld, ld);

  // Site name first: the title and author cleaners compare against it.
  md.site_name = Collapse(metas.Get({"og:site_name", "application-name", "publisher"}));
  if (md.site_name.empty()) md.site_name = Collapse(ld.publisher);
  if (md.site_name.empty()) md.site_name = Collapse(ld.website);

  // Title.
  for (const std::string& t : {ld.headline, metas.Get({"og:title"}), metas.Get({"twitter:title"}),
                               Collapse(item_headline), metas.Get({"dc.title", "dcterms.title"})}) {
    std::string c = Collapse(t);
    if (!c.empty()) {
      md.title = StripSiteName(c, md.site_name);
      break;
    }
  }
  if (md.title.empty()) md.title = CleanTitleTag(title_tag, h1, md.site_name);

  // Authors, by trust; the first source that yields a person name wins.
  {
    std::vector<std::string> meta_authors;
    for (const char* k : {"author", "article:author", "dc.creator", "dcterms.creator",
                          "parsely-author", "sailthru.author", "byl"})
      for (std::string& v : metas.All(k))
        if (v.find("://") == std::string::npos) meta_authors.push_back(std::move(v));
    for (const auto* source : {&ld.authors, &item_authors, &meta_authors, &rel_authors}) {
      md.authors = PersonNames(*source, md.site_name);
      if (!md.authors.empty()) break;
    }
    // Byline elements repeat (top and bottom, related-story cards): the
    // first one naming a person is the article's.
    for (std::size_t b = 0; md.authors.empty() && b < byline_texts.size(); ++b)
      md.authors = PersonNames({byline_texts[b]}, md.site_name);
  }
  md.author_bio = bio;
  for (std::string_view prefix : {"About the author", "About the Author", "ABOUT THE AUTHOR"})
    if (md.author_bio.starts_with(prefix))
      md.author_bio = std::string(TrimSpace(std::string_view(md.author_bio).substr(prefix.size())));

  // Dates. Free text ("Publish: Wednesday, 11 November, 2026, 11:00 PM")
  // carries no zone, so only machine-readable values are trusted.
  md.published = FirstDate({ld.date_published,
                            metas.Get({"article:published_time", "og:published_time",
                                       "datepublished", "dc.date.issued", "dcterms.issued",
                                       "dcterms.created", "dc.date", "pubdate", "publish-date",
                                       "parsely-pub-date", "sailthru.date", "date"}),
                            item_published, time_published});
  md.modified = FirstDate({ld.date_modified,
                           metas.Get({"article:modified_time", "og:updated_time", "datemodified",
                                      "dcterms.modified", "last-modified"}),
                           item_modified, time_modified});

  // Section and tags.
  md.section = Collapse(metas.Get({"article:section", "og:article:section"}));
  if (md.section.empty()) md.section = Collapse(ld.section);
  if (md.section.empty()) md.section = Collapse(item_section);
  if (md.section.empty()) md.section = Collapse(metas.Get({"section", "parsely-section", "category"}));
  if (md.section.empty()) md.section = section_text;
  for (const std::string& t : metas.All("article:tag")) AddTags(md.tags, t);
  if (md.tags.empty())
    for (const std::string& k : ld.keywords) AddTags(md.tags, k);
  if (md.tags.empty()) AddTags(md.tags, metas.Get({"news_keywords", "keywords"}));
  if (md.tags.empty())
    for (const std::string& t : rel_tags) AddTags(md.tags, t);

  // Language: as declared, with locale underscores made BCP 47.
  md.language = Collapse(lang);
  if (md.language.empty()) md.language = metas.Get({"content-language", "og:locale", "dc.language", "language"});
  if (md.language.empty()) md.language = Collapse(ld.language);
  if (std::size_t comma = md.language.find(','); comma != std::string::npos) md.language.resize(comma);
  std::replace(md.language.begin(), md.language.end(), '_', '-');
  md.language = NormaliseLanguageTag(Collapse(md.language));

  // Canonical URL.
  for (const std::string& c : {canonical, metas.Get({"og:url"}), ld.url}) {
    md.canonical_url = ResolveHttp(base_url, c);
    if (!md.canonical_url.empty()) break;
  }

  // Standfirst: the page's own, else the descriptions.
  md.standfirst = standfirst;
  for (const std::string& d : {metas.Get({"og:description"}), metas.Get({"description"}),
                               metas.Get({"twitter:description"}), Collapse(item_description),
                               Collapse(ld.description)}) {
    if (!md.standfirst.empty()) break;
    md.standfirst = Collapse(d);
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
  if (std::string alt = Collapse(Attr(dom[img].x, "alt")); image.caption.empty()) image.caption = alt;
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
