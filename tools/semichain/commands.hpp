// The subcommands of the `semichain` tool, each a function of the parsed
// options. They print to stdout (or write files under --out) and throw on
// errors (a semichain::error: usage_error, load_error, write_error…); main()
// turns an exception into a message on stderr and exit code 1.
#pragma once

#include <semichain/core/error.hpp>
#include <semichain/graph/graph.hpp>
#include <semichain/graph/view.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace semichain::cli {

/// The documented date used when --as-of is not given (never "today").
inline constexpr const char* default_as_of_text = "2025-06-30";

/// Every option of every subcommand (each subcommand declares the ones it takes).
struct options {
    // data source
    std::string model;  ///< --model FILE (semichain/1)
    std::string eto;    ///< --eto DIR (ETO CSV files)
    // question
    std::string item, buyer;
    std::string as_of;                     ///< empty: not given
    std::vector<std::string> bloc;         ///< country codes
    std::size_t max_order = 0;             ///< 0: not given
    std::vector<std::string> candidates;   ///< role:R, country:C or company ids
    std::string by = "company";            ///< chokepoint candidates: company or country
    std::vector<std::string> dates;        ///< extra timeline dates
    std::string licences = "presumed";     ///< --licences presumed|all_denied|all_granted
    std::string enforcement = "rules";     ///< --enforcement rules|observed
    bool available_only = false;           ///< trace: follow only available offerings
    std::string what = "items";            ///< list: items, companies, rules, sources, countries
    std::string layout = "auto";           ///< report's HTML picture: auto, dot or layered
    // output
    std::string format;                    ///< empty: the subcommand's default
    std::string out;                       ///< --out DIR (empty: stdout)
};

/// A user error (a bad option, an unknown id): a message for stderr (exit
/// code 1). One of the library's error family, like every error the tool reports.
class usage_error : public semichain::error {
public:
    using semichain::error::error;
};

/// The model a command works on.
struct data_source {
    std::optional<graph> owned;  ///< a loaded model (nothing for the built-in world)
    graph_view view;
    std::string name;            ///< "the built-in world", or the file or directory
    bool builtin = false;
};

/// Loads --model or --eto, or takes the built-in world.
data_source load_source(const options& o);

int run_report(const options& o);
int run_trace(const options& o);
int run_chokepoints(const options& o);
int run_concentration(const options& o);
int run_score(const options& o);
int run_timeline(const options& o);
int run_export(const options& o);
int run_list(const options& o);

}  // namespace semichain::cli
