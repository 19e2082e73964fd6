// semichain: chokepoint reports on semiconductor supply chains, from the
// command line. See README.md beside this file for every subcommand and the
// JSON contracts; cli.cpp holds the parsing and dispatch.
#include "cli.hpp"

int main(int argc, char** argv) { return semichain::cli::run(argc, argv); }
