// libFuzzer entry point for the organiser and its persisted state: any
// bytes, read as a few articles, are organised and the snapshot must round
// trip (a restored organiser re-encodes to the same bytes); the same bytes,
// framed as a snapshot body (magic, format, zstd with checksum), must be
// refused or restored, never crash, leak, hang or allocate without bound.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/byte_codec.h"
#include "core/compress.h"
#include "organise/organiser.h"

namespace {

void OrganiseAndRoundTrip(std::string_view bytes) {
  bs::Organiser organiser;
  int n = 0;
  for (std::size_t start = 0; start <= bytes.size() && n < 40; ++n) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view line = bytes.substr(start, end - start);
    bs::OrganiseInput in;
    in.id = std::to_string(n + 1);
    in.title = std::string(line.substr(0, 60));
    in.text = std::string(line);
    in.source = "paper-" + std::to_string(line.empty() ? 0 : static_cast<unsigned char>(line[0]) % 5);
    in.url = "https://p.example/" + std::to_string(n % 7);
    // Times move on, sometimes back (late arrivals).
    in.published = 1'800'000'000 + n * 3600 - (line.size() % 3 == 0 ? 86400 : 0);
    if (!organiser.Add(in).ok()) __builtin_trap();
    if (line.size() % 11 == 5 && n > 1) (void)organiser.MergeStories("1", in.id);
    if (line.size() % 13 == 7) (void)organiser.SplitArticle(in.id);
    start = end + 1;
  }
  const std::string snap = organiser.Snapshot();
  auto restored = bs::Organiser::Restore(snap);
  if (!restored.ok() || (*restored)->Snapshot() != snap) __builtin_trap();
}

void RestoreFramed(std::string_view bytes) {
  std::string framed = "BSORGSNP";
  bs::ByteWriter(&framed).U32(2);
  framed += bs::ZstdCompress(bytes, 1, /*checksum=*/true);
  (void)bs::Organiser::Restore(framed);
  (void)bs::Organiser::Restore(bytes);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // A fresh organiser costs its 8 MB IDF table, so one input in eight is
  // organised; every input is tried as a snapshot.
  if (size > 0 && data[0] % 8 == 0) OrganiseAndRoundTrip(bytes.substr(1, 16384));
  RestoreFramed(bytes);
  return 0;
}
