#include "app/article_assembly.h"

#include "core/hash.h"
#include "core/url.h"
#include "organise/section_mapping.h"

namespace bs {
namespace {

bool IsUtf8Continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

std::string FirstParagraph(const std::string& text) {
  auto end = text.find("\n\n");
  return text.substr(0, end);
}

}  // namespace

std::string MakeTeaser(const std::string& standfirst, const std::string& body_text,
                       std::size_t max_chars) {
  std::string t = !standfirst.empty() ? standfirst : FirstParagraph(body_text);
  for (char& c : t)
    if (c == '\n' || c == '\t') c = ' ';
  if (t.size() <= max_chars) return t;
  std::size_t cut = max_chars;
  while (cut > 0 && IsUtf8Continuation(static_cast<unsigned char>(t[cut]))) --cut;
  // Prefer a word boundary in the last fifth; CJK and Thai text has none.
  std::size_t space = t.rfind(' ', cut);
  if (space != std::string::npos && space > max_chars * 4 / 5) cut = space;
  t.resize(cut);
  return t + "…";
}

std::string ArticleContentHash(const Article& a) {
  ContentHasher h;
  h.Add(a.url);
  // Added only when set, so the hashes of articles without it (nearly all)
  // stay what earlier releases stored and nothing is rewritten needlessly.
  if (!a.page_canonical_url.empty()) h.Add(a.page_canonical_url);
  h.Add(a.source_slug).Add(a.guid).Add(a.title).Add(a.standfirst).Add(a.author_bio);
  for (const auto& x : a.authors) h.Add(x);
  h.Add(std::to_string(a.published.value_or(0))).Add(std::to_string(a.updated.value_or(0)));
  h.Add(a.section).Add(a.region).Add(a.language);
  for (const auto& x : a.tags) h.Add(x);
  h.Add(a.image.url).Add(a.image.caption).Add(a.image.credit);
  h.Add(a.body_html).Add(a.body_text).Add(a.teaser);
  return h.Hex();
}

Article AssembleArticle(const Source& source, const std::vector<Taxon>& sections,
                        const FeedEntry& entry, const ExtractedArticle& page,
                        const std::string& canonical_url) {
  Article a;
  a.url = canonical_url;
  // Compared in canonical form: a page naming itself with tracking
  // parameters or another letter case is not pointing elsewhere.
  if (auto named = CanonicalizeUrl(page.canonical_url); named && *named != canonical_url)
    a.page_canonical_url = *named;
  a.source_slug = source.slug;
  a.guid = entry.id;
  a.title = !entry.title.empty() ? entry.title : page.title;
  a.standfirst = page.standfirst;
  a.authors = !page.authors.empty() ? page.authors : entry.authors;
  a.author_bio = page.author_bio;
  a.published = page.published ? page.published : entry.published;
  a.updated = page.modified ? page.modified : entry.updated;
  if (a.updated && a.published && *a.updated < *a.published) a.updated = a.published;
  a.language = !page.language.empty() ? page.language : source.language;
  a.tags = page.tags;
  a.image = page.lead_image;
  if (a.image.empty() && !entry.image.empty()) a.image.url = entry.image;
  a.body_html = page.html;
  a.body_text = page.text;
  a.teaser = MakeTeaser(a.standfirst, a.body_text);

  SectionEvidence evidence;
  evidence.categories = entry.categories;
  if (!page.section.empty()) evidence.categories.push_back(page.section);
  evidence.url = canonical_url;
  const SectionChoice choice = AssignSection(source, sections, evidence);
  a.section = choice.section;
  // Anything the partner said (a label, a section name, a URL path) counts as
  // a mapping; only the fallbacks (the source's default section at 0.2, the
  // first site section below it) leave the section open for the classifier.
  constexpr double kDefaultSectionConfidence = 0.2;
  a.section_origin = choice.confidence > kDefaultSectionConfidence ? SectionOrigin::kMapping
                                                                    : SectionOrigin::kDefault;
  a.section_confidence = choice.confidence;
  a.region = source.region;
  a.content_hash = ArticleContentHash(a);
  return a;
}

}  // namespace bs
