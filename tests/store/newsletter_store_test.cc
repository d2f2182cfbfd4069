// The newsletter's tables in the SQLite store: subscribers and consent,
// erasure, bounces, issues, the send queue, rate limits and secrets, and the
// Store defaults other backends inherit.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "store/sqlite/migrations.h"
#include "store/store_fixture.h"

namespace bs::testing {
namespace {

constexpr Timestamp kNow = 1'750'000'000;
constexpr Timestamp kHour = 3600;

// A second connection to the test's database file, for checks the Store
// interface cannot make (what is physically stored) and for bulk set-up.
class RawDb {
 public:
  explicit RawDb(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) ADD_FAILURE() << "cannot open " << path;
    sqlite3_busy_timeout(db_, 5000);
  }
  ~RawDb() { sqlite3_close(db_); }
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;

  void Exec(const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << (err ? err : "?");
      sqlite3_free(err);
    }
  }
  std::int64_t Int(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    std::int64_t v = -1;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db_);
    } else if (sqlite3_step(st) == SQLITE_ROW) {
      v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return v;
  }
  std::vector<std::string> Column(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    std::vector<std::string> out;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db_);
      return out;
    }
    while (sqlite3_step(st) == SQLITE_ROW)
      out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
  }
  // "table.column" of every stored value (text or blob, in any table,
  // including the search index's shadow tables) that contains `needle`,
  // compared ASCII case-insensitively.
  std::vector<std::string> CellsContaining(std::string needle) {
    std::transform(needle.begin(), needle.end(), needle.begin(), ::tolower);
    std::vector<std::string> hits;
    for (const std::string& table : Column("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      sqlite3_stmt* st = nullptr;
      const std::string sql = "SELECT * FROM \"" + table + "\"";
      if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db_);
        continue;
      }
      while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
          const int type = sqlite3_column_type(st, c);
          if (type != SQLITE_TEXT && type != SQLITE_BLOB) continue;
          const auto* p = static_cast<const char*>(sqlite3_column_blob(st, c));
          std::string v(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(st, c)));
          std::transform(v.begin(), v.end(), v.begin(), ::tolower);
          if (v.find(needle) != std::string::npos) hits.push_back(table + "." + sqlite3_column_name(st, c));
        }
      }
      sqlite3_finalize(st);
    }
    return hits;
  }

 private:
  sqlite3* db_ = nullptr;
};

class NewsletterStore : public StoreTest {
 protected:
  static ConsentRecord Consent(const std::string& action, std::vector<std::string> editions = {},
                               Timestamp at = kNow) {
    ConsentRecord c;
    c.at = at;
    c.action = action;
    c.text_version = "v1";
    c.page = "/newsletter";
    c.editions = std::move(editions);
    c.ip_hash = "iphash";
    return c;
  }

  // A sign-up whose confirmation token digest is "tok:<email>".
  Subscriber Signup(const std::string& email, std::vector<std::string> editions, Timestamp now = kNow) {
    Subscriber s;
    s.email = email;
    s.pending_editions = editions;
    s.created_at = now;
    s.confirm_token_hash = "tok:" + email;
    s.confirm_expires_at = now + 48 * kHour;
    s.confirm_sent_at = now;
    auto st = store_->SaveSignup(s, Consent("signup", editions, now));
    EXPECT_TRUE(st.ok()) << st.ToString();
    return s;
  }

  // A confirmed subscriber of `editions`; returns its id.
  Id Confirmed(const std::string& email, std::vector<std::string> editions) {
    Subscriber s = Signup(email, editions);
    auto c = store_->ConfirmSubscriber("tok:" + email, kNow + 60, Consent("confirm"));
    EXPECT_TRUE(c.ok() && c->has_value()) << email;
    return s.id;
  }

  static NewsletterIssue MakeIssue(const std::string& edition, const std::string& date, int items = 3) {
    NewsletterIssue i;
    i.edition = edition;
    i.date = date;
    i.subject = "The " + edition + " briefing, " + date;
    i.intro = "Good morning.";
    for (int k = 0; k < items; ++k) {
      IssueItem it;
      it.story_id = 100 + k;
      it.article_id = 200 + k;
      it.headline = "Headline " + std::to_string(k) + " — ünïcode";
      it.summary = "Summary " + std::to_string(k);
      it.source_name = "The Alpha Gazette";
      it.region = "south-asia";
      it.path = "/story/" + std::to_string(100 + k) + "/headline";
      it.other_sources = k;
      i.items.push_back(it);
    }
    i.created_at = kNow;
    i.updated_at = kNow;
    return i;
  }

  static IssueEdit Edit(const std::string& action, Timestamp at = kNow) {
    IssueEdit e;
    e.editor_id = 7;
    e.at = at;
    e.action = action;
    e.detail = action + " by the desk";
    return e;
  }

  Id CreateIssue(const std::string& edition, const std::string& date) {
    NewsletterIssue i = MakeIssue(edition, date);
    auto r = store_->CreateIssue(i, Edit("draft"));
    EXPECT_TRUE(r.ok() && *r) << r.status().ToString();
    return i.id;
  }

  NewsletterIssue Issue(Id id) {
    auto r = store_->GetIssue(id);
    EXPECT_TRUE(r.ok() && r->has_value());
    return r.ok() && r->has_value() ? **r : NewsletterIssue{};
  }

  Subscriber Get(Id id) {
    auto r = store_->GetSubscriber(id);
    EXPECT_TRUE(r.ok() && r->has_value()) << id;
    return r.ok() && r->has_value() ? **r : Subscriber{};
  }

  DeliveryProgress Progress(Id issue) {
    auto p = store_->GetDeliveryProgress(issue);
    EXPECT_TRUE(p.ok());
    return p.ok() ? *p : DeliveryProgress{};
  }

  std::vector<DeliveryTask> Claim(Id issue, Timestamp now, int limit = kMaxDeliveryBatch) {
    auto r = store_->ClaimDeliveries(issue, now, limit);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : std::vector<DeliveryTask>{};
  }

  std::int64_t Version() {
    auto v = store_->DataVersion();
    EXPECT_TRUE(v.ok());
    return v.ok() ? *v : -1;
  }

  static std::vector<Id> Ids(const std::vector<DeliveryTask>& tasks) {
    std::vector<Id> out;
    for (const auto& t : tasks) out.push_back(t.subscriber_id);
    return out;
  }
};

// ---- subscribers and consent

TEST_F(NewsletterStore, SignupCreatesAPendingSubscriberFoundIgnoringCase) {
  Subscriber s = Signup("Reader@Example.org", {"morning", "evening"});
  EXPECT_GT(s.id, 0);
  EXPECT_EQ(s.state, SubscriberState::kPending);
  EXPECT_TRUE(s.editions.empty());
  EXPECT_EQ(s.pending_editions, (std::vector<std::string>{"morning", "evening"}));
  EXPECT_EQ(s.created_at, kNow);
  EXPECT_EQ(s.confirm_token_hash, "tok:Reader@Example.org");
  EXPECT_EQ(s.confirm_expires_at, kNow + 48 * kHour);
  EXPECT_FALSE(s.confirmed_at.has_value());

  auto found = store_->FindSubscriber("reader@example.ORG");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->id, s.id);
  EXPECT_EQ((*found)->email, "Reader@Example.org");
  EXPECT_FALSE(store_->FindSubscriber("other@example.org")->has_value());
  EXPECT_FALSE(store_->GetSubscriber(s.id + 100)->has_value());

  auto consents = store_->ListConsents(s.id);
  ASSERT_TRUE(consents.ok());
  ASSERT_EQ(consents->size(), 1u);
  EXPECT_EQ((*consents)[0].subscriber_id, s.id);
  EXPECT_EQ((*consents)[0].action, "signup");
  EXPECT_EQ((*consents)[0].editions, (std::vector<std::string>{"morning", "evening"}));

  // A second sign-up of the same address (any case) is the same subscriber.
  Subscriber again = Signup("READER@example.org", {"evening"}, kNow + 10);
  EXPECT_EQ(again.id, s.id);
  EXPECT_EQ(again.pending_editions, std::vector<std::string>{"evening"});
  EXPECT_EQ(again.created_at, kNow) << "the first sign-up's time is kept";
  EXPECT_EQ(store_->CountSubscribers("").value(), 0) << "pending subscribers receive nothing";
}

TEST_F(NewsletterStore, ResignupOfAConfirmedAddressKeepsItConfirmedUntilItConfirms) {
  const Id id = Confirmed("a@example.org", {"morning"});
  Subscriber s = Get(id);
  ASSERT_EQ(s.state, SubscriberState::kConfirmed);
  EXPECT_EQ(s.editions, std::vector<std::string>{"morning"});
  EXPECT_TRUE(s.pending_editions.empty());
  EXPECT_EQ(s.confirm_token_hash, "");
  EXPECT_EQ(s.confirmed_at, kNow + 60);

  Subscriber re;
  re.email = "a@example.org";
  re.pending_editions = {"evening"};
  re.created_at = kNow + 100;
  re.confirm_token_hash = "second-token";
  re.confirm_expires_at = kNow + 200;
  re.confirm_sent_at = kNow + 100;
  ASSERT_TRUE(store_->SaveSignup(re, Consent("signup", {"evening"}, kNow + 100)).ok());
  EXPECT_EQ(re.id, id);
  EXPECT_EQ(re.state, SubscriberState::kConfirmed);
  EXPECT_EQ(re.editions, std::vector<std::string>{"morning"}) << "old editions until confirmed";
  EXPECT_EQ(re.pending_editions, std::vector<std::string>{"evening"});
  EXPECT_EQ(re.confirm_sent_at, kNow + 100);
  EXPECT_EQ(store_->CountSubscribers("morning").value(), 1);
  EXPECT_EQ(store_->CountSubscribers("evening").value(), 0);

  auto c = store_->ConfirmSubscriber("second-token", kNow + 150, Consent("confirm", {}, kNow + 150));
  ASSERT_TRUE(c.ok() && c->has_value());
  EXPECT_EQ((*c)->editions, std::vector<std::string>{"evening"});
  EXPECT_TRUE((*c)->pending_editions.empty());
  EXPECT_EQ(store_->CountSubscribers("morning").value(), 0);
  EXPECT_EQ(store_->CountSubscribers("evening").value(), 1);
}

TEST_F(NewsletterStore, ConfirmationIsSingleUseAndRefusesExpiredTokens) {
  Subscriber s = Signup("b@example.org", {"morning"});
  EXPECT_FALSE(store_->ConfirmSubscriber("no-such-token", kNow, Consent("confirm"))->has_value());
  EXPECT_FALSE(store_->ConfirmSubscriber("", kNow, Consent("confirm"))->has_value());
  // At the expiry instant the link is already closed.
  EXPECT_FALSE(
      store_->ConfirmSubscriber("tok:b@example.org", s.confirm_expires_at, Consent("confirm"))->has_value());
  EXPECT_EQ(Get(s.id).state, SubscriberState::kPending);
  EXPECT_EQ(store_->ListConsents(s.id)->size(), 1u) << "a refused confirmation records nothing";

  auto c = store_->ConfirmSubscriber("tok:b@example.org", s.confirm_expires_at - 1, Consent("confirm"));
  ASSERT_TRUE(c.ok() && c->has_value());
  EXPECT_EQ((*c)->id, s.id);
  EXPECT_EQ((*c)->state, SubscriberState::kConfirmed);
  EXPECT_EQ((*c)->editions, std::vector<std::string>{"morning"});
  EXPECT_EQ((*c)->confirm_token_hash, "");

  EXPECT_FALSE(store_->ConfirmSubscriber("tok:b@example.org", kNow + 1, Consent("confirm"))->has_value())
      << "a token works once";
  auto consents = store_->ListConsents(s.id).value();
  ASSERT_EQ(consents.size(), 2u);
  EXPECT_EQ(consents[1].action, "confirm");
  EXPECT_EQ(consents[1].editions, std::vector<std::string>{"morning"}) << "the editions confirmed are recorded";
}

TEST_F(NewsletterStore, ConsentRecordsAccumulateInOrder) {
  const Id id = Confirmed("c@example.org", {"morning"});
  ASSERT_TRUE(store_->SetSubscriberEditions(id, {"morning", "evening"}, Consent("preferences", {"morning", "evening"},
                                                                                kNow + 200))
                  .ok());
  ConsentRecord leave = Consent("unsubscribe", {}, kNow + 300);
  leave.page = "/newsletter/unsubscribe";
  leave.ip_hash = "";
  ASSERT_TRUE(store_->UnsubscribeSubscriber(id, kNow + 300, leave).ok());

  auto list = store_->ListConsents(id);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 4u);
  std::vector<std::string> actions;
  for (const auto& c : *list) {
    actions.push_back(c.action);
    EXPECT_EQ(c.subscriber_id, id);
    EXPECT_EQ(c.text_version, "v1");
  }
  EXPECT_EQ(actions, (std::vector<std::string>{"signup", "confirm", "preferences", "unsubscribe"}));
  EXPECT_LT((*list)[0].id, (*list)[3].id);
  EXPECT_EQ((*list)[2].at, kNow + 200);
  EXPECT_EQ((*list)[2].editions, (std::vector<std::string>{"morning", "evening"}));
  EXPECT_EQ((*list)[3].page, "/newsletter/unsubscribe");
  EXPECT_EQ((*list)[3].ip_hash, "");
  EXPECT_TRUE(store_->ListConsents(id + 1)->empty());
}

TEST_F(NewsletterStore, PreferencesReplaceEditionsAndAnEmptyListUnsubscribes) {
  const Id id = Confirmed("d@example.org", {"morning"});
  ASSERT_TRUE(store_->SetSubscriberEditions(id, {"evening", "weekend"}, Consent("preferences")).ok());
  EXPECT_EQ(Get(id).editions, (std::vector<std::string>{"evening", "weekend"}));
  EXPECT_EQ(Get(id).state, SubscriberState::kConfirmed);
  EXPECT_EQ(store_->CountSubscribers("weekend").value(), 1);
  EXPECT_EQ(store_->CountSubscribers("morning").value(), 0);

  EXPECT_EQ(store_->SetSubscriberEditions(id + 50, {"morning"}, Consent("preferences")).code(),
            Status::Code::kNotFound);
  std::vector<std::string> many(kMaxIssueItems * 10, "morning");
  EXPECT_EQ(store_->SetSubscriberEditions(id, many, Consent("preferences")).code(), Status::Code::kLimitExceeded);

  // A pending subscriber has nothing to choose until it confirms.
  Subscriber pending = Signup("p@example.org", {"morning"});
  EXPECT_EQ(store_->SetSubscriberEditions(pending.id, {"evening"}, Consent("preferences")).code(),
            Status::Code::kInvalidArgument);
  EXPECT_EQ(Get(pending.id).pending_editions, std::vector<std::string>{"morning"});

  ASSERT_TRUE(store_->SetSubscriberEditions(id, {}, Consent("preferences", {}, kNow + 500)).ok());
  Subscriber left = Get(id);
  EXPECT_EQ(left.state, SubscriberState::kUnsubscribed);
  EXPECT_EQ(left.unsubscribed_at, kNow + 500);
  EXPECT_EQ(store_->CountSubscribers("").value(), 0);
}

TEST_F(NewsletterStore, UnsubscribingCancelsPendingDeliveriesAndIsIdempotent) {
  const Id stay = Confirmed("stay@example.org", {"morning"});
  const Id leave = Confirmed("leave@example.org", {"morning"});
  const Id issue = CreateIssue("morning", "2025-06-15");
  ASSERT_EQ(store_->StartIssueSend(issue, kNow, Edit("send")).value(), 2);

  ASSERT_TRUE(store_->UnsubscribeSubscriber(leave, kNow + 5, Consent("unsubscribe")).ok());
  Subscriber s = Get(leave);
  EXPECT_EQ(s.state, SubscriberState::kUnsubscribed);
  EXPECT_EQ(s.unsubscribed_at, kNow + 5);
  DeliveryProgress p = Progress(issue);
  EXPECT_EQ(p.pending, 1);
  EXPECT_EQ(p.cancelled, 1);
  EXPECT_EQ(Ids(Claim(issue, kNow + 10)), std::vector<Id>{stay});

  auto deliveries = store_->ListSubscriberDeliveries(leave);
  ASSERT_TRUE(deliveries.ok());
  ASSERT_EQ(deliveries->size(), 1u);
  EXPECT_EQ((*deliveries)[0].state, DeliveryState::kCancelled);
  EXPECT_EQ((*deliveries)[0].edition, "morning");
  EXPECT_EQ((*deliveries)[0].date, "2025-06-15");

  // Again: nothing changes, no second consent record.
  ASSERT_TRUE(store_->UnsubscribeSubscriber(leave, kNow + 99, Consent("unsubscribe")).ok());
  EXPECT_EQ(Get(leave).unsubscribed_at, kNow + 5);
  EXPECT_EQ(store_->ListConsents(leave)->size(), 3u);
  EXPECT_EQ(store_->UnsubscribeSubscriber(leave + stay + 10, kNow, Consent("unsubscribe")).code(),
            Status::Code::kNotFound);

  // Signing up again and confirming makes the address a subscriber again.
  Subscriber back = Signup("leave@example.org", {"evening"}, kNow + 1000);
  EXPECT_EQ(back.state, SubscriberState::kUnsubscribed);
  auto c = store_->ConfirmSubscriber("tok:leave@example.org", kNow + 1001, Consent("confirm"));
  ASSERT_TRUE(c.ok() && c->has_value());
  EXPECT_EQ((*c)->state, SubscriberState::kConfirmed);
  EXPECT_FALSE((*c)->unsubscribed_at.has_value());
  EXPECT_EQ(Progress(issue).pending, 1) << "a cancelled copy is not revived";
}

TEST_F(NewsletterStore, ErasureLeavesOnlyTheSuppressionHash) {
  const std::string email = "Erase.Me@Example.org";
  const Id id = Confirmed(email, {"morning"});
  const Id other = Confirmed("keep@example.org", {"morning"});
  // Rewrite the row a few times, so stale copies would exist in the file.
  ASSERT_TRUE(store_->SetSubscriberEditions(id, {"morning", "evening"}, Consent("preferences")).ok());
  ASSERT_TRUE(store_->RecordBounce(email, "addr-hash", false, 5, kNow).ok());
  Signup(email, {"evening"}, kNow + 20);
  const Id issue = CreateIssue("morning", "2025-06-15");
  ASSERT_EQ(store_->StartIssueSend(issue, kNow, Edit("send")).value(), 2);
  auto claimed = Claim(issue, kNow);
  ASSERT_EQ(claimed.size(), 2u);
  ASSERT_TRUE(store_->MarkDeliverySent(issue, id, kNow + 1).ok());

  ASSERT_TRUE(store_->EraseSubscriber(id, "addr-hash", kNow + 100).ok());
  EXPECT_FALSE(store_->GetSubscriber(id)->has_value());
  EXPECT_FALSE(store_->FindSubscriber(email)->has_value());
  EXPECT_TRUE(store_->ListConsents(id)->empty());
  EXPECT_TRUE(store_->ListSubscriberDeliveries(id)->empty());
  EXPECT_TRUE(store_->IsSuppressed("addr-hash").value());
  EXPECT_FALSE(store_->IsSuppressed("other-hash").value());
  EXPECT_TRUE(Get(other).id == other) << "other subscribers are untouched";
  EXPECT_EQ(Progress(issue).total(), 1);
  EXPECT_EQ(store_->EraseSubscriber(id, "addr-hash", kNow).code(), Status::Code::kNotFound);

  {
    RawDb raw(path_);
    EXPECT_EQ(raw.CellsContaining(email), std::vector<std::string>{}) << "a row still holds the address";
    EXPECT_EQ(raw.CellsContaining("tok:" + email), std::vector<std::string>{});
    EXPECT_EQ(raw.Int("SELECT COUNT(*) FROM consents WHERE subscriber_id = " + std::to_string(id)), 0);
    EXPECT_EQ(raw.Int("SELECT COUNT(*) FROM deliveries WHERE subscriber_id = " + std::to_string(id)), 0);
    EXPECT_EQ(raw.Int("SELECT COUNT(*) FROM suppressions WHERE hash = 'addr-hash' AND reason = 'erased'"), 1);
    EXPECT_EQ(raw.CellsContaining("keep@example.org").empty(), false) << "the scan does see addresses";
  }
  // Nor do the file's bytes keep it in free space (the WAL is folded in and
  // removed when the last connection closes).
  store_.reset();
  std::ifstream f(path_, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(bytes.empty());
  EXPECT_EQ(bytes.find(email), std::string::npos) << "the address lingers in the database file";
  EXPECT_NE(bytes.find("keep@example.org"), std::string::npos);
}

TEST_F(NewsletterStore, BouncesSoftCountToTheLimitAndHardOnesFailAndSuppress) {
  const Id soft = Confirmed("soft@example.org", {"morning"});
  const Id hard = Confirmed("hard@example.org", {"morning"});
  const Id issue = CreateIssue("morning", "2025-06-15");
  ASSERT_EQ(store_->StartIssueSend(issue, kNow, Edit("send")).value(), 2);

  EXPECT_FALSE(store_->RecordBounce("soft@example.org", "soft-hash", false, 3, kNow).value());
  EXPECT_FALSE(store_->RecordBounce("SOFT@example.org", "soft-hash", false, 3, kNow).value());
  EXPECT_EQ(Get(soft).soft_bounces, 2);
  EXPECT_FALSE(Get(soft).failed);
  EXPECT_TRUE(store_->RecordBounce("soft@example.org", "soft-hash", false, 3, kNow).value()) << "the 3rd fails it";
  EXPECT_TRUE(Get(soft).failed);
  EXPECT_FALSE(store_->IsSuppressed("soft-hash").value()) << "soft bounces do not suppress the address";
  EXPECT_TRUE(store_->RecordBounce("soft@example.org", "soft-hash", false, 3, kNow).value()) << "stays failed";

  EXPECT_TRUE(store_->RecordBounce("hard@example.org", "hard-hash", true, 3, kNow).value());
  EXPECT_TRUE(Get(hard).failed);
  EXPECT_EQ(Get(hard).soft_bounces, 0);
  EXPECT_TRUE(store_->IsSuppressed("hard-hash").value());

  // Failed subscribers' queued copies are cancelled, and they are counted
  // and enqueued no more.
  DeliveryProgress p = Progress(issue);
  EXPECT_EQ(p.pending, 0);
  EXPECT_EQ(p.cancelled, 2);
  EXPECT_EQ(store_->CountSubscribers("morning").value(), 0);
  const Id next = CreateIssue("morning", "2025-06-16");
  EXPECT_EQ(store_->StartIssueSend(next, kNow, Edit("send")).value(), 0);

  // Strangers: nothing kept, not even a suppression.
  EXPECT_FALSE(store_->RecordBounce("nobody@example.org", "nobody-hash", true, 3, kNow).value());
  EXPECT_FALSE(store_->IsSuppressed("nobody-hash").value());
  EXPECT_FALSE(store_->FindSubscriber("nobody@example.org")->has_value());
}

TEST_F(NewsletterStore, SuppressionsAreKeptOnce) {
  EXPECT_FALSE(store_->IsSuppressed("h1").value());
  ASSERT_TRUE(store_->Suppress("h1", "complaint", kNow).ok());
  ASSERT_TRUE(store_->Suppress("h1", "again", kNow + 1).ok());
  EXPECT_TRUE(store_->IsSuppressed("h1").value());
  RawDb raw(path_);
  EXPECT_EQ(raw.Int("SELECT COUNT(*) FROM suppressions"), 1);
  EXPECT_EQ(raw.Column("SELECT reason FROM suppressions"), std::vector<std::string>{"complaint"});
  EXPECT_EQ(store_->Suppress("", "x", kNow).code(), Status::Code::kInvalidArgument);
}

// ---- issues

TEST_F(NewsletterStore, CreatingAnIssueIsIdempotentPerEditionAndDate) {
  NewsletterIssue first = MakeIssue("morning", "2025-06-15", 5);
  auto created = store_->CreateIssue(first, Edit("draft"));
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_TRUE(*created);
  EXPECT_GT(first.id, 0);
  EXPECT_EQ(first.state, IssueState::kDraft);

  NewsletterIssue again = MakeIssue("morning", "2025-06-15", 1);
  again.subject = "Another subject";
  auto second = store_->CreateIssue(again, Edit("draft"));
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(*second);
  EXPECT_EQ(again.id, first.id);
  EXPECT_EQ(again.subject, first.subject) << "filled with the stored issue";
  EXPECT_EQ(again.items.size(), 5u);

  NewsletterIssue stored = Issue(first.id);
  EXPECT_EQ(stored.edition, "morning");
  EXPECT_EQ(stored.date, "2025-06-15");
  EXPECT_EQ(stored.intro, "Good morning.");
  ASSERT_EQ(stored.items.size(), 5u);
  EXPECT_EQ(stored.items[2].headline, "Headline 2 — ünïcode");
  EXPECT_EQ(stored.items[2].story_id, 102);
  EXPECT_EQ(stored.items[2].article_id, 202);
  EXPECT_EQ(stored.items[2].path, "/story/102/headline");
  EXPECT_EQ(stored.items[2].other_sources, 2);
  EXPECT_EQ(stored.items[2].region, "south-asia");
  EXPECT_EQ(stored.items[2].source_name, "The Alpha Gazette");
  EXPECT_EQ(stored.recipients, 0);
  EXPECT_FALSE(stored.send_at.has_value());

  auto edits = store_->ListIssueEdits(first.id).value();
  ASSERT_EQ(edits.size(), 1u) << "only the creation is logged";
  EXPECT_EQ(edits[0].action, "draft");
  EXPECT_EQ(edits[0].editor_id, 7);
  EXPECT_EQ(edits[0].issue_id, first.id);

  auto found = store_->FindIssue("morning", "2025-06-15");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->id, first.id);
  EXPECT_FALSE(store_->FindIssue("evening", "2025-06-15")->has_value());
  EXPECT_FALSE(store_->GetIssue(first.id + 99)->has_value());

  const Id evening = CreateIssue("evening", "2025-06-15");
  const Id later = CreateIssue("morning", "2025-06-16");
  EXPECT_NE(evening, first.id);

  auto all = store_->ListIssues("", {}, 10, 0).value();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].id, later) << "newest date first";
  auto morning = store_->ListIssues("morning", {}, 10, 0).value();
  ASSERT_EQ(morning.size(), 2u);
  EXPECT_EQ(morning[0].id, later);
  EXPECT_EQ(morning[1].id, first.id);
  EXPECT_EQ(store_->ListIssues("morning", {}, 1, 1).value().front().id, first.id);
  EXPECT_TRUE(store_->ListIssues("", {}, -5, 0).value().empty());
  EXPECT_TRUE(store_->ListIssues("", {IssueState::kSent}, 10, 0).value().empty());
  ASSERT_EQ(store_->StartIssueSend(evening, kNow, Edit("send")).value(), 0);
  auto sending = store_->ListIssues("", {IssueState::kSending, IssueState::kSent}, 10, 0).value();
  ASSERT_EQ(sending.size(), 1u);
  EXPECT_EQ(sending[0].id, evening);

  NewsletterIssue bad = MakeIssue("morning", "15/06/2025");
  EXPECT_EQ(store_->CreateIssue(bad, Edit("draft")).status().code(), Status::Code::kInvalidArgument);
  NewsletterIssue nameless = MakeIssue("", "2025-06-15");
  EXPECT_EQ(store_->CreateIssue(nameless, Edit("draft")).status().code(), Status::Code::kInvalidArgument);
}

TEST_F(NewsletterStore, UpdatingAnIssueSavesAndLogsAndIsRefusedOnceSending) {
  const Id id = CreateIssue("morning", "2025-06-15");
  NewsletterIssue i = Issue(id);
  i.subject = "New subject";
  i.intro = "";
  std::reverse(i.items.begin(), i.items.end());
  i.items.pop_back();
  i.state = IssueState::kScheduled;
  i.send_at = kNow + 3600;
  i.updated_at = kNow + 10;
  i.recipients = 99;  // not the caller's to set
  ASSERT_TRUE(store_->UpdateIssue(i, Edit("schedule", kNow + 10)).ok());
  NewsletterIssue stored = Issue(id);
  EXPECT_EQ(stored.subject, "New subject");
  EXPECT_EQ(stored.intro, "");
  ASSERT_EQ(stored.items.size(), 2u);
  EXPECT_EQ(stored.items[0].story_id, 102);
  EXPECT_EQ(stored.state, IssueState::kScheduled);
  EXPECT_EQ(stored.send_at, kNow + 3600);
  EXPECT_EQ(stored.updated_at, kNow + 10);
  EXPECT_EQ(stored.recipients, 0);
  EXPECT_EQ(store_->ListIssueEdits(id)->size(), 2u);

  // Back to a draft, unscheduled.
  i.state = IssueState::kDraft;
  i.send_at.reset();
  ASSERT_TRUE(store_->UpdateIssue(i, Edit("subject")).ok());
  EXPECT_FALSE(Issue(id).send_at.has_value());

  NewsletterIssue scheduled_without_time = i;
  scheduled_without_time.state = IssueState::kScheduled;
  EXPECT_EQ(store_->UpdateIssue(scheduled_without_time, Edit("schedule")).code(), Status::Code::kInvalidArgument);
  NewsletterIssue as_sent = i;
  as_sent.state = IssueState::kSent;
  EXPECT_EQ(store_->UpdateIssue(as_sent, Edit("subject")).code(), Status::Code::kInvalidArgument);
  NewsletterIssue unknown = i;
  unknown.id = id + 100;
  EXPECT_EQ(store_->UpdateIssue(unknown, Edit("subject")).code(), Status::Code::kNotFound);

  ASSERT_TRUE(store_->StartIssueSend(id, kNow + 20, Edit("send")).ok());
  i.subject = "Too late";
  EXPECT_EQ(store_->UpdateIssue(i, Edit("subject")).code(), Status::Code::kRefused);
  EXPECT_EQ(Issue(id).subject, "New subject");
  auto edits = store_->ListIssueEdits(id).value();
  ASSERT_EQ(edits.size(), 4u) << "draft, schedule, subject, send; the refused save logs nothing";
  EXPECT_EQ(edits.back().action, "send");
}

// ---- the send queue

TEST_F(NewsletterStore, StartingASendEnqueuesConfirmedNonFailedSubscribersOfTheEditionOnce) {
  const Id morning = Confirmed("m@example.org", {"morning"});
  Confirmed("e@example.org", {"evening"});
  const Id both = Confirmed("both@example.org", {"evening", "morning"});
  Signup("pending@example.org", {"morning"});
  const Id left = Confirmed("left@example.org", {"morning"});
  ASSERT_TRUE(store_->UnsubscribeSubscriber(left, kNow, Consent("unsubscribe")).ok());
  Confirmed("failed@example.org", {"morning"});
  ASSERT_TRUE(store_->RecordBounce("failed@example.org", "fh", true, 3, kNow).value());
  Confirmed("similar@example.org", {"mornings"});

  EXPECT_EQ(store_->CountSubscribers("morning").value(), 2);
  EXPECT_EQ(store_->CountSubscribers("evening").value(), 2);
  EXPECT_EQ(store_->CountSubscribers("").value(), 4);
  EXPECT_EQ(store_->CountSubscribers("weekend").value(), 0);

  const Id issue = CreateIssue("morning", "2025-06-15");
  auto n = store_->StartIssueSend(issue, kNow + 5, Edit("send", kNow + 5));
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  EXPECT_EQ(*n, 2);
  NewsletterIssue i = Issue(issue);
  EXPECT_EQ(i.state, IssueState::kSending);
  EXPECT_EQ(i.recipients, 2);
  EXPECT_EQ(Progress(issue).pending, 2);
  EXPECT_EQ(Ids(Claim(issue, kNow + 5)), (std::vector<Id>{morning, both}));

  // Idempotent: a second start (or a scheduler racing the desk) adds nothing.
  EXPECT_EQ(store_->StartIssueSend(issue, kNow + 6, Edit("send")).value(), 0);
  EXPECT_EQ(Issue(issue).recipients, 2);
  EXPECT_EQ(Progress(issue).total(), 2);
  EXPECT_EQ(store_->ListIssueEdits(issue)->size(), 2u);
  // A subscriber confirmed after the start gets the next issue, not this one.
  Confirmed("late@example.org", {"morning"});
  EXPECT_EQ(store_->StartIssueSend(issue, kNow + 7, Edit("send")).value(), 0);
  EXPECT_EQ(Progress(issue).total(), 2);

  EXPECT_EQ(store_->StartIssueSend(issue + 100, kNow, Edit("send")).status().code(), Status::Code::kNotFound);
}

TEST_F(NewsletterStore, DeliveriesMoveThroughSentRetryAndFailedWithProgress) {
  const Id a = Confirmed("a@example.org", {"morning"});
  const Id b = Confirmed("b@example.org", {"morning", "evening"});
  const Id c = Confirmed("c@example.org", {"morning"});
  const Id d = Confirmed("d@example.org", {"morning"});
  const Id issue = CreateIssue("morning", "2025-06-15");
  ASSERT_EQ(store_->StartIssueSend(issue, kNow, Edit("send")).value(), 4);

  EXPECT_TRUE(Claim(issue, kNow - 1).empty()) << "nothing is due before the send started";
  auto batch = Claim(issue, kNow, 3);
  ASSERT_EQ(Ids(batch), (std::vector<Id>{a, b, c})) << "in subscriber order, up to the limit";
  EXPECT_EQ(batch[1].email, "b@example.org");
  EXPECT_EQ(batch[1].editions, (std::vector<std::string>{"morning", "evening"}));
  EXPECT_EQ(batch[1].issue_id, issue);
  EXPECT_EQ(batch[1].attempts, 0);
  EXPECT_TRUE(Claim(issue, kNow, 0).empty());

  ASSERT_TRUE(store_->MarkDeliverySent(issue, a, kNow + 1).ok());
  EXPECT_EQ(store_->MarkDeliverySent(issue, a, kNow + 2).code(), Status::Code::kRefused) << "never twice";
  EXPECT_EQ(store_->MarkDeliverySent(issue, a + b + c + d, kNow).code(), Status::Code::kRefused);

  // b: refused before the data; c: refused at the end of the data.
  ASSERT_TRUE(store_->MarkDeliveryRetry(issue, b, kNow + 600, "SMTP 451: try later").ok());
  ASSERT_TRUE(store_->MarkDeliverySent(issue, c, kNow + 1).ok());
  ASSERT_TRUE(store_->MarkDeliveryRetry(issue, c, kNow + 300, "SMTP 452: full").ok());
  ASSERT_TRUE(store_->MarkDeliveryFailed(issue, d, "SMTP 550: no such user", kNow + 1).ok());
  EXPECT_TRUE(Get(d).failed);
  EXPECT_FALSE(Get(b).failed);

  DeliveryProgress p = Progress(issue);
  EXPECT_EQ(p.pending, 2);
  EXPECT_EQ(p.sent, 1);
  EXPECT_EQ(p.failed, 1);
  EXPECT_EQ(p.cancelled, 0);
  EXPECT_EQ(p.total(), 4);
  EXPECT_EQ(p.next_attempt_at, kNow + 300) << "earliest pending retry";

  EXPECT_TRUE(Claim(issue, kNow + 299).empty()) << "retries wait for their time";
  EXPECT_FALSE(store_->FinishIssueIfDone(issue, kNow + 299).value());
  EXPECT_EQ(Ids(Claim(issue, kNow + 300)), std::vector<Id>{c});
  auto both = Claim(issue, kNow + 600);
  ASSERT_EQ(Ids(both), (std::vector<Id>{b, c}));
  EXPECT_EQ(both[0].attempts, 1) << "a retry counts its try";
  EXPECT_EQ(both[1].attempts, 1) << "a try that reached the data is counted once";

  // Retrying or failing what is settled changes nothing.
  ASSERT_TRUE(store_->MarkDeliveryRetry(issue, d, kNow + 700, "late").ok());
  ASSERT_TRUE(store_->MarkDeliveryRetry(issue, a, kNow + 700, "late").ok());  // sent, then refused at the end
  ASSERT_TRUE(store_->MarkDeliverySent(issue, a, kNow + 701).ok());
  EXPECT_EQ(Progress(issue).failed, 1);

  ASSERT_TRUE(store_->MarkDeliverySent(issue, b, kNow + 601).ok());
  ASSERT_TRUE(store_->MarkDeliveryFailed(issue, c, std::string(5000, 'x') + " long error", kNow + 601).ok());
  auto records = store_->ListSubscriberDeliveries(c).value();
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].state, DeliveryState::kFailed);
  EXPECT_EQ(records[0].attempts, 2);
  EXPECT_LE(records[0].last_error.size(), 500u);
  auto sent = store_->ListSubscriberDeliveries(b).value();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].state, DeliveryState::kSent);
  EXPECT_EQ(sent[0].sent_at, kNow + 601);
  EXPECT_EQ(sent[0].attempts, 2);
  EXPECT_EQ(sent[0].last_error, "SMTP 451: try later");

  p = Progress(issue);
  EXPECT_EQ(p.pending, 0);
  EXPECT_EQ(p.sent, 2);
  EXPECT_EQ(p.failed, 2);
  EXPECT_FALSE(p.next_attempt_at.has_value());
}

TEST_F(NewsletterStore, FailingAnUnknownDeliveryDoesNotFailTheSubscriber) {
  const Id a = Confirmed("a@example.org", {"morning"});
  const Id issue = CreateIssue("morning", "2025-06-15");
  ASSERT_TRUE(store_->MarkDeliveryFailed(issue, a, "no delivery yet", kNow).ok());
  EXPECT_FALSE(Get(a).failed);
  ASSERT_TRUE(store_->MarkDeliveryRetry(issue, a, kNow, "no delivery yet").ok());
  EXPECT_EQ(Progress(issue).total(), 0);
}

TEST_F(NewsletterStore, ClaimingCancelsSubscribersWhoNoLongerReceiveWithoutEndingEarly) {
  std::vector<Id> ids;
  for (int k = 0; k < 8; ++k) {
    std::string email = "r";
    email += std::to_string(k);
    email += "@example.org";
    ids.push_back(Confirmed(email, {"morning"}));
  }
  const Id issue = CreateIssue("morning", "2025-06-15");
  ASSERT_EQ(store_->StartIssueSend(issue, kNow, Edit("send")).value(), 8);
  // Changed behind the store's back (another program, an older version):
  // the first five no longer receive anything.
  {
    RawDb raw(path_);
    raw.Exec("UPDATE subscribers SET failed = 1 WHERE id IN (" + std::to_string(ids[0]) + "," +
             std::to_string(ids[1]) + "," + std::to_string(ids[2]) + ")");
    raw.Exec("UPDATE subscribers SET state = 0 WHERE id = " + std::to_string(ids[3]));
    raw.Exec("UPDATE subscribers SET state = 2 WHERE id = " + std::to_string(ids[4]));
  }
  EXPECT_EQ(Ids(Claim(issue, kNow, 2)), (std::vector<Id>{ids[5], ids[6]}));
  DeliveryProgress p = Progress(issue);
  EXPECT_EQ(p.cancelled, 5);
  EXPECT_EQ(p.pending, 3);
  EXPECT_EQ(Ids(Claim(issue, kNow, 10)), (std::vector<Id>{ids[5], ids[6], ids[7]}))
      << "a claim hands out, it does not take: unsent copies are claimed again";
}

TEST_F(NewsletterStore, FinishingMarksTheIssueSentOnlyWhenNothingIsPending) {
  const Id a = Confirmed("a@example.org", {"morning"});
  const Id draft = CreateIssue("morning", "2025-06-14");
  EXPECT_FALSE(store_->FinishIssueIfDone(draft, kNow).value()) << "a draft is not being sent";
  EXPECT_EQ(Issue(draft).state, IssueState::kDraft);
  EXPECT_EQ(store_->FinishIssueIfDone(draft + 100, kNow).status().code(), Status::Code::kNotFound);

  const Id issue = CreateIssue("morning", "2025-06-15");
  ASSERT_EQ(store_->StartIssueSend(issue, kNow, Edit("send")).value(), 1);
  EXPECT_FALSE(store_->FinishIssueIfDone(issue, kNow).value());
  ASSERT_TRUE(store_->MarkDeliverySent(issue, a, kNow + 1).ok());
  EXPECT_TRUE(store_->FinishIssueIfDone(issue, kNow + 2).value());
  NewsletterIssue i = Issue(issue);
  EXPECT_EQ(i.state, IssueState::kSent);
  EXPECT_EQ(i.sent_at, kNow + 2);
  EXPECT_TRUE(store_->FinishIssueIfDone(issue, kNow + 50).value());
  EXPECT_EQ(Issue(issue).sent_at, kNow + 2) << "finishing twice keeps the first time";
  EXPECT_EQ(store_->StartIssueSend(issue, kNow + 60, Edit("send")).value(), 0);
  EXPECT_EQ(Issue(issue).state, IssueState::kSent);

  // An issue with nobody to send to is done at once.
  const Id empty = CreateIssue("evening", "2025-06-15");
  ASSERT_EQ(store_->StartIssueSend(empty, kNow, Edit("send")).value(), 0);
  EXPECT_TRUE(store_->FinishIssueIfDone(empty, kNow).value());
}

TEST_F(NewsletterStore, DataVersionMovesOnlyWhenTheArchiveChanges) {
  std::int64_t v = Version();
  const Id a = Confirmed("a@example.org", {"morning"});
  Signup("b@example.org", {"morning"});
  ASSERT_TRUE(store_->SetSubscriberEditions(a, {"morning", "evening"}, Consent("preferences")).ok());
  ASSERT_TRUE(store_->TakeRateLimit("k", kNow, 60, 5).value());
  ASSERT_TRUE(store_->GetOrCreateSecret("s", "v").ok());
  const Id issue = CreateIssue("morning", "2025-06-15");
  NewsletterIssue i = Issue(issue);
  i.subject = "Edited";
  ASSERT_TRUE(store_->UpdateIssue(i, Edit("subject")).ok());
  EXPECT_EQ(Version(), v) << "sign-ups, preferences and drafts are on no public page";

  ASSERT_EQ(store_->StartIssueSend(issue, kNow, Edit("send")).value(), 1);
  EXPECT_GT(Version(), v);
  v = Version();
  ASSERT_EQ(Claim(issue, kNow).size(), 1u);
  ASSERT_TRUE(store_->MarkDeliverySent(issue, a, kNow).ok());
  EXPECT_FALSE(store_->FinishIssueIfDone(issue + 100, kNow).ok());
  ASSERT_EQ(store_->StartIssueSend(issue, kNow, Edit("send")).value(), 0);
  EXPECT_EQ(Version(), v) << "deliveries and a repeated start change no page";
  ASSERT_TRUE(store_->FinishIssueIfDone(issue, kNow).value());
  EXPECT_GT(Version(), v);
  v = Version();
  ASSERT_TRUE(store_->FinishIssueIfDone(issue, kNow).value());
  ASSERT_TRUE(store_->UnsubscribeSubscriber(a, kNow, Consent("unsubscribe")).ok());
  EXPECT_EQ(Version(), v);
}

// ---- rate limits and secrets

TEST_F(NewsletterStore, RateLimitsCountHitsPerFixedWindow) {
  const Timestamp start = 1'750'003'200;  // a whole hour
  for (int k = 0; k < 3; ++k)
    EXPECT_TRUE(store_->TakeRateLimit("signup-ip:x", start + k, 3600, 3).value()) << k;
  EXPECT_FALSE(store_->TakeRateLimit("signup-ip:x", start + 10, 3600, 3).value());
  EXPECT_FALSE(store_->TakeRateLimit("signup-ip:x", start + 3599, 3600, 3).value());
  EXPECT_TRUE(store_->TakeRateLimit("signup-ip:y", start + 10, 3600, 3).value()) << "keys count apart";
  EXPECT_TRUE(store_->TakeRateLimit("signup-ip:x", start + 3600, 3600, 3).value()) << "a new window";

  // A week-long window outlives the pruning that short windows cause.
  for (int k = 0; k < 2; ++k) EXPECT_TRUE(store_->TakeRateLimit("weekly", start, 7 * 86400, 2).value());
  EXPECT_TRUE(store_->TakeRateLimit("minutely", start + 3 * 86400, 60, 1).value());
  EXPECT_FALSE(store_->TakeRateLimit("weekly", start + 3 * 86400, 7 * 86400, 2).value());

  // Ended windows are pruned as it goes.
  RawDb raw(path_);
  EXPECT_EQ(raw.Int("SELECT COUNT(*) FROM rate_limits WHERE key LIKE 'signup-ip:%'"), 0);
  EXPECT_EQ(raw.Int("SELECT COUNT(*) FROM rate_limits WHERE key = 'weekly'"), 1);

  EXPECT_FALSE(store_->TakeRateLimit("z", start, 0, 3).value());
  EXPECT_FALSE(store_->TakeRateLimit("z", start, 60, 0).value());
  EXPECT_TRUE(store_->TakeRateLimit("neg", -5, 60, 1).value()) << "times before 1970 still have a window";
  EXPECT_FALSE(store_->TakeRateLimit("neg", -59, 60, 1).value());
}

TEST_F(NewsletterStore, SecretsKeepTheFirstStoredValue) {
  auto first = store_->GetOrCreateSecret("link-key", "aaaa");
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(*first, "aaaa");
  EXPECT_EQ(store_->GetOrCreateSecret("link-key", "bbbb").value(), "aaaa");
  // Another process, another connection: the same value.
  auto other = OpenSqliteStore(path_);
  ASSERT_TRUE(other.ok());
  EXPECT_EQ((*other)->GetOrCreateSecret("link-key", "cccc").value(), "aaaa");
  EXPECT_EQ((*other)->GetOrCreateSecret("ip-salt", "dddd").value(), "dddd");
  EXPECT_EQ(store_->GetOrCreateSecret("ip-salt", "eeee").value(), "dddd");
  EXPECT_EQ(store_->GetOrCreateSecret("empty", "").status().code(), Status::Code::kInvalidArgument);
  EXPECT_FALSE(store_->GetOrCreateSecret("", "x").ok());
}

// ---- hostile input and persistence

TEST_F(NewsletterStore, HostileInputGivesErrorsNotCrashes) {
  const std::string huge(10 * 1024, 'a');
  const std::string huge_address = huge + "@example.org";
  const std::string nul_address = std::string("evil\0@example.org", 17);

  Subscriber s;
  s.email = huge_address;
  s.pending_editions = {"morning"};
  EXPECT_EQ(store_->SaveSignup(s, Consent("signup")).code(), Status::Code::kLimitExceeded);
  s.email = nul_address;
  EXPECT_EQ(store_->SaveSignup(s, Consent("signup")).code(), Status::Code::kInvalidArgument);
  s.email = "";
  EXPECT_EQ(store_->SaveSignup(s, Consent("signup")).code(), Status::Code::kInvalidArgument);
  s.email = "ok@example.org";
  s.pending_editions = std::vector<std::string>(1000, "morning");
  EXPECT_EQ(store_->SaveSignup(s, Consent("signup")).code(), Status::Code::kLimitExceeded);
  s.pending_editions = {huge};
  EXPECT_EQ(store_->SaveSignup(s, Consent("signup")).code(), Status::Code::kLimitExceeded);
  s.pending_editions = {std::string("mor\0ning", 8)};
  EXPECT_EQ(store_->SaveSignup(s, Consent("signup")).code(), Status::Code::kInvalidArgument);
  s.pending_editions = {"morning"};
  ConsentRecord long_page = Consent("signup");
  long_page.page = "/" + huge;
  EXPECT_EQ(store_->SaveSignup(s, long_page).code(), Status::Code::kLimitExceeded);
  EXPECT_FALSE(store_->FindSubscriber("ok@example.org")->has_value()) << "a refused sign-up writes nothing";

  EXPECT_FALSE(store_->FindSubscriber(huge_address).value().has_value());
  EXPECT_FALSE(store_->FindSubscriber(nul_address).value().has_value());
  EXPECT_FALSE(store_->ConfirmSubscriber(huge, kNow, Consent("confirm")).value().has_value());
  EXPECT_FALSE(store_->ConfirmSubscriber(std::string("t\0k", 3), kNow, Consent("confirm")).value().has_value());
  EXPECT_FALSE(store_->RecordBounce(huge_address, "h", true, 3, kNow).value());
  EXPECT_FALSE(store_->RecordBounce(nul_address, "h", true, 3, kNow).value());
  EXPECT_FALSE(store_->IsSuppressed(huge).value());
  EXPECT_EQ(store_->Suppress(huge, "x", kNow).code(), Status::Code::kLimitExceeded);
  EXPECT_FALSE(store_->TakeRateLimit(huge, kNow, 60, 5).ok());
  EXPECT_FALSE(store_->TakeRateLimit(std::string("k\0y", 3), kNow, 60, 5).ok());
  EXPECT_FALSE(store_->GetOrCreateSecret("k", huge + huge).ok());

  NewsletterIssue too_many = MakeIssue("morning", "2025-06-15", static_cast<int>(kMaxIssueItems) + 1);
  EXPECT_EQ(store_->CreateIssue(too_many, Edit("draft")).status().code(), Status::Code::kLimitExceeded);
  NewsletterIssue long_subject = MakeIssue("morning", "2025-06-15");
  long_subject.subject = std::string(kMaxIssueTextBytes + 1, 's');
  EXPECT_EQ(store_->CreateIssue(long_subject, Edit("draft")).status().code(), Status::Code::kLimitExceeded);
  NewsletterIssue nul_item = MakeIssue("morning", "2025-06-15");
  nul_item.items[0].headline = std::string("bad\0headline", 12);
  EXPECT_EQ(store_->CreateIssue(nul_item, Edit("draft")).status().code(), Status::Code::kInvalidArgument);
  NewsletterIssue long_edition = MakeIssue(huge, "2025-06-15");
  EXPECT_EQ(store_->CreateIssue(long_edition, Edit("draft")).status().code(), Status::Code::kLimitExceeded);
  EXPECT_TRUE(store_->ListIssues("", {}, 10, 0).value().empty());

  const Id id = CreateIssue("morning", "2025-06-15");
  NewsletterIssue i = Issue(id);
  i.items.resize(kMaxIssueItems + 1);
  EXPECT_EQ(store_->UpdateIssue(i, Edit("add")).code(), Status::Code::kLimitExceeded);
  i = Issue(id);
  i.intro = std::string(kMaxIssueTextBytes + 1, 'i');
  EXPECT_EQ(store_->UpdateIssue(i, Edit("intro")).code(), Status::Code::kLimitExceeded);
  // Invalid UTF-8 is stored as given in text columns and in JSON repaired,
  // never a crash; a long edit detail is cut, not refused.
  i = Issue(id);
  i.items[0].headline = "\xff\xfe broken";
  IssueEdit long_detail = Edit("reorder");
  long_detail.detail = std::string(100'000, 'd');
  ASSERT_TRUE(store_->UpdateIssue(i, long_detail).ok());
  EXPECT_EQ(Issue(id).items.size(), 3u);
  EXPECT_LE(store_->ListIssueEdits(id).value().back().detail.size(), 2000u);

  EXPECT_TRUE(Claim(id, kNow, -1).empty());
  EXPECT_TRUE(Claim(id, kNow, 1'000'000).empty());
  EXPECT_TRUE(Claim(id + 1000, kNow).empty());
  EXPECT_EQ(Issue(id).state, IssueState::kDraft);
}

TEST_F(NewsletterStore, ReopeningTheFileKeepsEverything) {
  const Id a = Confirmed("a@example.org", {"morning"});
  const Id b = Confirmed("b@example.org", {"morning"});
  const Id issue = CreateIssue("morning", "2025-06-15");
  ASSERT_EQ(store_->StartIssueSend(issue, kNow, Edit("send")).value(), 2);
  ASSERT_TRUE(store_->MarkDeliverySent(issue, a, kNow + 1).ok());
  ASSERT_TRUE(store_->Suppress("gone", "complaint", kNow).ok());
  ASSERT_TRUE(store_->TakeRateLimit("key", kNow, 3600, 1).value());
  ASSERT_EQ(store_->GetOrCreateSecret("link-key", "first").value(), "first");
  const std::int64_t version = Version();

  store_.reset();
  const std::int64_t before = FileDataVersion();
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  EXPECT_EQ(WatcherDataVersion(), before) << "reopening wrote to the file (migration ran again?)";
  {
    RawDb raw(path_);
    EXPECT_EQ(raw.Int("PRAGMA user_version"), sqlite::LatestSchemaVersion());
    for (const char* table : {"secrets", "rate_limits", "subscribers", "consents", "suppressions",
                              "newsletter_issues", "issue_edits", "deliveries"})
      EXPECT_EQ(raw.Int(std::string("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '") +
                        table + "'"),
                1)
          << table;
  }

  EXPECT_EQ(Get(a).state, SubscriberState::kConfirmed);
  EXPECT_EQ(Get(b).editions, std::vector<std::string>{"morning"});
  EXPECT_EQ(store_->ListConsents(a)->size(), 2u);
  NewsletterIssue i = Issue(issue);
  EXPECT_EQ(i.state, IssueState::kSending);
  EXPECT_EQ(i.recipients, 2);
  EXPECT_EQ(i.items.size(), 3u);
  EXPECT_EQ(store_->ListIssueEdits(issue)->size(), 2u);
  DeliveryProgress p = Progress(issue);
  EXPECT_EQ(p.sent, 1);
  EXPECT_EQ(p.pending, 1);
  EXPECT_EQ(Ids(Claim(issue, kNow + 2)), std::vector<Id>{b});
  EXPECT_TRUE(store_->IsSuppressed("gone").value());
  EXPECT_FALSE(store_->TakeRateLimit("key", kNow + 1, 3600, 1).value());
  EXPECT_EQ(store_->GetOrCreateSecret("link-key", "second").value(), "first");
  EXPECT_EQ(Version(), version);
}

// ---- at size

TEST_F(NewsletterStore, TwentyThousandDeliveriesAreEnqueuedAndClaimedInBatches) {
  {
    // Set up in bulk: 20,000 receivers of "morning" plus 1,000 who are not
    // (another edition, unsubscribed, failed, pending), interleaved.
    RawDb raw(path_);
    raw.Exec(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 21000)"
        " INSERT INTO subscribers (email, state, editions, created_at, confirmed_at, failed)"
        " SELECT 'reader' || i || '@bulk.example',"
        "   CASE WHEN i % 21 = 0 AND (i / 21) % 4 = 1 THEN 2 WHEN i % 21 = 0 AND (i / 21) % 4 = 2 THEN 0"
        "     ELSE 1 END,"
        "   CASE WHEN i % 21 = 0 AND (i / 21) % 4 = 0 THEN '[\"evening\"]'"
        "     WHEN i % 2 = 0 THEN '[\"evening\",\"morning\"]' ELSE '[\"morning\"]' END,"
        "   1, 1, CASE WHEN i % 21 = 0 AND (i / 21) % 4 = 3 THEN 1 ELSE 0 END"
        " FROM n");
    ASSERT_EQ(raw.Int("SELECT COUNT(*) FROM subscribers"), 21'000);
  }
  // Every 21st is a non-receiver: another edition, unsubscribed, pending or failed in turn.
  constexpr std::int64_t expected = 20'000;
  {
    RawDb raw(path_);
    ASSERT_EQ(raw.Int("SELECT COUNT(*) FROM subscribers WHERE state = 1 AND failed = 0"
                      " AND editions LIKE '%\"morning\"%'"),
              expected);
  }
  EXPECT_EQ(store_->CountSubscribers("morning").value(), expected);

  const Id issue = CreateIssue("morning", "2025-06-15");
  auto t0 = std::chrono::steady_clock::now();
  auto n = store_->StartIssueSend(issue, kNow, Edit("send"));
  auto t1 = std::chrono::steady_clock::now();
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  ASSERT_EQ(*n, expected);
  EXPECT_EQ(Issue(issue).recipients, expected);

  // Claim in full batches; some leave mid-send, some are retried later.
  std::vector<Id> order;
  std::set<Id> left;
  int batches = 0;
  int retried = 0;
  Id leave_next = 0;
  for (;;) {
    auto batch = Claim(issue, kNow + 1);
    if (batch.empty()) break;
    ++batches;
    ASSERT_LE(batch.size(), static_cast<std::size_t>(kMaxDeliveryBatch));
    for (const auto& t : batch) {
      order.push_back(t.subscriber_id);
      ASSERT_FALSE(t.email.empty());
      if (t.subscriber_id % 97 == 0) {
        ASSERT_TRUE(store_->MarkDeliveryRetry(issue, t.subscriber_id, kNow + 60, "SMTP 451").ok());
        ++retried;
      } else {
        ASSERT_TRUE(store_->MarkDeliverySent(issue, t.subscriber_id, kNow + 1).ok());
      }
    }
    // Someone far ahead in the queue unsubscribes.
    leave_next = batch.back().subscriber_id + 2500;
    auto s = store_->GetSubscriber(leave_next);
    ASSERT_TRUE(s.ok());
    const auto receives = [](const Subscriber& x) {
      return x.state == SubscriberState::kConfirmed && !x.failed &&
             std::find(x.editions.begin(), x.editions.end(), "morning") != x.editions.end();
    };
    if (s->has_value() && receives(**s)) {
      ASSERT_TRUE(store_->UnsubscribeSubscriber(leave_next, kNow + 1, Consent("unsubscribe")).ok());
      left.insert(leave_next);
    }
    ASSERT_LT(batches, 100) << "claims do not make progress";
  }
  auto t2 = std::chrono::steady_clock::now();
  EXPECT_TRUE(std::is_sorted(order.begin(), order.end())) << "claims come in subscriber order";
  EXPECT_EQ(std::set<Id>(order.begin(), order.end()).size(), order.size()) << "no copy claimed twice";
  for (Id id : order) EXPECT_EQ(left.count(id), 0u) << "a subscriber who left was claimed: " << id;
  EXPECT_EQ(static_cast<std::int64_t>(order.size() + left.size()), expected);
  EXPECT_GE(batches, static_cast<int>(expected / kMaxDeliveryBatch));

  DeliveryProgress p = Progress(issue);
  EXPECT_EQ(p.pending, retried);
  EXPECT_EQ(p.cancelled, static_cast<int>(left.size()));
  EXPECT_EQ(p.next_attempt_at, kNow + 60);
  EXPECT_FALSE(store_->FinishIssueIfDone(issue, kNow + 2).value());

  auto again = Claim(issue, kNow + 60);
  ASSERT_EQ(static_cast<int>(again.size()), retried);
  for (const auto& t : again) {
    EXPECT_EQ(t.attempts, 1);
    ASSERT_TRUE(store_->MarkDeliverySent(issue, t.subscriber_id, kNow + 61).ok());
  }
  EXPECT_TRUE(store_->FinishIssueIfDone(issue, kNow + 62).value());
  p = Progress(issue);
  EXPECT_EQ(p.sent, static_cast<int>(order.size()));
  EXPECT_EQ(p.total(), expected);
  auto t3 = std::chrono::steady_clock::now();

  auto ms = [](auto a, auto b) { return std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count(); };
  std::printf("[ info     ] %lld deliveries: enqueue %lld ms; %d claims and %zu marks %lld ms; retries %lld ms\n",
              static_cast<long long>(expected), static_cast<long long>(ms(t0, t1)), batches, order.size(),
              static_cast<long long>(ms(t1, t2)), static_cast<long long>(ms(t2, t3)));
}

// ---- defaults other backends inherit

// A store that implements only what Store requires.
class BareStore : public Store {
 public:
  Status SyncSource(Source&) override { return Status::Ok(); }
  Result<std::vector<Source>> ListSources() override { return std::vector<Source>(); }
  Result<Source> GetSource(const std::string&) override { return Status::NotFound("none"); }
  Status RecordSourceFetch(const std::string&, const SourceFetchReport&) override { return Status::Ok(); }
  Status SetSourcePaused(const std::string&, bool) override { return Status::Ok(); }
  Result<std::optional<HttpCacheEntry>> GetHttpCache(const std::string&) override {
    return std::optional<HttpCacheEntry>();
  }
  Status PutHttpCache(const std::string&, const HttpCacheEntry&) override { return Status::Ok(); }
  Result<UpsertOutcome> UpsertArticle(Article&, const RawPage&) override { return UpsertOutcome::kUnchanged; }
  Result<std::optional<Article>> GetArticle(Id) override { return std::optional<Article>(); }
  Result<std::optional<Article>> GetArticleByUrl(const std::string&) override { return std::optional<Article>(); }
  Result<std::vector<Article>> ListArticles(const ArticleQuery&) override { return std::vector<Article>(); }
  Result<int> CountArticles(const ArticleQuery&) override { return 0; }
  Status ForEachRawPage(const std::function<Status(const RawPage&)>&) override { return Status::Ok(); }
  Result<std::vector<std::string>> ListRawPageUrls() override { return std::vector<std::string>(); }
  Result<std::optional<RawPage>> GetRawPage(const std::string&) override { return std::optional<RawPage>(); }
  Result<std::int64_t> DataVersion() override { return std::int64_t{0}; }
};

TEST(NewsletterStoreDefaults, ReadAsNothingStoredAndRefuseWrites) {
  BareStore store;
  const auto refused = Status::Code::kRefused;
  EXPECT_EQ(store.GetOrCreateSecret("k", "v").status().code(), refused);
  EXPECT_EQ(store.TakeRateLimit("k", kNow, 60, 1).status().code(), refused);
  EXPECT_FALSE(store.FindSubscriber("a@example.org").value().has_value());
  EXPECT_FALSE(store.GetSubscriber(1).value().has_value());
  Subscriber s;
  EXPECT_EQ(store.SaveSignup(s, ConsentRecord{}).code(), refused);
  EXPECT_FALSE(store.ConfirmSubscriber("t", kNow, ConsentRecord{}).value().has_value());
  EXPECT_EQ(store.SetSubscriberEditions(1, {"m"}, ConsentRecord{}).code(), refused);
  EXPECT_EQ(store.UnsubscribeSubscriber(1, kNow, ConsentRecord{}).code(), refused);
  EXPECT_TRUE(store.ListConsents(1).value().empty());
  EXPECT_TRUE(store.ListSubscriberDeliveries(1).value().empty());
  EXPECT_EQ(store.EraseSubscriber(1, "h", kNow).code(), refused);
  EXPECT_FALSE(store.IsSuppressed("h").value());
  EXPECT_EQ(store.Suppress("h", "r", kNow).code(), refused);
  EXPECT_EQ(store.RecordBounce("a@example.org", "h", true, 3, kNow).status().code(), refused);
  EXPECT_EQ(store.CountSubscribers("").value(), 0);
  NewsletterIssue i;
  EXPECT_EQ(store.CreateIssue(i, IssueEdit{}).status().code(), refused);
  EXPECT_FALSE(store.GetIssue(1).value().has_value());
  EXPECT_FALSE(store.FindIssue("m", "2025-06-15").value().has_value());
  EXPECT_TRUE(store.ListIssues("", {}, 10, 0).value().empty());
  EXPECT_EQ(store.UpdateIssue(i, IssueEdit{}).code(), refused);
  EXPECT_TRUE(store.ListIssueEdits(1).value().empty());
  EXPECT_EQ(store.StartIssueSend(1, kNow, IssueEdit{}).status().code(), refused);
  EXPECT_TRUE(store.ClaimDeliveries(1, kNow, 10).value().empty());
  EXPECT_EQ(store.MarkDeliverySent(1, 1, kNow).code(), refused);
  EXPECT_EQ(store.MarkDeliveryRetry(1, 1, kNow, "e").code(), refused);
  EXPECT_EQ(store.MarkDeliveryFailed(1, 1, "e", kNow).code(), refused);
  EXPECT_EQ(store.GetDeliveryProgress(1).value().total(), 0);
  EXPECT_EQ(store.FinishIssueIfDone(1, kNow).status().code(), refused);
}

}  // namespace
}  // namespace bs::testing
