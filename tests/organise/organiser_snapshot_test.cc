#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "organise/organiser.h"
#include "support/news_stream.h"

namespace bs {
namespace {

OrganiseInput Input(const testing::NewsItem& item) {
  OrganiseInput in;
  in.id = item.id;
  in.title = item.title;
  in.text = item.text;
  in.source = item.source;
  in.url = item.url;
  in.canonical_hint = item.canonical_hint;
  in.published = item.published;
  in.language = "en";
  return in;
}

std::string Describe(const OrganiseResult& r) {
  std::string s = r.id + " story=" + r.story + " dup=" + r.duplicate_of + " title=" + r.story_title;
  for (const auto* list : {&r.read_next, &r.same_topic, &r.related}) {
    s += " |";
    for (const auto& id : *list) s += " " + id;
  }
  return s;
}

std::vector<std::string> DescribeAll(const Organiser& o, int n) {
  std::vector<std::string> out;
  for (int i = 1; i <= n; ++i) out.push_back(Describe(o.Lookup(std::to_string(i)).value()));
  return out;
}

TEST(OrganiserSnapshot, ARestoredOrganiserDecidesLaterArticlesExactlyAsTheOriginal) {
  testing::NewsStream stream(7);
  const std::vector<testing::NewsItem> items = stream.Take(1500);
  Organiser original;
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(original.Add(Input(items[i])).ok());
  const std::string bytes = original.Snapshot();
  auto restored = Organiser::Restore(bytes);
  ASSERT_TRUE(restored.ok()) << restored.status().ToString();
  EXPECT_EQ((*restored)->size(), 1000u);
  EXPECT_TRUE((*restored)->Snapshot() == bytes) << "restored state re-encodes differently";
  for (int i = 1000; i < 1500; ++i) {
    auto a = original.Add(Input(items[i]));
    auto b = (*restored)->Add(Input(items[i]));
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(Describe(*a), Describe(*b)) << "article " << items[i].id;
  }
  EXPECT_EQ(DescribeAll(original, 1500), DescribeAll(**restored, 1500));
  ASSERT_TRUE(original.MergeStories("1400", "1450").ok());
  ASSERT_TRUE((*restored)->MergeStories("1400", "1450").ok());
  EXPECT_TRUE(original.Snapshot() == (*restored)->Snapshot()) << "states differ after the same operations";

  // The stream exercises what the snapshot must carry: stories of several
  // articles, copies and running topics.
  int copies = 0, joined = 0, topics = 0;
  for (int i = 1; i <= 1500; ++i) {
    auto r = original.Lookup(std::to_string(i)).value();
    copies += !r.duplicate_of.empty();
    joined += r.story != r.id;
    topics += !r.same_topic.empty();
  }
  EXPECT_GT(copies, 50);
  EXPECT_GT(joined, 500);
  EXPECT_GT(topics, 50);
}

TEST(OrganiserSnapshot, CorruptOrForeignBytesAreRefusedNeverBelieved) {
  testing::NewsStream stream(11);
  Organiser o;
  for (const auto& item : stream.Take(300)) ASSERT_TRUE(o.Add(Input(item)).ok());
  ASSERT_TRUE(o.MergeStories("10", "200").ok());
  const std::string bytes = o.Snapshot();
  ASSERT_TRUE(Organiser::Restore(bytes).ok());

  EXPECT_FALSE(Organiser::Restore("").ok());
  EXPECT_FALSE(Organiser::Restore("not a snapshot at all").ok());
  for (std::size_t cut : {std::size_t{8}, std::size_t{12}, bytes.size() / 2, bytes.size() - 1})
    EXPECT_FALSE(Organiser::Restore(bytes.substr(0, cut)).ok()) << "cut at " << cut;
  // Any flipped byte is caught (by zstd's frame, the format or the checksum).
  for (std::size_t at = 0; at < bytes.size(); at += 1 + bytes.size() / 97) {
    std::string bad = bytes;
    bad[at] = static_cast<char>(bad[at] ^ 0x5a);
    EXPECT_FALSE(Organiser::Restore(bad).ok()) << "flipped byte " << at;
  }
  OrganiserOptions other;
  other.story_window = 2 * 86400;
  auto foreign = Organiser::Restore(bytes, other);
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.status().code(), Status::Code::kInvalidArgument);
}

TEST(OrganiserSnapshot, TouchedNamesTheArticlesWhoseOrganisationAnAddCanChange) {
  testing::NewsStream stream(3);
  const std::vector<testing::NewsItem> items = stream.Take(400);
  Organiser o;
  for (int i = 0; i < 399; ++i) ASSERT_TRUE(o.Add(Input(items[i])).ok());
  const std::vector<std::string> before = DescribeAll(o, 399);
  (void)o.TakeTouched();
  ASSERT_TRUE(o.Add(Input(items[399])).ok());
  const std::vector<std::string> touched = o.TakeTouched();
  EXPECT_NE(std::find(touched.begin(), touched.end(), "400"), touched.end());
  const std::vector<std::string> after = DescribeAll(o, 399);
  for (int i = 0; i < 399; ++i) {
    if (before[i] == after[i]) continue;
    EXPECT_NE(std::find(touched.begin(), touched.end(), std::to_string(i + 1)), touched.end())
        << "article " << i + 1 << " changed without being reported";
  }
  EXPECT_TRUE(o.TakeTouched().empty());
}

}  // namespace
}  // namespace bs
