// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "regionnames.h"

#include <optional>
#include <string>

namespace aicarbon {

class Database;

/// Creates the catalog tables (see catalogschema.h) in `database` and loads every
/// `<table>.csv` from `csvDirectory` in one transaction. Cells are checked against the
/// column types; duplicate keys are rejected. Throws CsvError naming file, line and
/// column, or DatabaseError. On error nothing is committed. With `isoCodes`, also fills
/// region_names with translated region names (see regionnames.h); without, it stays empty.
void compileCatalog(const std::string& csvDirectory, Database& database,
                    const std::optional<IsoCodesSource>& isoCodes = std::nullopt);

/// Compiles into a new SQLite file at `outputPath`, written to a temporary file first and
/// renamed into place only on success.
void compileCatalogFile(const std::string& csvDirectory, const std::string& outputPath,
                        const std::optional<IsoCodesSource>& isoCodes = std::nullopt);

} // namespace aicarbon
