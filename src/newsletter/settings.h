// What a site owner configures about the newsletter ([newsletter] and
// [[newsletter.editions]] in the configuration file; app/config.cc reads
// them). The mail it goes out with is mail/mailer.h's MailSettings ([mail]).
#pragma once

#include <string>
#include <vector>


namespace bs::newsletter {

// One list a reader can receive: the daily Briefing, or one per region.
struct Edition {
  std::string slug;         // "daily", "south-asia"; used in archive URLs
  std::string name;         // "The Daily Briefing"
  std::string description;  // one line under the checkbox
  std::string region;       // region slug whose stories it carries; "" = all regions
  int send_minute = 7 * 60; // minutes after local midnight (site time zone)
  bool automatic = true;    // sent at its time without an editor; else waits for one
  int max_items = 10;
};


struct NewsletterSettings {
  std::string name = "Eastern Briefings";
  std::string blurb =
      "Curated stories from our partner newspapers across South, Southeast and Northeast Asia. "
      "Sign up and stay updated with the latest news.";
  std::vector<Edition> editions;   // in the order the form lists them
  std::string time_zone = "UTC";   // IANA name; the day an issue covers and when it goes out
  // The consent sentence shown at every form, and its version: a record
  // keeps the version, so a changed text is a new version.
  std::string consent_text =
      "By providing us with your email address, you agree to our Privacy Policy and Terms of Service.";
  std::string consent_version = "1";
  std::string privacy_text;        // /privacy; "" = the built-in statement of what is kept
  std::string terms_text;          // /terms
  int confirm_hours = 48;          // a confirmation link works this long
  int link_days = 365;             // unsubscribe / preferences links in mail work this long
  int soft_bounce_limit = 3;       // this many soft bounces fail an address
  int retry_seconds = 60;          // first retry after an SMTP 4xx; doubles each attempt
  // Sign-up limits: per client address per hour, and confirmation mails per
  // address per day (so nobody can mail-bomb a stranger through the form).
  int signups_per_ip_per_hour = 20;
  int confirmations_per_address_per_day = 3;
};

}  // namespace bs::newsletter
