#include "organise/organiser.h"

#include "organise/organiser_state.h"

namespace bs {

Organiser::Organiser(OrganiserOptions options) : state_(std::make_unique<State>()) {
  state_->options = options;
}

Organiser::~Organiser() = default;

std::size_t Organiser::size() const { return state_->articles.size(); }

std::size_t Organiser::MemoryBytes() const { return state_->Memory(); }

Result<OrganiseResult> Organiser::Add(const OrganiseInput& in) {
  State& s = *state_;
  if (in.id.empty() || in.id.size() > kMaxIdBytes) {
    return Status::InvalidArgument("article id must be 1.." + std::to_string(kMaxIdBytes) +
                                   " bytes");
  }
  if (s.articles.size() >= kNone - 1) return Status::LimitExceeded("organiser is full");
  const auto n = static_cast<std::uint32_t>(s.articles.size());
  // One hash of the id both checks and records it; nothing below fails.
  if (!s.by_id.try_emplace(in.id, n).second) {
    return Status::InvalidArgument("duplicate article id: " + in.id);
  }
  ArticleFeatures f = ComputeFeatures(s.analyzer, in.title, in.text, in.language);
  Article a;
  a.id = in.id;
  a.time = in.published.value_or(s.now);
  a.source = s.Intern(NormaliseSourceName(in.source));
  std::string credit = f.credited_source;
  if (credit.empty() && !in.canonical_hint.empty() && in.canonical_hint.rfind("http", 0) != 0) {
    credit = NormaliseSourceName(in.canonical_hint);
  }
  if (credit.empty() && !in.canonical_hint.empty() && in.canonical_hint.rfind("http", 0) == 0) {
    // A rel=canonical pointing at another site credits that site.
    if (auto host = UrlHost(in.canonical_hint); host && UrlKey(in.canonical_hint) != UrlKey(in.url)) {
      credit = "host:" + *host;
    }
  }
  a.credit = credit == NormaliseSourceName(in.source) ? kNone : s.Intern(credit);
  if (auto host = UrlHost(in.url)) a.host = s.Intern("host:" + *host);
  if (a.credit != kNone && a.credit == a.host) a.credit = kNone;  // names itself
  a.section = s.Intern(in.section.empty() ? std::string() : "section:" + in.section);
  a.language = s.LanguageBit(f.language);
  a.minhash = std::move(f.minhash);
  a.shingle_count = f.shingle_count;
  a.body_terms = static_cast<std::uint32_t>(std::min<std::size_t>(f.body_terms, UINT32_MAX));
  a.body_hash = f.body_hash;
  a.url_hash = UrlKey(in.url);
  s.now = std::max(s.now, a.time);
  s.articles.push_back(std::move(a));
  ++s.adds;

  const std::uint32_t dup = s.FindDuplicate(s.articles[n], in.canonical_hint);
  if (dup != kNone) {
    s.JoinGroup(n, dup);
    // A copy belongs to its original's story and adds nothing to it.
    s.AddToStory(s.Root(s.articles[dup].story), n, in.title, false);
    Article& self = s.articles[n];
    const Article& d = s.articles[dup];
    self.same_topic = d.same_topic;
    self.related = d.related;
  } else {
    s.idf.Observe(f.terms);
    s.idf.Observe(f.entities);
    Article& self = s.articles[n];
    self.vector = MakeStoryVector(f, s.idf);
    const std::vector<std::uint32_t> keys = State::SalientKeys(self.vector);
    const StoryQuery query(self.vector);
    std::vector<State::Scored> scored = s.ScoreStories(self, query, keys);
    std::uint32_t story;
    std::size_t first_other = 0;
    if (!scored.empty() && scored[0].score >= kSameStoryThreshold) {
      story = scored[0].story;
      first_other = 1;
    } else {
      story = s.NewStory(n, in.id, in.title);
    }
    s.AddToStory(story, n, in.title, true, &query);
    s.Post(&s.story_postings, keys, story, kMaxStoryPosting);
    s.story_held.push_back(n);
    self.same_topic = s.SameTopic(self, query, keys, story);
    // Related: nearby stories in the window, same section first.
    std::vector<State::Scored> others(scored.begin() + static_cast<std::ptrdiff_t>(first_other),
                                      scored.end());
    for (State::Scored& o : others) {
      const Article& rep = s.articles[s.Representative(o.story)];
      if (self.section != kNone && rep.section == self.section) o.score += 0.05;
    }
    std::stable_sort(others.begin(), others.end(),
                     [](const State::Scored& x, const State::Scored& y) { return x.score > y.score; });
    for (const State::Scored& o : others) {
      if (o.score < kRelatedThreshold || self.related.size() >= kMaxRelated) break;
      self.related.push_back(s.Representative(o.story));
    }
    // Only a compact copy is held (for an editor's split, which subtracts
    // it from the story); the full vector served the decisions above.
    State::Truncate(&self.vector.terms, kSalientTerms);
    State::Truncate(&self.vector.entities, kSalientEntities);
    State::Truncate(&self.vector.pivot, kSalientTerms);
  }
  s.IndexDuplicateSignals(n);
  if (s.adds % kSweepEvery == 0) s.Sweep();
  return s.Describe(n);
}

Result<OrganiseResult> Organiser::Lookup(const std::string& id) const {
  auto it = state_->by_id.find(id);
  if (it == state_->by_id.end()) return Status::NotFound("no article " + id);
  return state_->Describe(it->second);
}

Status Organiser::MergeStories(const std::string& article_a, const std::string& article_b) {
  State& s = *state_;
  auto ia = s.by_id.find(article_a), ib = s.by_id.find(article_b);
  if (ia == s.by_id.end() || ib == s.by_id.end()) return Status::NotFound("unknown article");
  const std::uint32_t ra = s.Root(s.articles[ia->second].story);
  const std::uint32_t rb = s.Root(s.articles[ib->second].story);
  if (ra == rb) return Status::Ok();
  Story& a = s.stories[ra];
  Story& b = s.stories[rb];
  StorySpan& sa = s.spans[ra];
  StorySpan& sb = s.spans[rb];
  s.TouchStory(rb);
  sb.parent = ra;
  a.count += b.count;
  AccumulateCentroid(b.centroid, 1.0f, &a.centroid);
  for (std::uint32_t m : b.members) {
    if (a.members.size() < kMaxStoryMembers) a.members.push_back(m);
  }
  sa.first = std::min(sa.first, sb.first);
  sa.last = std::max(sa.last, sb.last);
  a.language_mask |= b.language_mask;
  a.bodied += b.bodied;
  if (!sa.active && sb.active) {
    sa.active = true;
    s.closing.push({sa.last, ra});
  }
  s.TouchStory(ra);
  return Status::Ok();
}

Status Organiser::SplitArticle(const std::string& id) {
  State& s = *state_;
  auto it = s.by_id.find(id);
  if (it == s.by_id.end()) return Status::NotFound("no article " + id);
  const std::uint32_t n = it->second;
  const std::uint32_t old = s.Root(s.articles[n].story);
  // The article and its copies leave together.
  std::vector<std::uint32_t> moving{n};
  if (s.articles[n].group != kNone) moving = s.groups[s.articles[n].group].members;
  Story& st = s.stories[old];
  std::vector<std::uint32_t> staying;
  for (std::uint32_t m : st.members) {
    if (std::find(moving.begin(), moving.end(), m) == moving.end()) staying.push_back(m);
  }
  if (staying.empty()) return Status::Ok();  // already alone
  s.TouchStory(old);
  st.members = std::move(staying);
  st.count -= std::min<std::uint32_t>(st.count, static_cast<std::uint32_t>(moving.size()));
  if (s.articles[n].body_terms > 0 && st.bodied > 0) --st.bodied;
  const StoryVector vec = s.articles[n].vector;
  AccumulateCentroid(vec, -1.0f, &s.stories[old].centroid);
  // A story is named after its founding article. When the founder leaves,
  // the story it leaves behind is renamed after its first remaining member,
  // so the two stories never share an id (story pages are addressed by it).
  if (std::find(moving.begin(), moving.end(), st.founder) != moving.end()) {
    st.founder = st.members.front();
    st.id = s.articles[st.founder].id;
  }
  const std::uint32_t fresh = s.NewStory(n, id, {});
  for (std::uint32_t m : moving) s.AddToStory(fresh, m, {}, m == n);
  // A split story is an editor's decision: keep the headline of its article.
  return Status::Ok();
}

Result<StorySummary> Organiser::DescribeStory(const std::string& article_id) const {
  const State& s = *state_;
  auto it = s.by_id.find(article_id);
  if (it == s.by_id.end()) return Status::NotFound("no article " + article_id);
  const std::uint32_t root = s.Root(s.articles[it->second].story);
  const Story& st = s.stories[root];
  StorySummary out;
  out.id = st.id;
  out.title = st.title;
  out.first = s.spans[root].first;
  out.last = s.spans[root].last;
  out.articles = static_cast<int>(std::min<std::uint32_t>(st.count, INT32_MAX));
  // A syndicated copy is not another paper's coverage: canonical members
  // only. At most kMaxStoryMembers are listed, so a flat list serves.
  std::vector<std::uint32_t> sources;
  for (std::uint32_t m : st.members) {
    const Article& a = s.articles[m];
    if (s.Root(a.story) != root) continue;  // split away
    if (a.group != kNone && s.groups[a.group].canonical != m) continue;
    if (std::find(sources.begin(), sources.end(), a.source) == sources.end()) sources.push_back(a.source);
  }
  out.sources = std::max<int>(1, static_cast<int>(sources.size()));
  return out;
}

std::vector<std::string> Organiser::TakeOverflowStories() {
  State& s = *state_;
  std::vector<std::string> ids;
  for (std::uint32_t story : s.overflowed) ids.push_back(s.stories[s.Root(story)].id);
  std::vector<std::uint32_t>().swap(s.overflowed);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<std::string> Organiser::TakeTouched() {
  State& s = *state_;
  std::sort(s.touched.begin(), s.touched.end());
  s.touched.erase(std::unique(s.touched.begin(), s.touched.end()), s.touched.end());
  std::vector<std::string> ids;
  ids.reserve(s.touched.size());
  for (std::uint32_t n : s.touched) ids.push_back(s.articles[n].id);
  std::vector<std::uint32_t>().swap(s.touched);
  return ids;
}

}  // namespace bs
