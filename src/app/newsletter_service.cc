#include "app/newsletter_service.h"

namespace bs {

Result<std::unique_ptr<NewsletterService>> NewsletterService::Create(Store& store, const Config& config) {
  auto templates = TemplateSet::Load(config.templates_dir, {"mail_confirm_html", "mail_confirm_text",
                                                            "mail_issue_html", "mail_issue_text"});
  if (!templates.ok()) return templates.status();
  auto keys = newsletter::NewsletterKeys::Load(store);
  if (!keys.ok()) return keys.status();
  auto mailer = mail::Mailer::Create(config.mail);
  if (!mailer.ok()) return mailer.status();
  return std::make_unique<NewsletterService>(Key(), config, std::move(templates).value(), std::move(keys).value(),
                                             std::move(mailer).value(), store);
}

NewsletterService::NewsletterService(Key, const Config& config, TemplateSet templates,
                                     newsletter::NewsletterKeys keys, std::unique_ptr<mail::Mailer> mailer,
                                     Store& store)
    : config_(config), templates_(std::move(templates)), keys_(std::move(keys)), mailer_(std::move(mailer)) {
  std::string base = config.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  subscriptions_ = std::make_unique<newsletter::Subscriptions>(store, config_.newsletter, *mailer_, keys_, templates_,
                                                               newsletter::NewsletterLinks{base}, config.site_name);
}

}  // namespace bs
