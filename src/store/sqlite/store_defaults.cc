// Default bodies for the optional operator-data methods of Store (store.h):
// a backend or decorator that does not keep operator data reads as "none
// stored" and refuses writes, so public pages still render. Kept here, beside
// the only backend that overrides them, because store/ has no other .cc.
#include "store/store.h"

namespace bs {
namespace {

Status Unsupported(const char* what) {
  return Status::Refused(std::string("this store does not keep ") + what);
}

}  // namespace

void ApplySourceOverride(Source& source, const SourceOverride& o) {
  if (o.about) source.about = *o.about;
  if (o.section_map) source.section_map = *o.section_map;
}

Status Store::CreateAccount(Account&) { return Unsupported("accounts"); }
Result<std::optional<Account>> Store::FindAccount(const std::string&) { return std::optional<Account>(); }
Result<std::optional<Account>> Store::GetAccount(Id) { return std::optional<Account>(); }
Result<std::vector<Account>> Store::ListAccounts() { return std::vector<Account>(); }
Status Store::CreateSession(const SessionRecord&) { return Unsupported("sessions"); }
Result<std::optional<SessionRecord>> Store::GetSession(const std::string&) {
  return std::optional<SessionRecord>();
}
Status Store::TouchSession(const std::string&, Timestamp) { return Status::Ok(); }
Status Store::DeleteSession(const std::string&) { return Status::Ok(); }
Result<int> Store::DeleteExpiredSessions(Timestamp) { return 0; }
Result<std::vector<SourceOverride>> Store::ListSourceOverrides() { return std::vector<SourceOverride>(); }
Status Store::SetSourceOverride(const SourceOverride&) { return Unsupported("source overrides"); }
Result<std::vector<Article>> Store::ListPinned() { return std::vector<Article>(); }
Status Store::PinArticle(Id, Timestamp) { return Unsupported("pins"); }
Status Store::UnpinArticle(Id) { return Status::Ok(); }

Result<OrganisationMark> Store::ReplaceOrganisation(const std::vector<StoryRecord>&,
                                                    const std::vector<ArticleOrganisation>&, Id, Id) {
  return Unsupported("organisation");
}
Result<int> Store::ApplyOrganisation(const OrganisationMark&, const OrganisationMark&, const OrganisationStep&) {
  return Unsupported("organisation");
}
Result<std::vector<Id>> Store::ListStoryMemberIds(Id) { return std::vector<Id>(); }
Result<OrganisationMark> Store::GetOrganisationMark() { return OrganisationMark(); }
Status Store::PutOrganiserSnapshot(const OrganiserSnapshot&) { return Unsupported("organiser snapshots"); }
Result<std::optional<OrganiserSnapshot>> Store::GetOrganiserSnapshot() {
  return std::optional<OrganiserSnapshot>();
}
Result<std::optional<ArticleOrganisation>> Store::GetOrganisation(Id) {
  return std::optional<ArticleOrganisation>();
}
Result<std::optional<StoryRecord>> Store::GetStory(Id) { return std::optional<StoryRecord>(); }
Result<std::vector<StoryRecord>> Store::ListStories(const StoryListQuery&) {
  return std::vector<StoryRecord>();
}
Result<std::vector<Article>> Store::ListStoryArticles(Id) { return std::vector<Article>(); }
Result<std::vector<Article>> Store::ListDuplicates(Id) { return std::vector<Article>(); }
Status Store::AddStoryEdit(StoryEdit&) { return Unsupported("story edits"); }
Result<std::vector<StoryEdit>> Store::ListStoryEdits() { return std::vector<StoryEdit>(); }
Status Store::SetArticleSection(Id, const std::string&) { return Unsupported("editor sections"); }
Status Store::PutModel(const std::string&, const std::string&) { return Unsupported("models"); }
Result<std::optional<std::string>> Store::GetModel(const std::string&) {
  return std::optional<std::string>();
}
Status Store::SetClassifiedSections(const std::vector<SectionGuess>&) {
  return Unsupported("classified sections");
}
Status Store::ForEachArticleById(const std::function<Status(const Article&)>&, Id, Id) {
  return Unsupported("article walks");
}
Result<Id> Store::LastArticleId() { return Id{0}; }
Status Store::ForEachArticle(const std::function<Status(const Article&)>&, std::optional<Timestamp>) {
  return Unsupported("article scans");
}

Result<std::string> Store::GetOrCreateSecret(const std::string&, const std::string&) {
  return Unsupported("secrets");
}
Result<bool> Store::TakeRateLimit(const std::string&, Timestamp, int, int) { return Unsupported("rate limits"); }
Result<std::optional<Subscriber>> Store::FindSubscriber(const std::string&) { return std::optional<Subscriber>(); }
Result<std::optional<Subscriber>> Store::GetSubscriber(Id) { return std::optional<Subscriber>(); }
Status Store::SaveSignup(Subscriber&, const ConsentRecord&) { return Unsupported("subscribers"); }
Result<std::optional<Subscriber>> Store::ConfirmSubscriber(const std::string&, Timestamp, const ConsentRecord&) {
  return std::optional<Subscriber>();
}
Status Store::SetSubscriberEditions(Id, const std::vector<std::string>&, const ConsentRecord&) {
  return Unsupported("subscribers");
}
Status Store::UnsubscribeSubscriber(Id, Timestamp, const ConsentRecord&) { return Unsupported("subscribers"); }
Result<std::vector<ConsentRecord>> Store::ListConsents(Id) { return std::vector<ConsentRecord>(); }
Result<std::vector<DeliveryRecord>> Store::ListSubscriberDeliveries(Id) { return std::vector<DeliveryRecord>(); }
Status Store::EraseSubscriber(Id, const std::string&, Timestamp) { return Unsupported("subscribers"); }
Result<bool> Store::IsSuppressed(const std::string&) { return false; }
Status Store::Suppress(const std::string&, const std::string&, Timestamp) { return Unsupported("suppressions"); }
Result<bool> Store::RecordBounce(const std::string&, const std::string&, bool, int, Timestamp) {
  return Unsupported("bounces");
}
Result<int> Store::CountSubscribers(const std::string&) { return 0; }
Result<bool> Store::CreateIssue(NewsletterIssue&, const IssueEdit&) { return Unsupported("newsletter issues"); }
Result<std::optional<NewsletterIssue>> Store::GetIssue(Id) { return std::optional<NewsletterIssue>(); }
Result<std::optional<NewsletterIssue>> Store::FindIssue(const std::string&, const std::string&) {
  return std::optional<NewsletterIssue>();
}
Result<std::vector<NewsletterIssue>> Store::ListIssues(const std::string&, const std::vector<IssueState>&, int, int) {
  return std::vector<NewsletterIssue>();
}
Status Store::UpdateIssue(const NewsletterIssue&, const IssueEdit&) { return Unsupported("newsletter issues"); }
Result<std::vector<IssueEdit>> Store::ListIssueEdits(Id) { return std::vector<IssueEdit>(); }
Result<int> Store::StartIssueSend(Id, Timestamp, const IssueEdit&) { return Unsupported("newsletter sends"); }
Result<std::vector<DeliveryTask>> Store::ClaimDeliveries(Id, Timestamp, int) { return std::vector<DeliveryTask>(); }
Status Store::MarkDeliverySent(Id, Id, Timestamp) { return Unsupported("deliveries"); }
Status Store::MarkDeliveryRetry(Id, Id, Timestamp, const std::string&) { return Unsupported("deliveries"); }
Status Store::MarkDeliveryFailed(Id, Id, const std::string&, Timestamp) { return Unsupported("deliveries"); }
Result<DeliveryProgress> Store::GetDeliveryProgress(Id) { return DeliveryProgress(); }
Result<bool> Store::FinishIssueIfDone(Id, Timestamp) { return Unsupported("newsletter sends"); }
Status Store::CreateReader(Account&, ReaderProfile&) { return Unsupported("reader accounts"); }
Result<std::optional<ReaderProfile>> Store::GetReaderProfile(Id) { return std::optional<ReaderProfile>(); }
Result<std::optional<Account>> Store::FindAccountByEmail(const std::string&) { return std::optional<Account>(); }
Result<bool> Store::DisplayKeyTaken(const std::string&, Id) { return false; }
Status Store::UpdateReaderProfile(const ReaderProfile&) { return Unsupported("reader accounts"); }
Status Store::ConfirmReaderEmail(Id) { return Unsupported("reader accounts"); }
Status Store::SetAccountPassword(Id, const std::string&) { return Unsupported("reader accounts"); }
Status Store::SetReaderBan(Id, Timestamp, const ModerationAction&) { return Unsupported("reader accounts"); }
Status Store::DeleteReader(Id, Timestamp) { return Unsupported("reader accounts"); }
Status Store::CreateAccountToken(const AccountToken&) { return Unsupported("reader accounts"); }
Result<std::optional<Id>> Store::ConsumeAccountToken(const std::string&, const std::string&, Timestamp) {
  return std::optional<Id>();
}
Result<std::vector<Id>> Store::ListCopyGroup(Id article_id) { return std::vector<Id>{article_id}; }
Status Store::CreateComment(Comment&) { return Unsupported("comments"); }
Result<std::optional<Comment>> Store::GetComment(Id) { return std::optional<Comment>(); }
Result<std::vector<Comment>> Store::ListThread(const std::vector<Id>&, Id, ThreadSort, int, int) {
  return std::vector<Comment>();
}
Result<std::pair<int, int>> Store::CountThread(const std::vector<Id>&) { return std::make_pair(0, 0); }
Result<std::map<Id, int>> Store::CountComments(const std::vector<Id>&) { return std::map<Id, int>(); }
Result<std::int64_t> Store::ThreadVersion(const std::vector<Id>&) { return std::int64_t{0}; }
Status Store::EditComment(Id, Id, const std::string&, CommentState, const std::vector<std::string>&, double,
                          Timestamp) {
  return Unsupported("comments");
}
Status Store::DeleteOwnComment(Id, Id) { return Unsupported("comments"); }
Result<bool> Store::LikeComment(Id, Id) { return Unsupported("comments"); }
Result<bool> Store::ReportComment(const CommentReport&, int) { return Unsupported("comments"); }
Result<std::vector<CommentReport>> Store::ListCommentReports(Id) { return std::vector<CommentReport>(); }
Status Store::ModerateComment(Id, CommentState, bool, const ModerationAction&) { return Unsupported("comments"); }
Result<std::vector<Comment>> Store::ListModerationQueue(const std::string&, const std::vector<std::string>&, int) {
  return std::vector<Comment>();
}
Result<std::vector<ModerationAction>> Store::ListModerationLog(int) { return std::vector<ModerationAction>(); }
Status Store::LogModeration(const ModerationAction&) { return Unsupported("comments"); }
Result<int> Store::CountCommentsByAuthorSince(Id, Timestamp) { return 0; }
Result<int> Store::CountCommentsFromNetworkSince(const std::string&, Timestamp) { return 0; }
Result<int> Store::CountApprovedComments(Id) { return 0; }
Result<std::vector<Comment>> Store::ListAuthorComments(Id, int) { return std::vector<Comment>(); }
Status Store::SetThreadClosed(Id, bool, const ModerationAction&) { return Unsupported("comments"); }
Result<std::optional<bool>> Store::ThreadClosed(const std::vector<Id>&) { return std::optional<bool>(); }
Status Store::BanEmailDomain(const std::string&, const ModerationAction&) { return Unsupported("comments"); }
Result<bool> Store::EmailDomainBanned(const std::string&) { return false; }
Status Store::SetModeratorSources(Id, const std::vector<std::string>&) { return Unsupported("comments"); }
Result<std::vector<std::string>> Store::GetModeratorSources(Id) { return std::vector<std::string>(); }
Status Store::SetModeratorDigest(Id, const std::string&) { return Unsupported("comments"); }
Result<std::optional<ModeratorDigest>> Store::GetModeratorDigest(Id) { return Unsupported("comments"); }
Result<std::vector<ModeratorDigest>> Store::ListDueModeratorDigests(Timestamp, int) { return Unsupported("comments"); }
Result<bool> Store::ClaimModeratorDigest(Id, Timestamp, Timestamp) { return Unsupported("comments"); }
Result<std::string> Store::CommentSource(Id) { return Unsupported("comments"); }
Status Store::EnqueueOutboxMail(OutboxMail&, Timestamp) { return Unsupported("the mail outbox"); }
Result<std::vector<OutboxMail>> Store::ClaimOutbox(Timestamp, int, int, Timestamp) {
  return std::vector<OutboxMail>();
}
Status Store::MarkOutboxSent(Id, Timestamp) { return Unsupported("the mail outbox"); }
Status Store::MarkOutboxRetry(Id, const std::string&, Timestamp, const std::string&) {
  return Unsupported("the mail outbox");
}
Status Store::MarkOutboxFailed(Id, const std::string&, Timestamp) { return Unsupported("the mail outbox"); }
Result<int> Store::CountPendingOutbox() { return 0; }

}  // namespace bs
