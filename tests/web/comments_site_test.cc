// Reader accounts and comments through the site handler, with the account
// mails sent by the outbox to a real SMTP server on loopback: sign up, read
// the link from the mail, confirm, post, reply, like, report; and what must
// be refused (signed-out, cross-site, banned, hostile text, other people's
// comments). The thread's page is re-rendered after a comment, others not.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <regex>

#include "discuss/comment_service.h"
#include "discuss/seed_comments.h"
#include "mail/outbox.h"
#include "mail/smtp_fixture.h"
#include "web/auth/password.h"
#include "web/comment_notify.h"
#include "web/percent_decode.h"
#include "web/site.h"

namespace bs::web {
namespace {

namespace fs = std::filesystem;
const std::string kSourceDir = BROADSHEET_SOURCE_DIR;

std::string HeaderOf(const HttpResponse& r, const std::string& name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return "";
}

class CommentsSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-comments-site-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    store_ = std::move(OpenSqliteStore((dir_ / "site.db").string()).value());
    for (const char* slug : {"harbour", "hill"}) {
      Source s;
      s.slug = slug;
      s.name = std::string("The ") + (slug[0] == 'h' && slug[1] == 'a' ? "Harbour Courier" : "Hill Times");
      ASSERT_TRUE(store_->SyncSource(s).ok());
    }
    for (const auto& [src, title] : std::vector<std::pair<std::string, std::string>>{
             {"harbour", "Ferry timetable changes"}, {"hill", "Ferry timetable changes (copy)"}, {"hill", "Tea prices"}}) {
      bs::Article a;
      a.url = "https://" + src + ".example/" + std::to_string(ids_.size());
      a.source_slug = src;
      a.title = title;
      a.section = "world";
      a.body_html = "<p>Body.</p>";
      a.body_text = "Body.";
      a.published = NowUtc() - 3600;
      a.fetched_at = NowUtc() - 3600;
      RawPage raw{a.url, a.url, "text/html", "<p></p>", a.fetched_at};
      ASSERT_TRUE(store_->UpsertArticle(a, raw).ok());
      ids_.push_back(a.id);
    }
    ASSERT_TRUE(store_->ReplaceOrganisation({{ids_[0], "Ferry", NowUtc(), NowUtc(), 2, 2}, {ids_[2], "Tea", NowUtc(), NowUtc(), 1, 1}},
                                            {{ids_[0], ids_[0], 0, {}, {}, {}},
                                             {ids_[1], ids_[0], ids_[0], {}, {}, {}},
                                             {ids_[2], ids_[2], 0, {}, {}, {}}})
                    .ok());
    mail::MailSettings ms;
    ms.smtp.url = smtp_.url();
    ms.from_address = "desk@desk.example";
    mailer_ = std::move(mail::Mailer::Create(ms).value());
    service_ = std::make_unique<discuss::CommentService>(*store_, comment_settings_, discuss::SeedSpamClassifier());
    SiteSettings& settings = settings_;
    settings.name = "Test Desk";
    settings.base_url = "https://desk.example";
    settings.sections = {{"world", "World"}};
    settings.template_dir = kSourceDir + "/templates";
    settings.static_dir = kSourceDir + "/static";
    settings.comments = service_.get();
    settings.mailer = mailer_.get();
    handler_ = MakeSiteHandler(*store_, settings).value();
  }
  void TearDown() override {
    handler_ = nullptr;
    service_.reset();
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  HttpResponse Request(const std::string& method, const std::string& target, const std::string& body = "",
                       const std::string& cookie = "", const std::string& origin = "https://desk.example") {
    HttpRequest r;
    r.method = method;
    r.target = target;
    const std::size_t q = target.find('?');
    r.path = target.substr(0, q);
    r.query = q == std::string::npos ? "" : target.substr(q + 1);
    r.body = body;
    r.remote_address = "192.0.2.9";
    if (method == "POST") {
      r.headers.emplace_back("content-type", "application/x-www-form-urlencoded");
      if (!origin.empty()) r.headers.emplace_back("origin", origin);
    }
    if (!cookie.empty()) r.headers.emplace_back("cookie", "bs_reader=" + cookie);
    return handler_(r);
  }
  // The link in the newest mail to `to`, after the outbox has sent it.
  std::string MailedLink(const std::string& to) {
    auto sent = mail::DrainOutbox(*store_, *mailer_, {}, NowUtc());
    EXPECT_TRUE(sent.ok()) << sent.status().ToString();
    std::string link;
    for (const auto& m : smtp_.Messages()) {
      if (m.find("X-Envelope-To: <" + to + ">") == std::string::npos) continue;
      // Quoted-printable may fold the link; undo soft breaks and =3D first.
      std::string text = std::regex_replace(m, std::regex("=\r\n"), "");
      text = std::regex_replace(text, std::regex("=3D"), "=");
      std::smatch match;
      if (std::regex_search(text, match, std::regex("/account/link\\?p=(confirm|signin)&t=([0-9a-f]{64})")))
        link = match[0];
    }
    return link;
  }
  // Signs a new reader up and in; returns the session cookie.
  std::string SignUp(const std::string& name) {
    std::string local;
    for (char c : name) local += c == ' ' ? '.' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::string email = local + "@readers.example";
    auto r = Request("POST", "/account/signup", "name=" + PercentEncode(name) + "&email=" + PercentEncode(email));
    EXPECT_EQ(r.status, 200) << r.body;
    const std::string link = MailedLink(email);
    EXPECT_FALSE(link.empty()) << "a confirmation mail";
    const std::string query = link.substr(link.find('?') + 1);
    EXPECT_EQ(Request("GET", link).status, 200) << "a button; opening the link alone does nothing";
    auto in = Request("POST", "/account/link", query);
    EXPECT_EQ(in.status, 303);
    std::smatch m;
    const std::string cookie = HeaderOf(in, "Set-Cookie");
    EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
    if (!std::regex_search(cookie, m, std::regex("bs_reader=([0-9a-f]{64})"))) return "";
    EXPECT_EQ(Request("POST", "/account/link", query).status, 400) << "the link works once";
    return m[1];
  }
  // An operator account signed in to the desk; returns its bs_session.
  std::string Operator(const std::string& username, Role role) {
    Account a;
    a.username = username;
    a.role = role;
    a.password_hash = HashPassword("moderation-desk-pass").value();
    a.created_at = NowUtc();
    EXPECT_TRUE(store_->CreateAccount(a).ok());
    HttpRequest r;
    r.method = "POST";
    r.path = r.target = "/admin/login";
    r.body = "username=" + username + "&password=moderation-desk-pass";
    r.remote_address = "192.0.2.10";
    r.headers = {{"content-type", "application/x-www-form-urlencoded"}, {"origin", "https://desk.example"}};
    auto resp = handler_(r);
    std::smatch m;
    const std::string cookie = HeaderOf(resp, "Set-Cookie");
    return std::regex_search(cookie, m, std::regex("bs_session=([0-9a-f]{64})")) ? std::string(m[1]) : "";
  }
  HttpResponse Desk(const std::string& method, const std::string& target, const std::string& session,
                    const std::string& body = "") {
    HttpRequest r;
    r.method = method;
    r.target = target;
    const std::size_t q = target.find('?');
    r.path = target.substr(0, q);
    r.query = q == std::string::npos ? "" : target.substr(q + 1);
    r.body = body;
    r.remote_address = "192.0.2.10";
    if (method == "POST")
      r.headers = {{"content-type", "application/x-www-form-urlencoded"}, {"origin", "https://desk.example"}};
    r.headers.emplace_back("cookie", "bs_session=" + session);
    return handler_(r);
  }
  // The CSRF token of the moderation form for comment `id` on the queue page.
  std::string ModerationCsrf(const std::string& session, const std::string& queue, Id id) {
    const std::string body = Desk("GET", "/admin/moderate?queue=" + queue, session).body;
    const std::size_t at = body.find("action=\"/admin/moderate/" + std::to_string(id) + "\"");
    if (at == std::string::npos) return "";
    std::smatch m;
    const std::string rest = body.substr(at, 300);
    return std::regex_search(rest, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\"")) ? std::string(m[1]) : "";
  }
  std::string Page(Id id, const std::string& query = "") {
    return Request("GET", "/article/" + std::to_string(id) + query).body;
  }

  testing::SmtpFixture smtp_;
  fs::path dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<mail::Mailer> mailer_;
  discuss::CommentSettings comment_settings_;
  std::unique_ptr<discuss::CommentService> service_;
  SiteSettings settings_;
  HttpHandler handler_;
  std::vector<Id> ids_;
};

TEST_F(CommentsSiteTest, AReaderSignsUpPostsRepliesLikesAndReports) {
  const std::string ana = SignUp("Ana Reader");
  ASSERT_FALSE(ana.empty());
  const std::string page = Page(ids_[0]);
  EXPECT_NE(page.find("id=\"comments\""), std::string::npos);
  EXPECT_NE(page.find("No comments yet."), std::string::npos);
  EXPECT_NE(page.find("Comment policy"), std::string::npos);

  // Posted under the partner's copy, shown under the original too.
  auto posted = Request("POST", "/comments", "article_id=" + std::to_string(ids_[1]) + "&body=" +
                                                 PercentEncode("The 7:40 ferry is gone.\n\n> quoting the timetable\nIt matters."),
                        ana);
  ASSERT_EQ(posted.status, 303) << posted.body;
  EXPECT_NE(HeaderOf(posted, "Location").find("#c"), std::string::npos);
  for (Id id : {ids_[0], ids_[1]}) {
    const std::string html = Page(id);
    EXPECT_NE(html.find("The 7:40 ferry is gone."), std::string::npos) << id;
    EXPECT_NE(html.find("<blockquote><p>quoting the timetable</p></blockquote>"), std::string::npos);
    EXPECT_NE(html.find("Posted by <strong>Ana Reader</strong>"), std::string::npos);
    EXPECT_NE(html.find("Report as abusive"), std::string::npos);
  }
  EXPECT_EQ(Page(ids_[2]).find("The 7:40 ferry"), std::string::npos) << "another story's thread";
  std::smatch m;
  const std::string html = Page(ids_[0]);
  ASSERT_TRUE(std::regex_search(html, m, std::regex("id=\"c([0-9]+)\"")));
  const std::string first = m[1];

  const std::string bo = SignUp("Bo");
  auto reply = Request("POST", "/comments",
                       "article_id=" + std::to_string(ids_[0]) + "&parent_id=" + first + "&body=Agreed%2C+it+was+useful.", bo);
  ASSERT_EQ(reply.status, 303) << reply.body;
  // Ana asked for reply mail (on the account page); Bo's reply reaches her.
  {
    const std::string settings_page = Request("GET", "/account", "", ana).body;
    std::smatch t;
    ASSERT_TRUE(std::regex_search(settings_page, t, std::regex("action=\"/account\">\\s*<input type=\"hidden\" name=\"csrf\" value=\"([0-9a-f]+)\"")));
    ASSERT_EQ(Request("POST", "/account", "csrf=" + std::string(t[1]) + "&name=Ana+Reader&notify_replies=1", ana).status, 200);
    auto second = Request("POST", "/comments",
                          "article_id=" + std::to_string(ids_[0]) + "&parent_id=" + first + "&body=And+a+second+point.", bo);
    ASSERT_EQ(second.status, 303);
    ASSERT_TRUE(mail::DrainOutbox(*store_, *mailer_, {}, NowUtc()).ok());
    bool notified = false;
    for (const auto& msg : smtp_.Messages())
      notified |= msg.find("X-Envelope-To: <ana.reader@readers.example>") != std::string::npos &&
                  msg.find("replied to your comment") != std::string::npos;
    EXPECT_TRUE(notified);
  }
  EXPECT_EQ(Request("POST", "/comments/" + first + "/like", "", bo).status, 303);
  EXPECT_EQ(Request("POST", "/comments/" + first + "/like", "", bo).status, 303);
  const std::string after = Page(ids_[0]);
  EXPECT_NE(after.find("depth-1"), std::string::npos) << "the reply hangs under the comment";
  EXPECT_NE(after.find("Like (1)"), std::string::npos) << "one like per reader";

  EXPECT_EQ(Request("GET", "/comments/" + first + "/report", "", bo).status, 200);
  EXPECT_EQ(Request("POST", "/comments/" + first + "/report", "reason=other", bo).status, 400) << "other needs a note";
  EXPECT_EQ(Request("POST", "/comments/" + first + "/report", "reason=spam", bo).status, 200);
  auto again = Request("POST", "/comments/" + first + "/report", "reason=abusive", bo);
  EXPECT_NE(again.body.find("already"), std::string::npos);
  EXPECT_EQ(store_->ListCommentReports(std::stoll(first)).value().size(), 1u);

  auto feed = Request("GET", "/article/" + std::to_string(ids_[0]) + "/comments.atom");
  EXPECT_EQ(feed.status, 200);
  EXPECT_NE(feed.body.find("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), std::string::npos);
  EXPECT_NE(feed.body.find("Agreed, it was useful."), std::string::npos);

  // Export, then delete: the comment reads [deleted], the reply stays.
  auto exported = Request("GET", "/account/export", "", ana);
  EXPECT_NE(exported.body.find("ana.reader@readers.example"), std::string::npos) << exported.body.substr(0, 300);
  EXPECT_NE(exported.body.find("The 7:40 ferry is gone."), std::string::npos);
  const std::string account_page = Request("GET", "/account", "", ana).body;
  ASSERT_TRUE(std::regex_search(account_page, m, std::regex("action=\"/account/delete\">\\s*<input type=\"hidden\" name=\"csrf\" value=\"([0-9a-f]+)\"")));
  EXPECT_EQ(Request("POST", "/account/delete", "csrf=forged", ana).status, 403);
  EXPECT_EQ(Request("POST", "/account/delete", "csrf=" + std::string(m[1]), ana).status, 200);
  const std::string gone = Page(ids_[0]);
  EXPECT_EQ(gone.find("The 7:40 ferry is gone."), std::string::npos);
  EXPECT_NE(gone.find("[deleted]"), std::string::npos);
  EXPECT_NE(gone.find("Agreed, it was useful."), std::string::npos);
  EXPECT_EQ(Request("GET", "/account", "", ana).status, 303) << "the session went with the account";
}

TEST_F(CommentsSiteTest, SignUpAndSignInAnswerTheSameForKnownAddresses) {
  ASSERT_FALSE(SignUp("Known").empty());
  auto known = Request("POST", "/account/signup", "name=Someone+Else&email=known%40readers.example");
  auto fresh = Request("POST", "/account/signup", "name=Someone+Else&email=fresh%40readers.example");
  EXPECT_EQ(known.status, fresh.status);
  EXPECT_EQ(std::regex_replace(known.body, std::regex("[a-z]+@readers\\.example"), "X"),
            std::regex_replace(fresh.body, std::regex("[a-z]+@readers\\.example"), "X"));
  EXPECT_NE(MailedLink("known@readers.example").find("p=signin"), std::string::npos)
      << "the owner of a known address gets a sign-in link, not a second account";
  auto in_known = Request("POST", "/account/signin", "email=known%40readers.example");
  auto in_unknown = Request("POST", "/account/signin", "email=nobody%40readers.example");
  EXPECT_EQ(std::regex_replace(in_known.body, std::regex("[a-z]+@readers\\.example"), "X"),
            std::regex_replace(in_unknown.body, std::regex("[a-z]+@readers\\.example"), "X"));
  EXPECT_EQ(Request("POST", "/account/signup", "name=KNOWN&email=other%40readers.example").status, 400)
      << "names are unique ignoring case";
  EXPECT_EQ(Request("POST", "/account/signup", "name=The+Harbour+Courier&email=x%40readers.example").status, 400)
      << "partner names are reserved";
  EXPECT_EQ(Request("POST", "/account/signup", "name=" + PercentEncode("evil\xe2\x80\xaeman") + "&email=y%40readers.example").status,
            400);
}

TEST_F(CommentsSiteTest, RefusalsKeepTheReadersWordsAndNothingRunsInThePage) {
  EXPECT_EQ(Request("POST", "/comments", "article_id=" + std::to_string(ids_[0]) + "&body=hello").status, 303)
      << "signed out: to the sign-in page";
  const std::string ana = SignUp("Ana");
  EXPECT_EQ(Request("POST", "/comments", "article_id=" + std::to_string(ids_[0]) + "&body=hello", ana,
                    "https://evil.example").status,
            403)
      << "cross-site";
  for (const char* payload : {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                              "https://x.example/\"><svg onload=alert(1)>"}) {
    auto r = Request("POST", "/comments", "article_id=" + std::to_string(ids_[2]) + "&body=" + PercentEncode(payload), ana);
    EXPECT_TRUE(r.status == 303 || r.status == 200) << r.status;
  }
  const std::string page = Page(ids_[2]);
  EXPECT_EQ(page.find("<script>alert"), std::string::npos);
  EXPECT_EQ(page.find("<img src=x"), std::string::npos);
  EXPECT_EQ(page.find("<svg"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);

  auto huge = Request("POST", "/comments", "article_id=" + std::to_string(ids_[0]) + "&body=" + std::string(20'000, 'a'), ana);
  EXPECT_EQ(huge.status, 400);
  EXPECT_NE(huge.body.find("too long"), std::string::npos);
  EXPECT_NE(huge.body.find(std::string(1000, 'a')), std::string::npos) << "the text comes back";
  EXPECT_EQ(Request("POST", "/comments", "article_id=999999&body=hello", ana).status, 400);

  auto account = store_->FindAccountByEmail("ana@readers.example").value();
  ASSERT_TRUE(store_->SetReaderBan(account->id, kBannedForever, {0, 1, 0, account->id, "ban", "", NowUtc()}).ok());
  auto banned = Request("POST", "/comments", "article_id=" + std::to_string(ids_[0]) + "&body=still+here", ana);
  EXPECT_EQ(banned.status, 400);
  EXPECT_NE(banned.body.find("banned"), std::string::npos);

  const std::string bo = SignUp("Bo");
  auto list = store_->ListAuthorComments(account->id, 10).value();
  ASSERT_FALSE(list.empty());
  const std::string id = std::to_string(list.front().id);
  EXPECT_EQ(Request("GET", "/comments/" + id + "/edit", "", bo).status, 404) << "not Bo's comment";
  EXPECT_EQ(Request("POST", "/comments/" + id + "/delete", "", bo).status, 404);
  EXPECT_EQ(Request("POST", "/comments/" + id + "/edit", "body=hijacked", bo).status, 404);
}

TEST_F(CommentsSiteTest, ACommentReRendersItsThreadsPagesOnly) {
  const std::string ana = SignUp("Ana");
  const std::string other_before = Page(ids_[2]);
  const std::string thread_before = Page(ids_[0]);
  const auto data_before = store_->DataVersion().value();
  ASSERT_EQ(Request("POST", "/comments", "article_id=" + std::to_string(ids_[0]) + "&body=Fresh+news", ana).status, 303);
  EXPECT_EQ(store_->DataVersion().value(), data_before) << "no global invalidation";
  EXPECT_NE(Page(ids_[0]).find("Fresh news"), std::string::npos) << "the thread's page is rendered again";
  EXPECT_NE(Page(ids_[1]).find("Fresh news"), std::string::npos) << "so is its copy's";
  EXPECT_EQ(Page(ids_[2]), other_before) << "another page is served from the cache unchanged";
  EXPECT_NE(Page(ids_[0], "?sort=newest").find("Fresh news"), std::string::npos);
}

TEST_F(CommentsSiteTest, RiversCountCommentsAndTheStoryPageCarriesTheThread) {
  const std::string ana = SignUp("Ana");
  const std::string river_before = Request("GET", "/section/world").body;
  EXPECT_EQ(river_before.find("card-comments"), std::string::npos) << "no count without comments";
  const std::string other_before = Page(ids_[2]);
  const auto data_before = store_->DataVersion().value();
  ASSERT_EQ(Request("POST", "/comments", "article_id=" + std::to_string(ids_[1]) + "&body=First+word", ana).status, 303);
  EXPECT_EQ(store_->DataVersion().value(), data_before);
  std::string river = Request("GET", "/section/world").body;
  // Posted on the copy, counted on the original's card (rivers list the
  // original of a copy group): one thread.
  EXPECT_NE(river.find("href=\"/article/" + std::to_string(ids_[0]) + "/ferry-timetable-changes#comments\">1 comment</a>"),
            std::string::npos);

  // The story page shows the thread of its title article, and its form
  // brings the reader back to the story.
  const std::string story_path = "/story/" + std::to_string(ids_[0]);
  std::string story = Request("GET", story_path).body;
  EXPECT_NE(story.find("First word"), std::string::npos);
  EXPECT_NE(story.find("name=\"story_id\" value=\"" + std::to_string(ids_[0]) + "\""), std::string::npos);
  EXPECT_NE(story.find("href=\"" + story_path + "?sort=newest#comments\""), std::string::npos);
  auto posted = Request("POST", "/comments",
                        "article_id=" + std::to_string(ids_[0]) + "&story_id=" + std::to_string(ids_[0]) + "&body=From+the+story", ana);
  ASSERT_EQ(posted.status, 303);
  EXPECT_EQ(HeaderOf(posted, "Location").rfind(story_path + "#c", 0), 0u) << HeaderOf(posted, "Location");
  EXPECT_NE(Request("GET", story_path).body.find("From the story"), std::string::npos) << "the cached story page moved on";
  EXPECT_NE(Page(ids_[1]).find("From the story"), std::string::npos) << "one thread with the articles";
  river = Request("GET", "/section/world").body;
  EXPECT_NE(river.find(">2 comments</a>"), std::string::npos) << "the cached river moved on";
  EXPECT_EQ(Page(ids_[2]), other_before) << "a page without the thread stays cached";
  // A forged story_id only changes where the reader lands, on a path built from a number.
  auto odd = Request("POST", "/comments", "article_id=" + std::to_string(ids_[0]) + "&story_id=%2F%2Fevil.example&body=x+y", ana);
  EXPECT_EQ(HeaderOf(odd, "Location").rfind("/article/", 0), 0u);
}

TEST_F(CommentsSiteTest, ModeratorsGetADigestOfTheirQueueWhenTheyAskForIt) {
  comment_settings_.premoderation = discuss::Premoderation::kEveryone;
  const std::string ana = SignUp("Ana");
  const std::string admin = Operator("chief", Role::kAdmin);
  const std::string mod = Operator("harbourmod", Role::kModerator);
  std::smatch m;
  const std::string admin_page = Desk("GET", "/admin/moderate", admin).body;
  ASSERT_TRUE(std::regex_search(admin_page, m, std::regex("action=\"/admin/moderate/scopes\">\\s*<input type=\"hidden\" name=\"csrf\" value=\"([0-9a-f]+)\"")));
  ASSERT_EQ(Desk("POST", "/admin/moderate/scopes", admin, "csrf=" + std::string(m[1]) + "&username=harbourmod&sources=harbour").status, 303);

  const Timestamp now = NowUtc();
  EXPECT_EQ(QueueModeratorDigests(*store_, settings_, now).value(), 0) << "nobody asked";
  std::string page = Desk("GET", "/admin/moderate", mod).body;
  ASSERT_TRUE(std::regex_search(page, m, std::regex("action=\"/admin/moderate/digest\">\\s*<input type=\"hidden\" name=\"csrf\" value=\"([0-9a-f]+)\"")));
  const std::string csrf = m[1];
  EXPECT_EQ(Desk("POST", "/admin/moderate/digest", mod, "csrf=" + csrf + "&email=not-an-address").status, 400);
  EXPECT_EQ(Desk("POST", "/admin/moderate/digest", mod, "csrf=forged&email=mod%40desk.example").status, 403);
  EXPECT_EQ(Desk("POST", "/admin/moderate/digest", mod, "csrf=" + csrf + "&email=mod%40desk.example").status, 303);
  EXPECT_NE(Desk("GET", "/admin/moderate", mod).body.find("goes to <strong>mod@desk.example</strong>"), std::string::npos);
  EXPECT_EQ(QueueModeratorDigests(*store_, settings_, now).value(), 0) << "nothing waits: no mail";

  ASSERT_EQ(Request("POST", "/comments", "article_id=" + std::to_string(ids_[0]) + "&body=Harbour+waits", ana).status, 200);
  ASSERT_EQ(Request("POST", "/comments", "article_id=" + std::to_string(ids_[2]) + "&body=Hill+waits", ana).status, 200);
  EXPECT_EQ(QueueModeratorDigests(*store_, settings_, now).value(), 1);
  EXPECT_EQ(QueueModeratorDigests(*store_, settings_, now + 60).value(), 0) << "at most once per digest_hours";
  ASSERT_TRUE(mail::DrainOutbox(*store_, *mailer_, {}, NowUtc()).ok());
  std::string digest;
  for (const auto& msg : smtp_.Messages())
    if (msg.find("X-Envelope-To: <mod@desk.example>") != std::string::npos) digest = msg;
  ASSERT_FALSE(digest.empty());
  EXPECT_NE(digest.find("held for review: 1"), std::string::npos) << digest;
  EXPECT_NE(digest.find("Harbour waits"), std::string::npos);
  EXPECT_EQ(digest.find("Hill waits"), std::string::npos) << "only the papers the moderator has";
  EXPECT_NE(digest.find("https://desk.example/admin/moderate"), std::string::npos);

  const Timestamp later = now + comment_settings_.digest_hours * 3600 + 1;
  EXPECT_EQ(QueueModeratorDigests(*store_, settings_, later).value(), 1) << "due again";
  EXPECT_EQ(Desk("POST", "/admin/moderate/digest", mod, "csrf=" + csrf + "&email=").status, 303);
  EXPECT_EQ(QueueModeratorDigests(*store_, settings_, later + 10 * 86400).value(), 0) << "turned off";
  EXPECT_NE(Desk("GET", "/admin/moderate/log", admin).body.find("<td>digest_on</td>"), std::string::npos);
}

TEST_F(CommentsSiteTest, ModeratorsActWithinTheirPapersAndEveryActionIsLogged) {
  comment_settings_.premoderation = discuss::Premoderation::kEveryone;  // everything lands in the queue
  const std::string ana = SignUp("Ana");
  ASSERT_EQ(Request("POST", "/comments", "article_id=" + std::to_string(ids_[0]) + "&body=On+the+harbour+story", ana).status, 200);
  ASSERT_EQ(Request("POST", "/comments", "article_id=" + std::to_string(ids_[2]) + "&body=On+the+hill+story", ana).status, 200);
  auto held = store_->ListModerationQueue("held", {}, 10).value();
  ASSERT_EQ(held.size(), 2u);
  const Id harbour_comment = held[0].body == "On the harbour story" ? held[0].id : held[1].id;
  const Id hill_comment = held[0].body == "On the hill story" ? held[0].id : held[1].id;

  const std::string admin = Operator("chief", Role::kAdmin);
  const std::string mod = Operator("harbourmod", Role::kModerator);
  ASSERT_FALSE(admin.empty());
  ASSERT_FALSE(mod.empty());
  // The admin limits the moderator to the harbour paper.
  const std::string page = Desk("GET", "/admin/moderate", admin).body;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page, m, std::regex("action=\"/admin/moderate/scopes\">\\s*<input type=\"hidden\" name=\"csrf\" value=\"([0-9a-f]+)\"")));
  EXPECT_EQ(Desk("POST", "/admin/moderate/scopes", admin, "csrf=" + std::string(m[1]) + "&username=harbourmod&sources=harbour").status, 303);

  const std::string queue = Desk("GET", "/admin/moderate?queue=held", mod).body;
  EXPECT_NE(queue.find("On the harbour story"), std::string::npos);
  EXPECT_EQ(queue.find("On the hill story"), std::string::npos) << "another paper's comment is not shown";
  EXPECT_NE(queue.find("You moderate comments on: harbour."), std::string::npos);
  // Acting on the other paper's comment is refused, even with a valid token for its path.
  const std::string hill_csrf = ModerationCsrf(admin, "held", hill_comment);
  ASSERT_FALSE(hill_csrf.empty());
  EXPECT_EQ(Desk("POST", "/admin/moderate/" + std::to_string(hill_comment), mod, "csrf=forged&action=approve").status, 403);
  EXPECT_EQ(store_->GetComment(hill_comment).value()->state, CommentState::kHeld);

  const std::string csrf = ModerationCsrf(mod, "held", harbour_comment);
  ASSERT_FALSE(csrf.empty());
  EXPECT_EQ(Desk("POST", "/admin/moderate/" + std::to_string(harbour_comment), mod, "csrf=" + csrf + "&action=approve&queue=held").status, 303);
  EXPECT_EQ(store_->GetComment(harbour_comment).value()->state, CommentState::kPublished);
  EXPECT_NE(Page(ids_[0]).find("On the harbour story"), std::string::npos) << "the approved comment shows at once";
  EXPECT_EQ(Desk("POST", "/admin/moderate/" + std::to_string(harbour_comment), mod, "csrf=" + csrf + "&action=feature").status, 303);
  EXPECT_NE(Page(ids_[0]).find("Editor's pick"), std::string::npos);

  // The admin rejects the other with a reason; the author is mailed it.
  EXPECT_EQ(Desk("POST", "/admin/moderate/" + std::to_string(hill_comment), admin, "csrf=" + hill_csrf + "&action=reject&reason=off_topic").status, 303);
  EXPECT_EQ(store_->GetComment(hill_comment).value()->state, CommentState::kRejected);
  ASSERT_TRUE(mail::DrainOutbox(*store_, *mailer_, {}, NowUtc()).ok());
  bool told = false;
  for (const auto& msg : smtp_.Messages()) told |= msg.find("X-Envelope-To: <ana@readers.example>") != std::string::npos &&
                                                   msg.find("Off topic") != std::string::npos;
  EXPECT_TRUE(told) << "the author learns the reason";

  // A ban stops the author posting; the log holds every action.
  EXPECT_EQ(Desk("POST", "/admin/moderate/" + std::to_string(harbour_comment), mod, "csrf=" + csrf + "&action=ban&days=7").status, 303);
  auto after_ban = Request("POST", "/comments", "article_id=" + std::to_string(ids_[0]) + "&body=Hello+again", ana);
  EXPECT_NE(after_ban.body.find("banned"), std::string::npos);
  const std::string log = Desk("GET", "/admin/moderate/log", admin).body;
  for (const char* action : {"approve", "feature", "reject", "ban", "scope"})
    EXPECT_NE(log.find(std::string("<td>") + action + "</td>"), std::string::npos) << action;

  // An editor closes the thread from the desk; the article shows it closed.
  ASSERT_TRUE(std::regex_search(page, m, std::regex("action=\"/admin/moderate/thread\">\\s*<input type=\"hidden\" name=\"csrf\" value=\"([0-9a-f]+)\"")));
  EXPECT_EQ(Desk("POST", "/admin/moderate/thread", admin, "csrf=" + std::string(m[1]) + "&article_id=" + std::to_string(ids_[1]) + "&state=closed").status, 303);
  EXPECT_NE(Page(ids_[0]).find("Comments on this article are closed."), std::string::npos) << "closing the copy closes the group";
  EXPECT_EQ(Desk("POST", "/admin/moderate/thread", mod, "csrf=x&article_id=1&state=open").status, 403);

  // Readers never reach the desk.
  EXPECT_NE(Desk("GET", "/admin/moderate", ana).status, 200);
}

}  // namespace
}  // namespace bs::web
