// The `semichain` tool's command line: declares every subcommand and option,
// parses the arguments and runs the chosen subcommand. See README.md beside
// this file for every subcommand and the JSON contracts.
#include "cli.hpp"

#include "commands.hpp"
#include "option_checks.hpp"

#include <semichain/core/country.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/role.hpp>
#include <semichain/io/load_error.hpp>
#include <semichain/io/status_filter.hpp>

#include <CLI/CLI.hpp>

#include <exception>
#include <functional>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace {

using semichain::cli::options;

const CLI::Validator date_check{[](std::string& s) { return semichain::cli::date_problem(s); }, "YYYY-MM-DD", "date"};
const CLI::Validator max_order_check{[](std::string& s) { return semichain::cli::whole_number_problem(s, 1, 8); },
                                   "1-8", "order"};

const CLI::Validator country_check{[](std::string& s) -> std::string {
                                       return semichain::country::parse(s)
                                                  ? std::string{}
                                                  : "not an ISO 3166-1 alpha-3 country code: '" + s + "'";
                                   },
                                   "ISO3", "country"};

const CLI::Validator status_list_check{[](std::string& s) -> std::string {
                                           try {
                                               (void)semichain::parse_status_list(s);
                                           } catch (const semichain::value_error& e) {
                                               const std::string what = e.what();  // "semichain: the status list …"
                                               return what.substr(what.find(' ') + 1);
                                           }
                                           return {};
                                       },
                                       "STATUS[,STATUS…]", "status list"};

const CLI::Validator candidate_check{
    [](std::string& s) -> std::string {
        if (s.rfind("role:", 0) == 0)
            return semichain::parse_role(s.substr(5)) ? std::string{} : "unknown role in '" + s + "'";
        if (s.rfind("country:", 0) == 0)
            return semichain::country::parse(s.substr(8)) ? std::string{} : "unknown country code in '" + s + "'";
        return s.empty() ? std::string{"an empty candidate"} : std::string{};
    },
    "role:R|country:C|ID", "candidate"};

/// A comma-separated list (split after parsing, split_list): no empty
/// element, and every element passes `element`.
CLI::Validator list_of(const CLI::Validator& element) {
    return CLI::Validator{[element](std::string& s) {
                              std::string problem = semichain::cli::empty_element_problem(s);
                              for (auto& e : semichain::cli::split_list({s}))
                                  if (problem.empty()) problem = element(e);
                              return problem;
                          },
                          element.get_description(), element.get_name()};
}

/// The options every subcommand may take, declared on `sub` as asked.
struct declare {
    CLI::App* sub;
    options& o;

    void source() const {
        auto* model = sub->add_option("--model", o.model, "A semichain/1 JSON model file (default: the built-in world)")
                          ->check(CLI::ExistingFile);
        auto* eto = sub->add_option("--eto", o.eto, "A directory of ETO Chip Explorer CSV files (inputs.csv, providers.csv, …)")
                        ->check(CLI::ExistingDirectory);
        model->excludes(eto);
        sub->add_flag("--strict", o.strict,
                      "Treat the data's warnings (shares of one item above 1.02, …) as errors: exit code 1 instead of "
                      "a note on stderr");
        sub->add_option("--exclude-status", o.exclude_status,
                        "Leave out the offerings and relations of these statuses (seed, public, uncertain, assumption), "
                        "comma-separated, and the rows that belong to them (default: keep every row)")
            ->check(status_list_check);
        sub->add_option("--exclude-rows", o.exclude_rows,
                        "Which rows of those statuses --exclude-status leaves out: all (every offering and relation) or "
                        "offerings (default: all)")
            ->check(CLI::IsMember({"all", "offerings"}));
    }
    void item(bool required) const {
        auto* opt = sub->add_option("--item", o.item, "The item's id (`semichain list items`)");
        if (required) opt->required();
    }
    void buyer() const {
        sub->add_option("--buyer", o.buyer, "The buying company's id (default: any buyer that no control rule restricts)");
    }
    void as_of() const {
        sub->add_option("--as-of", o.as_of,
                        std::string{"The date of the question, YYYY-MM-DD (default: "} + semichain::cli::default_as_of_text + ")")
            ->check(date_check);
    }
    void bloc(bool required) const {
        auto* opt = sub->add_option("--bloc", o.bloc, "The bloc for self-sufficiency: ISO 3166-1 alpha-3 codes, CHN[,USA…]")
                        ->check(list_of(country_check));
        if (required) opt->required();
    }
    void chokepoint_options() const {
        sub->add_option("--max-order", o.max_order, "The largest chokepoint set reported, 1–8 (default: 3)")
            ->check(max_order_check);
        sub->add_option("--candidates", o.candidates,
                        "Who may be disrupted: role:R, country:C or company ids, comma-separated; filters combine "
                        "(default: every company)")
            ->check(list_of(candidate_check));
    }
    void by() const {
        sub->add_option("--by", o.by, "Candidates: each company, or each country standing for its companies (default: company)")
            ->check(CLI::IsMember({"company", "country"}));
    }
    /// How licences go and which reading of the rules: every question that
    /// computes availability takes them.
    void scenario_options() const {
        sub->add_option("--licences", o.licences,
                        "How licences go: presumed (each rule's policy, with known grants and revocations), all_denied "
                        "or all_granted (default: presumed)")
            ->check(CLI::IsMember({"presumed", "all_denied", "all_granted"}));
        sub->add_option("--enforcement", o.enforcement,
                        "rules (availability under the rules as written) or observed (offerings seen in production "
                        "pass the rules from their observation date) (default: rules)")
            ->check(CLI::IsMember({"rules", "observed"}));
    }
    /// The data and the question of a subcommand on one item: source, item
    /// (required), buyer, date, licences and enforcement.
    void question() const {
        source();
        item(true);
        buyer();
        as_of();
        scenario_options();
    }
    void dates() const {
        sub->add_option("--dates", o.dates, "Timeline dates besides the control rules' dates and --as-of, comma-separated")
            ->check(list_of(date_check));
    }
    void format(std::vector<std::string> allowed, const std::string& fallback) const {
        std::string names;
        for (const auto& a : allowed) names += (names.empty() ? "" : "|") + a;
        sub->add_option("--format", o.format, "Output format: " + names + " (default: " + fallback + ")")
            ->check(CLI::IsMember(std::move(allowed)));
    }
    void out() const {
        sub->add_option("--out", o.out, "Write the output into this directory (created if needed) instead of stdout");
    }
};

}  // namespace

int semichain::cli::run(int argc, const char* const* argv) {
    namespace tool = semichain::cli;
    options o;
    CLI::App app{"semichain: chokepoints, export controls and self-sufficiency in semiconductor supply chains.\n"
                 "Works on the built-in world (the Huawei and Xiaomi cases) unless --model or --eto names other data.",
                 "semichain"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "semichain 0.1.0");
    app.footer("Run `semichain SUBCOMMAND --help` for a subcommand's options. Errors go to stderr with a non-zero exit code.");

    std::vector<std::pair<CLI::App*, std::function<int(const options&)>>> commands;

    auto* report = app.add_subcommand(
        "report", "The chokepoint report: availability, blocks, trace, chokepoints, concentration, self-sufficiency, "
                  "timeline and sources. Without --item: the headline report on the built-in world.");
    {
        const declare d{report, o};
        d.source();
        d.item(false);
        d.buyer();
        d.as_of();
        d.scenario_options();
        d.bloc(false);
        d.chokepoint_options();
        d.dates();
        d.format({"md", "json", "csv", "dot", "text", "html"}, "md");
        report->add_option("--layout", o.layout,
                           "The HTML picture's layout: dot (Graphviz), layered (the tool's own, the same on every machine) "
                           "or auto (dot when installed) (default: auto)")
            ->check(CLI::IsMember({"auto", "dot", "layered"}));
        report->add_option("--out", o.out,
                           "Write report.md, report.html, report.json, report.txt, report_*.csv, report.dot (and report.svg when "
                           "Graphviz's dot is installed) into this directory");
    }
    commands.emplace_back(report, tool::run_report);

    auto* trace = app.add_subcommand("trace", "The item's dependency trace by tier, with each offering's state at the date");
    {
        const declare d{trace, o};
        d.source();
        d.item(true);
        d.buyer();
        d.as_of();
        d.scenario_options();
        trace->add_flag("--available", o.available_only,
                        "Follow only the offerings available to their buyer at the date (default: every offering)");
        d.format({"text", "md", "json", "csv", "dot"}, "text");
        d.out();
    }
    commands.emplace_back(trace, tool::run_trace);

    auto* chokepoints = app.add_subcommand("chokepoints", "The minimal sets of companies (or countries) whose disruption makes the item unavailable");
    {
        const declare d{chokepoints, o};
        d.question();
        d.chokepoint_options();
        d.by();
        chokepoints->add_flag("--count-only", o.count_only,
                              "Count the minimal sets by order (exactly, on shared diagrams) without listing them");
        d.format({"text", "md", "json", "csv", "dot"}, "text");
        d.out();
    }
    commands.emplace_back(chokepoints, tool::run_chokepoints);

    auto* risk = app.add_subcommand(
        "risk", "The probability that the item becomes unavailable, given independent disruption probabilities of the "
                "candidates: exact, its approximations, and each candidate's importance");
    {
        const declare d{risk, o};
        d.question();
        d.chokepoint_options();
        d.by();
        risk->add_option("--probabilities", o.probabilities,
                         "A CSV file of lines `id,probability` (a candidate's id or country code; probability in [0, 1])")
            ->check(CLI::ExistingFile);
        risk->add_option("--default-probability", o.default_probability,
                         "The probability of every candidate the file does not name (default: none; such a candidate is an error)")
            ->check(CLI::Range(0.0, 1.0));
        d.format({"text", "md", "json", "csv"}, "text");
        d.out();
    }
    commands.emplace_back(risk, tool::run_risk);

    auto* repair = app.add_subcommand(
        "repair", "The minimal sets of missing items a bloc would have to supply itself for the item to become available to it");
    {
        const declare d{repair, o};
        d.question();
        d.bloc(true);
        repair->add_option("--max-order", o.max_order, "The largest repair set reported, 1–8 (default: 3)")
            ->check(max_order_check);
        repair->add_option("--scenario", o.scenario,
                           "rules: today's rules; isolated: every company outside the bloc disrupted (default: rules)")
            ->check(CLI::IsMember({"rules", "isolated"}));
        d.format({"text", "md", "json", "csv"}, "text");
        d.out();
    }
    commands.emplace_back(repair, tool::run_repair);

    auto* concentration = app.add_subcommand(
        "concentration", "Providers, top company and country shares and HHI per item (every item, or --item and its inputs)");
    {
        const declare d{concentration, o};
        d.source();
        d.item(false);
        d.as_of();
        d.scenario_options();
        d.format({"text", "md", "json", "csv"}, "text");
        d.out();
    }
    commands.emplace_back(concentration, tool::run_concentration);

    auto* score = app.add_subcommand("score", "Self-sufficiency of a bloc: capability, coverage and domestic value share");
    {
        const declare d{score, o};
        d.source();
        d.item(true);
        d.buyer();
        d.as_of();
        d.scenario_options();
        d.bloc(true);
        d.format({"text", "md", "json", "csv"}, "text");
        d.out();
    }
    commands.emplace_back(score, tool::run_score);

    auto* timeline = app.add_subcommand(
        "timeline", "Availability and blocks at every control rule's date (and --as-of), with the domestic value share given --bloc");
    {
        const declare d{timeline, o};
        d.source();
        d.item(true);
        d.buyer();
        d.as_of();
        d.scenario_options();
        d.bloc(false);
        d.dates();
        d.format({"text", "md", "json", "csv"}, "text");
        d.out();
    }
    commands.emplace_back(timeline, tool::run_timeline);

    auto* exporter = app.add_subcommand("export", "The model as a semichain/1 JSON document (default: the built-in world)");
    {
        const declare d{exporter, o};
        d.source();
        d.format({"json"}, "json");
        d.out();
    }
    commands.emplace_back(exporter, tool::run_export);

    auto* list = app.add_subcommand("list", "The model's items, companies, rules, sources or countries");
    {
        const declare d{list, o};
        d.source();
        list->add_option("what", o.what, "What to list: items, companies, rules, sources or countries (default: items)")
            ->check(CLI::IsMember({"items", "companies", "rules", "sources", "countries"}));
        d.format({"text", "md", "json", "csv"}, "text");
        d.out();
    }
    commands.emplace_back(list, tool::run_list);

    CLI11_PARSE(app, argc, argv);
    o.bloc = tool::split_list(o.bloc);
    o.candidates = tool::split_list(o.candidates);
    o.dates = tool::split_list(o.dates);

    try {
        for (const auto& [sub, run] : commands)
            if (sub->parsed()) return run(o);
    } catch (const semichain::load_error& e) {
        std::cerr << "semichain: cannot load the model:\n" << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        const std::string what = e.what();
        std::cerr << (what.rfind("semichain", 0) == 0 ? what : "semichain: " + what) << '\n';
        return 1;
    }
    return 1;
}
