// Versioned schema for the SQLite store, internal to store/sqlite.
//
// The schema is an ordered list of SQL scripts compiled into the binary.
// `PRAGMA user_version` records how many have been applied; each script runs
// in its own IMMEDIATE transaction together with the version bump, so a crash
// leaves the database at a whole version. Scripts are append-only: a released
// script must never be edited, only followed by a new one.
#pragma once

#include <sqlite3.h>

#include "core/status.h"

namespace bs::sqlite {

// Number of migrations this binary knows, i.e. the current schema version.
int LatestSchemaVersion();

// The version recorded in the database (0 for a new file).
Result<int> SchemaVersion(sqlite3* db);

// Applies migrations until the database is at `target` (default: latest).
// Safe when several processes open the same file at once: the version is
// re-read inside each transaction. Fails when the file is newer than this
// binary understands.
Status Migrate(sqlite3* db, int target = -1);

}  // namespace bs::sqlite
