#include <filesystem>

#include "app/commands.h"

namespace bs {

Result<std::unique_ptr<Store>> OpenConfiguredStore(const Config& config) {
  std::error_code ec;
  auto dir = std::filesystem::path(config.database).parent_path();
  if (!dir.empty()) std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError("cannot create " + dir.string() + ": " + ec.message());
  auto store = OpenSqliteStore(config.database);
  if (!store.ok()) return store.status();
  for (Source src : config.sources)
    if (auto st = (*store)->SyncSource(src); !st.ok()) return st;
  return store;
}

}  // namespace bs
