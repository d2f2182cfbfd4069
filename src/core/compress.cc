// Compression helpers. Decompression streams into a bounded output so a small
// hostile input (a "zip bomb") can never allocate more than the caller's cap.
#include "core/compress.h"

#include <brotli/encode.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>

namespace bs {
namespace {

// Output is produced through a fixed scratch buffer of this size, so peak
// memory is max_output plus one chunk however the input is shaped.
constexpr std::size_t kChunk = 64 * 1024;

// zlib counts in 32-bit uInt; larger inputs are fed in slices of this size.
constexpr std::size_t kZlibSlice = 1u << 30;

std::string_view ChunkView(const char* buf, std::size_t n) { return std::string_view(buf, n); }

// Appends `piece` to `out` unless that would pass the cap.
Status AppendBounded(std::string& out, std::string_view piece, std::size_t max_output,
                     const char* what) {
  if (piece.size() > max_output - out.size())
    return Status::LimitExceeded(std::string(what) + " output exceeds " +
                                 std::to_string(max_output) + " bytes");
  out.append(piece);
  return Status::Ok();
}

// ---- zstd
struct ZstdCCtxDeleter {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct ZstdDCtxDeleter {
  void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

// ---- zlib: z_stream lives on the stack; this guard ends it on every path.
class InflateGuard {
 public:
  explicit InflateGuard(z_stream* s) : s_(s) {}
  ~InflateGuard() { inflateEnd(s_); }
  InflateGuard(const InflateGuard&) = delete;
  InflateGuard& operator=(const InflateGuard&) = delete;

 private:
  z_stream* s_;
};

class DeflateGuard {
 public:
  explicit DeflateGuard(z_stream* s) : s_(s) {}
  ~DeflateGuard() { deflateEnd(s_); }
  DeflateGuard(const DeflateGuard&) = delete;
  DeflateGuard& operator=(const DeflateGuard&) = delete;

 private:
  z_stream* s_;
};

// ---- brotli
struct BrotliEncoderDeleter {
  void operator()(BrotliEncoderState* s) const { BrotliEncoderDestroyInstance(s); }
};

// zstd's own ratio on real data stays far below this; a frame claiming more
// is decoded in chunks, so memory follows what actually comes out.
constexpr std::size_t kMaxTrustedRatio = 64;

}  // namespace

std::string ZstdCompress(std::string_view data, int level, bool checksum) {
  level = std::clamp(level, 1, ZSTD_maxCLevel());
  std::unique_ptr<ZSTD_CCtx, ZstdCCtxDeleter> cctx(ZSTD_createCCtx());
  if (!cctx) throw std::bad_alloc();
  if (ZSTD_isError(ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, level)) ||
      ZSTD_isError(ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, checksum ? 1 : 0)))
    throw std::bad_alloc();
  // An uninitialised bound-sized buffer, then one copy of what was written:
  // zero-filling the bound costs more than the copy for large inputs.
  const std::size_t bound = ZSTD_compressBound(data.size());
  auto buf = std::make_unique_for_overwrite<char[]>(bound);
  std::size_t n = ZSTD_compress2(cctx.get(), buf.get(), bound, data.data(), data.size());
  // With a bound-sized output the only failure left is memory exhaustion.
  if (ZSTD_isError(n)) throw std::bad_alloc();
  return std::string(buf.get(), n);
}

bool ZstdHasChecksum(std::string_view data) {
  // RFC 8878 3.1.1: the magic number, then the frame header descriptor,
  // whose bit 2 is the content checksum flag; and nothing after the frame.
  static constexpr unsigned char kMagic[4] = {0x28, 0xb5, 0x2f, 0xfd};
  if (data.size() < 5 || std::memcmp(data.data(), kMagic, 4) != 0) return false;
  if ((static_cast<unsigned char>(data[4]) & 0x04) == 0) return false;
  return ZSTD_findFrameCompressedSize(data.data(), data.size()) == data.size();
}

Result<std::string> ZstdDecompress(std::string_view data, std::size_t max_output) {
  // The frame header may state the size up front: refuse before any work.
  unsigned long long declared = ZSTD_getFrameContentSize(data.data(), data.size());
  if (declared == ZSTD_CONTENTSIZE_ERROR) return Status::ParseError("zstd: not a zstd frame");
  if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared > max_output)
    return Status::LimitExceeded("zstd output exceeds " + std::to_string(max_output) + " bytes");

  std::unique_ptr<ZSTD_DCtx, ZstdDCtxDeleter> dctx(ZSTD_createDCtx());
  if (!dctx) return Status::Internal("zstd: cannot allocate a decoder");
  std::string out;
  // Only for a plausible ratio: the stated size is the header's word alone,
  // and a corrupt one must not make us allocate gigabytes up front.
  if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared <= data.size() * kMaxTrustedRatio + kChunk &&
      ZSTD_findFrameCompressedSize(data.data(), data.size()) == data.size()) {
    // One frame of stated size (what ZstdCompress writes): decode in place,
    // without growing the output chunk by chunk (hundreds of MB for the
    // organiser's snapshot).
    out.resize(static_cast<std::size_t>(declared));
    const std::size_t n = ZSTD_decompressDCtx(dctx.get(), out.data(), out.size(), data.data(), data.size());
    if (ZSTD_isError(n)) return Status::ParseError(std::string("zstd: ") + ZSTD_getErrorName(n));
    if (n != out.size()) return Status::ParseError("zstd: frame shorter than its stated size");
    return out;
  }
  auto buf = std::make_unique<char[]>(kChunk);
  ZSTD_inBuffer in{data.data(), data.size(), 0};
  std::size_t last = 1;  // nonzero while a frame is incomplete
  while (in.pos < in.size) {
    ZSTD_outBuffer o{buf.get(), kChunk, 0};
    last = ZSTD_decompressStream(dctx.get(), &o, &in);
    if (ZSTD_isError(last))
      return Status::ParseError(std::string("zstd: ") + ZSTD_getErrorName(last));
    if (auto st = AppendBounded(out, ChunkView(buf.get(), o.pos), max_output, "zstd"); !st.ok())
      return st;
  }
  // All input consumed; flush whatever the decoder still holds.
  while (last != 0) {
    ZSTD_outBuffer o{buf.get(), kChunk, 0};
    last = ZSTD_decompressStream(dctx.get(), &o, &in);
    if (ZSTD_isError(last))
      return Status::ParseError(std::string("zstd: ") + ZSTD_getErrorName(last));
    if (auto st = AppendBounded(out, ChunkView(buf.get(), o.pos), max_output, "zstd"); !st.ok())
      return st;
    if (o.pos == 0 && last != 0) return Status::ParseError("zstd: truncated input");
  }
  return out;
}

std::string GzipCompress(std::string_view data, int level) {
  level = std::clamp(level, 0, 9);
  z_stream s{};
  // 16 + MAX_WBITS selects the gzip wrapper rather than raw zlib.
  if (deflateInit2(&s, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::bad_alloc();
  DeflateGuard guard(&s);
  std::string out;
  auto buf = std::make_unique<char[]>(kChunk);
  std::size_t fed = 0;
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    if (s.avail_in == 0 && fed < data.size()) {
      std::size_t n = std::min(kZlibSlice, data.size() - fed);
      s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data() + fed));
      s.avail_in = static_cast<uInt>(n);
      fed += n;
    }
    s.next_out = reinterpret_cast<Bytef*>(buf.get());
    s.avail_out = static_cast<uInt>(kChunk);
    rc = deflate(&s, fed == data.size() ? Z_FINISH : Z_NO_FLUSH);
    if (rc == Z_STREAM_ERROR) throw std::bad_alloc();  // only on corrupted state/memory
    out.append(buf.get(), kChunk - s.avail_out);
  }
  return out;
}

Result<std::string> GzipDecompress(std::string_view data, std::size_t max_output) {
  if (!LooksGzipped(data)) return Status::ParseError("gzip: missing magic bytes");
  z_stream s{};
  if (inflateInit2(&s, 16 + MAX_WBITS) != Z_OK)
    return Status::Internal("gzip: cannot allocate a decoder");
  InflateGuard guard(&s);
  std::string out;
  auto buf = std::make_unique<char[]>(kChunk);
  std::size_t fed = 0;
  for (;;) {
    if (s.avail_in == 0 && fed < data.size()) {
      std::size_t n = std::min(kZlibSlice, data.size() - fed);
      s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data() + fed));
      s.avail_in = static_cast<uInt>(n);
      fed += n;
    }
    s.next_out = reinterpret_cast<Bytef*>(buf.get());
    s.avail_out = static_cast<uInt>(kChunk);
    int rc = inflate(&s, Z_NO_FLUSH);
    std::size_t produced = kChunk - s.avail_out;
    if (auto st = AppendBounded(out, ChunkView(buf.get(), produced), max_output, "gzip"); !st.ok())
      return st;
    if (rc == Z_STREAM_END) {
      // RFC 1952 allows several members back to back; anything else after
      // the end (servers sometimes pad) is ignored.
      std::size_t consumed = fed - s.avail_in;
      if (!LooksGzipped(data.substr(consumed))) return out;
      if (inflateReset(&s) != Z_OK) return Status::Internal("gzip: reset failed");
      continue;
    }
    if (rc == Z_BUF_ERROR && s.avail_in == 0 && fed == data.size() && produced == 0)
      return Status::ParseError("gzip: truncated input");
    if (rc != Z_OK && rc != Z_BUF_ERROR)
      return Status::ParseError(std::string("gzip: ") + (s.msg ? s.msg : "corrupt input"));
  }
}

bool LooksGzipped(std::string_view data) {
  return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f &&
         static_cast<unsigned char>(data[1]) == 0x8b;
}

std::string BrotliCompress(std::string_view data, int quality) {
  quality = std::clamp(quality, BROTLI_MIN_QUALITY, BROTLI_MAX_QUALITY);
  std::unique_ptr<BrotliEncoderState, BrotliEncoderDeleter> enc(
      BrotliEncoderCreateInstance(nullptr, nullptr, nullptr));
  if (!enc) throw std::bad_alloc();
  BrotliEncoderSetParameter(enc.get(), BROTLI_PARAM_QUALITY, static_cast<uint32_t>(quality));
  BrotliEncoderSetParameter(enc.get(), BROTLI_PARAM_SIZE_HINT,
                            static_cast<uint32_t>(std::min<std::size_t>(data.size(), 1u << 30)));
  std::string out;
  auto buf = std::make_unique<uint8_t[]>(kChunk);
  std::size_t avail_in = data.size();
  const uint8_t* next_in = reinterpret_cast<const uint8_t*>(data.data());
  while (!BrotliEncoderIsFinished(enc.get())) {
    std::size_t avail_out = kChunk;
    uint8_t* next_out = buf.get();
    if (!BrotliEncoderCompressStream(enc.get(), BROTLI_OPERATION_FINISH, &avail_in, &next_in,
                                     &avail_out, &next_out, nullptr))
      throw std::bad_alloc();  // the encoder only fails when out of memory
    out.append(reinterpret_cast<const char*>(buf.get()), kChunk - avail_out);
  }
  return out;
}

}  // namespace bs
