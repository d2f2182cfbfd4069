// What readers do with comments (when SiteSettings::comments is set):
//
//   POST /comments                   article_id, parent_id?, body: post (or reply)
//   POST /comments/<id>/like         one like per reader
//   GET  /comments/<id>/report       the reasons; POST reports, once per reader
//   GET  /comments/<id>/edit         the author's form, within the edit window;
//   POST /comments/<id>/edit         saves (the pipeline checks it again)
//   POST /comments/<id>/delete       the author deletes it ("[deleted]")
//   GET  /article/<id>/comments.atom the thread as Atom
//
// The forms under an article are on a cached page shared by every reader,
// so they carry no per-session token: the bs_reader cookie is SameSite=Lax
// (never sent with another site's POST) and cross-site posts are refused
// (public_forms.h). Signed-out posts go to the sign-in page and back.
//
// Thread-safety: Handle() may be called from many threads at once.
#pragma once

#include <optional>

#include "store/store.h"
#include "web/http_server.h"
#include "web/pages.h"
#include "web/site.h"

namespace bs::web {

class CommentRoutes {
 public:
  using ViewServer = std::function<HttpResponse(const HttpRequest&, const Result<PageView>&)>;

  CommentRoutes(Store& store, const SiteSettings& settings) : store_(store), settings_(settings) {}

  std::optional<HttpResponse> Handle(const HttpRequest& req, const ViewServer& serve);

 private:
  HttpResponse PostComment(const HttpRequest& req, const ViewServer& serve);
  HttpResponse Like(const HttpRequest& req, Id id);
  HttpResponse Report(const HttpRequest& req, const ViewServer& serve, Id id);
  HttpResponse Edit(const HttpRequest& req, const ViewServer& serve, Id id);
  HttpResponse Delete(const HttpRequest& req, const ViewServer& serve, Id id);
  HttpResponse Atom(const HttpRequest& req, Id article_id);

  Store& store_;
  const SiteSettings& settings_;
};

}  // namespace bs::web
