// The /admin/newsletter desk through the site handler, with a real store,
// real templates and a real SMTP server on loopback: an editor drafts the
// day's issue, edits it (every change logged), previews both parts, sends a
// test to themself, and sends it; the archive then shows it.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <regex>

#include "core/templates.h"
#include "mail/smtp_fixture.h"
#include "newsletter/briefing_clock.h"
#include "web/auth/password.h"
#include "web/percent_decode.h"
#include "web/site.h"

namespace bs::web {
namespace {

namespace fs = std::filesystem;
const std::string kSourceDir = BROADSHEET_SOURCE_DIR;
constexpr char kPassword[] = "evening-edition-proofs";

std::string HeaderOf(const HttpResponse& r, const std::string& name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return "";
}

class AdminNewsletterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-admin-newsletter-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    store_ = std::move(OpenSqliteStore((dir_ / "desk.db").string()).value());
    Source src;
    src.slug = "harbour";
    src.name = "Harbour Courier";
    ASSERT_TRUE(store_->SyncSource(src).ok());
    for (const char* title : {"Ferry timetable changes for winter", "Harbour dredging begins"}) {
      Article a;
      a.url = std::string("https://harbour.example/") + title;
      a.source_slug = "harbour";
      a.title = title;
      a.standfirst = std::string("All about ") + title + ".";
      a.published = NowUtc() - 3600;
      a.fetched_at = NowUtc();
      RawPage raw{a.url, a.url, "text/html", "<p></p>", a.fetched_at};
      ASSERT_TRUE(store_->UpsertArticle(a, raw).ok());
      ids_.push_back(a.id);
    }
    ASSERT_TRUE(store_->ReplaceOrganisation({{ids_[0], "Ferry timetable changes for winter", NowUtc() - 3600, NowUtc() - 3600, 1, 1},
                                             {ids_[1], "Harbour dredging begins", NowUtc() - 3600, NowUtc() - 3600, 1, 1}},
                                            {{ids_[0], ids_[0], 0, {}, {}, {}}, {ids_[1], ids_[1], 0, {}, {}, {}}})
                    .ok());
    Account acc;
    acc.username = "editor";
    acc.email = "editor@desk.example";
    acc.role = Role::kEditor;
    acc.password_hash = HashPassword(kPassword).value();
    ASSERT_TRUE(store_->CreateAccount(acc).ok());

    newsletter_.editions = {{"daily", "The Daily Briefing", "", "", 0, false, 10}};
    mail::MailSettings ms;
    ms.smtp.url = smtp_.url();
    ms.from_address = "briefings@desk.example";
    mailer_ = std::move(mail::Mailer::Create(ms).value());
    keys_ = std::make_unique<newsletter::NewsletterKeys>(newsletter::NewsletterKeys::Load(*store_).value());
    templates_ = std::make_unique<TemplateSet>(TemplateSet::Load(kSourceDir + "/templates", {}).value());
    subscriptions_ = std::make_unique<newsletter::Subscriptions>(*store_, newsletter_, *mailer_, *keys_, *templates_,
                                                                  newsletter::NewsletterLinks{"https://desk.example"},
                                                                  "Test Desk");
    SiteSettings settings;
    settings.name = "Test Desk";
    settings.base_url = "https://desk.example";
    settings.sections = {{"world", "World"}};
    settings.template_dir = kSourceDir + "/templates";
    settings.static_dir = kSourceDir + "/static";
    settings.subscriptions = subscriptions_.get();
    handler_ = MakeSiteHandler(*store_, settings).value();
    auto login = Post("/admin/login", "username=editor&password=" + PercentEncode(kPassword));
    std::smatch m;
    const std::string cookie = HeaderOf(login, "Set-Cookie");
    ASSERT_TRUE(std::regex_search(cookie, m, std::regex("bs_session=([0-9a-f]{64})"))) << cookie;
    session_ = m[1];
  }
  void TearDown() override {
    handler_ = nullptr;
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  HttpResponse Get(const std::string& path) {
    HttpRequest r;
    r.method = "GET";
    r.path = path;
    r.target = path;
    r.remote_address = "192.0.2.9";
    r.headers.emplace_back("cookie", "bs_session=" + session_);
    return handler_(r);
  }
  HttpResponse Post(const std::string& path, const std::string& body) {
    HttpRequest r;
    r.method = "POST";
    r.path = path;
    r.target = path;
    r.body = body;
    r.remote_address = "192.0.2.9";
    r.headers = {{"content-type", "application/x-www-form-urlencoded"}, {"origin", "https://desk.example"}};
    if (!session_.empty()) r.headers.emplace_back("cookie", "bs_session=" + session_);
    return handler_(r);
  }
  // The CSRF token of the form on `page` that posts to `action`.
  std::string Csrf(const std::string& page, const std::string& action) {
    const std::string body = Get(page).body;
    const std::size_t at = body.find("action=\"" + action + "\"");
    if (at == std::string::npos) return "";
    std::smatch m;
    const std::string rest = body.substr(at, 400);
    return std::regex_search(rest, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\"")) ? std::string(m[1]) : "";
  }

  fs::path dir_;
  testing::SmtpFixture smtp_;
  std::unique_ptr<Store> store_;
  newsletter::NewsletterSettings newsletter_;
  std::unique_ptr<mail::Mailer> mailer_;
  std::unique_ptr<newsletter::NewsletterKeys> keys_;
  std::unique_ptr<TemplateSet> templates_;
  std::unique_ptr<newsletter::Subscriptions> subscriptions_;
  HttpHandler handler_;
  std::string session_;
  std::vector<Id> ids_;
};

TEST_F(AdminNewsletterTest, AnEditorDraftsEditsPreviewsTestsAndSends) {
  auto list = Get("/admin/newsletter");
  ASSERT_EQ(list.status, 200) << list.body;
  const std::string draft_csrf = Csrf("/admin/newsletter", "/admin/newsletter/draft");
  ASSERT_FALSE(draft_csrf.empty()) << Get("/admin/newsletter").body;
  auto drafted = Post("/admin/newsletter/draft", "csrf=" + draft_csrf + "&edition=daily");
  ASSERT_EQ(drafted.status, 303) << drafted.body;
  const std::string page = HeaderOf(drafted, "Location");
  ASSERT_EQ(page.rfind("/admin/newsletter/", 0), 0u);
  const std::string csrf = Csrf(page, page);
  ASSERT_FALSE(csrf.empty());

  EXPECT_EQ(Post(page, "csrf=" + csrf + "&action=save&subject=Winter+on+the+water&intro=Two+stories+today.").status, 303);
  EXPECT_EQ(Post(page, "csrf=" + csrf + "&action=down&item=1").status, 303);
  EXPECT_EQ(Post(page, "csrf=" + csrf + "&action=remove&item=2").status, 303);
  EXPECT_EQ(Post(page, "csrf=" + csrf + "&action=add&article_id=" + std::to_string(ids_[0])).status, 400)
      << "an article already in the issue is not added twice";
  EXPECT_EQ(Post(page, "csrf=" + csrf + "&action=add&article_id=" + std::to_string(ids_[1])).status, 303);
  EXPECT_EQ(Post(page, "csrf=" + csrf + "&action=save&subject=Bad%0D%0ABcc:+x@y.example&intro=").status, 400)
      << "a subject with a line break is refused";
  EXPECT_EQ(Post(page, "csrf=forged&action=send").status, 403);

  auto html = Get(page + "/preview.html");
  ASSERT_EQ(html.status, 200);
  EXPECT_NE(html.body.find("Winter on the water"), std::string::npos);
  EXPECT_NE(html.body.find("Two stories today."), std::string::npos);
  auto text = Get(page + "/preview.txt");
  // Drafted newest first (dredging, ferry), moved, removed and added back.
  EXPECT_NE(text.body.find("1. Ferry timetable changes for winter"), std::string::npos) << text.body;
  EXPECT_NE(text.body.find("2. Harbour dredging begins"), std::string::npos);

  EXPECT_EQ(Post(page, "csrf=" + csrf + "&action=test").status, 200);
  auto mail = smtp_.Messages();
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_NE(mail[0].find("X-Envelope-To: <editor@desk.example>"), std::string::npos);

  // One confirmed subscriber; sending enqueues exactly one delivery and freezes the issue.
  Subscriber s;
  s.email = "reader@readers.example";
  s.pending_editions = {"daily"};
  s.confirm_token_hash = "x";
  s.confirm_expires_at = NowUtc() + 60;
  ASSERT_TRUE(store_->SaveSignup(s, {}).ok());
  ASSERT_TRUE(store_->ConfirmSubscriber("x", NowUtc(), {}).value());
  EXPECT_EQ(Post(page, "csrf=" + csrf + "&action=send").status, 303);
  const Id id = std::stoll(page.substr(18));
  EXPECT_EQ(store_->GetDeliveryProgress(id).value().pending, 1);
  EXPECT_EQ(Post(page, "csrf=" + csrf + "&action=remove&item=1").status, 409) << "frozen once sending";
  auto log = store_->ListIssueEdits(id).value();
  std::vector<std::string> actions;
  for (const auto& e : log) actions.push_back(e.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"draft", "save", "reorder", "remove", "add", "test", "send"}));
  for (const auto& e : log)
    if (e.action != "draft") EXPECT_NE(e.editor_id, 0) << "every edit names its editor";
}

}  // namespace
}  // namespace bs::web
