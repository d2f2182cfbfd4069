// One HTTP transfer (a curl easy handle plus the state its callbacks fill).
// Internal to the fetcher. A Transfer is owned by the scheduler, lives while
// its easy handle is attached to the multi handle, and detaches itself on
// destruction. Not thread-safe: used only by the thread running FetchAll.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "core/status.h"
#include "fetch/address_policy.h"
#include "fetch/curl_handles.h"
#include "fetch/fetcher.h"

namespace bs::fetch_internal {

struct TransferSpec {
  std::string url;
  std::string etag;
  std::string last_modified;
  AddressPolicy policy = AddressPolicy::kPublicOnly;
  // robots.txt fetches keep the first `max_body_bytes` instead of failing.
  bool truncate_body = false;
  std::size_t max_body_bytes = 0;
  // false: a 3xx answer is the result, with its target in redirect_url(), so
  // the scheduler can check each hop against robots.txt and politeness.
  bool follow_redirects = true;
};

class Transfer {
 public:
  // Builds and configures the easy handle; does not attach it.
  static Result<std::unique_ptr<Transfer>> Create(const TransferSpec& spec,
                                                  const FetchOptions& options,
                                                  const std::string& user_agent);
  ~Transfer();
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  // Attaches to `multi` (which must outlive this Transfer) and starts the clock.
  Status Attach(CURLM* multi);

  CURL* easy() const { return easy_.get(); }

  // Converts the finished transfer (`code` from CURLMSG_DONE) into a result.
  // Call once; moves the body out.
  Result<FetchResponse> Finish(CURLcode code);

  // Set when the SSRF guard refused an address; Finish() then reports kRefused.
  bool refused() const { return !refused_ip_.empty(); }
  AddressClass refused_class() const { return refused_class_; }
  const std::string& refused_ip() const { return refused_ip_; }
  // Only meaningful for truncate_body transfers.
  bool truncated() const { return body_truncated_; }
  // After Finish(): where a 3xx answer points (absolute), when the transfer
  // did not follow redirects itself; "" otherwise.
  const std::string& redirect_url() const { return redirect_url_; }

 private:
  Transfer() = default;

  static std::size_t OnBody(char* data, std::size_t size, std::size_t count, void* self);
  static std::size_t OnHeader(char* data, std::size_t size, std::size_t count, void* self);
  static curl_socket_t OnOpenSocket(void* self, curlsocktype purpose, curl_sockaddr* address);
  static int OnPreRequest(void* self, char* primary_ip, char* local_ip, int primary_port,
                          int local_port);
  bool CheckAddress(AddressClass cls, const std::string& ip_text);

  TransferSpec spec_;
  long total_timeout_ms_ = 0;
  long max_redirects_ = 0;
  CURLM* multi_ = nullptr;  // not owned; set while attached
  CurlEasyPtr easy_;
  CurlSlistPtr headers_;
  char error_buffer_[CURL_ERROR_SIZE] = {};
  std::chrono::steady_clock::time_point started_;

  FetchResponse response_;
  std::string redirect_url_;
  bool body_too_large_ = false;
  bool body_truncated_ = false;
  AddressClass refused_class_ = AddressClass::kPublic;
  std::string refused_ip_;
};

// "refused: <url> resolves to private address 10.1.2.3"
std::string AddressRefusalMessage(const std::string& url, AddressClass cls, const std::string& ip);

}  // namespace bs::fetch_internal
