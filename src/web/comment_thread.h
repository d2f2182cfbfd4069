// The comment thread under an article: the data the article template's
// {{#comments}} block shows, the same for every reader (so the page stays
// cacheable; the thread's version keys it), and the Atom feed of a thread.
//
// Pure functions over the store; thread-safe when the Store is.
#pragma once

#include <string>

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
};

// "oldest", "newest", "liked"; anything else is the default (oldest).
ThreadSort ParseThreadSort(std::string_view s);
const char* ThreadSortName(ThreadSort s);

Result<kainjow::mustache::data> ThreadData(Store& store, discuss::CommentService& comments, const ThreadQuery& q);

// Atom (RFC 4287) of the thread's published comments, newest first.
Result<std::string> ThreadAtom(Store& store, discuss::CommentService& comments, Id article_id,
                               const std::string& base_url, const std::string& site_name);

}  // namespace bs::web
