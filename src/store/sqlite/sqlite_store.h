// The SQLite implementation of Store, internal to store/sqlite; everything
// else reaches it through OpenSqliteStore() in store/store.h.
//
// Connection: one sqlite3 connection per SqliteStore, in WAL mode (readers in
// other processes never block the writer), synchronous=NORMAL (a power cut
// may lose the last commits but never corrupts), foreign keys on,
// secure_delete=FAST (deleted content is zeroed in the pages a write touches,
// so erased personal data does not linger in the file), and a busy timeout so
// concurrent processes wait for each other instead of failing.
//
// Thread-safety: every public method takes `mu_` for its whole duration, so
// calls from many threads are serialised on the one connection. The store's
// write volume (one transaction per fetched page) is far below what a single
// connection sustains, so a pool would add complexity for nothing.
//
// Semantics beyond store.h:
//  * Article URLs are canonicalised (CanonicalizeUrl) on write and on lookup,
//    so URL variants that differ only in tracking parameters, case of the
//    host, default port or fragment name one article.
//  * raw_hash is the 64-bit FNV-1a of the raw body bytes (core/hash.h), as
//    16 hex digits. An article whose content_hash is empty gets one computed
//    here from its content fields, so "unchanged" detection always works.
//  * UpsertArticle on an existing URL updates the row in place: id is kept,
//    every other field is replaced by the caller's (reextract copies section,
//    region and fetched_at from the stored article to preserve them). When
//    only the raw page changed the outcome is kUpdated but data_version does
//    not move, since nothing a reader sees changed.
//  * data_version moves on article inserts/updates, on source configuration
//    changes (SyncSource with different settings, SetSourcePaused with a new
//    value) — not on RecordSourceFetch or the HTTP cache: a poll that finds
//    nothing new must leave cached pages valid.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "store/sqlite/statement.h"
#include "store/store.h"

namespace bs::sqlite {

// Largest raw page accepted for storage (uncompressed). Above the fetcher's
// default body cap with room to spare; it also bounds what reading a stored
// page back may allocate.
inline constexpr std::size_t kMaxRawPageBytes = 64u << 20;

// How long a call waits for another process's write lock. Ingest
// transactions take milliseconds; 5 s covers a WAL checkpoint on a slow disk
// without hanging a web request indefinitely.
inline constexpr int kBusyTimeoutMs = 5000;

// Reads of many articles are capped per call: rivers page through results.
inline constexpr int kMaxListLimit = 1000;

// The article SELECT every read shares (columns in ReadArticle's order);
// callers append joins, WHERE and ORDER BY.
inline constexpr const char* kArticleColumns =
    "SELECT a.id, a.url, s.slug, a.guid, a.title, a.standfirst, a.authors, a.author_bio,"
    " a.published, a.updated, a.fetched_at, a.section, a.region, a.language, a.tags,"
    " a.image_url, a.image_caption, a.image_credit, a.body_html, a.body_text, a.teaser,"
    " a.content_hash, a.section_origin, a.section_confidence, a.page_canonical_url"
    " FROM articles a JOIN sources s ON s.id = a.source_id";

// One row of kArticleColumns.
Result<Article> ReadArticle(const Statement& st);
// LimitExceeded when a row links more than kMaxOrganisationLinks in a list.
Status CheckOrganisationLinks(const std::vector<ArticleOrganisation>& rows);
// The stored integer of SectionOrigin; unknown values read as kMapping.
SectionOrigin SectionOriginFromInt(std::int64_t v);

class SqliteStore final : public Store {
 public:
  static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path);

  class Key {
    friend class SqliteStore;
    Key() = default;
  };
  SqliteStore(Key, Database db);

  Status SyncSource(Source& source) override;
  Result<std::vector<Source>> ListSources() override;
  Result<Source> GetSource(const std::string& slug) override;
  Status RecordSourceFetch(const std::string& slug, const SourceFetchReport& report) override;
  Status SetSourcePaused(const std::string& slug, bool paused) override;

  Result<std::optional<HttpCacheEntry>> GetHttpCache(const std::string& url) override;
  Status PutHttpCache(const std::string& url, const HttpCacheEntry& entry) override;

  Result<UpsertOutcome> UpsertArticle(Article& article, const RawPage& raw) override;
  Result<std::optional<Article>> GetArticle(Id id) override;
  Result<std::optional<Article>> GetArticleByUrl(const std::string& canonical_url) override;
  Result<std::vector<Article>> ListArticles(const ArticleQuery& query) override;
  Result<int> CountArticles(const ArticleQuery& query) override;

  Status ForEachRawPage(const std::function<Status(const RawPage&)>& visit) override;
  Result<std::vector<std::string>> ListRawPageUrls() override;
  Result<std::optional<RawPage>> GetRawPage(const std::string& canonical_url) override;

  Result<std::int64_t> DataVersion() override;

  // Site search (search_store.cc).
  Status IndexArticleForSearch(Id id, const SearchDocument& doc) override;
  Result<SearchResults> Search(const SearchQuery& query) override;

  // Operator desk (account_store.cc, operator_store.cc).
  Status CreateAccount(Account& account) override;
  Result<std::optional<Account>> FindAccount(const std::string& username) override;
  Result<std::optional<Account>> GetAccount(Id id) override;
  Result<std::vector<Account>> ListAccounts() override;
  Status CreateSession(const SessionRecord& session) override;
  Result<std::optional<SessionRecord>> GetSession(const std::string& token_hash) override;
  Status TouchSession(const std::string& token_hash, Timestamp now) override;
  Status DeleteSession(const std::string& token_hash) override;
  Result<int> DeleteExpiredSessions(Timestamp now) override;
  Result<std::vector<SourceOverride>> ListSourceOverrides() override;
  Status SetSourceOverride(const SourceOverride& o) override;
  Result<std::vector<Article>> ListPinned() override;
  Status PinArticle(Id article_id, Timestamp now) override;
  Status UnpinArticle(Id article_id) override;

  // Organisation (organisation_store.cc).
  Result<OrganisationMark> ReplaceOrganisation(const std::vector<StoryRecord>& stories,
                                               const std::vector<ArticleOrganisation>& rows,
                                               Id through = 0, Id edits = 0) override;
  Result<std::optional<ArticleOrganisation>> GetOrganisation(Id article_id) override;
  Result<std::optional<StoryRecord>> GetStory(Id story_id) override;
  Result<std::vector<StoryRecord>> ListStories(const StoryListQuery& query) override;
  Result<std::vector<Article>> ListStoryArticles(Id story_id) override;
  Result<std::vector<Article>> ListDuplicates(Id canonical_id) override;
  Status AddStoryEdit(StoryEdit& edit) override;
  Result<std::vector<StoryEdit>> ListStoryEdits() override;
  Status SetArticleSection(Id article_id, const std::string& section_slug) override;
  Status SetClassifiedSections(const std::vector<SectionGuess>& guesses) override;
  Status PutModel(const std::string& name, const std::string& bytes) override;
  Result<std::optional<std::string>> GetModel(const std::string& name) override;
  Status ForEachArticle(const std::function<Status(const Article&)>& visit,
                        std::optional<Timestamp> since = std::nullopt) override;
  Status ForEachArticleById(const std::function<Status(const Article&)>& visit, Id after, Id through) override;
  Result<Id> LastArticleId() override;

  // Incremental organisation (organisation_increment_store.cc).
  Result<int> ApplyOrganisation(const OrganisationMark& expected, const OrganisationMark& next,
                                const OrganisationStep& step) override;
  Result<std::vector<Id>> ListStoryMemberIds(Id story_id) override;
  Result<OrganisationMark> GetOrganisationMark() override;
  Status PutOrganiserSnapshot(const OrganiserSnapshot& snapshot) override;
  Result<std::optional<OrganiserSnapshot>> GetOrganiserSnapshot() override;

  // Newsletter (newsletter_store.cc).
  Result<std::string> GetOrCreateSecret(const std::string& name, const std::string& candidate) override;
  Result<bool> TakeRateLimit(const std::string& key, Timestamp now, int window_seconds, int max) override;
  Result<std::optional<Subscriber>> FindSubscriber(const std::string& email) override;
  Result<std::optional<Subscriber>> GetSubscriber(Id id) override;
  Status SaveSignup(Subscriber& s, const ConsentRecord& consent) override;
  Result<std::optional<Subscriber>> ConfirmSubscriber(const std::string& token_hash, Timestamp now,
                                                      const ConsentRecord& consent) override;
  Status SetSubscriberEditions(Id id, const std::vector<std::string>& editions,
                               const ConsentRecord& consent) override;
  Status UnsubscribeSubscriber(Id id, Timestamp now, const ConsentRecord& consent) override;
  Result<std::vector<ConsentRecord>> ListConsents(Id subscriber_id) override;
  Result<std::vector<DeliveryRecord>> ListSubscriberDeliveries(Id subscriber_id) override;
  Status EraseSubscriber(Id id, const std::string& suppression_hash, Timestamp now) override;
  Result<bool> IsSuppressed(const std::string& suppression_hash) override;
  Status Suppress(const std::string& suppression_hash, const std::string& reason, Timestamp now) override;
  Result<bool> RecordBounce(const std::string& email, const std::string& suppression_hash, bool hard,
                            int soft_limit, Timestamp now) override;
  Result<int> CountSubscribers(const std::string& edition) override;
  Result<bool> CreateIssue(NewsletterIssue& issue, const IssueEdit& created) override;
  Result<std::optional<NewsletterIssue>> GetIssue(Id id) override;
  Result<std::optional<NewsletterIssue>> FindIssue(const std::string& edition, const std::string& date) override;
  Result<std::vector<NewsletterIssue>> ListIssues(const std::string& edition, const std::vector<IssueState>& states,
                                                 int limit, int offset) override;
  Status UpdateIssue(const NewsletterIssue& issue, const IssueEdit& edit) override;
  Result<std::vector<IssueEdit>> ListIssueEdits(Id issue_id) override;
  Result<int> StartIssueSend(Id issue_id, Timestamp now, const IssueEdit& edit) override;
  Result<std::vector<DeliveryTask>> ClaimDeliveries(Id issue_id, Timestamp now, int limit) override;
  Status MarkDeliverySent(Id issue_id, Id subscriber_id, Timestamp now) override;
  Status MarkDeliveryRetry(Id issue_id, Id subscriber_id, Timestamp next_attempt_at,
                           const std::string& error) override;
  Status MarkDeliveryFailed(Id issue_id, Id subscriber_id, const std::string& error, Timestamp now) override;
  Result<DeliveryProgress> GetDeliveryProgress(Id issue_id) override;
  Result<bool> FinishIssueIfDone(Id issue_id, Timestamp now) override;


  Status CreateReader(Account& account, ReaderProfile& profile) override;
  Result<std::optional<ReaderProfile>> GetReaderProfile(Id user_id) override;
  Result<std::optional<Account>> FindAccountByEmail(const std::string& email) override;
  Result<bool> DisplayKeyTaken(const std::string& display_key, Id except_user) override;
  Status UpdateReaderProfile(const ReaderProfile& profile) override;
  Status ConfirmReaderEmail(Id user_id) override;
  Status SetAccountPassword(Id user_id, const std::string& password_hash) override;
  Status SetReaderBan(Id user_id, Timestamp banned_until, const ModerationAction& action) override;
  Status DeleteReader(Id user_id, Timestamp now) override;
  Status CreateAccountToken(const AccountToken& token) override;
  Result<std::optional<Id>> ConsumeAccountToken(const std::string& digest, const std::string& purpose,
                                                Timestamp now) override;
  Result<std::vector<Id>> ListCopyGroup(Id article_id) override;
  Status CreateComment(Comment& comment) override;
  Result<std::optional<Comment>> GetComment(Id id) override;
  Result<std::vector<Comment>> ListThread(const std::vector<Id>& group, Id viewer, ThreadSort sort, int limit,
                                          int offset) override;
  Result<std::pair<int, int>> CountThread(const std::vector<Id>& group) override;
  Result<std::map<Id, int>> CountComments(const std::vector<Id>& thread_ids) override;
  Result<std::int64_t> ThreadVersion(const std::vector<Id>& group) override;
  Status EditComment(Id id, Id author_id, const std::string& body, CommentState state,
                     const std::vector<std::string>& reasons, double spam, Timestamp now) override;
  Status DeleteOwnComment(Id id, Id author_id) override;
  Result<bool> LikeComment(Id id, Id user_id) override;
  Result<bool> ReportComment(const CommentReport& report, int hide_at) override;
  Result<std::vector<CommentReport>> ListCommentReports(Id comment_id) override;
  Status ModerateComment(Id id, CommentState state, bool featured, const ModerationAction& action) override;
  Result<std::vector<Comment>> ListModerationQueue(const std::string& queue, const std::vector<std::string>& sources,
                                                   int limit) override;
  Result<std::vector<ModerationAction>> ListModerationLog(int limit) override;
  Status LogModeration(const ModerationAction& action) override;
  Result<int> CountCommentsByAuthorSince(Id author_id, Timestamp since) override;
  Result<int> CountCommentsFromNetworkSince(const std::string& network, Timestamp since) override;
  Result<int> CountApprovedComments(Id author_id) override;
  Result<std::vector<Comment>> ListAuthorComments(Id author_id, int limit) override;
  Status SetThreadClosed(Id thread_id, bool closed, const ModerationAction& action) override;
  Result<std::optional<bool>> ThreadClosed(const std::vector<Id>& group) override;
  Status BanEmailDomain(const std::string& domain, const ModerationAction& action) override;
  Result<bool> EmailDomainBanned(const std::string& domain) override;
  Status SetModeratorSources(Id user_id, const std::vector<std::string>& sources) override;
  Result<std::vector<std::string>> GetModeratorSources(Id user_id) override;
  Status SetModeratorDigest(Id user_id, const std::string& email) override;
  Result<std::optional<ModeratorDigest>> GetModeratorDigest(Id user_id) override;
  Result<std::vector<ModeratorDigest>> ListDueModeratorDigests(Timestamp due_before, int limit) override;
  Result<bool> ClaimModeratorDigest(Id user_id, Timestamp due_before, Timestamp now) override;
  Result<std::string> CommentSource(Id comment_id) override;

  Status EnqueueOutboxMail(OutboxMail& mail, Timestamp now) override;
  Result<std::vector<OutboxMail>> ClaimOutbox(Timestamp now, int lease_seconds, int limit,
                                              Timestamp prune_before) override;
  Status MarkOutboxSent(Id id, Timestamp now) override;
  Status MarkOutboxRetry(Id id, const std::string& message, Timestamp next_attempt_at,
                         const std::string& error) override;
  Status MarkOutboxFailed(Id id, const std::string& error, Timestamp now) override;
  Result<int> CountPendingOutbox() override;

 private:
  // All below: caller holds mu_.
  Status BumpThreadVersion(Id thread_id);
  Status InsertModerationAction(const ModerationAction& action);
  Result<std::vector<Comment>> QueryComments(Statement& s);
  Result<std::optional<Subscriber>> QuerySubscriber(std::string_view where, const std::string* text, Id id);
  Result<std::vector<NewsletterIssue>> QueryIssues(const std::string& sql, const std::vector<std::string>& text_args,
                                                   const std::vector<std::int64_t>& int_args);
  Status AddConsent(Id subscriber_id, const ConsentRecord& c);
  // Unsubscribes `id` and cancels its pending deliveries (no consent row).
  Status LeaveLocked(Id id, Timestamp now);
  Status AddIssueEdit(Id issue_id, const IssueEdit& e);
  Status BumpDataVersion();
  // The organisation mark; the caller holds mu_.
  Result<OrganisationMark> ReadOrganisationMark();
  Result<std::vector<Account>> QueryAccounts(std::string_view where, const std::string* text_arg,
                                             std::optional<Id> id_arg);
  Result<std::vector<Source>> QuerySources(const std::string* slug);
  // Runs an article SELECT, binding text then integer arguments in order.
  Result<std::vector<Article>> QueryArticles(std::string_view sql,
                                             const std::vector<std::string>& text_args,
                                             const std::vector<std::int64_t>& int_args);

  std::mutex mu_;
  Database db_;           // declared before cache_: statements finalise first
  StatementCache cache_;
};

}  // namespace bs::sqlite
