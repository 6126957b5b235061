// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <string>

namespace aicarbon {

/// Opens `path` as a catalog file. Before SQLite sees it, checks that it is one: a
/// missing file (unless `mode` is Create) or a non-empty file without the SQLite header
/// throws DatabaseError with one line naming the file and what was expected, e.g.
/// "bad.sqlite: not an aicarbon catalog (not an SQLite database)", never internal SQL.
Database openCatalogFile(const std::string& path, Database::Mode mode);

/// Throws DatabaseError "PATH: not an aicarbon catalog (it has no TABLE table)" unless
/// every shipped catalog table exists in the main schema of `database`.
void requireCatalogTables(const Database& database);

} // namespace aicarbon
