// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloglocator.h"

#include <cstdlib>
#include <filesystem>

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

} // namespace aicarbon::cli
