#include "app/support/fixture_tree.h"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <random>
#include <stdexcept>

namespace bs::testing {

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() /
          fmt::format("broadsheet-test-{}-{:08x}", getpid(), rd());
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void WriteFile(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream f(path, std::ios::binary);
  f << content;
  if (!f) throw std::runtime_error("cannot write " + path.string());
}

std::string ArticlePage(const std::string& headline, const std::string& author,
                        const std::string& iso_date, int paragraphs, const std::string& marker) {
  std::string body;
  for (int i = 0; i < paragraphs; ++i) {
    body += fmt::format(
        "<p>Paragraph {} of the {} report. Officials in the harbour district said the new "
        "ferry timetable would take effect next month, after a long consultation with "
        "commuters, shop owners and the port authority about crowding at peak hours.</p>\n",
        i + 1, marker);
  }
  return fmt::format(R"(<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{0} | Test Gazette</title>
<meta property="og:title" content="{0}">
<meta property="article:published_time" content="{2}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/business/">Business</a></nav></header>
<main><article>
<h1>{0}</h1>
<p class="byline">By <span class="author">{1}</span></p>
<time datetime="{2}">{2}</time>
<div class="article-body">
{3}
</div>
<div class="share">Enjoyed this story? Share it. <a href="https://twitter.example/share">Twitter</a></div>
</article></main>
<footer><p>Copyright Test Gazette. All rights reserved.</p></footer>
</body></html>
)",
                     headline, author, iso_date, body);
}

std::string Rss2(const std::string& title, const std::vector<FeedItem>& items) {
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>{}</title>"
      "<link>@ORIGIN@/</link>\n",
      title);
  for (const auto& i : items) {
    out += fmt::format(
        "<item><title>{}</title><link>{}</link><guid isPermaLink=\"true\">{}</guid>"
        "<pubDate>{}</pubDate><category>{}</category></item>\n",
        i.title, i.path, i.path, i.rfc822_date, i.category);
  }
  return out + "</channel></rss>\n";
}

std::string Atom(const std::string& title, const std::vector<FeedItem>& items) {
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
      "<title>{}</title><id>urn:test:{}</id><updated>2026-11-01T00:00:00Z</updated>\n",
      title, title.size());
  for (const auto& i : items) {
    out += fmt::format(
        "<entry><title>{}</title><link rel=\"alternate\" href=\"{}\"/><id>urn:test:{}</id>"
        "<published>{}</published><updated>{}</updated><category term=\"{}\"/></entry>\n",
        i.title, i.path, i.path, i.iso_date, i.iso_date, i.category);
  }
  return out + "</feed>\n";
}

std::string JsonFeed(const std::string& title, const std::vector<FeedItem>& items) {
  std::string out = fmt::format(
      "{{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"{}\", \"items\": [", title);
  for (std::size_t k = 0; k < items.size(); ++k) {
    const auto& i = items[k];
    out += fmt::format(
        "{}{{\"id\": \"{}\", \"url\": \"{}\", \"title\": \"{}\", \"date_published\": \"{}\", "
        "\"tags\": [\"{}\"]}}",
        k ? ", " : "", i.path, i.path, i.title, i.iso_date, i.category);
  }
  return out + "]}\n";
}

}  // namespace bs::testing
