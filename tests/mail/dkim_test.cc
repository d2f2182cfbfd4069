// Signs a composed message and verifies the signature for real with dkimpy
// (Debian's python3-dkim), given the public key as its DNS answer.
#include "mail/dkim.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "mail/message.h"

namespace bs::mail {
namespace {

namespace fs = std::filesystem;

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
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // dkimpy's verdict on `message`: "pass" or "fail".
  std::string Verify(const std::string& message) {
    const std::string msg_path = (dir_ / "msg.eml").string();
    std::ofstream(msg_path, std::ios::binary) << message;
    const std::string script = (dir_ / "verify.py").string();
    std::ofstream(script) << "import dkim, sys\n"
                             "pub = open(sys.argv[2]).read().strip()\n"
                             "def dns(name, timeout=5):\n"
                             "    assert name == b'news._domainkey.desk.example.', name\n"
                             "    return ('v=DKIM1; k=rsa; p=' + pub).encode()\n"
                             "msg = open(sys.argv[1], 'rb').read()\n"
                             "print('pass' if dkim.verify(msg, dnsfunc=dns) else 'fail')\n";
    const std::string cmd = "/usr/bin/python3 " + script + " " + msg_path + " " + (dir_ / "pub.b64").string();
    std::FILE* p = popen(cmd.c_str(), "r");
    std::string out;
    char buf[128];
    while (p && std::fgets(buf, sizeof buf, p)) out += buf;
    if (p) pclose(p);
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }

  fs::path dir_;
  std::string key_;
};

TEST_F(DkimTest, SignedMessagesVerifyAndAlteredOnesDoNot) {
  auto key = LoadDkimKey("desk.example", "news", key_);
  ASSERT_TRUE(key.ok()) << key.status().ToString();
  auto signer = DkimSigner::Create(std::move(key).value());
  ASSERT_TRUE(signer.ok()) << signer.status().ToString();
  MailMessage m;
  m.from_address = "briefings@desk.example";
  m.to_address = "reader@readers.example";
  m.subject = "今日要闻";
  m.text = "Body text.\n";
  m.html = "<p>Body</p>";
  m.headers = {{"List-Unsubscribe", "<https://desk.example/u?t=1>"}, {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
  auto raw = ComposeMessage(m);
  ASSERT_TRUE(raw.ok());
  auto signed_msg = (*signer)->Sign(*raw);
  ASSERT_TRUE(signed_msg.ok()) << signed_msg.status().ToString();
  ASSERT_EQ(signed_msg->rfind("DKIM-Signature: ", 0), 0u);
  EXPECT_NE(signed_msg->find("a=rsa-sha256"), std::string::npos);
  std::string sig = signed_msg->substr(0, signed_msg->find("\r\n", signed_msg->find("b=")));
  for (auto& c : sig) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_NE(sig.find("list-unsubscribe"), std::string::npos) << "RFC 8058 wants it signed: " << sig;
  EXPECT_EQ(Verify(*signed_msg), "pass");
  std::string altered = *signed_msg;
  altered.replace(altered.find("Body text."), 10, "Body TEXT.");
  EXPECT_EQ(Verify(altered), "fail");
}

TEST_F(DkimTest, UnusableKeysAreRefused) {
  const std::string bad = (dir_ / "bad.pem").string();
  std::ofstream(bad) << "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n";
  auto key = LoadDkimKey("desk.example", "news", bad);
  ASSERT_TRUE(key.ok());
  EXPECT_FALSE(DkimSigner::Create(std::move(key).value()).ok());
  EXPECT_FALSE(LoadDkimKey("desk.example", "news", (dir_ / "missing.pem").string()).ok());
}

}  // namespace
}  // namespace bs::mail
