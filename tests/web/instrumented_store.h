// A Store decorator for web tests: forwards every call to a real store,
// counts article reads (to observe the page cache) and can be switched to
// fail every call (to observe error handling).
#pragma once

#include <atomic>
#include <memory>
#include <utility>

#include "store/store.h"

namespace bs::testing {

class InstrumentedStore : public Store {
 public:
  explicit InstrumentedStore(std::unique_ptr<Store> inner) : inner_(std::move(inner)) {}

  std::atomic<bool> fail{false};  // every call returns an IoError while set
  int article_reads() const { return article_reads_.load(); }

  Status SyncSource(Source& source) override { return Guard() ? Failure() : inner_->SyncSource(source); }
  Result<std::vector<Source>> ListSources() override {
    if (Guard()) return Failure();
    return inner_->ListSources();
  }
  Result<Source> GetSource(const std::string& slug) override {
    if (Guard()) return Failure();
    return inner_->GetSource(slug);
  }
  Status RecordSourceFetch(const std::string& slug, const SourceFetchReport& report) override {
    return Guard() ? Failure() : inner_->RecordSourceFetch(slug, report);
  }
  Status SetSourcePaused(const std::string& slug, bool paused) override {
    return Guard() ? Failure() : inner_->SetSourcePaused(slug, paused);
  }
  Result<std::optional<HttpCacheEntry>> GetHttpCache(const std::string& url) override {
    if (Guard()) return Failure();
    return inner_->GetHttpCache(url);
  }
  Status PutHttpCache(const std::string& url, const HttpCacheEntry& entry) override {
    return Guard() ? Failure() : inner_->PutHttpCache(url, entry);
  }
  Result<UpsertOutcome> UpsertArticle(Article& article, const RawPage& raw) override {
    if (Guard()) return Failure();
    return inner_->UpsertArticle(article, raw);
  }
  Result<std::optional<Article>> GetArticle(Id id) override {
    if (Guard()) return Failure();
    ++article_reads_;
    return inner_->GetArticle(id);
  }
  Result<std::optional<Article>> GetArticleByUrl(const std::string& url) override {
    if (Guard()) return Failure();
    return inner_->GetArticleByUrl(url);
  }
  Result<std::vector<Article>> ListArticles(const ArticleQuery& q) override {
    if (Guard()) return Failure();
    return inner_->ListArticles(q);
  }
  Result<int> CountArticles(const ArticleQuery& q) override {
    if (Guard()) return Failure();
    return inner_->CountArticles(q);
  }
  Status ForEachRawPage(const std::function<Status(const RawPage&)>& visit) override {
    return Guard() ? Failure() : inner_->ForEachRawPage(visit);
  }
  Result<std::vector<std::string>> ListRawPageUrls() override {
    if (Guard()) return Failure();
    return inner_->ListRawPageUrls();
  }
  Result<std::optional<RawPage>> GetRawPage(const std::string& url) override {
    if (Guard()) return Failure();
    return inner_->GetRawPage(url);
  }
  // Organisation reads, forwarded so story pages see the real
  // store's data (the base class defaults answer "nothing stored").
  Result<OrganisationMark> ReplaceOrganisation(const std::vector<StoryRecord>& stories,
                                               const std::vector<ArticleOrganisation>& rows,
                                               Id through = 0, Id edits = 0) override {
    if (Guard()) return Failure();
    return inner_->ReplaceOrganisation(stories, rows, through, edits);
  }
  Result<std::optional<ArticleOrganisation>> GetOrganisation(Id id) override {
    if (Guard()) return Failure();
    return inner_->GetOrganisation(id);
  }
  Result<std::optional<StoryRecord>> GetStory(Id id) override {
    if (Guard()) return Failure();
    return inner_->GetStory(id);
  }
  Result<std::vector<StoryRecord>> ListStories(const StoryListQuery& q) override {
    if (Guard()) return Failure();
    return inner_->ListStories(q);
  }
  Result<std::vector<Article>> ListStoryArticles(Id id) override {
    if (Guard()) return Failure();
    return inner_->ListStoryArticles(id);
  }
  Result<std::vector<Article>> ListDuplicates(Id id) override {
    if (Guard()) return Failure();
    return inner_->ListDuplicates(id);
  }
  Result<std::int64_t> DataVersion() override {
    if (Guard()) return Failure();
    return inner_->DataVersion();
  }

 private:
  bool Guard() const { return fail.load(); }
  static Status Failure() { return Status::IoError("injected failure"); }

  std::unique_ptr<Store> inner_;
  std::atomic<int> article_reads_{0};
};

}  // namespace bs::testing
