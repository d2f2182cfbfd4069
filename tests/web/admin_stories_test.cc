// The stories screen of /admin: merge, split and section changes go through
// CSRF-checked forms, reach the store's editor log, and trigger the
// re-organise hook; readers' roles and forged requests change nothing.
#include <gtest/gtest.h>

#include <regex>

#include "story_site_fixture.h"
#include "web/auth/password.h"
#include "web/percent_decode.h"

namespace bs::web::testing {
namespace {

constexpr char kPassword[] = "lantern-over-the-weir";

class AdminStories : public StorySiteTest {
 protected:
  void SetUp() override {
    StorySiteTest::SetUp();
    static const std::string hash = HashPassword(kPassword).value();
    for (const auto& [name, role] : {std::pair{"ed", Role::kEditor}, {"mod", Role::kModerator}}) {
      Account acc;
      acc.username = name;
      acc.role = role;
      acc.password_hash = hash;
      ASSERT_TRUE(store_->CreateAccount(acc).ok());
    }
    SiteSettings s = Settings();
    s.reorganise = [this](bool) -> Status {
      ++reorganised_;
      return reorganise_result_;
    };
    auto h = MakeSiteHandler(*store_, s);
    ASSERT_TRUE(h.ok()) << h.status().ToString();
    handler_ = *h;
  }

  HttpResponse Post(const std::string& path, const std::string& body, const std::string& cookie) {
    HttpRequest r = Request("POST", path);
    r.body = body;
    r.headers = {{"content-type", "application/x-www-form-urlencoded"}, {"origin", "https://desk.example"}};
    if (!cookie.empty()) r.headers.emplace_back("cookie", "bs_session=" + cookie);
    return handler_(r);
  }

  HttpResponse GetAs(const std::string& path, const std::string& cookie) {
    return handler_(Request("GET", path, "", {{"cookie", "bs_session=" + cookie}}));
  }

  std::string SignIn(const std::string& user) {
    auto r = Post("/admin/login", "username=" + user + "&password=" + PercentEncode(kPassword), "");
    EXPECT_EQ(r.status, 303) << r.body;
    std::smatch m;
    const std::string cookie = Header(r, "Set-Cookie");
    if (!std::regex_search(cookie, m, std::regex("bs_session=([0-9a-f]{64})"))) return "";
    return m[1];
  }

  // The CSRF token of the first form posting to `action` on /admin/stories.
  std::string Token(const std::string& action, const std::string& cookie) {
    auto r = GetAs("/admin/stories", cookie);
    EXPECT_EQ(r.status, 200) << r.body;
    const std::size_t at = r.body.find("action=\"" + action + "\">");
    if (at == std::string::npos) return "";
    std::smatch m;
    const std::string rest = r.body.substr(at, 300);
    return std::regex_search(rest, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\"")) ? std::string(m[1]) : "";
  }

  std::size_t Edits() { return store_->ListStoryEdits().value().size(); }

  int reorganised_ = 0;
  Status reorganise_result_ = Status::Ok();
};

TEST_F(AdminStories, ScreenListsStoriesWithTheirArticles) {
  const std::string ed = SignIn("ed");
  auto r = GetAs("/admin/stories", ed);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(Header(r, "Cache-Control"), "no-store");
  EXPECT_NE(r.body.find("River bursts its banks at the old mill</a> <small>(story " + std::to_string(flood_first_)),
            std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find(std::to_string(flood_hua_) + ": <a href=\"/article/" + std::to_string(flood_hua_)),
            std::string::npos);
  EXPECT_NE(GetAs("/admin", ed).body.find("href=\"/admin/stories\""), std::string::npos);
}

TEST_F(AdminStories, FormsWithoutAValidTokenAre403AndChangeNothing) {
  const std::string ed = SignIn("ed");
  const std::string merge = Token("/admin/stories/merge", ed);
  ASSERT_FALSE(merge.empty());
  const std::string body = "article_a=" + std::to_string(flood_first_) + "&article_b=" + std::to_string(lonely_);
  EXPECT_EQ(Post("/admin/stories/merge", body, ed).status, 403) << "no token";
  EXPECT_EQ(Post("/admin/stories/merge", body + "&csrf=" + std::string(64, '0'), ed).status, 403) << "forged";
  EXPECT_EQ(Post("/admin/stories/split", "article_id=1&csrf=" + merge, ed).status, 403) << "another form's token";
  EXPECT_EQ(Post("/admin/stories/section", "article_id=1&section=culture&csrf=" + merge, ed).status, 403);
  EXPECT_EQ(Post("/admin/stories/merge", body + "&csrf=" + merge, "").status, 403) << "signed out";
  EXPECT_EQ(Edits(), 0u);
  EXPECT_EQ(reorganised_, 0);
  EXPECT_EQ(store_->GetArticle(1).value()->section, "world");
}

TEST_F(AdminStories, ModeratorsMayNotEditStories) {
  const std::string mod = SignIn("mod");
  EXPECT_EQ(GetAs("/admin/stories", mod).status, 403);
  EXPECT_EQ(Post("/admin/stories/split", "article_id=1", mod).status, 403);
  EXPECT_EQ(Edits(), 0u);
}

TEST_F(AdminStories, MergeAndSplitAreLoggedAndRegroup) {
  const std::string ed = SignIn("ed");
  auto r = Post("/admin/stories/merge",
                "article_a=" + std::to_string(flood_first_) + "&article_b=" + std::to_string(lonely_) +
                    "&csrf=" + Token("/admin/stories/merge", ed),
                ed);
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Header(r, "Location"), "/admin/stories");
  r = Post("/admin/stories/split",
           "article_id=" + std::to_string(flood_hua_) + "&csrf=" + Token("/admin/stories/split", ed), ed);
  EXPECT_EQ(r.status, 303) << r.body;
  auto edits = store_->ListStoryEdits().value();
  ASSERT_EQ(edits.size(), 2u);
  EXPECT_EQ(edits[0].kind, StoryEdit::Kind::kMerge);
  EXPECT_EQ(edits[0].article_a, flood_first_);
  EXPECT_EQ(edits[0].article_b, lonely_);
  EXPECT_NE(edits[0].editor_id, 0);
  EXPECT_EQ(edits[1].kind, StoryEdit::Kind::kSplit);
  EXPECT_EQ(edits[1].article_a, flood_hua_);
  EXPECT_EQ(reorganised_, 2);
}

TEST_F(AdminStories, SectionChangeIsStoredAndShowsOnTheArticle) {
  const std::string ed = SignIn("ed");
  auto r = Post("/admin/stories/section",
                "article_id=" + std::to_string(flood_beta_) + "&section=culture&csrf=" +
                    Token("/admin/stories/section", ed),
                ed);
  EXPECT_EQ(r.status, 303) << r.body;
  auto a = store_->GetArticle(flood_beta_).value();
  EXPECT_EQ(a->section, "culture");
  EXPECT_EQ(a->section_origin, SectionOrigin::kEditor);
  EXPECT_NE(Fetch("/article/" + std::to_string(flood_beta_)).body.find("<a href=\"/section/culture\">Culture</a>"),
            std::string::npos);
  EXPECT_EQ(reorganised_, 1);
}

TEST_F(AdminStories, BadInputIs400AndChangesNothing) {
  const std::string ed = SignIn("ed");
  const std::string merge = Token("/admin/stories/merge", ed);
  const std::string split = Token("/admin/stories/split", ed);
  const std::string section = Token("/admin/stories/section", ed);
  const std::string first = std::to_string(flood_first_);
  EXPECT_EQ(Post("/admin/stories/merge", "article_a=" + first + "&article_b=" + first + "&csrf=" + merge, ed).status,
            400);
  EXPECT_EQ(Post("/admin/stories/merge", "article_a=" + first + "&article_b=99999&csrf=" + merge, ed).status, 400);
  EXPECT_EQ(Post("/admin/stories/split", "article_id=99999999999999999999&csrf=" + split, ed).status, 400);
  EXPECT_EQ(Post("/admin/stories/split", "article_id=-1&csrf=" + split, ed).status, 400);
  EXPECT_EQ(Post("/admin/stories/section", "article_id=" + first + "&section=nowhere&csrf=" + section, ed).status,
            400);
  EXPECT_EQ(Post("/admin/stories/unknown", "csrf=" + merge, ed).status, 403) << "a token is per action";
  EXPECT_EQ(GetAs("/admin/stories/merge", ed).status, 405);
  EXPECT_EQ(Edits(), 0u);
  EXPECT_EQ(store_->GetArticle(flood_first_).value()->section, "world");
  EXPECT_EQ(reorganised_, 0);
}

TEST_F(AdminStories, AFailedRegroupingStillKeepsTheEdit) {
  reorganise_result_ = Status::Internal("organiser unavailable");
  const std::string ed = SignIn("ed");
  auto r = Post("/admin/stories/split",
                "article_id=" + std::to_string(flood_hua_) + "&csrf=" + Token("/admin/stories/split", ed), ed);
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("regrouping failed"), std::string::npos);
  EXPECT_EQ(Edits(), 1u);
}

}  // namespace
}  // namespace bs::web::testing
