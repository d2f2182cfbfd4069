#pragma once

#include <cstddef>
#include <string>

#include "core/status.h"

namespace bs {

// Reads a whole file, failing with kLimitExceeded beyond `max_bytes` so a
// wrong path (a device, a huge log) cannot exhaust memory.
Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes);

// Writes atomically: to a temporary file beside `path`, then rename.
Status WriteFileAtomically(const std::string& path, const std::string& bytes);

}  // namespace bs
