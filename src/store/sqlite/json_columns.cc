#include "store/sqlite/json_columns.h"

#include <nlohmann/json.hpp>

namespace bs::sqlite {
namespace {

using nlohmann::json;

std::string Dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Parses without exceptions; a discarded value means malformed text.
json Parse(std::string_view text) { return json::parse(text, nullptr, /*allow_exceptions=*/false); }

}  // namespace

std::string EncodeStringList(const std::vector<std::string>& items) {
  return Dump(json(items));
}

std::string EncodeStringMap(const std::map<std::string, std::string>& items) {
  return Dump(json(items));
}

Result<std::vector<std::string>> DecodeStringList(std::string_view text) {
  json j = Parse(text);
  if (!j.is_array()) return Status::ParseError("stored list is not a JSON array");
  std::vector<std::string> out;
  out.reserve(j.size());
  for (const auto& item : j) {
    if (!item.is_string()) return Status::ParseError("stored list holds a non-string");
    out.push_back(item.get<std::string>());
  }
  return out;
}

Result<std::map<std::string, std::string>> DecodeStringMap(std::string_view text) {
  json j = Parse(text);
  if (!j.is_object()) return Status::ParseError("stored map is not a JSON object");
  std::map<std::string, std::string> out;
  for (const auto& [key, value] : j.items()) {
    if (!value.is_string()) return Status::ParseError("stored map holds a non-string");
    out.emplace(key, value.get<std::string>());
  }
  return out;
}

std::string EncodeIdList(const std::vector<std::int64_t>& ids) { return Dump(json(ids)); }

Result<std::vector<std::int64_t>> DecodeIdList(std::string_view text) {
  json j = Parse(text);
  if (!j.is_array()) return Status::ParseError("stored id list is not a JSON array");
  std::vector<std::int64_t> out;
  out.reserve(j.size());
  for (const auto& item : j) {
    if (!item.is_number_integer()) return Status::ParseError("stored id list holds a non-integer");
    out.push_back(item.get<std::int64_t>());
  }
  return out;
}

}  // namespace bs::sqlite
