#include "extract/extractor.h"

#include "core/url.h"
#include "extract/boilerplate.h"
#include "extract/content.h"
#include "extract/dom.h"
#include "extract/html_document.h"
#include "text/language.h"
#include "extract/metadata.h"
#include "extract/render.h"

namespace bs {
namespace {

// The decoded copy of the page is released as soon as the tree is built, so
// it does not add to the peak while the rest of extraction runs.
Result<extract::XmlDocPtr> DecodeAndParse(const ExtractInput& input) {
  auto utf8 = extract::DecodePage(input.bytes, input.content_type);
  if (!utf8.ok()) return utf8.status();
  return extract::ParseHtml(*utf8);
}

}  // namespace

Result<ExtractedArticle> ExtractArticle(const ExtractInput& input) {
  using namespace extract;
  auto doc = DecodeAndParse(input);
  if (!doc.ok()) return doc.status();
  Dom dom(xmlDocGetRootElement(doc->get()));
  if (dom.size() == 0) return Status::ParseError("HTML document has no elements");

  PageMetadata md = ReadMetadata(dom, input.url);
  std::vector<int> roots = SelectContent(dom);
  std::vector<std::uint8_t> drop = FindBoilerplate(dom, roots, md.title);
  // Links resolve against the address the page was fetched from; the
  // canonical URL stands in when that is unknown.
  std::string base = input.url.empty() ? md.canonical_url : input.url;
  RenderedBody body = RenderBody(dom, roots, drop, base);

  ExtractedArticle a;
  a.title = std::move(md.title);
  a.standfirst = std::move(md.standfirst);
  a.authors = std::move(md.authors);
  a.author_bio = std::move(md.author_bio);
  a.published = md.published;
  a.modified = md.modified;
  a.section = std::move(md.section);
  a.tags = std::move(md.tags);
  a.language = md.language;
  if (a.language.empty()) {
    // Undeclared: detect from the body, trusting only a clear verdict.
    LanguageGuess guess = DetectLanguage(body.text);
    if (guess.reliable) a.language = guess.code;
  }
  a.site_name = std::move(md.site_name);
  a.canonical_url = md.canonical_url.empty() ? ResolveUrl(input.url, "").value_or("") : md.canonical_url;
  a.lead_image = std::move(md.image);
  if (a.lead_image.empty()) {
    // No declared image: the first picture of the body, if any.
    for (int r : roots) {
      for (int i = r; i < dom[r].end && a.lead_image.empty(); ++i) {
        if (drop[static_cast<std::size_t>(i)] || dom[i].skipped) {
          i = dom[i].end - 1;
          continue;
        }
        if (dom[i].tag != Tag::kImg) continue;
        a.lead_image.url = ImageSource(dom[i].x, base);
        if (!a.lead_image.empty()) DescribeImage(dom, i, a.lead_image);
      }
      if (!a.lead_image.empty()) break;
    }
  }
  a.html = std::move(body.html);
  a.text = std::move(body.text);
  return a;
}

}  // namespace bs
