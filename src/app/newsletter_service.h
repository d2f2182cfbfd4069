// The newsletter's parts wired from the configuration, for `serve` and the
// `newsletter` and `mail` commands: the keys, the mail templates, the
// transactional Mailer and the Subscriptions service built on them.
#pragma once

#include <memory>

#include "app/config.h"
#include "core/templates.h"
#include "mail/mailer.h"
#include "newsletter/subscriptions.h"
#include "newsletter/tokens.h"
#include "store/store.h"

namespace bs {

class NewsletterService {
 public:
  // `store` and `config` must outlive the service.
  static Result<std::unique_ptr<NewsletterService>> Create(Store& store, const Config& config);

  bool enabled() const { return !config_.newsletter.editions.empty(); }
  newsletter::Subscriptions& subscriptions() { return *subscriptions_; }
  const TemplateSet& templates() const { return templates_; }
  const Config& config() const { return config_; }
  // A Mailer with a connection of its own, for a bulk send.
  Result<std::unique_ptr<mail::Mailer>> NewMailer() const { return mail::Mailer::Create(config_.mail); }

  class Key {
    friend class NewsletterService;
    Key() = default;
  };
  NewsletterService(Key, const Config& config, TemplateSet templates, newsletter::NewsletterKeys keys,
                    std::unique_ptr<mail::Mailer> mailer, Store& store);

 private:
  const Config& config_;
  const TemplateSet templates_;
  const newsletter::NewsletterKeys keys_;
  std::unique_ptr<mail::Mailer> mailer_;
  std::unique_ptr<newsletter::Subscriptions> subscriptions_;
};

}  // namespace bs
