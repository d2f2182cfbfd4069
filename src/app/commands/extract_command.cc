#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "app/commands.h"
#include "core/compress.h"
#include "core/file.h"
#include "extract/article_json.h"
#include "extract/extractor.h"
#include "extract/markdown.h"

namespace bs {
namespace {

// Bounds what one input may cost: compressed input is read up to the first
// limit, and inflated up to the second (a gzip bomb stops there).
constexpr std::size_t kMaxInputFileBytes = 256u << 20;
constexpr std::size_t kMaxInflatedBytes = 256u << 20;

Result<std::vector<std::string>> ExpandPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = std::filesystem::recursive_directory_iterator(p, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) found.push_back(it->path().string());
      }
      if (ec) return Status::IoError(p + ": " + ec.message());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(p);
    }
  }
  return files;
}

Result<std::string> ReadInput(const std::string& path) {
  auto bytes = ReadFileBytes(path, kMaxInputFileBytes);
  if (!bytes.ok() || !LooksGzipped(*bytes)) return bytes;
  return GzipDecompress(*bytes, kMaxInflatedBytes);
}

}  // namespace

Status RunExtract(const ExtractOptions& options) {
  auto files = ExpandPaths(options.paths);
  if (!files.ok()) return files.status();
  nlohmann::json all = nlohmann::json::array();
  int failures = 0;
  for (const auto& path : *files) {
    nlohmann::json out;
    auto bytes = ReadInput(path);
    Result<ExtractedArticle> article =
        bytes.ok() ? ExtractArticle(ExtractInput{*bytes, options.url, ""}) : bytes.status();
    if (!article.ok()) {
      ++failures;
      out = {{"input", path}, {"error", article.status().ToString()}};
    } else {
      out = ArticleToJson(*article);
      out["input"] = path;
    }
    if (options.format == "jsonl") {
      std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else if (options.format == "json") {
      all.push_back(std::move(out));
    } else if (article.ok() && options.format == "markdown") {
      // The title as the one top-level heading (the body's start at ##),
      // inputs separated by a blank line.
      if (!article->title.empty())
        std::cout << "# " << extract::EscapeMarkdownLine(article->title) << "\n\n";
      std::cout << extract::HtmlToMarkdown(article->html) << "\n\n";
    } else if (article.ok()) {
      std::cout << (options.format == "html" ? article->html : article->text) << "\n";
    } else {
      std::cerr << path << ": " << article.status().ToString() << "\n";
    }
  }
  if (options.format == "json")
    std::cout << all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  std::cout.flush();
  if (failures > 0 && files->size() == 1)
    return Status::ParseError("extraction failed for " + files->front());
  return Status::Ok();
}

}  // namespace bs
