// SPDX-License-Identifier: GPL-3.0-or-later
// aicarbon-cli: estimate, compare and sweep training-run scenarios from the command line.

#include "catalog.h"
#include "cataloglocator.h"
#include "clioptions.h"
#include "commands.h"
#include "usercatalog.h"

#include <iostream>
#include <optional>

using namespace aicarbon;

int main(int argc, char** argv)
{
    cli::CliOptions options;
    if (const auto problem = cli::parseOptions(argc, argv, options)) {
        std::cerr << "aicarbon-cli: " << *problem << "\nTry 'aicarbon-cli --help'.\n";
        return cli::ExitUsage;
    }
    if (options.help) {
        std::cout << cli::usage();
        return cli::ExitOk;
    }
    const std::string catalogPath = cli::locateCatalog(options.catalogPath, argv[0]);
    std::optional<Catalog> catalog;
    try {
        catalog.emplace(catalogPath);
    } catch (const DatabaseError& e) {
        std::cerr << "aicarbon-cli: cannot read the catalog: " << e.what()
                  << "; use --catalog PATH or set AICARBON_CATALOG\n";
        return cli::ExitBadInput;
    }
    if (options.version) {
        std::cout << "aicarbon-cli " << AICARBON_VERSION << "\ncatalog data " << catalog->dataVersion()
                  << " (" << catalog->dataDate() << ")\n";
        return cli::ExitOk;
    }
    if (!options.userCatalogPath.empty()) {
        try {
            UserCatalog created(options.userCatalogPath); // creates the file and its tables if missing
            catalog->attachUserCatalog(options.userCatalogPath);
        } catch (const DatabaseError& e) {
            std::cerr << "aicarbon-cli: cannot use the user catalog: " << e.what() << '\n';
            return cli::ExitBadInput;
        }
    }
    return cli::runCommand(options, *catalog, std::cout, std::cerr);
}
