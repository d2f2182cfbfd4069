// Organiser::Snapshot and Organiser::Restore: the organiser's whole state as
// one blob, so a process starts from the stored organisation instead of
// re-reading every article's text.
//
//   "BSORGSNP" | format version | zstd frame with content checksum ( body )
//
// The body holds every record and index as it is in memory (see
// organiser_state.h). Restore believes nothing unchecked: lengths are
// bounded by what is left, every index is range-checked and the union-find
// of merged stories must be acyclic, so corrupt bytes are an error, never
// an out-of-range read or a hang.
#include <cstring>

#include "core/compress.h"
#include "organise/organiser.h"
#include "organise/organiser_state.h"

namespace bs {
namespace {

constexpr char kMagic[8] = {'B', 'S', 'O', 'R', 'G', 'S', 'N', 'P'};
constexpr std::uint32_t kFormatVersion = 2;
// Far above a real archive (about 300 bytes per article held) and small
// enough that a corrupt length cannot make Restore allocate without end.
constexpr std::size_t kMaxSnapshotBytes = std::size_t{8} << 30;
constexpr std::size_t kMaxTitleBytes = 1 << 20;
constexpr std::size_t kMaxNameBytes = 1 << 16;

void PutKeys(ByteWriter* w, const std::vector<WeightedKey>& v) {
  w->U32(static_cast<std::uint32_t>(v.size()));
  for (const WeightedKey& k : v) {
    w->U32(k.key);
    w->F32(k.weight);
  }
}

bool GetKeys(ByteReader* r, std::vector<WeightedKey>* v) {
  std::uint32_t n;
  if (!r->Count(&n, 8)) return false;
  v->resize(n);
  for (WeightedKey& k : *v)
    if (!r->U32(&k.key) || !r->F32(&k.weight)) return false;
  return true;
}

void PutVector(ByteWriter* w, const StoryVector& v) {
  PutKeys(w, v.terms);
  PutKeys(w, v.entities);
  PutKeys(w, v.pivot);
  w->U8(static_cast<std::uint8_t>((v.caseless_script ? 1 : 0) | (v.pivot_is_terms ? 2 : 0)));
}

bool GetVector(ByteReader* r, StoryVector* v) {
  std::uint8_t flags;
  if (!GetKeys(r, &v->terms) || !GetKeys(r, &v->entities) || !GetKeys(r, &v->pivot) || !r->U8(&flags) ||
      flags > 3)
    return false;
  v->caseless_script = flags & 1;
  v->pivot_is_terms = flags & 2;
  return true;
}

void PutArticle(ByteWriter* w, const Article& a) {
  w->Str(a.id);
  w->I64(a.time);
  for (std::uint32_t v : {a.source, a.credit, a.host, a.section, a.language, a.story, a.group}) w->U32(v);
  w->U32s(a.same_topic);
  w->U32s(a.related);
  w->U32s(a.minhash);
  w->U32(a.shingle_count);
  w->U32(a.body_terms);
  w->U64(a.body_hash);
  w->U64(a.url_hash);
  PutVector(w, a.vector);
}

bool GetArticle(ByteReader* r, Article* a) {
  std::uint32_t* fields[] = {&a->source, &a->credit, &a->host, &a->section, &a->language, &a->story, &a->group};
  if (!r->Str(&a->id, kMaxIdBytes) || a->id.empty() || !r->I64(&a->time)) return false;
  for (std::uint32_t* f : fields)
    if (!r->U32(f)) return false;
  return r->U32s(&a->same_topic) && r->U32s(&a->related) && r->U32s(&a->minhash) &&
         r->U32(&a->shingle_count) && r->U32(&a->body_terms) && r->U64(&a->body_hash) &&
         r->U64(&a->url_hash) && GetVector(r, &a->vector);
}

void PutStory(ByteWriter* w, const Story& s, const StorySpan& span) {
  w->U32(s.founder);
  w->U32(s.language_mask);
  w->U32(s.bodied);
  w->U32(s.count);
  w->Str(s.id);
  w->Str(s.title);
  w->F64(s.title_score);
  PutVector(w, s.centroid);
  w->U32s(s.members);
  w->U32(span.parent);
  w->U8(span.active ? 1 : 0);
  w->I64(span.first);
  w->I64(span.last);
}

bool GetStory(ByteReader* r, Story* s, StorySpan* span) {
  std::uint8_t active;
  if (!r->U32(&s->founder) || !r->U32(&s->language_mask) || !r->U32(&s->bodied) || !r->U32(&s->count) ||
      !r->Str(&s->id, kMaxIdBytes + 16) || !r->Str(&s->title, kMaxTitleBytes) || !r->F64(&s->title_score) ||
      !GetVector(r, &s->centroid) || !r->U32s(&s->members) || !r->U32(&span->parent) || !r->U8(&active) ||
      active > 1 || !r->I64(&span->first) || !r->I64(&span->last))
    return false;
  span->active = active == 1;
  return true;
}

template <typename Map>
void PutMap(ByteWriter* w, const Map& m) {
  // Sorted, so equal states give equal bytes.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs(m.begin(), m.end());
  std::sort(pairs.begin(), pairs.end());
  w->U32(static_cast<std::uint32_t>(pairs.size()));
  for (auto [k, v] : pairs) {
    w->U64(k);
    w->U32(v);
  }
}

template <typename Map>
bool GetMap(ByteReader* r, Map* m, std::uint32_t value_limit) {
  std::uint32_t n;
  if (!r->Count(&n, 12)) return false;
  m->reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    std::uint64_t k;
    std::uint32_t v;
    if (!r->U64(&k) || !r->U32(&v) || v >= value_limit || !m->emplace(k, v).second) return false;
  }
  return true;
}

bool Below(std::uint32_t v, std::size_t limit, bool none_ok = false) {
  return v < limit || (none_ok && v == kNone);
}

bool AllBelow(const std::vector<std::uint32_t>& v, std::size_t limit) {
  return std::all_of(v.begin(), v.end(), [&](std::uint32_t x) { return x < limit; });
}

}  // namespace

// Every record's references point inside the state, and following merged
// stories' parents always ends at a root.
bool Organiser::State::Consistent() const {
  const State& s = *this;
  const std::size_t na = s.articles.size(), ns = s.stories.size(), ng = s.groups.size(),
                    names = s.name_list.size();
  for (const Article& a : s.articles) {
    if (!Below(a.source, names, true) || !Below(a.credit, names, true) || !Below(a.host, names, true) ||
        !Below(a.section, names, true) || a.language > 31 || !Below(a.story, ns) || !Below(a.group, ng, true) ||
        !AllBelow(a.same_topic, na) || !AllBelow(a.related, na) ||
        (!a.minhash.empty() && a.minhash.size() != static_cast<std::size_t>(kMinHashSlots)))
      return false;
  }
  for (std::size_t i = 0; i < ns; ++i) {
    if (!Below(s.stories[i].founder, na) || !AllBelow(s.stories[i].members, na) ||
        !Below(s.spans[i].parent, ns))
      return false;
  }
  for (const Group& g : s.groups)
    if (g.members.empty() || !AllBelow(g.members, na) || !Below(g.canonical, na)) return false;
  // 0 unvisited, 1 on the current path, 2 reaches a root.
  std::vector<std::uint8_t> mark(ns, 0);
  std::vector<std::uint32_t> path;
  for (std::uint32_t i = 0; i < ns; ++i) {
    std::uint32_t v = i;
    path.clear();
    while (mark[v] == 0 && s.spans[v].parent != v) {
      mark[v] = 1;
      path.push_back(v);
      v = s.spans[v].parent;
    }
    if (mark[v] == 1) return false;  // a cycle
    mark[v] = 2;
    for (std::uint32_t p : path) mark[p] = 2;
  }
  for (std::uint32_t n : s.duplicate_held)
    if (n >= na) return false;
  for (std::uint32_t n : s.story_held)
    if (n >= na) return false;
  return true;
}

std::string Organiser::Snapshot() const {
  const State& s = *state_;
  std::string body;
  // The encoding is about as large as the state in memory: reserving it
  // saves the copies of a string doubling to a gigabyte.
  body.reserve(s.Memory());
  ByteWriter w(&body);
  w.I64(s.options.story_window);
  w.I64(s.options.duplicate_window);
  w.F64(s.options.duplicate_jaccard);
  w.F64(s.options.duplicate_containment);
  w.I64(s.now);
  w.U64(s.adds);
  w.U32(static_cast<std::uint32_t>(s.name_list.size()));
  for (const std::string& n : s.name_list) w.Str(n);
  w.U32(static_cast<std::uint32_t>(s.articles.size()));
  for (const Article& a : s.articles) PutArticle(&w, a);
  w.U32(static_cast<std::uint32_t>(s.stories.size()));
  for (std::size_t i = 0; i < s.stories.size(); ++i) PutStory(&w, s.stories[i], s.spans[i]);
  w.U32(static_cast<std::uint32_t>(s.groups.size()));
  for (const Group& g : s.groups) {
    w.U32s(g.members);
    w.U32(g.canonical);
  }
  PutMap(&w, s.url_index);
  PutMap(&w, s.body_index);
  s.idf.Encode(&w);
  s.lsh.Encode(&w);
  s.story_postings.Encode(&w);
  s.topic_postings.Encode(&w);
  w.U32s(std::vector<std::uint32_t>(s.duplicate_held.begin(), s.duplicate_held.end()));
  w.U32s(std::vector<std::uint32_t>(s.story_held.begin(), s.story_held.end()));
  auto closing = s.closing;  // drained in pop order; Restore pushes them back
  w.U32(static_cast<std::uint32_t>(closing.size()));
  for (; !closing.empty(); closing.pop()) {
    w.I64(closing.top().first);
    w.U32(closing.top().second);
  }
  std::string out(kMagic, sizeof kMagic);
  ByteWriter header(&out);
  header.U32(kFormatVersion);
  // Level 1: the state is mostly small integers and compresses well at the
  // fastest level; a snapshot is written every few thousand articles. zstd's
  // own content checksum (XXH64) detects corruption, several times faster
  // than a byte-wise hash over a gigabyte.
  out += ZstdCompress(body, 1, /*checksum=*/true);
  return out;
}

Result<std::unique_ptr<Organiser>> Organiser::Restore(std::string_view bytes, OrganiserOptions options) {
  if (bytes.size() < sizeof kMagic + 4 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return Status::ParseError("not an organiser snapshot");
  ByteReader header(bytes.substr(sizeof kMagic, 4));
  std::uint32_t version = 0;
  header.U32(&version);
  if (version != kFormatVersion)
    return Status::ParseError("organiser snapshot of format " + std::to_string(version) + ", expected " +
                              std::to_string(kFormatVersion));
  const std::string_view frame = bytes.substr(sizeof kMagic + 4);
  if (!ZstdHasChecksum(frame)) return Status::ParseError("organiser snapshot without its checksum");
  auto body_or = ZstdDecompress(frame, kMaxSnapshotBytes);
  if (!body_or.ok()) return Status::ParseError("organiser snapshot: " + body_or.status().message());
  const std::string_view body = *body_or;

  const Status bad = Status::ParseError("organiser snapshot truncated or invalid");
  ByteReader r(body);
  OrganiserOptions stored;
  if (!r.I64(&stored.story_window) || !r.I64(&stored.duplicate_window) || !r.F64(&stored.duplicate_jaccard) ||
      !r.F64(&stored.duplicate_containment))
    return bad;
  if (stored.story_window != options.story_window || stored.duplicate_window != options.duplicate_window ||
      stored.duplicate_jaccard != options.duplicate_jaccard ||
      stored.duplicate_containment != options.duplicate_containment)
    return Status::InvalidArgument("organiser snapshot made with other options");

  auto organiser = std::make_unique<Organiser>(options);
  State& s = *organiser->state_;
  std::uint32_t n = 0;
  if (!r.I64(&s.now) || !r.U64(&s.adds) || !r.Count(&n, 4)) return bad;
  s.name_list.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!r.Str(&s.name_list[i], kMaxNameBytes) || !s.names.emplace(s.name_list[i], i).second) return bad;
  }
  if (!r.Count(&n, 60)) return bad;
  s.articles.resize(n);
  s.by_id.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!GetArticle(&r, &s.articles[i]) || !s.by_id.emplace(s.articles[i].id, i).second) return bad;
  }
  if (!r.Count(&n, 60)) return bad;
  s.stories.resize(n);
  s.spans.resize(n);
  for (std::uint32_t i = 0; i < n; ++i)
    if (!GetStory(&r, &s.stories[i], &s.spans[i])) return bad;
  if (!r.Count(&n, 8)) return bad;
  s.groups.resize(n);
  for (Group& g : s.groups)
    if (!r.U32s(&g.members) || !r.U32(&g.canonical)) return bad;
  const auto articles = static_cast<std::uint32_t>(s.articles.size());
  const auto stories = static_cast<std::uint32_t>(s.stories.size());
  std::vector<std::uint32_t> held;
  if (!GetMap(&r, &s.url_index, articles) || !GetMap(&r, &s.body_index, articles) || !s.idf.Decode(&r) ||
      !s.lsh.Decode(&r, articles) || !s.story_postings.Decode(&r, stories) ||
      !s.topic_postings.Decode(&r, stories))
    return bad;
  if (!r.U32s(&held)) return bad;
  s.duplicate_held.assign(held.begin(), held.end());
  if (!r.U32s(&held)) return bad;
  s.story_held.assign(held.begin(), held.end());
  if (!r.Count(&n, 12)) return bad;
  for (std::uint32_t i = 0; i < n; ++i) {
    Timestamp t;
    std::uint32_t story;
    if (!r.I64(&t) || !r.U32(&story) || story >= stories) return bad;
    s.closing.push({t, story});
  }
  if (r.remaining() != 0 || !s.Consistent()) return bad;
  s.counter.Grow(s.stories.size());
  return organiser;
}

}  // namespace bs
