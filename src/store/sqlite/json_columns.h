// JSON text encoding for list and map columns (authors, tags, feed URLs,
// section maps), internal to store/sqlite. Thread-safe: pure functions.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace bs::sqlite {

// Invalid UTF-8 in the input is replaced by U+FFFD: JSON text must be UTF-8,
// and a stray byte in an author name must not make an article unstorable.
std::string EncodeStringList(const std::vector<std::string>& items);
std::string EncodeStringMap(const std::map<std::string, std::string>& items);

// ParseError when the column does not hold what the encoders write.
Result<std::vector<std::string>> DecodeStringList(std::string_view json);
Result<std::map<std::string, std::string>> DecodeStringMap(std::string_view json);

// Lists of article ids (organisation links) as JSON arrays of integers.
std::string EncodeIdList(const std::vector<std::int64_t>& ids);
Result<std::vector<std::int64_t>> DecodeIdList(std::string_view json);

}  // namespace bs::sqlite
