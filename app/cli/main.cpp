// SPDX-License-Identifier: GPL-3.0-or-later
// aicarbon-cli: estimate, compare and sweep training-run scenarios, and draw figures of them,
// from the command line.

#include "catalog.h"
#include "cataloglocator.h"
#include "clioptions.h"
#include "commands.h"
#include "figurebundle.h"
#include "figurecommand.h"
#include "reportcommands.h"

#include <iostream>

using namespace aicarbon;

int main(int argc, char** argv)
{
    if (isFigureCommand(argc, argv))
        return runFigureCommand(argc, argv); // the only command that needs Qt
    cli::CliOptions options;
    if (const auto problem = cli::parseOptions(argc, argv, options)) {
        std::cerr << "aicarbon-cli: " << *problem << "\nTry 'aicarbon-cli --help'.\n";
        return cli::ExitUsage;
    }
    if (options.help) {
        std::cout << cli::usage();
        return cli::ExitOk;
    }
    const auto catalog = cli::openCatalog(options.catalogPath, options.userCatalogPath, argv[0], std::cerr);
    if (!catalog)
        return cli::ExitBadInput;
    if (options.version) {
        std::cout << "aicarbon-cli " << AICARBON_VERSION << "\ncatalog data " << catalog->dataVersion()
                  << " (" << catalog->dataDate() << ")\n";
        return cli::ExitOk;
    }
    cli::setBundleFigures(&bundleFigures); // figures need Qt, which aicarbon-clilib does not link
    return cli::runCommand(options, *catalog, std::cout, std::cerr);
}
