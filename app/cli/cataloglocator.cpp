// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloglocator.h"

#include "catalog.h"
#include "usercatalog.h"

#include <cstdlib>
#include <filesystem>
#include <ostream>

namespace aicarbon::cli {

namespace fs = std::filesystem;

namespace {
fs::path executableDirectory(const char* argv0)
{
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        return self.parent_path();
    return fs::absolute(fs::path(argv0 ? argv0 : ".")).parent_path();
}
} // namespace

std::string locateCatalog(const std::string& explicitPath, const char* argv0)
{
    if (!explicitPath.empty())
        return explicitPath;
    if (const char* env = std::getenv("AICARBON_CATALOG"); env && *env)
        return env;
    return (executableDirectory(argv0) / ".." / "share" / "aicarbon" / "catalog.sqlite")
        .lexically_normal()
        .string();
}

std::unique_ptr<Catalog> openCatalog(const std::string& explicitPath, const std::string& userCatalogPath,
                                     const char* argv0, std::ostream& err)
{
    std::unique_ptr<Catalog> catalog;
    try {
        catalog = std::make_unique<Catalog>(locateCatalog(explicitPath, argv0));
    } catch (const DatabaseError& e) {
        err << "aicarbon-cli: cannot read the catalog: " << e.what()
            << "; use --catalog PATH or set AICARBON_CATALOG\n";
        return nullptr;
    }
    if (userCatalogPath.empty())
        return catalog;
    try {
        UserCatalog created(userCatalogPath); // creates the file and its tables if missing
        catalog->attachUserCatalog(userCatalogPath);
    } catch (const DatabaseError& e) {
        err << "aicarbon-cli: cannot use the user catalog: " << e.what() << '\n';
        return nullptr;
    }
    return catalog;
}

} // namespace aicarbon::cli
