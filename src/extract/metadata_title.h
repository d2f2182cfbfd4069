// Choosing an article's title from the page's competing title sources.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bs::extract {

struct TitleSources {
  // From the JSON-LD article object describing the page.
  std::string jsonld_headline, jsonld_name;
  // Declared titles in trust order (Dublin Core, OpenGraph, Twitter,
  // microdata headline, analytics tags); empty entries are skipped.
  std::vector<std::string> declared;
  std::string title_tag;
  // Visible headings in document order.
  std::vector<std::string> h1s, h2s;
  // Names the site goes by (og:site_name, publisher, application name...),
  // and the page's host names, for recognising site decoration.
  std::vector<std::string> site_names;
  // Names from fields pages also fill with the headline (application-name):
  // ignored when a declared title states them.
  std::vector<std::string> weak_site_names;
  std::vector<std::string> hosts;
};

// The article's headline, without site decoration ("Headline | Site",
// "Site :: Headline", "Headline - Section - Site"). "" when nothing usable.
std::string ChooseTitle(const TitleSources& sources);

}  // namespace bs::extract
