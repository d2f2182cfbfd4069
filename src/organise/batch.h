// Batch mode: organise a whole JSON-lines file and print the final state.
//
// Input lines: {"id","title","text","source","published"?,"language"?,"url"?}
// (other fields are ignored). Articles are processed in published order
// (undated ones last, ties in input order); after all are processed, one line
// per article is printed in that same order:
//   {"id","story","duplicate_of","section","section_confidence","related":[...]}
// reflecting the final state (an original that arrived after its copies is
// the canonical copy in every line).
//
// Thread-safety: a call uses only its arguments.
#pragma once

#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "organise/organiser.h"

namespace bs {

// A line longer than this is not an article: refuse rather than buffer it.
inline constexpr std::size_t kMaxBatchLineBytes = 16 * 1024 * 1024;
// Articles per batch run; the organiser's records stay well inside memory.
inline constexpr std::size_t kMaxBatchArticles = 5'000'000;

struct LabelledArticle {
  OrganiseInput article;
  std::string section;
};

// Optional section classifier wired by the caller; both members may be empty.
struct BatchClassifier {
  // Called once with the training lines (which carry "section").
  std::function<Status(const std::vector<LabelledArticle>&)> train;
  // Section slug and confidence for one article.
  std::function<std::pair<std::string, double>(const OrganiseInput&)> classify;
};

// Reads JSON lines into inputs; with `sections`, also each line's "section".
// Blank lines are skipped; a malformed line is a ParseError naming its number.
Status ReadArticleLines(std::istream& in, std::vector<OrganiseInput>* out,
                        std::vector<std::string>* sections = nullptr);

Status RunOrganiseBatch(std::istream& input_jsonl, std::istream* train_jsonl, std::ostream& out);
Status RunOrganiseBatch(std::istream& input_jsonl, std::istream* train_jsonl, std::ostream& out,
                        const BatchClassifier& classifier, OrganiserOptions options = {});

// Indices of `articles` in processing order (published, undated last, then
// input order).
std::vector<std::size_t> PublishedOrder(const std::vector<OrganiseInput>& articles);

}  // namespace bs
