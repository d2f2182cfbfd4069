// ParseFeed: size check, format detection, and for XML the decode / repair /
// parse pipeline shared by RSS and Atom.
#include "feeds/feed.h"

#include "feeds/readers.h"
#include "feeds/xml_input.h"
#include "feeds/xml_tree.h"
#include "text/charset.h"

namespace bs {
namespace {

// Large news feeds with full content run to a few MiB; 16 MiB leaves room
// while keeping one hostile response from exhausting memory (the repaired
// copy and libxml2's tree each cost a multiple of the input).
constexpr std::size_t kMaxFeedBytes = 16 * 1024 * 1024;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// First byte after a UTF-8 BOM and whitespace.
char FirstSignificantByte(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  for (char c : bytes)
    if (!IsSpace(c)) return c;
  return '\0';
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

Result<Feed> ParseXmlFeed(std::string_view bytes, const FeedContext& context) {
  using namespace feeds;
  const std::string charset = DecideXmlCharset(bytes, context.content_type);
  PreparedXml prepared = DecodeXml(bytes, charset);
  if (prepared.text.empty()) return Status::ParseError("feed: no XML markup found");
  bool repaired = prepared.repaired;
  const std::string xml = RepairReferences(prepared.text, &repaired);
  prepared.text.clear();
  prepared.text.shrink_to_fit();

  auto parsed = ParseXml(xml);
  if (!parsed.ok()) return parsed.status();
  const xmlNode* root = xmlDocGetRootElement(parsed->doc.get());
  const std::string name = LowerAscii(LocalName(root));
  Feed feed;
  if (name == "rss" || name == "rdf") feed = ReadRss(root, context);
  else if (name == "feed") feed = ReadAtom(root, context);
  else return Status::ParseError("feed: unknown root element <" + name + ">");
  feed.recovered = repaired || parsed->recovered;
  return feed;
}

}  // namespace

Result<Feed> ParseFeed(std::string_view bytes, const FeedContext& context) {
  if (bytes.size() > kMaxFeedBytes)
    return Status::LimitExceeded("feed larger than " + std::to_string(kMaxFeedBytes) + " bytes");
  if (FirstSignificantByte(bytes) == '{') {
    // JSON is UTF-8 by definition (RFC 8259); bad sequences are replaced.
    std::string_view body = bytes;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    return feeds::ReadJsonFeed(SanitizeUtf8(body), context);
  }
  return ParseXmlFeed(bytes, context);
}

}  // namespace bs
