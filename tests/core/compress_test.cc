#include "core/compress.h"

#include <brotli/decode.h>
#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <memory>
#include <random>
#include <string>

namespace bs {
namespace {

constexpr std::size_t kCap = 1 << 20;

// Bytes that exercise binary safety: NULs, invalid UTF-8, every byte value.
std::string BinarySample(std::size_t n) {
  std::mt19937 rng(42);
  std::string s;
  s.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    s.push_back(static_cast<char>(i % 7 == 0 ? 0 : static_cast<unsigned char>(rng())));
  static const char kTricky[] = "\xff\xfe\xc3\x28\xa0\xa1\0tail";
  s.append(kTricky, sizeof kTricky - 1);
  return s;
}

std::string TextSample() {
  std::string s;
  for (int i = 0; i < 500; ++i)
    s += "The harbour board met on Tuesday to discuss paragraph " + std::to_string(i) + ".\n";
  return s;
}

// A gzip stream of `total` zero bytes, produced chunk by chunk so the test
// never holds the uncompressed data.
std::string GzipOfZeros(std::size_t total) {
  z_stream s{};
  EXPECT_EQ(deflateInit2(&s, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY), Z_OK);
  std::string zeros(1 << 20, '\0');
  std::string out;
  std::string buf(1 << 16, '\0');
  std::size_t left = total;
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    if (s.avail_in == 0 && left > 0) {
      std::size_t n = std::min(left, zeros.size());
      s.next_in = reinterpret_cast<Bytef*>(zeros.data());
      s.avail_in = static_cast<uInt>(n);
      left -= n;
    }
    s.next_out = reinterpret_cast<Bytef*>(buf.data());
    s.avail_out = static_cast<uInt>(buf.size());
    rc = deflate(&s, left == 0 ? Z_FINISH : Z_NO_FLUSH);
    out.append(buf.data(), buf.size() - s.avail_out);
  }
  deflateEnd(&s);
  return out;
}

// Same for zstd, without a declared content size (streaming frame), so the
// decoder cannot refuse up front and must stop while producing output.
std::string ZstdOfZeros(std::size_t total) {
  std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> c(ZSTD_createCCtx(), &ZSTD_freeCCtx);
  std::string zeros(1 << 20, '\0');
  std::string out;
  std::string buf(ZSTD_CStreamOutSize(), '\0');
  std::size_t left = total;
  for (;;) {
    std::size_t n = std::min(left, zeros.size());
    left -= n;
    ZSTD_EndDirective mode = left == 0 ? ZSTD_e_end : ZSTD_e_continue;
    ZSTD_inBuffer in{zeros.data(), n, 0};
    std::size_t remaining = 0;
    do {
      ZSTD_outBuffer o{buf.data(), buf.size(), 0};
      remaining = ZSTD_compressStream2(c.get(), &o, &in, mode);
      EXPECT_FALSE(ZSTD_isError(remaining));
      out.append(buf.data(), o.pos);
    } while (mode == ZSTD_e_end ? remaining != 0 : in.pos != in.size);
    if (mode == ZSTD_e_end) break;
  }
  return out;
}

TEST(Zstd, RoundTripsTextAndBinary) {
  for (const std::string& in : {TextSample(), BinarySample(100000), std::string()}) {
    std::string z = ZstdCompress(in);
    auto out = ZstdDecompress(z, kCap);
    ASSERT_TRUE(out.ok()) << out.status().ToString();
    EXPECT_EQ(*out, in);
  }
}

TEST(Zstd, CompressesRepetitiveText) {
  std::string in = TextSample();
  EXPECT_LT(ZstdCompress(in).size(), in.size() / 4);
}

TEST(Zstd, OutOfRangeLevelsAreClamped) {
  std::string in = TextSample();
  EXPECT_EQ(*ZstdDecompress(ZstdCompress(in, -100), kCap), in);
  EXPECT_EQ(*ZstdDecompress(ZstdCompress(in, 1000), kCap), in);
}

TEST(Zstd, CapIsExact) {
  std::string in(5000, 'q');
  EXPECT_TRUE(ZstdDecompress(ZstdCompress(in), 5000).ok());
  auto over = ZstdDecompress(ZstdCompress(in), 4999);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.status().code(), Status::Code::kLimitExceeded);
}

TEST(Zstd, DeclaredSizeOverCapIsRefusedUpFront) {
  std::string in(8 << 20, '\0');
  auto r = ZstdDecompress(ZstdCompress(in), kCap);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kLimitExceeded);
}

TEST(Zstd, StreamingBombStopsAtCap) {
  std::string bomb = ZstdOfZeros(std::size_t{1} << 30);  // 1 GiB of zeros
  ASSERT_LT(bomb.size(), 1u << 20);
  auto r = ZstdDecompress(bomb, kCap);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kLimitExceeded);
}

TEST(Zstd, AContentChecksumCatchesASingleChangedByte) {
  const std::string in = TextSample() + TextSample();
  const std::string plain = ZstdCompress(in);
  const std::string summed = ZstdCompress(in, 1, /*checksum=*/true);
  EXPECT_FALSE(ZstdHasChecksum(plain));
  EXPECT_TRUE(ZstdHasChecksum(summed));
  EXPECT_FALSE(ZstdHasChecksum("x"));
  EXPECT_EQ(*ZstdDecompress(summed, kCap), in);
  int caught = 0, tried = 0;
  for (std::size_t at = 6; at < summed.size(); at += 1 + summed.size() / 50, ++tried) {
    std::string bad = summed;
    bad[at] = static_cast<char>(bad[at] ^ 0x01);
    auto r = ZstdDecompress(bad, kCap);
    if (!r.ok()) ++caught;
    EXPECT_TRUE(!r.ok() || *r == in) << "a changed byte at " << at << " decoded to other content";
  }
  EXPECT_GT(caught, tried / 2);
}

TEST(Zstd, CorruptAndTruncatedInputFail) {
  std::string z = ZstdCompress(TextSample());
  auto truncated = ZstdDecompress(z.substr(0, z.size() / 2), kCap);
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.status().code(), Status::Code::kParseError);

  std::string flipped = z;
  for (std::size_t i = 8; i < flipped.size(); i += 5) flipped[i] = static_cast<char>(~flipped[i]);
  EXPECT_FALSE(ZstdDecompress(flipped, kCap).ok());

  EXPECT_FALSE(ZstdDecompress("", kCap).ok());
  EXPECT_FALSE(ZstdDecompress("not zstd at all", kCap).ok());
  EXPECT_FALSE(ZstdDecompress(std::string("\0\0\0\0\0\0", 6), kCap).ok());
}

TEST(Gzip, RoundTripsTextAndBinary) {
  for (const std::string& in : {TextSample(), BinarySample(100000), std::string()}) {
    std::string z = GzipCompress(in);
    EXPECT_TRUE(LooksGzipped(z));
    auto out = GzipDecompress(z, kCap);
    ASSERT_TRUE(out.ok()) << out.status().ToString();
    EXPECT_EQ(*out, in);
  }
}

TEST(Gzip, ConcatenatedMembersAreJoined) {
  auto out = GzipDecompress(GzipCompress("first,") + GzipCompress("second"), kCap);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, "first,second");
}

TEST(Gzip, TrailingPaddingIsIgnored) {
  auto out = GzipDecompress(GzipCompress("body") + std::string(4, '\0'), kCap);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "body");
}

TEST(Gzip, CapIsExact) {
  std::string in(5000, 'q');
  EXPECT_TRUE(GzipDecompress(GzipCompress(in), 5000).ok());
  auto over = GzipDecompress(GzipCompress(in), 4999);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.status().code(), Status::Code::kLimitExceeded);
}

TEST(Gzip, BombStopsAtCap) {
  std::string bomb = GzipOfZeros(std::size_t{256} << 20);  // 256 MiB of zeros
  ASSERT_LT(bomb.size(), 1u << 20);
  auto r = GzipDecompress(bomb, kCap);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kLimitExceeded);
}

TEST(Gzip, CorruptAndTruncatedInputFail) {
  std::string z = GzipCompress(TextSample());
  auto truncated = GzipDecompress(z.substr(0, z.size() / 2), kCap);
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.status().code(), Status::Code::kParseError);

  auto no_trailer = GzipDecompress(z.substr(0, z.size() - 4), kCap);
  EXPECT_FALSE(no_trailer.ok());

  std::string flipped = z;
  for (std::size_t i = 12; i < flipped.size(); i += 3) flipped[i] = static_cast<char>(~flipped[i]);
  EXPECT_FALSE(GzipDecompress(flipped, kCap).ok());

  EXPECT_FALSE(GzipDecompress("", kCap).ok());
  EXPECT_FALSE(GzipDecompress("\x1f", kCap).ok());
  EXPECT_FALSE(GzipDecompress("\x1f\x8b", kCap).ok());
  EXPECT_FALSE(GzipDecompress("plain text", kCap).ok());
}

TEST(Gzip, LooksGzipped) {
  EXPECT_TRUE(LooksGzipped("\x1f\x8b rest"));
  EXPECT_FALSE(LooksGzipped("\x1f"));
  EXPECT_FALSE(LooksGzipped(""));
  EXPECT_FALSE(LooksGzipped("<html>"));
}

TEST(Brotli, OutputDecodesToInput) {
  for (const std::string& in : {TextSample(), BinarySample(50000), std::string()}) {
    std::string b = BrotliCompress(in);
    std::string out(in.size() + 16, '\0');
    std::size_t out_size = out.size();
    ASSERT_EQ(BrotliDecoderDecompress(b.size(), reinterpret_cast<const uint8_t*>(b.data()),
                                      &out_size, reinterpret_cast<uint8_t*>(out.data())),
              BROTLI_DECODER_RESULT_SUCCESS);
    out.resize(out_size);
    EXPECT_EQ(out, in);
  }
  EXPECT_LT(BrotliCompress(TextSample(), 99).size(), TextSample().size() / 4);
}

}  // namespace
}  // namespace bs
