// The comment thread under an article: the data the article template's
// {{#comments}} block shows, the same for every reader (so the page stays
// cacheable; the thread's version keys it), and the Atom feed of a thread.
//
// Pure functions over the store; thread-safe when the Store is.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "core/status.h"
#include "discuss/comment_service.h"
#include "store/store.h"

namespace bs::web {

inline constexpr int kCommentsPerPage = 50;  // top-level comments; their replies come with them
inline constexpr int kMaxCommentPage = 1000;

struct ThreadQuery {
  Id article_id = 0;
  std::string source_slug;  // for the partner's policy
  ThreadSort sort = ThreadSort::kOldest;
  int page = 1;
  // The page showing the thread, for its sort and page links:
  // "/article/<id>" when empty (a story page passes "/story/<id>").
  std::string page_path;
  Id story_id = 0;  // set on a story page: the form returns there
};

// The summed version of the threads of `thread_ids` (every copy-group id a
// page shows): a page rendered under one sum is stale once it moves. Read
// it before the comments themselves, so a comment landing in between makes
// the page stale rather than wrongly fresh.
Result<std::int64_t> ThreadsVersion(Store& store, const std::vector<Id>& thread_ids);

// Published comments per listed article for river cards, over each
// article's whole copy group, with the ids the counts depend on and their
// version (read first, as above).
struct ThreadCounts {
  std::map<Id, int> by_article;
  std::vector<Id> thread_ids;
  std::int64_t version = 0;
};
Result<ThreadCounts> CountThreads(Store& store, const std::vector<Id>& article_ids);

// "oldest", "newest", "liked"; anything else is the default (oldest).
ThreadSort ParseThreadSort(std::string_view s);
const char* ThreadSortName(ThreadSort s);

Result<kainjow::mustache::data> ThreadData(Store& store, discuss::CommentService& comments, const ThreadQuery& q);

// Atom (RFC 4287) of the thread's published comments, newest first.
Result<std::string> ThreadAtom(Store& store, discuss::CommentService& comments, Id article_id,
                               const std::string& base_url, const std::string& site_name);

}  // namespace bs::web
