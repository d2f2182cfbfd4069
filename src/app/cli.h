#pragma once

namespace bs {

// Parses the command line and runs the chosen subcommand; returns the exit code.
int RunCli(int argc, char** argv);

}  // namespace bs
