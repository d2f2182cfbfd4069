// Reads back messages a test's SMTP server stored, with GMime: headers,
// the decoded text and HTML parts, and the envelope recipient.
#pragma once

#include <string>

namespace bs::testing {

struct ReadMessage {
  std::string raw;
  std::string envelope_to;  // RCPT TO, from the server's X-Envelope-To line (else To:)
  std::string subject;      // decoded
  std::string content_type; // of the top part, e.g. "multipart/alternative"
  std::string text;         // decoded text/plain part
  std::string html;         // decoded text/html part
  std::string Header(const std::string& name) const;  // raw header value, "" when absent
};

ReadMessage ReadMail(const std::string& raw);

// The value of query parameter `name` in the first URL in `text` containing `path`.
std::string LinkToken(const std::string& text, const std::string& path, const std::string& name = "t");

}  // namespace bs::testing
