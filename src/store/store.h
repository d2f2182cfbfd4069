// The storage contract. Everything above this layer talks to a `Store`; all SQL
// lives below it. SQLite (store/sqlite/) is the embedded default; a PostgreSQL
// backend implements the same interface for multi-node deployments.
//
// Thread-safety: a Store may be shared by threads; implementations serialise
// or pool connections internally. Every method is atomic: it either applies
// completely or returns an error and changes nothing.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "store/discuss_types.h"
#include "store/newsletter_types.h"
#include "store/outbox_types.h"

namespace bs {

// Validators remembered per URL for conditional GET.
struct HttpCacheEntry {
  std::string etag;
  std::string last_modified;
};

// The outcome of one poll of a source, for its health line.
struct SourceFetchReport {
  Timestamp at = 0;
  int http_status = 0;   // 0 when no response (network error, refused)
  std::string error;     // empty on success
};

// A raw fetched page, kept so `reextract` can rebuild articles.
struct RawPage {
  std::string url;           // canonical URL of the article
  std::string final_url;     // URL after redirects, used to resolve relative links
  std::string content_type;  // from the HTTP header
  std::string body;          // uncompressed bytes as fetched
  Timestamp fetched_at = 0;
};

// ---- operator accounts (the /admin desk). The store keeps only hashes:
// passwords as libsodium argon2id strings, session tokens as a digest of the
// token, so a copy of the database grants no access.

// Ordered by increasing trust; the web layer maps roles to permissions.
enum class Role { kReader = 0, kModerator = 1, kEditor = 2, kAdmin = 3 };

struct Account {
  Id id = 0;
  std::string username;       // unique, compared case-insensitively (ASCII)
  std::string email;          // unique when set; "" = none
  std::string password_hash;  // crypto_pwhash_str output
  Role role = Role::kReader;
  Timestamp created_at = 0;
  bool disabled = false;
};

struct SessionRecord {
  std::string token_hash;   // hex digest of the cookie token; the key
  Id user_id = 0;
  std::string csrf_secret;  // hex key for this session's form tokens
  Timestamp created_at = 0;
  Timestamp expires_at = 0;  // absolute end of the session
  Timestamp last_seen = 0;
};

// Operator edits to a configured source. The configuration file stays the
// truth for everything else; SyncSource never touches these. An unset field
// means "use the configured value".
struct SourceOverride {
  std::string slug;
  std::optional<std::string> about;
  std::optional<std::map<std::string, std::string>> section_map;
};

// Replaces the configured values in `source` by those `o` sets.
void ApplySourceOverride(Source& source, const SourceOverride& o);

// Front-page pins.
inline constexpr int kMaxPins = 12;  // a block longer than a screen is no longer a highlight

enum class UpsertOutcome { kInserted, kUpdated, kUnchanged };

struct ArticleQuery {
  std::string section;  // slug; empty = any
  std::string region;   // slug; empty = any
  std::string source;   // slug; empty = any
  std::string author;   // exact author name; empty = any
  std::string tag;      // exact tag; empty = any
  // Rivers show one copy of a syndicated text: duplicates (articles with a
  // duplicate_of in their organisation) are left out unless asked for.
  bool include_duplicates = false;
  int limit = 20;   // implementations may cap it (SQLite: 1000); negative = 0
  int offset = 0;   // negative = 0
};

// ---- organisation: the organiser's verdicts (organise/organiser.h), stored
// so pages look them up instead of computing them. Ingest recomputes them and
// replaces them as a whole; editor operations are kept apart as a log that
// every recomputation replays, so ingest never undoes an editor.

// Bounds on what the organisation calls accept.
inline constexpr std::size_t kMaxOrganisedArticles = 20'000'000;  // rows per ReplaceOrganisation (years of a large network)
inline constexpr std::size_t kMaxOrganisationLinks = 64;  // ids per read_next/same_topic/related
inline constexpr std::size_t kMaxStoryTitleBytes = 1024;  // longer titles are cut (UTF-8 safe)
inline constexpr std::size_t kMaxSectionSlugBytes = 128;
// About 300 bytes per article compressed: room for ten million and more.
inline constexpr std::size_t kMaxOrganiserSnapshotBytes = std::size_t{4} << 30;

// A story: coverage of one event. Its id is the id of its founding article
// (the earliest published), so story URLs stay stable across recomputation
// unless an earlier article arrives.
struct StoryRecord {
  Id id = 0;
  std::string title;            // the most representative headline
  Timestamp first_seen = 0;     // earliest published time of its articles
  Timestamp last_updated = 0;   // latest published time of its articles
  int article_count = 0;        // canonical articles and duplicates alike
  int source_count = 0;         // distinct sources of its canonical articles (a
                                // syndicated copy is not a second paper's coverage)
};

// One article's place in the organisation.
struct ArticleOrganisation {
  Id article_id = 0;
  Id story_id = 0;       // 0 = no story (should not happen once organised)
  Id duplicate_of = 0;   // the canonical copy; 0 = this is canonical or unique
  std::vector<Id> read_next;   // same story, other sources, best first
  std::vector<Id> same_topic;  // earlier stories of the running topic, best first
  std::vector<Id> related;     // same section, similar entities, best first
};

// Which articles the stored organisation covers: every article whose id is
// at most `through`, organised in id order (arrival order), descending from
// the full recompute numbered `epoch`. Incremental steps move `through`; a
// full recompute starts a new epoch.
struct OrganisationMark {
  std::int64_t epoch = 0;
  Id through = 0;
  Id edits = 0;  // the last editor edit (seq) applied to the stored organisation
  bool operator==(const OrganisationMark&) const = default;
};

// The organiser's persisted state (Organiser::Snapshot) as of `mark`, so a
// process resumes from it and replays only the articles after mark.through.
struct OrganiserSnapshot {
  OrganisationMark mark;
  Timestamp saved_at = 0;
  std::string bytes;
};

// What one incremental organisation step writes.
struct OrganisationStep {
  std::vector<StoryRecord> stories;
  std::vector<ArticleOrganisation> rows;
  // Editor edits the step applied, with the article after which it applied
  // them: their after_article moves up to it, so a recompute applies them
  // where the step did.
  std::vector<std::pair<Id, Id>> placed;  // (edit seq, position)
  // Stories an edit may have emptied: deleted when no row names them.
  std::vector<Id> vacated;
};

// An editor's operation on stories, replayed after every recomputation.
struct StoryEdit {
  enum class Kind { kMerge = 0, kSplit = 1 };
  Id seq = 0;          // assigned by the store, increasing
  Kind kind = Kind::kMerge;
  Id article_a = 0;    // merge: a's story absorbs b's; split: the article leaving
  Id article_b = 0;    // merge only
  Id editor_id = 0;    // account that made it; 0 = command line
  Timestamp at = 0;
  // The organisation's mark.through when it was made (set by the store): a
  // recompute applies the edit once the articles up to here are in, where
  // the editor made it, so later articles join the edited stories as they
  // did live. 0 for edits older than schema v12: once both articles are in.
  Id after_article = 0;
};

// A section the trained classifier chose for an article.
struct SectionGuess {
  Id article_id = 0;
  std::string section;      // site section slug
  double confidence = 0.0;  // 0..1
};

struct StoryListQuery {
  std::string region;  // stories with at least one article from this region; empty = any
  std::string section; // stories whose canonical articles include this section; empty = any
  int min_sources = 1; // "top stories" ask for 2+
  std::optional<Timestamp> since;  // last_updated >= since
  int limit = 20;
  int offset = 0;
};

// ---- site search. Text is turned into index terms above the store (the
// text Analyzer: segmentation, stop words, stemming); the store only keeps
// and matches those terms, so it stays independent of any language.

// Index terms of one article, each field a space-separated list of
// already-normalised terms in text order.
struct SearchDocument {
  std::string headline;
  std::string standfirst;
  std::string body;
  std::string authors;
};

enum class SearchOrder { kRelevance, kNewest };

struct SearchQuery {
  // Every group must match; within a group any one term is enough (the
  // forms one query word may take: stemmed in several languages, unstemmed).
  // Terms are data, never query syntax: the store quotes them.
  std::vector<std::vector<std::string>> terms;
  std::string section;   // slug; empty = any
  std::string source;    // slug; empty = any
  std::string region;    // slug; empty = any
  std::string language;  // article language; empty = any
  std::optional<Timestamp> from;  // inclusive, on published (fetch time when unknown)
  std::optional<Timestamp> to;    // inclusive
  SearchOrder order = SearchOrder::kRelevance;
  int limit = 20;  // implementations may cap it (SQLite: 100); negative = 0
  int offset = 0;  // negative = 0
};

struct SearchResults {
  std::vector<Article> articles;  // the requested page, in order
  int total = 0;                  // matches over all pages
  // Counting every match of a common word cost more than the page itself, so
  // the store counts only so far: when true there are more than `total`
  // matches and pages past `total` may still hold results.
  bool total_is_lower_bound = false;
};

class Store {
 public:
  virtual ~Store() = default;

  // ---- sources: configuration is the truth for identity and settings; the
  // store adds health and the paused flag an operator may set.
  // Inserts or updates by slug; keeps health and `paused`. Fills source.id.
  virtual Status SyncSource(Source& source) = 0;
  virtual Result<std::vector<Source>> ListSources() = 0;
  virtual Result<Source> GetSource(const std::string& slug) = 0;
  virtual Status RecordSourceFetch(const std::string& slug, const SourceFetchReport& report) = 0;
  virtual Status SetSourcePaused(const std::string& slug, bool paused) = 0;

  // ---- conditional GET validators
  virtual Result<std::optional<HttpCacheEntry>> GetHttpCache(const std::string& url) = 0;
  virtual Status PutHttpCache(const std::string& url, const HttpCacheEntry& entry) = 0;

  // ---- articles
  // Stores the raw page and the article in one transaction, keyed by the
  // canonical `article.url`. Nothing is written when the article's
  // content_hash and the raw page are unchanged. Fills article.id.
  // Upserting an existing URL updates that article in place (same id, every
  // other field replaced), which is how reextract rewrites articles: it
  // passes the stored raw page back with the new content.
  virtual Result<UpsertOutcome> UpsertArticle(Article& article, const RawPage& raw) = 0;
  virtual Result<std::optional<Article>> GetArticle(Id id) = 0;
  virtual Result<std::optional<Article>> GetArticleByUrl(const std::string& canonical_url) = 0;
  // Newest first by published time (fetch time when unknown).
  virtual Result<std::vector<Article>> ListArticles(const ArticleQuery& query) = 0;
  virtual Result<int> CountArticles(const ArticleQuery& query) = 0;

  // ---- raw pages, for reextract
  // Calls `visit` for every stored raw page; stops early and returns the
  // callback's error if it returns one.
  // `visit` must not call back into the store (the connection may be held).
  virtual Status ForEachRawPage(const std::function<Status(const RawPage&)>& visit) = 0;
  // Canonical URLs of all stored raw pages, oldest first; with GetRawPage this
  // lets a caller walk the pages while writing to the store.
  virtual Result<std::vector<std::string>> ListRawPageUrls() = 0;
  virtual Result<std::optional<RawPage>> GetRawPage(const std::string& canonical_url) = 0;

  // ---- site search. Defaults report kInternal so decorators and other
  // backends compile until they implement search.
  // Replaces the search entry of article `id` (which must exist). Does not
  // move DataVersion: readers see no change until the article itself does.
  virtual Status IndexArticleForSearch(Id id, const SearchDocument& doc) {
    return Status::Internal("search is not supported by this store");
  }
  // A query without terms matches nothing (total 0).
  virtual Result<SearchResults> Search(const SearchQuery& query) {
    return Status::Internal("search is not supported by this store");
  }

  // ---- operator data. These have defaults so decorators and other backends
  // keep compiling: reads answer "nothing stored", writes are refused.
  // Pins, overrides (and SetSourcePaused) move DataVersion; accounts and
  // sessions do not, since no public page shows them.

  // Fills account.id. InvalidArgument when the username or email is taken.
  virtual Status CreateAccount(Account& account);
  // Exact username match, ASCII case-insensitive.
  virtual Result<std::optional<Account>> FindAccount(const std::string& username);
  virtual Result<std::optional<Account>> GetAccount(Id id);
  virtual Result<std::vector<Account>> ListAccounts();

  virtual Status CreateSession(const SessionRecord& session);
  virtual Result<std::optional<SessionRecord>> GetSession(const std::string& token_hash);
  virtual Status TouchSession(const std::string& token_hash, Timestamp now);
  virtual Status DeleteSession(const std::string& token_hash);
  // Removes sessions whose expires_at <= now; returns how many.
  virtual Result<int> DeleteExpiredSessions(Timestamp now);

  virtual Result<std::vector<SourceOverride>> ListSourceOverrides();
  // Stores `o` for o.slug (NotFound for an unknown source); an override with
  // no field set removes the row.
  virtual Status SetSourceOverride(const SourceOverride& o);

  // Pinned articles in position order (lowest first), at most kMaxPins.
  virtual Result<std::vector<Article>> ListPinned();
  // Pins at the end, or moves an already pinned article to the end.
  // NotFound for an unknown id; LimitExceeded past kMaxPins.
  virtual Status PinArticle(Id article_id, Timestamp now);
  virtual Status UnpinArticle(Id article_id);

  // ---- organisation. Defaults: reads answer "nothing stored" (every
  // article canonical, no stories), writes are refused.
  // Replaces all stories and organisation rows in one transaction; moves
  // DataVersion. Articles missing from `rows` lose their organisation.
  // The new organisation covers articles up to `through` and editor edits up
  // to `edits`, and starts a new epoch of the mark, which is returned.
  virtual Result<OrganisationMark> ReplaceOrganisation(const std::vector<StoryRecord>& stories,
                                                       const std::vector<ArticleOrganisation>& rows,
                                                       Id through = 0, Id edits = 0);
  // The incremental step: writes the stories and rows that differ from what
  // is stored (equal ones are left alone and do not move DataVersion) and
  // sets the mark to `next` (same epoch, never behind), all in one
  // transaction. Conflict when the stored mark is not `expected` (another
  // process organised first; nothing is written). Returns the rows and
  // stories written.
  virtual Result<int> ApplyOrganisation(const OrganisationMark& expected, const OrganisationMark& next,
                                        const OrganisationStep& step);
  // Every article whose stored organisation names `story_id`, in id order
  // (no page limit: an edit rewrites them all).
  virtual Result<std::vector<Id>> ListStoryMemberIds(Id story_id);
  virtual Result<OrganisationMark> GetOrganisationMark();
  // Replaces the stored snapshot (at most one is kept); bytes up to
  // kMaxOrganiserSnapshotBytes. Conflict for a snapshot of another epoch
  // than the stored mark's, or behind the stored snapshot.
  virtual Status PutOrganiserSnapshot(const OrganiserSnapshot& snapshot);
  virtual Result<std::optional<OrganiserSnapshot>> GetOrganiserSnapshot();
  virtual Result<std::optional<ArticleOrganisation>> GetOrganisation(Id article_id);
  virtual Result<std::optional<StoryRecord>> GetStory(Id story_id);
  // Stories by last_updated, newest first.
  virtual Result<std::vector<StoryRecord>> ListStories(const StoryListQuery& query);
  // The articles of a story, oldest first, duplicates included.
  virtual Result<std::vector<Article>> ListStoryArticles(Id story_id);
  // The copies whose duplicate_of is `canonical_id`, oldest first.
  virtual Result<std::vector<Article>> ListDuplicates(Id canonical_id);
  // Appends to the editor log (fills edit.seq); moves DataVersion.
  virtual Status AddStoryEdit(StoryEdit& edit);
  // In seq order.
  virtual Result<std::vector<StoryEdit>> ListStoryEdits();
  // An editor's section choice: sets section with SectionOrigin::kEditor,
  // which UpsertArticle then keeps. NotFound for an unknown article.
  virtual Status SetArticleSection(Id article_id, const std::string& section_slug);
  // Named binary models (the section classifier); nullopt when absent.
  virtual Status PutModel(const std::string& name, const std::string& bytes);
  virtual Result<std::optional<std::string>> GetModel(const std::string& name);
  // The classifier's sections (SectionOrigin::kClassifier), in one
  // transaction. Only articles whose section is a default or an earlier
  // guess change: mapped and editor sections are never overridden. Unknown
  // ids are skipped. Moves DataVersion when any section changed.
  virtual Status SetClassifiedSections(const std::vector<SectionGuess>& guesses);
  // Every article, oldest first by published time (fetch time when unknown;
  // ties by id), for recomputing the organisation; with `since`, only those
  // whose time is >= since. Stops at the first error `visit` returns.
  // Implementations may read in pages and release locks between them, so
  // concurrent writes may or may not be seen; `visit` must not call the store.
  virtual Status ForEachArticle(const std::function<Status(const Article&)>& visit,
                                std::optional<Timestamp> since = std::nullopt);
  // Every article with after < id <= through, in id order, paged as above.
  virtual Status ForEachArticleById(const std::function<Status(const Article&)>& visit, Id after, Id through);
  // The highest article id stored, 0 when there is none.
  virtual Result<Id> LastArticleId();

  // ---- newsletter (newsletter_types.h). Defaults refuse writes and read
  // as "nothing stored". None of these move DataVersion except the issue
  // state changes that put an issue into (or change it in) the public
  // archive: StartIssueSend and FinishIssueIfDone.

  // Shared secrets (token keys, the IP-hash salt) kept in the database so
  // that every process and node signs alike: stores `candidate` under `name`
  // unless a value exists, and returns the stored value.
  virtual Result<std::string> GetOrCreateSecret(const std::string& name, const std::string& candidate);

  // Fixed-window counter: true (and counts the hit) while `key` has fewer
  // than `max` hits in the window of `window_seconds` containing `now`;
  // false once the limit is reached. Old windows are pruned as it goes.
  virtual Result<bool> TakeRateLimit(const std::string& key, Timestamp now, int window_seconds, int max);

  // Exact match on the normalised address (case-insensitive).
  virtual Result<std::optional<Subscriber>> FindSubscriber(const std::string& email);
  virtual Result<std::optional<Subscriber>> GetSubscriber(Id id);
  // Sign-up: creates the subscriber (state pending) or, for a known address,
  // sets pending_editions and the confirmation token fields; a confirmed
  // subscriber keeps state and editions until it confirms. Appends `consent`
  // (its subscriber_id is filled in). Fills `s` with the stored row.
  virtual Status SaveSignup(Subscriber& s, const ConsentRecord& consent);
  // Single use: the subscriber whose open confirmation token has this digest
  // and has not expired at `now` becomes confirmed with its pending
  // editions; the token is cleared and `consent` appended. nullopt when no
  // such token is open (unknown, used or expired).
  virtual Result<std::optional<Subscriber>> ConfirmSubscriber(const std::string& token_hash, Timestamp now,
                                                              const ConsentRecord& consent);
  // Preferences: replaces the editions of a confirmed subscriber (an empty
  // list unsubscribes) and appends `consent`. NotFound for an unknown id.
  virtual Status SetSubscriberEditions(Id id, const std::vector<std::string>& editions,
                                       const ConsentRecord& consent);
  // Leaves at once: state unsubscribed, its pending deliveries cancelled.
  // Idempotent. NotFound for an unknown id.
  virtual Status UnsubscribeSubscriber(Id id, Timestamp now, const ConsentRecord& consent);
  virtual Result<std::vector<ConsentRecord>> ListConsents(Id subscriber_id);
  virtual Result<std::vector<DeliveryRecord>> ListSubscriberDeliveries(Id subscriber_id);
  // Erasure: deletes the subscriber, its consents and deliveries, and adds
  // `suppression_hash` (a salted hash of the address) to the suppression
  // list, in one transaction. NotFound for an unknown id.
  virtual Status EraseSubscriber(Id id, const std::string& suppression_hash, Timestamp now);
  virtual Result<bool> IsSuppressed(const std::string& suppression_hash);
  virtual Status Suppress(const std::string& suppression_hash, const std::string& reason, Timestamp now);
  // A bounce for `email`: a hard one marks the subscriber failed and
  // suppresses `suppression_hash`; a soft one counts, and the
  // `soft_limit`-th marks it failed too. Unknown addresses: Ok, nothing kept.
  // Returns true when the address is (now) failed.
  virtual Result<bool> RecordBounce(const std::string& email, const std::string& suppression_hash, bool hard,
                                    int soft_limit, Timestamp now);
  // Confirmed, not failed subscribers receiving `edition` ("" = any).
  virtual Result<int> CountSubscribers(const std::string& edition);

  // Issues. Creating is idempotent per (edition, date): when that issue
  // exists nothing is written and `issue` is filled with the stored one;
  // returns true when it was created (the "draft" edit is logged then).
  virtual Result<bool> CreateIssue(NewsletterIssue& issue, const IssueEdit& created);
  virtual Result<std::optional<NewsletterIssue>> GetIssue(Id id);
  virtual Result<std::optional<NewsletterIssue>> FindIssue(const std::string& edition, const std::string& date);
  // Newest date first; `edition` "" = any; only the given states (empty = any).
  virtual Result<std::vector<NewsletterIssue>> ListIssues(const std::string& edition,
                                                         const std::vector<IssueState>& states, int limit,
                                                         int offset);
  // Saves subject, intro, items, state (draft/scheduled only) and send_at of
  // a draft or scheduled issue and logs `edit`, in one transaction.
  // Refused once the issue is sending or sent; NotFound for an unknown id.
  virtual Status UpdateIssue(const NewsletterIssue& issue, const IssueEdit& edit);
  virtual Result<std::vector<IssueEdit>> ListIssueEdits(Id issue_id);
  // Freezes a draft or scheduled issue (state sending) and enqueues one
  // delivery per confirmed, not failed subscriber of its edition, in one
  // transaction; logs `edit`. Idempotent: an issue already sending or sent
  // enqueues nothing. Returns the number of deliveries enqueued.
  virtual Result<int> StartIssueSend(Id issue_id, Timestamp now, const IssueEdit& edit);
  // Up to `limit` (≤ kMaxDeliveryBatch) pending deliveries of the issue due
  // at `now`, in subscriber order, skipping subscribers that are no longer
  // confirmed (those are cancelled).
  virtual Result<std::vector<DeliveryTask>> ClaimDeliveries(Id issue_id, Timestamp now, int limit);
  // Recorded in the instant before the SMTP end of data: from here on the
  // delivery is never attempted again, so a crash cannot send it twice.
  virtual Status MarkDeliverySent(Id issue_id, Id subscriber_id, Timestamp now);
  // The server refused the message after all (or a transient failure):
  // back to pending, to retry at `next_attempt_at`.
  virtual Status MarkDeliveryRetry(Id issue_id, Id subscriber_id, Timestamp next_attempt_at,
                                   const std::string& error);
  // Permanent failure: the delivery fails and the subscriber is marked failed.
  virtual Status MarkDeliveryFailed(Id issue_id, Id subscriber_id, const std::string& error, Timestamp now);
  virtual Result<DeliveryProgress> GetDeliveryProgress(Id issue_id);
  // When no delivery of a sending issue is pending: state sent, sent_at =
  // now. Returns true when the issue is (now) sent.
  virtual Result<bool> FinishIssueIfDone(Id issue_id, Timestamp now);

  // ---- readers and comments (discuss_types.h). None of these moves
  // DataVersion: a comment changes only its own thread's pages, whose
  // version ThreadVersion gives (the page cache keys on it).

  // A reader account: role reader, `profile.display_key` unique across
  // readers. InvalidArgument "name" or "email" (in the message) when taken.
  virtual Status CreateReader(Account& account, ReaderProfile& profile);
  virtual Result<std::optional<ReaderProfile>> GetReaderProfile(Id user_id);
  virtual Result<std::optional<Account>> FindAccountByEmail(const std::string& email);
  // True when a reader other than `except_user` has this display key.
  virtual Result<bool> DisplayKeyTaken(const std::string& display_key, Id except_user);
  // Name, key and notification settings of an existing reader.
  virtual Status UpdateReaderProfile(const ReaderProfile& profile);
  virtual Status ConfirmReaderEmail(Id user_id);
  // A reader's optional password (crypto_pwhash_str output); NotFound for an unknown id.
  virtual Status SetAccountPassword(Id user_id, const std::string& password_hash);
  virtual Status SetReaderBan(Id user_id, Timestamp banned_until, const ModerationAction& action);
  // Deletion: the account's comments become "[deleted]" (body gone), its
  // likes, reports, sessions and tokens are removed, and the row keeps only
  // its id (so replies still hang together). One transaction.
  virtual Status DeleteReader(Id user_id, Timestamp now);
  virtual Status CreateAccountToken(const AccountToken& token);
  // Single use: the token is deleted; nullopt when unknown, of another
  // purpose or expired.
  virtual Result<std::optional<Id>> ConsumeAccountToken(const std::string& digest, const std::string& purpose,
                                                        Timestamp now);

  // The ids of `article_id`'s copy group: its canonical article first, then
  // the canonical's duplicates by id (including `article_id`). Ids only: the
  // thread lookup on every article page must stay cheap. NotFound for an
  // unknown article.
  virtual Result<std::vector<Id>> ListCopyGroup(Id article_id);
  // Fills comment.id. The thread's version moves.
  virtual Status CreateComment(Comment& comment);
  virtual Result<std::optional<Comment>> GetComment(Id id);
  // The thread of a copy group: comments whose thread_id is one of `group`
  // (the group's article ids, so a thread follows its canonical article
  // when the organisation changes). Published, hidden-by-reports shown as
  // such, and deleted ones (as "[deleted]"), plus `viewer`'s own held ones;
  // featured first, then by `sort`. Top-level comments are paged
  // (`limit` ≤ kMaxThreadPage, `offset`); each page carries all their replies.
  virtual Result<std::vector<Comment>> ListThread(const std::vector<Id>& group, Id viewer, ThreadSort sort,
                                                  int limit, int offset);
  // Published comments of the group, and top-level ones (for paging).
  virtual Result<std::pair<int, int>> CountThread(const std::vector<Id>& group);
  // Published comments per article id, for rivers: each id's own copy group
  // is not known here, so callers pass canonical ids.
  virtual Result<std::map<Id, int>> CountComments(const std::vector<Id>& thread_ids);
  // Bumped by every change to a comment of the thread (post, edit, like,
  // report, moderation); 0 for a thread without comments.
  virtual Result<std::int64_t> ThreadVersion(const std::vector<Id>& group);
  // The author's edit: new body and the pipeline's verdict on it.
  // Refused unless `author_id` wrote it and it is published or held.
  virtual Status EditComment(Id id, Id author_id, const std::string& body, CommentState state,
                             const std::vector<std::string>& reasons, double spam, Timestamp now);
  virtual Status DeleteOwnComment(Id id, Id author_id);
  // One like per reader: true when this one was new.
  virtual Result<bool> LikeComment(Id id, Id user_id);
  // One report per reader per comment (InvalidArgument for a second);
  // NotFound for a deleted or unknown comment. When `hide_at` reports from
  // readers in good standing are reached, a published comment is hidden.
  // Returns true when this report hid it.
  virtual Result<bool> ReportComment(const CommentReport& report, int hide_at);
  virtual Result<std::vector<CommentReport>> ListCommentReports(Id comment_id);
  // A moderator's decision: the new state (and featured flag), logged. A
  // rejection stores "moderator:<action.detail>" as the comment's reason.
  virtual Status ModerateComment(Id id, CommentState state, bool featured, const ModerationAction& action);
  // Queues for the desk, newest first: "held" (held and hidden), "reported"
  // (with reports, not yet decided), "published", "rejected". `sources`
  // limits them to comments on those papers' articles (empty = all).
  virtual Result<std::vector<Comment>> ListModerationQueue(const std::string& queue,
                                                           const std::vector<std::string>& sources, int limit);
  virtual Result<std::vector<ModerationAction>> ListModerationLog(int limit);
  virtual Status LogModeration(const ModerationAction& action);
  // For the pipeline's context.
  virtual Result<int> CountCommentsByAuthorSince(Id author_id, Timestamp since);
  virtual Result<int> CountCommentsFromNetworkSince(const std::string& network, Timestamp since);
  virtual Result<int> CountApprovedComments(Id author_id);
  virtual Result<std::vector<Comment>> ListAuthorComments(Id author_id, int limit);
  // An editor's explicit close (true) or open (false) of a thread; nullopt
  // when nobody set one (then the section's age rule applies).
  virtual Status SetThreadClosed(Id thread_id, bool closed, const ModerationAction& action);
  virtual Result<std::optional<bool>> ThreadClosed(const std::vector<Id>& group);
  virtual Status BanEmailDomain(const std::string& domain, const ModerationAction& action);
  virtual Result<bool> EmailDomainBanned(const std::string& domain);
  // The partner papers a moderator may act on (empty = all).
  virtual Status SetModeratorSources(Id user_id, const std::vector<std::string>& sources);
  virtual Result<std::vector<std::string>> GetModeratorSources(Id user_id);
  // The source slug of the article a comment was posted on.
  virtual Result<std::string> CommentSource(Id comment_id);
  // A moderator's digest address; empty turns the digest off.
  virtual Status SetModeratorDigest(Id user_id, const std::string& email);
  virtual Result<std::optional<ModeratorDigest>> GetModeratorDigest(Id user_id);
  // Digests last sent at or before `due_before`, oldest first (≤ `limit`).
  virtual Result<std::vector<ModeratorDigest>> ListDueModeratorDigests(Timestamp due_before, int limit);
  // Moves last_sent_at to `now` if it is still at or before `due_before`:
  // true for the one caller (of any node) that may queue this digest.
  virtual Result<bool> ClaimModeratorDigest(Id user_id, Timestamp due_before, Timestamp now);

  // ---- outbox of transactional mail (outbox_types.h); no DataVersion change.
  // Stores `mail` (message ≤ kMaxOutboxMessageBytes) as pending, due at `now`;
  // fills mail.id.
  virtual Status EnqueueOutboxMail(OutboxMail& mail, Timestamp now);
  // Up to `limit` (≤ kMaxOutboxBatch) pending mails due at `now`, oldest
  // first, each leased for `lease_seconds` (its due time moves on), so a
  // second worker — another process or node — does not take it meanwhile.
  // Settled mails older than `prune_before` are deleted on the way.
  virtual Result<std::vector<OutboxMail>> ClaimOutbox(Timestamp now, int lease_seconds, int limit,
                                                      Timestamp prune_before);
  // Just before the SMTP end of data, as MarkDeliverySent: Refused when the
  // mail is not pending any more. The message is dropped: links in it are live.
  virtual Status MarkOutboxSent(Id id, Timestamp now);
  // A transient failure: pending again (with its message, when `message` is
  // given back after MarkOutboxSent), due at `next_attempt_at`.
  virtual Status MarkOutboxRetry(Id id, const std::string& message, Timestamp next_attempt_at,
                                 const std::string& error);
  virtual Status MarkOutboxFailed(Id id, const std::string& error, Timestamp now);
  // Pending mails (for the desk and tests).
  virtual Result<int> CountPendingOutbox();

  // A counter that changes whenever any article or source changes; the web
  // layer keys its page cache on it. Source health (RecordSourceFetch) and
  // HTTP validators do not count as changes: a poll that finds nothing new
  // leaves cached pages valid.
  virtual Result<std::int64_t> DataVersion() = 0;
};

// Opens (creating if needed) an SQLite database at `path`, in WAL mode with
// foreign keys on, and applies pending schema migrations.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace bs
