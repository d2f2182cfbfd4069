#include "web/auth/permissions.h"

namespace bs::web {

bool Can(Role role, Permission permission) {
  switch (permission) {
    case Permission::kViewDesk:
    case Permission::kModerate:
      return role >= Role::kModerator;
    case Permission::kCurateFront:
    case Permission::kEditSources:
    case Permission::kEditStories:
    case Permission::kEditNewsletter:
      return role >= Role::kEditor;
    case Permission::kManageAccounts:
      return role == Role::kAdmin;
  }
  return false;  // an unknown permission is never granted
}

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kReader: return "reader";
    case Role::kModerator: return "moderator";
    case Role::kEditor: return "editor";
    case Role::kAdmin: return "admin";
  }
  return "reader";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (Role r : {Role::kReader, Role::kModerator, Role::kEditor, Role::kAdmin})
    if (RoleName(r) == name) return r;
  return std::nullopt;
}

}  // namespace bs::web
