// Builds small partner-paper sites on disk for end-to-end tests: article
// pages and feeds in each format, written for these tests.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace bs::testing {

// A temporary directory removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

void WriteFile(const std::filesystem::path& path, const std::string& content);

// Article page with a headline, a byline, a date and `paragraphs` paragraphs,
// wrapped in navigation, share prompts and a footer.
std::string ArticlePage(const std::string& headline, const std::string& author,
                        const std::string& iso_date, int paragraphs, const std::string& marker);

struct FeedItem {
  std::string title;
  std::string path;  // relative to the feed's folder, e.g. "a1.html"
  std::string rfc822_date;
  std::string iso_date;
  std::string category;
};

std::string Rss2(const std::string& title, const std::vector<FeedItem>& items);
std::string Atom(const std::string& title, const std::vector<FeedItem>& items);
std::string JsonFeed(const std::string& title, const std::vector<FeedItem>& items);


}  // namespace bs::testing
