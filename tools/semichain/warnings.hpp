// The warnings found while loading --model or --eto (shares of one item
// above 1.02, a legacy scope name, a region read as a provider…): printed on
// stderr, listed in every JSON output but `export` (a "warnings" array of
// strings), and with --strict turned into an error.
#pragma once

#include <semichain/io/load_error.hpp>
#include <semichain/report/json.hpp>

#include <string>
#include <vector>

namespace semichain::cli {

/// Each warning as a line ("model.json: /items/5: the shares of one item …").
std::vector<std::string> describe_warnings(const std::vector<load_problem>& warnings);

/// Prints each warning on stderr ("semichain: warning: …"); with `strict`,
/// throws a usage_error listing them instead.
void announce_warnings(const std::vector<std::string>& warnings, const std::string& source, bool strict);

/// `o` with a "warnings" array of the warnings' lines appended.
report::json with_warnings(report::json o, const std::vector<std::string>& warnings);

}  // namespace semichain::cli
