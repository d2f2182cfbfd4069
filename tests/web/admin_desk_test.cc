// The /admin desk end to end through the site handler: sign-in, cookies,
// CSRF and origin checks, and the effect of operator actions on public pages.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <regex>

#include "web/auth/password.h"
#include "web/http_server.h"
#include "web/raw_http_client.h"
#include "web/percent_decode.h"
#include "web/site.h"

namespace bs::web {
namespace {

namespace fs = std::filesystem;

const std::string kSourceDir = BROADSHEET_SOURCE_DIR;
constexpr char kPassword[] = "tide-tables-at-dawn";

std::string HeaderOf(const HttpResponse& r, const std::string& name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return "";
}

class AdminDeskTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-admin-desk-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    auto s = OpenSqliteStore((dir_ / "desk.db").string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    Source src;
    src.slug = "harbour";
    src.name = "Harbour Courier";
    src.about = "The configured blurb about the Courier.";
    src.homepage = "https://harbour.example/";
    ASSERT_TRUE(store_->SyncSource(src).ok());
    Article a;
    a.url = "https://harbour.example/news/ferry-timetable";
    a.source_slug = "harbour";
    a.title = "Ferry timetable changes for winter";
    a.section = "world";
    a.language = "en";
    a.published = 1'700'000'000;
    a.fetched_at = 1'700'000'100;
    a.body_html = "<p>The ferry runs less often.</p>";
    a.content_hash = "ferry-1";
    RawPage raw{a.url, a.url, "text/html", "<html></html>", a.fetched_at};
    ASSERT_TRUE(store_->UpsertArticle(a, raw).ok());
    article_id_ = a.id;
    AddAccount("chief", Role::kAdmin);
    AddAccount("mod", Role::kModerator);
    AddAccount("reader1", Role::kReader);
    SiteSettings settings;
    settings.name = "Test Desk";
    settings.base_url = "https://desk.example";
    settings.sections = {{"world", "World"}, {"sports", "Sports"}};
    settings.template_dir = kSourceDir + "/templates";
    settings.static_dir = kSourceDir + "/static";
    auto h = MakeSiteHandler(*store_, settings);
    ASSERT_TRUE(h.ok()) << h.status().ToString();
    handler_ = *h;
  }
  void TearDown() override {
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  void AddAccount(const std::string& name, Role role) {
    Account acc;
    acc.username = name;
    acc.role = role;
    // One hash for all: argon2 is slow on purpose.
    static const std::string hash = HashPassword(kPassword).value();
    acc.password_hash = hash;
    ASSERT_TRUE(store_->CreateAccount(acc).ok());
  }

  HttpResponse Get(const std::string& path, const std::string& cookie = "") {
    HttpRequest r;
    r.method = "GET";
    r.path = path;
    r.target = path;
    r.remote_address = "192.0.2.7";
    if (!cookie.empty()) r.headers.emplace_back("cookie", "bs_session=" + cookie);
    return handler_(r);
  }

  HttpResponse Post(const std::string& path, const std::string& body, const std::string& cookie = "",
                    std::vector<std::pair<std::string, std::string>> extra = {},
                    const std::string& address = "192.0.2.7") {
    HttpRequest r;
    r.method = "POST";
    r.path = path;
    r.target = path;
    r.body = body;
    r.remote_address = address;
    // Extra headers go first: the handler reads the first of each name.
    r.headers = std::move(extra);
    r.headers.insert(r.headers.end(), {{"content-type", "application/x-www-form-urlencoded"},
                                       {"origin", "https://desk.example"}});
    if (!cookie.empty()) r.headers.emplace_back("cookie", "bs_session=" + cookie);
    return handler_(r);
  }

  // Signs in and returns the session token from Set-Cookie.
  std::string SignIn(const std::string& user) {
    auto r = Post("/admin/login", "username=" + user + "&password=" + PercentEncode(kPassword));
    EXPECT_EQ(r.status, 303) << r.body;
    std::smatch m;
    const std::string cookie = HeaderOf(r, "Set-Cookie");
    if (!std::regex_search(cookie, m, std::regex("bs_session=([0-9a-f]{64})"))) {
      ADD_FAILURE() << "no session cookie: " << cookie;
      return "";
    }
    return m[1];
  }

  // The CSRF token a page's form for `action` carries.
  std::string FormToken(const std::string& page, const std::string& action, const std::string& cookie) {
    auto r = Get(page, cookie);
    EXPECT_EQ(r.status, 200);
    const std::string marker = "action=\"" + action + "\">";
    const std::size_t at = r.body.find(marker);
    if (at == std::string::npos) {
      ADD_FAILURE() << "no form for " << action << " on " << page;
      return "";
    }
    std::smatch m;
    const std::string rest = r.body.substr(at, 400);
    if (!std::regex_search(rest, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\""))) return "";
    return m[1];
  }

  bool Paused() { return store_->GetSource("harbour").value().paused; }

  fs::path dir_;
  std::unique_ptr<Store> store_;
  HttpHandler handler_;
  Id article_id_ = 0;
};

TEST_F(AdminDeskTest, SignedOutRequestsAreRedirectedOrRefused) {
  for (const std::string path : {"/admin", "/admin/pins", "/admin/sources/harbour"}) {
    auto r = Get(path);
    EXPECT_EQ(r.status, 303) << path;
    EXPECT_EQ(HeaderOf(r, "Location"), "/admin/login");
    EXPECT_EQ(HeaderOf(r, "Cache-Control"), "no-store");
  }
  auto post = Post("/admin/sources/harbour/pause", "csrf=00");
  EXPECT_EQ(post.status, 403);
  EXPECT_FALSE(Paused());
  auto login = Get("/admin/login");
  EXPECT_EQ(login.status, 200);
  EXPECT_NE(login.body.find("name=\"password\""), std::string::npos);
  EXPECT_EQ(HeaderOf(login, "Cache-Control"), "no-store");
  EXPECT_FALSE(HeaderOf(login, "Content-Security-Policy").empty());
}

TEST_F(AdminDeskTest, SignInSetsAHardenedCookieAndOpensTheDashboard) {
  auto r = Post("/admin/login", std::string("username=CHIEF&password=") + kPassword);
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(HeaderOf(r, "Location"), "/admin");
  const std::string cookie = HeaderOf(r, "Set-Cookie");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("Path=/admin"), std::string::npos);
  EXPECT_NE(cookie.find("Secure"), std::string::npos) << "base_url is https";
  const std::string token = SignIn("chief");
  auto dash = Get("/admin", token);
  ASSERT_EQ(dash.status, 200);
  EXPECT_NE(dash.body.find("Harbour Courier"), std::string::npos);
  EXPECT_NE(dash.body.find("never"), std::string::npos) << "health of a never-fetched source";
  EXPECT_EQ(HeaderOf(dash, "Cache-Control"), "no-store");
}

TEST_F(AdminDeskTest, FailedSignInsLookAlikeAndAreThrottled) {
  auto wrong = Post("/admin/login", "username=chief&password=not-the-password");
  auto unknown = Post("/admin/login", "username=nobody&password=not-the-password");
  auto reader = Post("/admin/login", std::string("username=reader1&password=") + kPassword);
  for (const auto* r : {&wrong, &unknown, &reader}) {
    EXPECT_EQ(r->status, 403);
    EXPECT_TRUE(HeaderOf(*r, "Set-Cookie").empty());
    EXPECT_NE(r->body.find("Wrong username or password."), std::string::npos);
  }
  EXPECT_EQ(wrong.body, unknown.body);
  // The address has failed three times; two more and even the right
  // password is refused from it.
  Post("/admin/login", "username=chief&password=guess-four-x");
  Post("/admin/login", "username=chief&password=guess-five-x");
  auto blocked = Post("/admin/login", std::string("username=chief&password=") + kPassword);
  EXPECT_EQ(blocked.status, 429);
  EXPECT_TRUE(HeaderOf(blocked, "Set-Cookie").empty());
  EXPECT_FALSE(HeaderOf(blocked, "Retry-After").empty());
  // Another account from another address is unaffected.
  auto mod = Post("/admin/login", std::string("username=mod&password=") + kPassword, "", {}, "198.51.100.9");
  EXPECT_EQ(mod.status, 303);
}

TEST_F(AdminDeskTest, GuessingOneUsernameFromManyAddressesIsThrottled) {
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(Post("/admin/login", "username=Chief&password=wrong-guess-" + std::to_string(i), "", {},
                   "198.51.100." + std::to_string(i + 1))
                  .status,
              403);
  auto blocked = Post("/admin/login", std::string("username=chief&password=") + kPassword, "", {}, "203.0.113.50");
  EXPECT_EQ(blocked.status, 429);
  EXPECT_TRUE(HeaderOf(blocked, "Set-Cookie").empty());
}

TEST_F(AdminDeskTest, PauseAndResumeChangeTheStore) {
  const std::string token = SignIn("chief");
  const std::string csrf = FormToken("/admin", "/admin/sources/harbour/pause", token);
  const auto v0 = store_->DataVersion().value();
  auto r = Post("/admin/sources/harbour/pause", "csrf=" + csrf, token);
  EXPECT_EQ(r.status, 303);
  EXPECT_TRUE(Paused());
  EXPECT_GT(store_->DataVersion().value(), v0);
  const std::string resume = FormToken("/admin", "/admin/sources/harbour/resume", token);
  EXPECT_EQ(Post("/admin/sources/harbour/resume", "csrf=" + resume, token).status, 303);
  EXPECT_FALSE(Paused());
}

TEST_F(AdminDeskTest, ForgedMissingCrossSessionAndStaleTokensAre403) {
  const std::string a = SignIn("chief");
  const std::string b = SignIn("chief");
  const std::string a_token = FormToken("/admin", "/admin/sources/harbour/pause", a);
  ASSERT_FALSE(a_token.empty());
  const std::string path = "/admin/sources/harbour/pause";
  EXPECT_EQ(Post(path, "", a).status, 403) << "missing";
  EXPECT_EQ(Post(path, "csrf=" + std::string(64, '0'), a).status, 403) << "forged";
  EXPECT_EQ(Post(path, "csrf=" + a_token, b).status, 403) << "another session's token";
  const std::string other_action = FormToken("/admin/pins", "/admin/pins/add", a);
  EXPECT_EQ(Post(path, "csrf=" + other_action, a).status, 403) << "another form's token";
  EXPECT_EQ(Post(path, "csrf=" + a_token, a, {{"origin", "https://evil.example"}}).status, 403)
      << "cross-origin, even with a valid token";
  EXPECT_FALSE(Paused());

  // After sign-out the token and the cookie are dead.
  const std::string logout = FormToken("/admin", "/admin/logout", a);
  auto out = Post("/admin/logout", "csrf=" + logout, a);
  EXPECT_EQ(out.status, 303);
  EXPECT_NE(HeaderOf(out, "Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(Post(path, "csrf=" + a_token, a).status, 403) << "replayed after logout";
  EXPECT_EQ(Get("/admin", a).status, 303);
  EXPECT_FALSE(Paused());
  EXPECT_EQ(Get("/admin", b).status, 200) << "other sessions stay signed in";
}

TEST_F(AdminDeskTest, ModeratorsSeeTheDeskButCannotChangeSources) {
  const std::string token = SignIn("mod");
  EXPECT_EQ(Get("/admin", token).status, 200);
  EXPECT_EQ(Get("/admin/pins", token).status, 403);
  EXPECT_EQ(Get("/admin/sources/harbour", token).status, 403);
}

TEST_F(AdminDeskTest, AboutOverrideShowsOnTheArticlePage) {
  const std::string token = SignIn("chief");
  const std::string article = "/article/" + std::to_string(article_id_);
  EXPECT_NE(Get(article).body.find("The configured blurb"), std::string::npos);

  const std::string csrf = FormToken("/admin/sources/harbour", "/admin/sources/harbour", token);
  auto r = Post("/admin/sources/harbour",
                "csrf=" + csrf + "&about=" + PercentEncode("Edited <b>by</b> the desk & friends") +
                    "&section_map=" + PercentEncode("Ferries = world\n"),
                token);
  ASSERT_EQ(r.status, 303) << r.body;
  const std::string page = Get(article).body;
  EXPECT_NE(page.find("Edited &lt;b&gt;by&lt;/b&gt; the desk &amp; friends"), std::string::npos);
  EXPECT_EQ(page.find("The configured blurb"), std::string::npos);
  auto o = store_->ListSourceOverrides().value();
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0].section_map->at("ferries"), "world");

  // A bad section target is refused with a message and nothing changes.
  auto bad = Post("/admin/sources/harbour", "csrf=" + csrf + "&about=x&section_map=a%3Dnowhere", token);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(store_->ListSourceOverrides().value()[0].about, "Edited <b>by</b> the desk & friends");

  EXPECT_EQ(Post("/admin/sources/harbour", "csrf=" + csrf + "&reset=1", token).status, 303);
  EXPECT_NE(Get(article).body.find("The configured blurb"), std::string::npos);
}

TEST_F(AdminDeskTest, PinnedArticleLeadsTheFrontPage) {
  const std::string token = SignIn("chief");
  EXPECT_EQ(Get("/").body.find("pinned-heading"), std::string::npos);
  const std::string csrf = FormToken("/admin/pins", "/admin/pins/add", token);
  auto r = Post("/admin/pins/add", "csrf=" + csrf + "&article_id=" + std::to_string(article_id_), token);
  ASSERT_EQ(r.status, 303) << r.body;
  const std::string front = Get("/").body;
  const std::size_t pinned = front.find("pinned-heading");
  ASSERT_NE(pinned, std::string::npos);
  EXPECT_NE(front.find("Ferry timetable changes for winter", pinned), std::string::npos);

  EXPECT_EQ(Post("/admin/pins/add", "csrf=" + csrf + "&article_id=99999", token).status, 400);
  EXPECT_EQ(Post("/admin/pins/add", "csrf=" + csrf + "&article_id=1%27%20OR%201%3D1", token).status, 400);
  const std::string remove = FormToken("/admin/pins", "/admin/pins/remove", token);
  EXPECT_EQ(Post("/admin/pins/remove", "csrf=" + remove + "&article_id=" + std::to_string(article_id_), token).status,
            303);
  EXPECT_EQ(Get("/").body.find("pinned-heading"), std::string::npos);
}

TEST_F(AdminDeskTest, HostileInputIsRefusedCleanly) {
  const std::string token = SignIn("chief");
  // Huge fields: the sign-in and forms refuse before parsing.
  EXPECT_EQ(Post("/admin/login", "username=" + std::string(200'000, 'a') + "&password=x").status, 400);
  auto huge = Post("/admin/sources/harbour", "csrf=x&about=" + std::string(100'000, 'a'), token);
  EXPECT_EQ(huge.status, 413);
  // Long but under the form cap: the About limit answers.
  const std::string csrf = FormToken("/admin/sources/harbour", "/admin/sources/harbour", token);
  EXPECT_EQ(Post("/admin/sources/harbour", "csrf=" + csrf + "&about=" + std::string(5000, 'a'), token).status, 400);
  // Invalid UTF-8 and NUL in fields.
  EXPECT_EQ(Post("/admin/sources/harbour", "csrf=" + csrf + "&about=%C3%28", token).status, 400);
  EXPECT_EQ(Post("/admin/login", "username=%FF%FE&password=whatever-123").status, 403);
  EXPECT_TRUE(store_->ListSourceOverrides().value().empty());
  // SQL quotes in the username are just a wrong username.
  EXPECT_EQ(Post("/admin/login", "username=chief%27%20--&password=x", "", {}, "203.0.113.1").status, 403);
  EXPECT_EQ(Post("/admin/login", "username=%27%20OR%20%271%27%3D%271&password=x", "", {}, "203.0.113.2").status, 403);
  // Wrong content type, unknown source, junk cookies, other methods.
  HttpRequest put;
  put.method = "PUT";
  put.path = "/admin";
  EXPECT_EQ(handler_(put).status, 405);
  EXPECT_EQ(Post("/admin/sources/harbour/pause", "csrf=x", token, {{"content-type", "text/plain"}}).status, 400)
      << "not a form: refused before the token is even read";
  EXPECT_EQ(Get("/admin/sources/no-such-paper", token).status, 404);
  EXPECT_EQ(Get("/admin", "'; DROP TABLE sessions; --").status, 303);
  EXPECT_EQ(Get("/admin", std::string(64, 'f')).status, 303);
  EXPECT_FALSE(Paused());
}

TEST_F(AdminDeskTest, SignInOverLoopbackCarriesTheBodyAndCookie) {
  HttpServerOptions opts;
  opts.port = 0;
  opts.access_log = false;
  HttpServer server(opts, handler_);
  ASSERT_TRUE(server.Start().ok());
  bs::testing::RawHttpClient client(server.port());
  ASSERT_TRUE(client.connected());
  const std::string body = std::string("username=chief&password=") + kPassword;
  ASSERT_TRUE(client.Send("POST /admin/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Content-Type: application/x-www-form-urlencoded\r\n"
                          "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body));
  auto r = client.Read();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 303);
  EXPECT_NE(r->Header("set-cookie").find("bs_session="), std::string::npos);
  EXPECT_EQ(r->Header("cache-control"), "no-store");
  server.Stop();
}

}  // namespace
}  // namespace bs::web
