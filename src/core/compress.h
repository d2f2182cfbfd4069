// Compression used for stored raw pages and HTTP responses.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace bs {

// zstd, used for raw pages kept in the store and the organiser's snapshot.
// With `checksum` the frame carries zstd's content checksum (XXH64), which
// ZstdDecompress then verifies.
std::string ZstdCompress(std::string_view data, int level = 6, bool checksum = false);
// Fails with kLimitExceeded when the output would exceed `max_output`, and
// with ParseError on a corrupt frame or a content checksum that differs.
Result<std::string> ZstdDecompress(std::string_view data, std::size_t max_output);
// Whether `data` is exactly one zstd frame, carrying a content checksum.
bool ZstdHasChecksum(std::string_view data);

// gzip (RFC 1952) for HTTP; also used to read .gz inputs.
std::string GzipCompress(std::string_view data, int level = 6);
Result<std::string> GzipDecompress(std::string_view data, std::size_t max_output);
bool LooksGzipped(std::string_view data);  // magic bytes 1f 8b

std::string BrotliCompress(std::string_view data, int quality = 5);

}  // namespace bs
