#include "app/support/http_client.h"

#include <curl/curl.h>

#include "web/percent_decode.h"

#include <cctype>
#include <memory>

namespace bs::testing {
namespace {

std::size_t Append(char* p, std::size_t size, std::size_t n, void* out) {
  static_cast<std::string*>(out)->append(p, size * n);
  return size * n;
}

HttpReply Perform(const std::string& url, const std::string* post_body, const std::string& content_type) {
  HttpReply r;
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> h(curl_easy_init(), curl_easy_cleanup);
  if (!h) return r;
  curl_easy_setopt(h.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(h.get(), CURLOPT_WRITEFUNCTION, Append);
  curl_easy_setopt(h.get(), CURLOPT_WRITEDATA, &r.body);
  curl_easy_setopt(h.get(), CURLOPT_HEADERFUNCTION, Append);
  curl_easy_setopt(h.get(), CURLOPT_HEADERDATA, &r.headers);
  curl_easy_setopt(h.get(), CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt(h.get(), CURLOPT_NOSIGNAL, 1L);
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(nullptr, curl_slist_free_all);
  if (post_body) {
    curl_easy_setopt(h.get(), CURLOPT_POSTFIELDS, post_body->c_str());
    curl_easy_setopt(h.get(), CURLOPT_POSTFIELDSIZE, static_cast<long>(post_body->size()));
    headers.reset(curl_slist_append(nullptr, ("Content-Type: " + content_type).c_str()));
    curl_easy_setopt(h.get(), CURLOPT_HTTPHEADER, headers.get());
  }
  if (curl_easy_perform(h.get()) == CURLE_OK) curl_easy_getinfo(h.get(), CURLINFO_RESPONSE_CODE, &r.status);
  return r;
}

}  // namespace

HttpReply HttpGet(const std::string& url) { return Perform(url, nullptr, ""); }

HttpReply HttpPost(const std::string& url, const std::string& body, const std::string& content_type) {
  return Perform(url, &body, content_type);
}

std::string FormEscape(const std::string& value) { return web::PercentEncode(value); }

}  // namespace bs::testing
