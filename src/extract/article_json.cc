#include "extract/article_json.h"

namespace bs {

nlohmann::json ArticleToJson(const ExtractedArticle& a) {
  auto time_or_null = [](const std::optional<Timestamp>& t) -> nlohmann::json {
    if (!t) return nullptr;
    return FormatIso8601Utc(*t);
  };
  nlohmann::json image = nullptr;
  if (!a.lead_image.empty())
    image = {{"url", a.lead_image.url}, {"caption", a.lead_image.caption}, {"credit", a.lead_image.credit}};
  return {
      {"title", a.title},
      {"standfirst", a.standfirst},
      {"authors", a.authors},
      {"author_bio", a.author_bio},
      {"published", time_or_null(a.published)},
      {"modified", time_or_null(a.modified)},
      {"section", a.section},
      {"tags", a.tags},
      {"language", a.language},
      {"site_name", a.site_name},
      {"canonical_url", a.canonical_url},
      {"image", image},
      {"html", a.html},
      {"text", a.text},
  };
}

}  // namespace bs
