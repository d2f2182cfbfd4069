#include "discuss/batch.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/time.h"

namespace bs::discuss {
namespace {

using nlohmann::json;

std::string StringField(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
  return {};
}

// A line too long is skipped to its end without holding it in memory.
bool ReadBoundedLine(std::istream& in, std::string& line, bool* too_long) {
  line.clear();
  *too_long = false;
  char c;
  bool any = false;
  while (in.get(c)) {
    any = true;
    if (c == '\n') return true;
    if (line.size() < kMaxModerateLineBytes) line += c;
    else *too_long = true;
  }
  return any;
}

// Output keys in the documented order.
using ordered = nlohmann::ordered_json;
std::string Dump(const ordered& j) { return j.dump(-1, ' ', false, ordered::error_handler_t::replace); }

}  // namespace

Result<std::vector<LabelledComment>> ReadLabelledComments(std::istream& in) {
  std::vector<LabelledComment> out;
  std::string line;
  bool too_long = false;
  std::size_t number = 0;
  while (ReadBoundedLine(in, line, &too_long)) {
    ++number;
    const std::string where = "training line " + std::to_string(number);
    if (too_long) return Status::LimitExceeded(where + " is longer than " + std::to_string(kMaxModerateLineBytes) + " bytes");
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (out.size() >= kMaxTrainingComments) return Status::LimitExceeded("too many training lines");
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return Status::ParseError(where + ": not a JSON object");
    const std::string label = StringField(j, "label");
    if (label != "spam" && label != "ham") return Status::ParseError(where + ": label must be \"spam\" or \"ham\"");
    out.push_back({StringField(j, "text"), label == "spam"});
  }
  if (in.bad()) return Status::IoError("read failed after training line " + std::to_string(number));
  return out;
}

Status ModerateBatch(std::istream& in, std::ostream& out, const CommentSettings& settings,
                     std::shared_ptr<const SpamClassifier> spam) {
  const ModerationPipeline pipeline = MakePipeline(settings, std::move(spam));
  MemoryModerationContext context(settings.premoderation);
  std::string line;
  bool too_long = false;
  std::size_t number = 0, errors = 0;
  while (ReadBoundedLine(in, line, &too_long)) {
    ++number;
    if (!too_long && line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto fail = [&](const json& id, const std::string& error) {
      ++errors;
      out << Dump(ordered{{"id", ordered(id)}, {"error", "line " + std::to_string(number) + ": " + error}}) << '\n';
    };
    if (too_long) {
      fail(nullptr, "longer than " + std::to_string(kMaxModerateLineBytes) + " bytes");
      continue;
    }
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      fail(nullptr, "not a JSON object");
      continue;
    }
    const json id = j.contains("id") ? j["id"] : json(nullptr);
    auto text = j.find("text");
    if (text != j.end() && !text->is_string() && !text->is_null()) {
      fail(id, "text must be a string");
      continue;
    }
    CommentDraft c;
    c.text = text != j.end() && text->is_string() ? text->get<std::string>() : "";
    c.author = StringField(j, "author");
    c.thread = StringField(j, "thread");
    c.ip = StringField(j, "ip");
    if (auto t = j.find("time"); t != j.end() && !t->is_null()) {
      if (t->is_number()) {
        const double v = t->get<double>();
        if (!std::isfinite(v) || v < 0 || v > 1e11) {
          fail(id, "time out of range");
          continue;
        }
        c.time = static_cast<Timestamp>(v);
      } else if (t->is_string()) {
        auto parsed = ParseDate(t->get<std::string>());
        if (!parsed) {
          fail(id, "unreadable time");
          continue;
        }
        c.time = *parsed;
      }
    }
    const ModerationResult r = pipeline.Check(c, context);
    context.Record(c, r);
    // Four decimals: enough to rank, and stable across platforms.
    const double spam_p = std::round(r.spam * 10000) / 10000;
    out << Dump(ordered{{"id", ordered(id)}, {"decision", DecisionName(r.decision)}, {"reasons", r.reasons},
                        {"spam", spam_p}})
        << '\n';
  }
  out.flush();
  if (in.bad()) return Status::IoError("read failed after line " + std::to_string(number));
  if (errors) return Status::ParseError(std::to_string(errors) + " line(s) could not be read (see their error lines)");
  return Status::Ok();
}

}  // namespace bs::discuss
