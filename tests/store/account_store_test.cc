// Accounts, sessions, source overrides and pins in the SQLite store.
#include <gtest/gtest.h>

#include "store/store_fixture.h"

namespace bs::testing {
namespace {

class OperatorStore : public StoreTest {
 protected:
  Account MakeAccount(const std::string& name, Role role = Role::kEditor) {
    Account a;
    a.username = name;
    a.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
    a.role = role;
    a.created_at = 1'700'000'000;
    return a;
  }
  std::int64_t Version() {
    auto v = store_->DataVersion();
    EXPECT_TRUE(v.ok());
    return v.ok() ? *v : -1;
  }
  Id AddArticle(const std::string& path) {
    Article a = MakeArticle("alpha", path, 1'700'000'000);
    auto r = store_->UpsertArticle(a, MakeRaw(a));
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return a.id;
  }
};

TEST_F(OperatorStore, AccountsAreUniqueByUsernameAndEmailIgnoringCase) {
  Account a = MakeAccount("Desk.Chief", Role::kAdmin);
  a.email = "chief@paper.example";
  ASSERT_TRUE(store_->CreateAccount(a).ok());
  EXPECT_GT(a.id, 0);

  Account same_name = MakeAccount("desk.chief");
  EXPECT_EQ(store_->CreateAccount(same_name).code(), Status::Code::kInvalidArgument);
  Account same_mail = MakeAccount("other");
  same_mail.email = "CHIEF@paper.example";
  EXPECT_EQ(store_->CreateAccount(same_mail).code(), Status::Code::kInvalidArgument);
  // Several accounts without an email do not collide.
  Account n1 = MakeAccount("night1"), n2 = MakeAccount("night2");
  ASSERT_TRUE(store_->CreateAccount(n1).ok());
  ASSERT_TRUE(store_->CreateAccount(n2).ok());

  auto found = store_->FindAccount("DESK.CHIEF");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->id, a.id);
  EXPECT_EQ((*found)->role, Role::kAdmin);
  EXPECT_EQ((*found)->email, "chief@paper.example");
  EXPECT_EQ((*found)->password_hash, a.password_hash);
  auto list = store_->ListAccounts();
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->size(), 3u);
}

TEST_F(OperatorStore, HostileUsernamesAreJustData) {
  Account a = MakeAccount("o'brien\"; DROP TABLE users; --");
  ASSERT_TRUE(store_->CreateAccount(a).ok());
  auto found = store_->FindAccount("o'brien\"; DROP TABLE users; --");
  ASSERT_TRUE(found.ok() && found->has_value());
  auto none = store_->FindAccount("' OR '1'='1");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  EXPECT_FALSE(store_->FindAccount(std::string("o'brien\0x", 9)).value().has_value());
  Account empty = MakeAccount("");
  EXPECT_FALSE(store_->CreateAccount(empty).ok());
}

TEST_F(OperatorStore, SessionsAreStoredByDigestAndExpire) {
  Account a = MakeAccount("editor");
  ASSERT_TRUE(store_->CreateAccount(a).ok());
  SessionRecord s{"aa11", a.id, "cc22", 100, 200, 100};
  ASSERT_TRUE(store_->CreateSession(s).ok());
  SessionRecord later{"bb33", a.id, "dd44", 100, 900, 100};
  ASSERT_TRUE(store_->CreateSession(later).ok());

  auto got = store_->GetSession("aa11");
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->user_id, a.id);
  EXPECT_EQ((*got)->csrf_secret, "cc22");
  ASSERT_TRUE(store_->TouchSession("aa11", 150).ok());
  EXPECT_EQ(store_->GetSession("aa11").value()->last_seen, 150);

  auto swept = store_->DeleteExpiredSessions(200);
  ASSERT_TRUE(swept.ok());
  EXPECT_EQ(*swept, 1);
  EXPECT_FALSE(store_->GetSession("aa11").value().has_value());
  ASSERT_TRUE(store_->DeleteSession("bb33").ok());
  EXPECT_FALSE(store_->GetSession("bb33").value().has_value());

  SessionRecord orphan{"ee55", 9999, "ff66", 1, 2, 1};
  EXPECT_FALSE(store_->CreateSession(orphan).ok()) << "a session needs an existing user";
}

TEST_F(OperatorStore, OverridesSurviveSyncAndMoveTheDataVersion) {
  Source src = AddSource("alpha");
  const auto v0 = Version();
  SourceOverride o;
  o.slug = "alpha";
  o.about = "Edited by the desk: it's \"quoted\".";
  o.section_map = std::map<std::string, std::string>{{"sport", "sports"}};
  ASSERT_TRUE(store_->SetSourceOverride(o).ok());
  const auto v1 = Version();
  EXPECT_GT(v1, v0);
  ASSERT_TRUE(store_->SetSourceOverride(o).ok());
  EXPECT_EQ(Version(), v1) << "an identical edit changes nothing";

  // The configuration is synced again, with new text: the override stays.
  src.about = "New configured text.";
  ASSERT_TRUE(store_->SyncSource(src).ok());
  auto list = store_->ListSourceOverrides();
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->front().about, o.about);
  EXPECT_EQ(list->front().section_map, o.section_map);
  EXPECT_EQ(store_->GetSource("alpha").value().about, "New configured text.");

  Source applied = store_->GetSource("alpha").value();
  ApplySourceOverride(applied, list->front());
  EXPECT_EQ(applied.about, *o.about);
  EXPECT_EQ(applied.section_map.at("sport"), "sports");

  const auto v2 = Version();
  ASSERT_TRUE(store_->SetSourceOverride(SourceOverride{"alpha", std::nullopt, std::nullopt}).ok());
  EXPECT_TRUE(store_->ListSourceOverrides().value().empty());
  EXPECT_GT(Version(), v2);
  EXPECT_EQ(store_->SetSourceOverride(SourceOverride{"nope", "x", std::nullopt}).code(), Status::Code::kNotFound);
}

TEST_F(OperatorStore, PinsKeepOrderAreBoundedAndMoveTheDataVersion) {
  AddSource("alpha");
  const Id a = AddArticle("/a"), b = AddArticle("/b"), c = AddArticle("/c");
  const auto v0 = Version();
  ASSERT_TRUE(store_->PinArticle(b, 10).ok());
  ASSERT_TRUE(store_->PinArticle(a, 11).ok());
  EXPECT_GT(Version(), v0);
  auto pinned = store_->ListPinned();
  ASSERT_TRUE(pinned.ok());
  ASSERT_EQ(pinned->size(), 2u);
  EXPECT_EQ((*pinned)[0].id, b);
  EXPECT_EQ((*pinned)[1].id, a);

  ASSERT_TRUE(store_->PinArticle(b, 12).ok());  // re-pinning moves it to the end
  pinned = store_->ListPinned();
  EXPECT_EQ((*pinned)[0].id, a);
  EXPECT_EQ((*pinned)[1].id, b);

  EXPECT_EQ(store_->PinArticle(424242, 1).code(), Status::Code::kNotFound);
  const auto v1 = Version();
  ASSERT_TRUE(store_->UnpinArticle(c).ok());  // not pinned: no change
  EXPECT_EQ(Version(), v1);
  ASSERT_TRUE(store_->UnpinArticle(a).ok());
  EXPECT_GT(Version(), v1);
  EXPECT_EQ(store_->ListPinned().value().size(), 1u);

  for (int i = 0; i < kMaxPins + 3; ++i) {
    const Id id = AddArticle("/many/" + std::to_string(i));
    const Status st = store_->PinArticle(id, 20 + i);
    if (i < kMaxPins - 1) EXPECT_TRUE(st.ok()) << st.ToString();
    else EXPECT_EQ(st.code(), Status::Code::kLimitExceeded);
  }
  EXPECT_EQ(store_->ListPinned().value().size(), static_cast<std::size_t>(kMaxPins));
}

}  // namespace
}  // namespace bs::testing
