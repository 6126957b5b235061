// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureoptions.h"

namespace aicarbon {

/// `aicarbon-cli figure`: parses the arguments, loads the file as the application does,
/// and writes the figure. Creates its own QApplication, offscreen when there is no
/// display. Returns the exit code (cli::ExitCode); messages go to standard error.
int runFigureCommand(int argc, char** argv);

/// For command-line use, before the QApplication is created: draws offscreen when there is
/// no display (no DISPLAY or WAYLAND_DISPLAY) and the user chose no Qt platform, and drops
/// Qt's warning about a missing XDG_RUNTIME_DIR.
void prepareHeadlessQt();

} // namespace aicarbon
