// SPDX-License-Identifier: GPL-3.0-or-later
// aicarbon-cli: estimate, compare and sweep training-run scenarios from the command line.

#include "catalog.h"
#include "cataloglocator.h"
#include "clioptions.h"
#include "commands.h"
#include "usercatalog.h"

#include <iostream>

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
    try {
        Catalog catalog(catalogPath);
        if (!options.userCatalogPath.empty()) {
            UserCatalog created(options.userCatalogPath); // creates the file and its tables if missing
            catalog.attachUserCatalog(options.userCatalogPath);
        }
        if (options.version) {
            std::cout << "aicarbon-cli " << AICARBON_VERSION << "\ncatalog data " << catalog.dataVersion()
                      << " (" << catalog.dataDate() << ")\n";
            return cli::ExitOk;
        }
        return cli::runCommand(options, catalog, std::cout, std::cerr);
    } catch (const DatabaseError& e) {
        std::cerr << "aicarbon-cli: cannot read the catalog: " << e.what()
                  << "\n(use --catalog PATH or set AICARBON_CATALOG)\n";
        return cli::ExitBadInput;
    }
}
