// Signs composed messages and verifies the signatures for real with dkimpy
// (Debian's python3-dkim), given the public key as its DNS answer.
#include "mail/dkim.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "mail/message.h"

namespace bs::mail {
namespace {

namespace fs = std::filesystem;

MailMessage Sample() {
  MailMessage m;
  m.from_address = "briefings@desk.example";
  m.from_name = "编辑部";
  m.to_address = "reader@readers.example";
  m.reply_to = "desk@desk.example";
  m.subject = "今日要闻：台风逼近";
  m.text = "Body text.\n" + std::string(200, 'x') + "\n";
  m.html = "<p>Body</p>";
  m.headers = {{"List-Unsubscribe", "<https://desk.example/u?t=1>"}, {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
  return m;
}

class DkimTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "bs-dkim-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    key_ = (dir_ / "key.pem").string();
    const std::string cmd = "openssl genrsa -out " + key_ + " 2048 2>/dev/null && openssl rsa -in " + key_ +
                            " -pubout -outform DER 2>/dev/null | base64 -w0 > " + (dir_ / "pub.b64").string();
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    auto key = LoadDkimKey("desk.example", "news", key_);
    ASSERT_TRUE(key.ok()) << key.status().ToString();
    auto signer = DkimSigner::Create(std::move(key).value());
    ASSERT_TRUE(signer.ok()) << signer.status().ToString();
    signer_ = std::move(signer).value();
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  std::string SignedSample() {
    auto raw = ComposeMessage(Sample());
    EXPECT_TRUE(raw.ok()) << raw.status().ToString();
    auto signed_msg = signer_->Sign(raw.ok() ? *raw : "");
    EXPECT_TRUE(signed_msg.ok()) << signed_msg.status().ToString();
    return signed_msg.ok() ? *signed_msg : "";
  }

  // dkimpy's verdict on each message: "pass" or "fail", one per message. The
  // DNS answer is the TXT record a domain would publish for the test key.
  std::vector<std::string> Verify(const std::vector<std::string>& messages) {
    const std::string script = (dir_ / "verify.py").string();
    std::ofstream(script) << "import dkim, sys\n"
                             "pub = open(sys.argv[1]).read().strip()\n"
                             "def dns(name, timeout=5):\n"
                             "    if name != b'news._domainkey.desk.example.': return None\n"
                             "    return ('v=DKIM1; k=rsa; p=' + pub).encode()\n"
                             "for path in sys.argv[2:]:\n"
                             "    msg = open(path, 'rb').read()\n"
                             "    print('pass' if dkim.verify(msg, dnsfunc=dns) else 'fail')\n";
    std::string cmd = "/usr/bin/python3 " + script + " " + (dir_ / "pub.b64").string();
    for (std::size_t i = 0; i < messages.size(); ++i) {
      const std::string path = (dir_ / ("msg" + std::to_string(i) + ".eml")).string();
      std::ofstream(path, std::ios::binary) << messages[i];
      cmd += " " + path;
    }
    std::FILE* p = popen(cmd.c_str(), "r");
    std::vector<std::string> verdicts;
    char buf[128];
    while (p && std::fgets(buf, sizeof buf, p)) {
      std::string line = buf;
      while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
      verdicts.push_back(line);
    }
    if (p) pclose(p);
    return verdicts;
  }
  std::string Verify(const std::string& message) {
    auto v = Verify(std::vector<std::string>{message});
    return v.size() == 1 ? v[0] : "no verdict";
  }

  fs::path dir_;
  std::string key_;
  std::unique_ptr<DkimSigner> signer_;
};

std::string SignatureHeader(const std::string& signed_msg) {
  std::size_t end = 0;
  do end = signed_msg.find("\r\n", end) + 2;
  while (end < signed_msg.size() && (signed_msg[end] == ' ' || signed_msg[end] == '\t'));
  return signed_msg.substr(0, end);
}

TEST_F(DkimTest, SignedMessagesVerifyAndAlteredOnesDoNot) {
  const std::string signed_msg = SignedSample();
  ASSERT_EQ(signed_msg.rfind("DKIM-Signature: ", 0), 0u);
  std::string sig = SignatureHeader(signed_msg);
  for (auto& c : sig) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_NE(sig.find("a=rsa-sha256"), std::string::npos) << sig;
  EXPECT_NE(sig.find("c=relaxed/relaxed"), std::string::npos) << sig;
  EXPECT_NE(sig.find("d=desk.example"), std::string::npos) << sig;
  EXPECT_NE(sig.find("s=news"), std::string::npos) << sig;
  std::string h = sig.substr(sig.find("\th=") + 3);  // libopendkim starts each tag line with a TAB
  h = h.substr(0, h.find(';'));
  for (const char* name : {"from", "to", "subject", "date", "message-id", "mime-version", "content-type", "reply-to",
                           "list-unsubscribe", "list-unsubscribe-post"})
    EXPECT_NE(h.find(name), std::string::npos) << name << " signed; h=" << h;
  for (std::size_t pos = 0; pos < signed_msg.size();) {  // the signature keeps the message's CRLF and widths
    const std::size_t eol = signed_msg.find("\r\n", pos);
    ASSERT_NE(eol, std::string::npos);
    EXPECT_LE(eol - pos, 78u) << signed_msg.substr(pos, eol - pos);
    EXPECT_EQ(signed_msg.substr(pos, eol - pos).find('\n'), std::string::npos);
    pos = eol + 2;
  }

  std::string body = signed_msg;
  body.replace(body.find("Body text."), 10, "Body TEXT.");
  std::string subject = signed_msg;
  subject.replace(subject.find("Subject: "), 9, "Subject: Re: ");
  std::string unsubscribe = signed_msg;
  unsubscribe.replace(unsubscribe.find("u?t=1"), 5, "u?t=2");
  // A second From (or List-Unsubscribe) added after signing: oversigning catches it.
  std::string second_from = signed_msg;
  second_from.insert(SignatureHeader(signed_msg).size(), "From: Bank <security@bank.example>\r\n");
  std::string second_unsubscribe = signed_msg;
  second_unsubscribe.insert(SignatureHeader(signed_msg).size(), "List-Unsubscribe: <https://evil.example/>\r\n");
  // Relaxed canonicalisation forgives what relays do to white space.
  std::string rewrapped = signed_msg;
  rewrapped.replace(rewrapped.find("MIME-Version: 1.0"), 17, "MIME-Version:   1.0 ");

  const std::vector<std::string> verdicts =
      Verify({signed_msg, body, subject, unsubscribe, second_from, second_unsubscribe, rewrapped});
  ASSERT_EQ(verdicts.size(), 7u) << "dkimpy ran";
  EXPECT_EQ(verdicts[0], "pass");
  EXPECT_EQ(verdicts[1], "fail") << "body altered";
  EXPECT_EQ(verdicts[2], "fail") << "subject altered";
  EXPECT_EQ(verdicts[3], "fail") << "List-Unsubscribe altered";
  EXPECT_EQ(verdicts[4], "fail") << "From added";
  EXPECT_EQ(verdicts[5], "fail") << "List-Unsubscribe added";
  EXPECT_EQ(verdicts[6], "pass") << "white space changed";
}

TEST_F(DkimTest, SignsFromManyThreads) {
  auto raw = ComposeMessage(Sample());
  ASSERT_TRUE(raw.ok());
  std::vector<std::string> signed_msgs(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        auto s = signer_->Sign(*raw);
        if (!s.ok()) return;
        signed_msgs[t] = std::move(s).value();
      }
    });
  for (auto& th : threads) th.join();
  for (const auto& s : signed_msgs) ASSERT_FALSE(s.empty()) << "every thread signed";
  for (const auto& v : Verify(signed_msgs)) EXPECT_EQ(v, "pass");
  EXPECT_EQ(Verify(signed_msgs).size(), 4u);
}

TEST_F(DkimTest, UnusableKeysAndNamesAreRefused) {
  const std::string bad = (dir_ / "bad.pem").string();
  std::ofstream(bad) << "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n";
  auto key = LoadDkimKey("desk.example", "news", bad);
  ASSERT_TRUE(key.ok());
  auto refused = DkimSigner::Create(std::move(key).value());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), Status::Code::kInvalidArgument);
  EXPECT_FALSE(DkimSigner::Create(DkimKey{"desk.example", "news", ""}).ok());
  EXPECT_FALSE(LoadDkimKey("desk.example", "news", (dir_ / "missing.pem").string()).ok());
  for (const char* name : {"", "desk.example; l=0", "desk..example", "-desk.example", "desk example"}) {
    EXPECT_FALSE(LoadDkimKey(name, "news", key_).ok()) << name;
    EXPECT_FALSE(LoadDkimKey("desk.example", name, key_).ok()) << name;
  }
}

}  // namespace
}  // namespace bs::mail
