// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureoptions.h"

namespace aicarbon {

/// `aicarbon-cli figure`: parses the arguments, loads the file as the application does,
/// and writes the figure. Creates its own QApplication, offscreen when there is no
/// display. Returns the exit code (cli::ExitCode); messages go to standard error.
int runFigureCommand(int argc, char** argv);

} // namespace aicarbon
