#include "organise/batch.h"

#include <algorithm>
#include <limits>

#include <nlohmann/json.hpp>

namespace bs {
namespace {

std::string StringField(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

}  // namespace

Status ReadArticleLines(std::istream& in, std::vector<OrganiseInput>* out,
                        std::vector<std::string>* sections) {
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.size() > kMaxBatchLineBytes) {
      return Status::LimitExceeded("line " + std::to_string(number) + " is longer than " +
                                   std::to_string(kMaxBatchLineBytes) + " bytes");
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (out->size() >= kMaxBatchArticles) {
      return Status::LimitExceeded("more than " + std::to_string(kMaxBatchArticles) + " articles");
    }
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      return Status::ParseError("line " + std::to_string(number) + ": " + e.what());
    }
    if (!j.is_object()) return Status::ParseError("line " + std::to_string(number) + ": not an object");
    OrganiseInput a;
    a.id = StringField(j, "id");
    if (a.id.empty()) return Status::ParseError("line " + std::to_string(number) + ": missing id");
    a.title = StringField(j, "title");
    a.text = StringField(j, "text");
    a.source = StringField(j, "source");
    a.language = StringField(j, "language");
    a.url = StringField(j, "url");
    a.canonical_hint = StringField(j, "canonical");
    const std::string published = StringField(j, "published");
    if (!published.empty()) {
      a.published = ParseDate(published);
      if (!a.published) {
        return Status::ParseError("line " + std::to_string(number) + ": unreadable date " + published);
      }
    }
    if (sections != nullptr) sections->push_back(StringField(j, "section"));
    out->push_back(std::move(a));
  }
  if (in.bad()) return Status::IoError("read failed after line " + std::to_string(number));
  return Status::Ok();
}

std::vector<std::size_t> PublishedOrder(const std::vector<OrganiseInput>& articles) {
  std::vector<std::size_t> order(articles.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return articles[x].published.value_or(std::numeric_limits<Timestamp>::max()) <
           articles[y].published.value_or(std::numeric_limits<Timestamp>::max());
  });
  return order;
}

Status RunOrganiseBatch(std::istream& input_jsonl, std::istream* train_jsonl, std::ostream& out) {
  return RunOrganiseBatch(input_jsonl, train_jsonl, out, BatchClassifier{});
}

Status RunOrganiseBatch(std::istream& input_jsonl, std::istream* train_jsonl, std::ostream& out,
                        const BatchClassifier& classifier, OrganiserOptions options) {
  if (train_jsonl != nullptr && classifier.train) {
    std::vector<OrganiseInput> train;
    std::vector<std::string> sections;
    if (Status st = ReadArticleLines(*train_jsonl, &train, &sections); !st.ok()) return st;
    std::vector<LabelledArticle> labelled;
    labelled.reserve(train.size());
    for (std::size_t i = 0; i < train.size(); ++i) {
      labelled.push_back({std::move(train[i]), std::move(sections[i])});
    }
    if (Status st = classifier.train(labelled); !st.ok()) return st;
  }
  std::vector<OrganiseInput> articles;
  if (Status st = ReadArticleLines(input_jsonl, &articles); !st.ok()) return st;
  const std::vector<std::size_t> order = PublishedOrder(articles);
  Organiser organiser(options);
  std::vector<std::pair<std::string, double>> sections(articles.size());
  for (std::size_t i : order) {
    if (classifier.classify) {
      sections[i] = classifier.classify(articles[i]);
      articles[i].section = sections[i].first;
    }
    Result<OrganiseResult> r = organiser.Add(articles[i]);
    if (!r.ok()) return Status(r.status());
  }
  for (std::size_t i : order) {
    Result<OrganiseResult> r = organiser.Lookup(articles[i].id);
    if (!r.ok()) return Status(r.status());
    nlohmann::json line = {{"id", r->id},
                           {"story", r->story},
                           {"duplicate_of", r->duplicate_of},
                           {"section", sections[i].first},
                           {"section_confidence", sections[i].second},
                           {"related", r->related}};
    // Invalid UTF-8 in ids must not abort the run: replace it in the output.
    out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  if (!out) return Status::IoError("write failed");
  return Status::Ok();
}

}  // namespace bs
