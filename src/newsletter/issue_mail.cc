#include "newsletter/issue_mail.h"

#include <charconv>

namespace bs::newsletter {
namespace {

namespace mu = kainjow::mustache;

// Stand-ins for the personal links; made of characters that neither HTML
// escaping nor the templates touch, and that no article text contains.
constexpr char kUnsubscribeMark[] = "@@BS-UNSUBSCRIBE-URL@@";
constexpr char kPreferencesMark[] = "@@BS-PREFERENCES-URL@@";

std::string ReplaceAll(std::string s, std::string_view from, const std::string& to) {
  std::string out;
  out.reserve(s.size() + 256);
  std::size_t pos = 0;
  for (std::size_t hit; (hit = s.find(from, pos)) != std::string::npos; pos = hit + from.size()) {
    out.append(s, pos, hit - pos);
    out += to;
  }
  out.append(s, pos, std::string::npos);
  return out;
}

mu::data Text(const std::string& s) { return s.empty() ? mu::data(false) : mu::data(s); }

}  // namespace

std::string DateLabel(const std::string& iso_date) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  int y = 0, m = 0, d = 0;
  if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return iso_date;
  auto num = [&](std::size_t at, std::size_t n, int& out) {
    auto [p, ec] = std::from_chars(iso_date.data() + at, iso_date.data() + at + n, out);
    return ec == std::errc() && p == iso_date.data() + at + n;
  };
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d) || m < 1 || m > 12 || d < 1 || d > 31) return iso_date;
  return std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
}

Result<IssueMail> IssueMail::Render(const NewsletterIssue& issue, const Edition& edition,
                                    const NewsletterSettings& settings, const TemplateSet& templates,
                                    const NewsletterLinks& links, const std::string& site_name) {
  mu::data d;
  d.set("site_name", site_name);
  d.set("newsletter_name", settings.name);
  d.set("edition_name", edition.name);
  d.set("subject", issue.subject);
  d.set("date_label", DateLabel(issue.date));
  d.set("intro", Text(issue.intro));
  d.set("web_url", links.Issue(issue.edition, issue.date));
  d.set("unsubscribe_url", std::string(kUnsubscribeMark));
  d.set("preferences_url", std::string(kPreferencesMark));
  mu::data items(mu::data::type::list);
  int position = 0;
  for (const auto& it : issue.items) {
    mu::data row;
    row.set("position", std::to_string(++position));
    row.set("headline", it.headline);
    row.set("summary", Text(it.summary));
    row.set("source_name", it.source_name);
    row.set("url", links.base_url + it.path);
    row.set("also_covered", it.other_sources > 0
                                ? mu::data(std::to_string(it.other_sources) +
                                           (it.other_sources == 1 ? " other paper" : " other papers"))
                                : mu::data(false));
    items.push_back(row);
  }
  d.set("items", items);
  auto html = templates.Render("mail_issue_html", d);
  if (!html.ok()) return html.status();
  auto text = templates.Render("mail_issue_text", d);
  if (!text.ok()) return text.status();
  IssueMail m;
  m.subject_ = issue.subject;
  m.html_ = std::move(html).value();
  m.text_ = std::move(text).value();
  m.links_ = links;
  // List-Id (RFC 2919): a stable identifier per edition, so mail clients
  // group and filter it.
  std::string host = links.base_url;
  if (auto p = host.find("://"); p != std::string::npos) host = host.substr(p + 3);
  host = host.substr(0, host.find_first_of(":/"));
  m.list_id_ = "<" + edition.slug + ".newsletter." + (host.empty() ? "localhost" : host) + ">";
  return m;
}

mail::MailMessage IssueMail::For(const std::string& email, const std::string& unsubscribe_token,
                                 const std::string& manage_token, const std::string& unsubscribe_mailbox) const {
  const std::string unsubscribe = links_.Unsubscribe(unsubscribe_token);
  const std::string preferences = links_.Preferences(manage_token);
  mail::MailMessage m;
  m.to_address = email;
  m.subject = subject_;
  m.html = ReplaceAll(ReplaceAll(html_, kUnsubscribeMark, unsubscribe), kPreferencesMark, preferences);
  m.text = ReplaceAll(ReplaceAll(text_, kUnsubscribeMark, unsubscribe), kPreferencesMark, preferences);
  std::string list_unsubscribe = "<" + unsubscribe + ">";
  if (!unsubscribe_mailbox.empty())
    list_unsubscribe += ", <mailto:" + unsubscribe_mailbox + "?subject=unsubscribe%20" + unsubscribe_token + ">";
  m.headers = {{"List-Unsubscribe", list_unsubscribe},
               {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"},
               {"List-Id", list_id_}};
  return m;
}

std::string IssueMail::PreviewHtml() const {
  return ReplaceAll(ReplaceAll(html_, kUnsubscribeMark, "#unsubscribe"), kPreferencesMark, "#preferences");
}

std::string IssueMail::PreviewText() const {
  return ReplaceAll(ReplaceAll(text_, kUnsubscribeMark, "(your unsubscribe link)"), kPreferencesMark,
                    "(your preferences link)");
}

}  // namespace bs::newsletter
