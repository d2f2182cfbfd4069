// An in-memory Store for web tests: just enough behaviour for the site's
// queries (filters, newest-first order, paging, a data version that moves on
// every write), plus a switch to make every call fail.
#pragma once

#include <algorithm>
#include <map>
#include <mutex>
#include <vector>

#include "store/store.h"

namespace bs::testing {

class FakeStore : public Store {
 public:
  bool fail = false;  // every call returns an IoError while set

  Status SyncSource(Source& source) override {
    std::lock_guard<std::mutex> l(mu_);
    if (fail) return Status::IoError("fake failure");
    if (source.id == 0) source.id = next_source_id_++;
    sources_[source.slug] = source;
    ++version_;
    return Status::Ok();
  }
  Result<std::vector<Source>> ListSources() override {
    std::lock_guard<std::mutex> l(mu_);
    if (fail) return Status::IoError("fake failure");
    std::vector<Source> out;
    for (auto& [k, v] : sources_) out.push_back(v);
    return out;
  }
  Result<Source> GetSource(const std::string& slug) override {
    std::lock_guard<std::mutex> l(mu_);
    auto it = sources_.find(slug);
    if (it == sources_.end()) return Status::NotFound(slug);
    return it->second;
  }
  Status RecordSourceFetch(const std::string&, const SourceFetchReport&) override { return Status::Ok(); }
  Status SetSourcePaused(const std::string&, bool) override { return Status::Ok(); }
  Result<std::optional<HttpCacheEntry>> GetHttpCache(const std::string&) override {
    return std::optional<HttpCacheEntry>();
  }
  Status PutHttpCache(const std::string&, const HttpCacheEntry&) override { return Status::Ok(); }

  Result<UpsertOutcome> UpsertArticle(Article& article, const RawPage&) override {
    std::lock_guard<std::mutex> l(mu_);
    if (fail) return Status::IoError("fake failure");
    for (auto& a : articles_) {
      if (a.url == article.url) {
        article.id = a.id;
        a = article;
        ++version_;
        return UpsertOutcome::kUpdated;
      }
    }
    article.id = next_article_id_++;
    articles_.push_back(article);
    ++version_;
    return UpsertOutcome::kInserted;
  }
  Result<std::optional<Article>> GetArticle(Id id) override {
    std::lock_guard<std::mutex> l(mu_);
    if (fail) return Status::IoError("fake failure");
    ++article_reads_;
    for (auto& a : articles_) {
      if (a.id == id) return std::optional<Article>(a);
    }
    return std::optional<Article>();
  }
  Result<std::optional<Article>> GetArticleByUrl(const std::string& url) override {
    std::lock_guard<std::mutex> l(mu_);
    for (auto& a : articles_) {
      if (a.url == url) return std::optional<Article>(a);
    }
    return std::optional<Article>();
  }
  Result<std::vector<Article>> ListArticles(const ArticleQuery& q) override {
    std::lock_guard<std::mutex> l(mu_);
    if (fail) return Status::IoError("fake failure");
    auto all = Matching(q);
    std::vector<Article> out;
    for (int i = q.offset; i < static_cast<int>(all.size()) && static_cast<int>(out.size()) < q.limit; ++i) {
      out.push_back(all[i]);
    }
    return out;
  }
  Result<int> CountArticles(const ArticleQuery& q) override {
    std::lock_guard<std::mutex> l(mu_);
    if (fail) return Status::IoError("fake failure");
    return static_cast<int>(Matching(q).size());
  }
  Status ForEachRawPage(const std::function<Status(const RawPage&)>&) override { return Status::Ok(); }
  Result<std::vector<std::string>> ListRawPageUrls() override { return std::vector<std::string>(); }
  Result<std::optional<RawPage>> GetRawPage(const std::string&) override { return std::optional<RawPage>(); }
  Result<std::int64_t> DataVersion() override {
    std::lock_guard<std::mutex> l(mu_);
    if (fail) return Status::IoError("fake failure");
    return version_;
  }

  int article_reads() {
    std::lock_guard<std::mutex> l(mu_);
    return article_reads_;
  }

 private:
  std::vector<Article> Matching(const ArticleQuery& q) const {
    std::vector<Article> out;
    for (const auto& a : articles_) {
      if (!q.section.empty() && a.section != q.section) continue;
      if (!q.region.empty() && a.region != q.region) continue;
      if (!q.source.empty() && a.source_slug != q.source) continue;
      out.push_back(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const Article& x, const Article& y) {
      return x.published.value_or(x.fetched_at) > y.published.value_or(y.fetched_at);
    });
    return out;
  }

  std::mutex mu_;
  std::map<std::string, Source> sources_;
  std::vector<Article> articles_;
  std::int64_t version_ = 1;
  Id next_source_id_ = 1;
  Id next_article_id_ = 1;
  int article_reads_ = 0;
};

}  // namespace bs::testing
