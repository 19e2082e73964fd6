// The `semichain` tool as a function of its arguments, so that main() and
// the command-line fuzzer (fuzz/fuzz_cli.cpp) run the same parsing and dispatch.
#pragma once

namespace semichain::cli {

/// Parses argv (argv[0] is the program's name), runs the subcommand and
/// returns the exit code: 0 on success, non-zero after a message on stderr
/// (usage and load errors). Output goes to stdout or to --out's files.
int run(int argc, const char* const* argv);

}  // namespace semichain::cli
