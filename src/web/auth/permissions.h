// What each operator role may do on the /admin desk. Roles are ordered by
// trust, but checks name a Permission, never a role, so a new role or a
// finer split (e.g. moderators who may pin) changes only this table.
//
// Pure functions; safe from any thread.
#pragma once

#include <optional>
#include <string_view>

#include "store/store.h"

namespace bs::web {

enum class Permission {
  kViewDesk,        // open /admin and see source health
  kModerate,        // reserved for reader comments and reports
  kCurateFront,     // pin and unpin front-page articles
  kEditSources,     // pause/resume sources, edit About text and section maps
  kEditStories,     // merge and split stories, change an article's section
  kEditNewsletter,  // draft, edit, test, schedule and send newsletter issues
  kManageAccounts,  // create and disable operator accounts
};

bool Can(Role role, Permission permission);

std::string_view RoleName(Role role);
// "reader", "moderator", "editor", "admin"; nullopt for anything else.
std::optional<Role> ParseRole(std::string_view name);

}  // namespace bs::web
