// Passwords, sessions, CSRF tokens, roles and the login throttle.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "web/admin/admin_request.h"
#include "web/admin/section_map_text.h"
#include "web/auth/login_throttle.h"
#include "web/auth/password.h"
#include "web/auth/permissions.h"
#include "web/auth/sessions.h"
#include "web/auth/utf8_check.h"

namespace bs::web {
namespace {

namespace fs = std::filesystem;

TEST(AdminPassword, HashesVerifyAndAreSalted) {
  auto h1 = HashPassword("correct horse battery");
  auto h2 = HashPassword("correct horse battery");
  ASSERT_TRUE(h1.ok() && h2.ok());
  EXPECT_TRUE(h1->starts_with("$argon2id$")) << *h1;
  EXPECT_NE(*h1, *h2) << "each hash has its own salt";
  EXPECT_TRUE(VerifyPassword("correct horse battery", *h1));
  EXPECT_FALSE(VerifyPassword("correct horse batterY", *h1));
  EXPECT_FALSE(VerifyPassword("", *h1));
  EXPECT_FALSE(VerifyPassword("correct horse battery", "not a hash"));
  EXPECT_FALSE(VerifyPassword("correct horse battery", ""));
  EXPECT_FALSE(VerifyPassword(std::string(kMaxPasswordBytes + 1, 'a'), *h1));
}

TEST(AdminPassword, PolicyRefusesShortLongAndBrokenInput) {
  EXPECT_FALSE(CheckPasswordPolicy("short").ok());
  EXPECT_FALSE(CheckPasswordPolicy("123456789").ok());
  EXPECT_TRUE(CheckPasswordPolicy("1234567890").ok());
  // Ten characters, more than ten bytes: characters are what count.
  EXPECT_TRUE(CheckPasswordPolicy("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9").ok());
  EXPECT_FALSE(CheckPasswordPolicy("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9").ok());
  EXPECT_FALSE(CheckPasswordPolicy(std::string("abcdefghij\0k", 12)).ok());
  EXPECT_FALSE(CheckPasswordPolicy("abcdefghij\xff").ok());
  EXPECT_FALSE(CheckPasswordPolicy(std::string(kMaxPasswordBytes + 1, 'x')).ok());
  EXPECT_FALSE(HashPassword("too short").ok());
}

TEST(AdminUtf8, RejectsMalformedSequences) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("\xe6\x96\xb0\xe9\x97\xbb \xf0\x9f\x93\xb0"));
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xe6\x96"));          // truncated
  EXPECT_FALSE(IsValidUtf8("\x80"));
}

TEST(AdminRoles, PermissionsGrowWithTrust) {
  EXPECT_FALSE(Can(Role::kReader, Permission::kViewDesk));
  EXPECT_TRUE(Can(Role::kModerator, Permission::kViewDesk));
  EXPECT_TRUE(Can(Role::kModerator, Permission::kModerate));
  EXPECT_FALSE(Can(Role::kModerator, Permission::kCurateFront));
  EXPECT_FALSE(Can(Role::kModerator, Permission::kEditSources));
  EXPECT_TRUE(Can(Role::kEditor, Permission::kCurateFront));
  EXPECT_TRUE(Can(Role::kEditor, Permission::kEditSources));
  EXPECT_FALSE(Can(Role::kEditor, Permission::kManageAccounts));
  EXPECT_TRUE(Can(Role::kAdmin, Permission::kManageAccounts));
  for (Role r : {Role::kReader, Role::kModerator, Role::kEditor, Role::kAdmin})
    EXPECT_EQ(ParseRole(RoleName(r)), r);
  EXPECT_FALSE(ParseRole("Admin").has_value());
  EXPECT_FALSE(ParseRole("root").has_value());
}

class AdminSessions : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-admin-auth-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    auto s = OpenSqliteStore((dir_ / "desk.db").string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    account_.username = "editor";
    account_.password_hash = "$argon2id$placeholder";
    account_.role = Role::kEditor;
    ASSERT_TRUE(store_->CreateAccount(account_).ok());
  }
  void TearDown() override {
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  fs::path dir_;
  std::unique_ptr<Store> store_;
  Account account_;
};

TEST_F(AdminSessions, TokenIsRandomAndOnlyItsDigestIsStored) {
  auto a = StartSession(*store_, account_, 1000);
  auto b = StartSession(*store_, account_, 1000);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->token.size(), 64u);
  EXPECT_NE(a->token, b->token);
  EXPECT_NE(a->record.token_hash, a->token);
  EXPECT_FALSE(store_->GetSession(a->token).value().has_value()) << "raw token must not be a key";
  EXPECT_TRUE(store_->GetSession(HashSessionToken(a->token)).value().has_value());

  auto who = ResumeSession(*store_, a->token, 1010);
  ASSERT_TRUE(who.ok() && who->has_value());
  EXPECT_EQ((*who)->account.username, "editor");
}

TEST_F(AdminSessions, MalformedUnknownExpiredAndIdleTokensFail) {
  auto s = StartSession(*store_, account_, 1000);
  ASSERT_TRUE(s.ok());
  for (std::string bad : {std::string(), std::string("zz"), std::string(64, 'g'), std::string(64, '0'),
                          s->token + "00", std::string(s->token).replace(0, 1, "'")}) {
    auto r = ResumeSession(*store_, bad, 1001);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->has_value()) << bad;
  }
  // Idle too long: refused and removed.
  auto idle = ResumeSession(*store_, s->token, 1000 + kSessionIdleSeconds);
  ASSERT_TRUE(idle.ok());
  EXPECT_FALSE(idle->has_value());
  EXPECT_FALSE(store_->GetSession(s->record.token_hash).value().has_value());

  // Kept alive by use, but never past its absolute lifetime.
  auto t = StartSession(*store_, account_, 5000);
  ASSERT_TRUE(t.ok());
  Timestamp now = 5000;
  for (; now < 5000 + kSessionLifetimeSeconds; now += kSessionIdleSeconds / 2) {
    auto r = ResumeSession(*store_, t->token, now);
    ASSERT_TRUE(r.ok() && r->has_value()) << now;
  }
  auto expired = ResumeSession(*store_, t->token, 5000 + kSessionLifetimeSeconds);
  ASSERT_TRUE(expired.ok());
  EXPECT_FALSE(expired->has_value());
}

TEST_F(AdminSessions, LogoutEndsTheSession) {
  auto s = StartSession(*store_, account_, 1000);
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(EndSession(*store_, s->token).ok());
  EXPECT_FALSE(ResumeSession(*store_, s->token, 1001).value().has_value());
  EXPECT_TRUE(EndSession(*store_, "not-a-token").ok());
}

TEST_F(AdminSessions, CsrfTokensAreBoundToSessionAndAction) {
  auto a = StartSession(*store_, account_, 1000);
  auto b = StartSession(*store_, account_, 1000);
  ASSERT_TRUE(a.ok() && b.ok());
  const std::string t = CsrfToken(a->record, "/admin/pins/add");
  EXPECT_TRUE(CheckCsrfToken(a->record, "/admin/pins/add", t));
  EXPECT_FALSE(CheckCsrfToken(a->record, "/admin/pins/remove", t));
  EXPECT_FALSE(CheckCsrfToken(b->record, "/admin/pins/add", t));
  EXPECT_FALSE(CheckCsrfToken(a->record, "/admin/pins/add", ""));
  EXPECT_FALSE(CheckCsrfToken(a->record, "/admin/pins/add", t.substr(1)));
  std::string flipped = t;
  flipped[0] = flipped[0] == 'a' ? 'b' : 'a';
  EXPECT_FALSE(CheckCsrfToken(a->record, "/admin/pins/add", flipped));
}

TEST(AdminThrottle, BlocksByAddressAndByUsernameThenForgets) {
  LoginThrottle t;
  for (int i = 0; i < LoginThrottle::kMaxFailures; ++i) {
    EXPECT_TRUE(t.Allowed("10.0.0.1", "chief", 100));
    t.RecordFailure("10.0.0.1", "chief", 100);
  }
  EXPECT_FALSE(t.Allowed("10.0.0.1", "someone-else", 101)) << "same address";
  EXPECT_FALSE(t.Allowed("10.0.0.2", "CHIEF", 101)) << "same username, any case";
  EXPECT_TRUE(t.Allowed("10.0.0.2", "other", 101));
  EXPECT_TRUE(t.Allowed("10.0.0.1", "chief", 100 + LoginThrottle::kWindowSeconds));
  t.RecordSuccess("10.0.0.1", "chief");
  EXPECT_TRUE(t.Allowed("10.0.0.1", "chief", 102));
}

TEST(AdminThrottle, MemoryStaysBoundedUnderAFlood) {
  LoginThrottle t;
  for (std::size_t i = 0; i < LoginThrottle::kMaxTracked * 2; ++i)
    t.RecordFailure("addr" + std::to_string(i), "user" + std::to_string(i), static_cast<Timestamp>(i));
  SUCCEED();  // no crash; entries are evicted (the map is private)
}

TEST(AdminRequest, OriginChecks) {
  HttpRequest r;
  r.method = "POST";
  EXPECT_TRUE(SameOriginRequest(r, "https://desk.example/"));
  r.headers = {{"origin", "https://desk.example"}};
  EXPECT_TRUE(SameOriginRequest(r, "https://desk.example/"));
  r.headers = {{"origin", "https://DESK.example:443"}};
  EXPECT_TRUE(SameOriginRequest(r, "https://desk.example/"));
  r.headers = {{"origin", "https://evil.example"}};
  EXPECT_FALSE(SameOriginRequest(r, "https://desk.example/"));
  r.headers = {{"origin", "null"}};
  EXPECT_FALSE(SameOriginRequest(r, "https://desk.example/"));
  r.headers = {{"origin", "http://desk.example"}};
  EXPECT_FALSE(SameOriginRequest(r, "https://desk.example/")) << "scheme is part of the origin";
  r.headers = {{"referer", "https://desk.example/admin"}};
  EXPECT_TRUE(SameOriginRequest(r, "https://desk.example/"));
  r.headers = {{"referer", "https://desk.example.evil.example/admin"}};
  EXPECT_FALSE(SameOriginRequest(r, "https://desk.example/"));
  r.headers = {{"sec-fetch-site", "cross-site"}};
  EXPECT_FALSE(SameOriginRequest(r, "https://desk.example/"));
  r.headers = {{"origin", "http://127.0.0.1:8080"}, {"host", "127.0.0.1:8080"}};
  EXPECT_TRUE(SameOriginRequest(r, ""));
}

TEST(AdminRequest, CookieAndFormParsing) {
  HttpRequest r;
  r.headers = {{"cookie", "theme=dark; bs_session = abc123 ;x=y"}};
  EXPECT_EQ(SessionCookieValue(r), "abc123");
  r.headers = {{"cookie", "bs_sessionx=1; other=2"}};
  EXPECT_EQ(SessionCookieValue(r), "");

  r.headers = {{"content-type", "application/x-www-form-urlencoded; charset=UTF-8"}};
  r.body = "a=1&b=two+words&a=ignored&c=%27%22";
  auto f = ParseAdminForm(r);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->at("a"), "1");
  EXPECT_EQ(f->at("b"), "two words");
  EXPECT_EQ(f->at("c"), "'\"");
  r.headers = {{"content-type", "text/plain"}};
  EXPECT_FALSE(ParseAdminForm(r).has_value());
  r.headers = {{"content-type", "application/x-www-form-urlencoded"}};
  r.body = "a=" + std::string(kMaxAdminFormBytes, 'x');
  EXPECT_FALSE(ParseAdminForm(r).has_value());
}

TEST(AdminSectionMap, ParsesValidatesAndRoundTrips) {
  const std::vector<Taxon> sections = {{"world", "World"}, {"sports", "Sports"}};
  auto m = ParseSectionMap("Football = sports\r\n\n  World News=world\n", sections);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->at("football"), "sports");
  EXPECT_EQ(m->at("world news"), "world");
  EXPECT_EQ(ParseSectionMap(FormatSectionMap(*m), sections).value(), *m);
  EXPECT_FALSE(ParseSectionMap("no equals sign", sections).ok());
  EXPECT_FALSE(ParseSectionMap("x = nowhere", sections).ok());
  EXPECT_FALSE(ParseSectionMap(" = world", sections).ok());
  EXPECT_FALSE(ParseSectionMap("a\xff = world", sections).ok());
  EXPECT_FALSE(ParseSectionMap(std::string(kMaxSectionMapBytes + 1, 'a'), sections).ok());
}

}  // namespace
}  // namespace bs::web
