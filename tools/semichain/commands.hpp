// The subcommands of the `semichain` tool, each a function of the parsed
// options. They print to stdout (or write files under --out) and throw on
// errors (a semichain::error: usage_error, load_error, write_error…); main()
// turns an exception into a message on stderr and exit code 1.
#pragma once

#include <semichain/algo/chokepoints.hpp>
#include <semichain/core/error.hpp>
#include <semichain/graph/graph.hpp>
#include <semichain/graph/view.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace semichain::report {
struct request;
struct table;
struct chokepoint_section;
}

namespace semichain::cli {

/// The documented date used when --as-of is not given (never "today").
inline constexpr const char* default_as_of_text = "2025-06-30";

/// Every option of every subcommand (each subcommand declares the ones it takes).
struct options {
    // data source
    std::string model;  ///< --model FILE (semichain/1)
    std::string eto;    ///< --eto DIR (ETO CSV files)
    bool strict = false;  ///< --strict: the data's warnings are errors
    std::string exclude_status;  ///< --exclude-status LIST: leave out the rows of these statuses (empty: none)
    std::string exclude_rows = "all";  ///< --exclude-rows all|offerings: which rows of them
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
    bool count_only = false;               ///< chokepoints: counts by order, no sets listed
    std::string probabilities;             ///< risk: --probabilities FILE (CSV id,probability)
    std::optional<double> default_probability;  ///< risk: --default-probability P
    std::string scenario = "rules";        ///< repair: rules (today's) or isolated (every other country disrupted)
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
    std::vector<std::string> warnings;  ///< found while loading, one line each (none for the built-in world)
    bool builtin = false;
};

/// Loads --model or --eto, or takes the built-in world.
data_source load_source(const options& o);

// Shared by the subcommands (commands.cpp).
date as_of_of(const options& o);
item_index find_item(const data_source& d, const std::string& id);
company_index find_company(const data_source& d, const std::string& id, const char* what);
bloc bloc_of(const std::vector<std::string>& codes);
candidate_spec candidates_of(const data_source& d, const options& o);
/// The request the options describe (an item is required).
report::request request_of(const data_source& d, const options& o);
/// One output format of a subcommand: its --format name and how to make the
/// text in it (called only when that format is the one asked for).
struct format_writer {
    std::string_view format;
    std::function<std::string()> write;
};
/// Prints (or writes under --out as `name.<ext>`) the output in the format
/// --format names; without it, the first writer's (the default format).
void emit(const options& o, const std::string& name, std::initializer_list<format_writer> writers);
std::string heading(const std::string& title, const std::string& body);
std::string trimmed(std::string s);
std::string text_table(const report::table& t);      ///< columns aligned, two spaces apart
std::string markdown_table(const report::table& t);
/// counts[j]: the minimal chokepoint sets of s of exactly j members, j = 0 …
/// min(max_order, candidates) (commands_risk.cpp).
std::vector<std::uint64_t> counts_of(const report::chokepoint_section& s);

int run_report(const options& o);
int run_trace(const options& o);
int run_chokepoints(const options& o);
int run_concentration(const options& o);
int run_score(const options& o);
int run_timeline(const options& o);
int run_export(const options& o);
int run_list(const options& o);
int run_chokepoint_counts(const options& o);  // commands_risk.cpp
int run_risk(const options& o);               // commands_risk.cpp
int run_repair(const options& o);             // commands_risk.cpp

}  // namespace semichain::cli
