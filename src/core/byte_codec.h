// Little-endian binary encoding for the project's own persisted blobs (the
// section classifier's model, the organiser's snapshot). A writer appends to
// a string; a reader checks every read against what is left, so a truncated
// or corrupted blob makes a read fail instead of reading past the end.
//
// Thread-safety: none; each writer/reader is used by one caller.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace bs {

class ByteWriter {
 public:
  explicit ByteWriter(std::string* out) : out_(out) {}
  void U8(std::uint8_t v) { out_->push_back(static_cast<char>(v)); }
  void U32(std::uint32_t v) {
    char b[4];
    for (int i = 0; i < 4; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
    out_->append(b, 4);
  }
  void U64(std::uint64_t v) {
    U32(static_cast<std::uint32_t>(v));
    U32(static_cast<std::uint32_t>(v >> 32));
  }
  void I64(std::int64_t v) { U64(static_cast<std::uint64_t>(v)); }
  void F32(float f) {
    std::uint32_t v;
    std::memcpy(&v, &f, sizeof v);
    U32(v);
  }
  void F64(double d) {
    std::uint64_t v;
    std::memcpy(&v, &d, sizeof v);
    U64(v);
  }
  // A length-prefixed string.
  void Str(std::string_view s) {
    U32(static_cast<std::uint32_t>(s.size()));
    out_->append(s);
  }
  void U32s(const std::vector<std::uint32_t>& v) {
    U32(static_cast<std::uint32_t>(v.size()));
    for (std::uint32_t x : v) U32(x);
  }
  std::string* out() { return out_; }

 private:
  std::string* out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool U8(std::uint8_t* v) {
    if (remaining() < 1) return false;
    *v = static_cast<std::uint8_t>(in_[pos_++]);
    return true;
  }
  bool U32(std::uint32_t* v) {
    if (remaining() < 4) return false;
    *v = 0;
    for (int i = 0; i < 4; ++i)
      *v |= static_cast<std::uint32_t>(static_cast<unsigned char>(in_[pos_ + i])) << (8 * i);
    pos_ += 4;
    return true;
  }
  bool U64(std::uint64_t* v) {
    std::uint32_t lo, hi;
    if (!U32(&lo) || !U32(&hi)) return false;
    *v = lo | (static_cast<std::uint64_t>(hi) << 32);
    return true;
  }
  bool I64(std::int64_t* v) {
    std::uint64_t u;
    if (!U64(&u)) return false;
    *v = static_cast<std::int64_t>(u);
    return true;
  }
  // Floats must be finite: nothing the project writes is NaN or infinite.
  bool F32(float* f) {
    std::uint32_t v;
    if (!U32(&v)) return false;
    std::memcpy(f, &v, sizeof v);
    return std::isfinite(*f);
  }
  bool F64(double* d) {
    std::uint64_t v;
    if (!U64(&v)) return false;
    std::memcpy(d, &v, sizeof v);
    return std::isfinite(*d);
  }
  bool Bytes(std::size_t n, std::string_view* out) {
    if (remaining() < n) return false;
    *out = in_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool Str(std::string* s, std::size_t max) {
    std::uint32_t n;
    std::string_view b;
    if (!U32(&n) || n > max || !Bytes(n, &b)) return false;
    s->assign(b);
    return true;
  }
  // A count that must fit in what is left, `unit` bytes per element at least:
  // a corrupted length cannot make the caller reserve gigabytes.
  bool Count(std::uint32_t* n, std::size_t unit) {
    return U32(n) && static_cast<std::size_t>(*n) <= remaining() / (unit == 0 ? 1 : unit);
  }
  bool U32s(std::vector<std::uint32_t>* v) {
    std::uint32_t n;
    if (!Count(&n, 4)) return false;
    v->resize(n);
    for (auto& x : *v)
      if (!U32(&x)) return false;
    return true;
  }
  std::size_t remaining() const { return in_.size() - pos_; }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
};

}  // namespace bs
