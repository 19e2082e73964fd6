// A chokepoint report as data: plain structs of strings, booleans and
// numbers, detached from the graph they were computed on, so that every
// writer (Markdown, JSON, CSV, DOT, text) renders the same facts.
//
// One chokepoint_report answers, for an item x, a buyer b, a date t and
// optionally a bloc B (report/assemble.hpp builds it):
//  - availability: is x available to b at t, and the state of each offering;
//  - blocks: every place in x's chain where a control rule in force blocks an
//    offering to its buyer, with the rule, its date, scope and source;
//  - trace: x's structural dependency closure by tier, each item with the
//    state at t of each of its offerings for the company that buys it;
//  - chokepoints: the minimal sets of companies, and of countries, whose
//    disruption makes x unavailable to b (single points of failure are the
//    sets of one);
//  - concentration: providers, top shares and HHI of every item of the trace;
//  - self-sufficiency of B (capability, coverage, domestic value share);
//  - timeline: availability, blocks and domestic value share at every
//    control date (and t), and what changed between consecutive dates;
//  - facts: every entity and relation the report used, with its status and
//    source; uncertain facts and assumptions are flagged.
//
// Ids are the model's ids; dates are "YYYY-MM-DD" ("" when there is none);
// shares and weights are fractions in [0, 1] (nothing when unknown).
#pragma once

#include <semichain/algo/chokepoints.hpp>
#include <semichain/core/bloc.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/graph/view.hpp>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace semichain::report {

/// The date a report is made at when none is given: fixed, so that the same
/// command gives the same output on any day.
inline constexpr date default_as_of = std::chrono::year{2025} / 6 / 30;

/// The largest chokepoint set size reported when none is given.
inline constexpr std::size_t default_max_order = 3;

/// What a report is about.
struct request {
    item_index item{};                  ///< the item x
    company_index buyer{};              ///< who buys x (none(): any buyer no rule restricts)
    date as_of = default_as_of;         ///< the date t
    std::optional<bloc> members{};      ///< the bloc B for self-sufficiency (nothing: no such section)
    std::size_t max_order = default_max_order;  ///< the largest chokepoint set reported
    candidate_spec candidates{};        ///< who may be disrupted (companies; countries use the same filters)
    std::vector<date> extra_dates{};    ///< timeline dates besides the control dates and t
    std::string title{};                ///< a heading for the case (empty: made from the item and buyer)
    std::string note{};                 ///< a sentence saying why the case matters (may be empty)
    licence_mode licences = licence_mode::presumed;          ///< how licences go
    enforcement_mode enforcement = enforcement_mode::rules;  ///< rules as written, or observed supply
};

/// Is a fact's status one a reader must be warned about?
constexpr bool is_flagged(status s) noexcept { return s == status::uncertain || s == status::assumption; }

/// One offering of an item, and its state at the report's date for the
/// company that buys the item.
struct offering_line {
    std::string provider, provider_name;
    std::string country;               ///< the provider's location ("" for a residual provider)
    std::optional<double> share{};     ///< market share, when known
    std::string since, until;          ///< "" when open
    bool available = false;            ///< available and not blocked to the buyer
    std::string state;                 ///< "available", "blocked", or why it is unavailable (availability.hpp)
    std::string missing_input;         ///< the input behind "capital equipment missing…" or "input unavailable"
    std::string blocked_by;            ///< the rule blocking it to the buyer, if any (even when also unavailable)
    std::string frozen_by;             ///< available, but this capital input can no longer be had (capacity frozen)
    std::string licence;               ///< a rule that reaches it without blocking: "licence required by `r`",
                                       ///< "licence granted under `r`", "savings clause of `r`", "observed despite `r`"
    bool reach_uncertain = false;      ///< blocked_by reaches it only by the fallback of a direct-product rule
    status certainty = status::unspecified;
    std::string source;
};

/// One item of the dependency trace.
struct trace_line {
    std::size_t tier = 0;             ///< distance from the traced item (0: the item itself)
    std::string item, name, category;
    std::string parent;               ///< the item before it on a shortest path ("" for the root)
    std::string via;                  ///< the provider of the parent's offering that needs it ("" for the root)
    std::string buyer;                ///< who buys it: the report's buyer for the root, else `via` ("" for none)
    std::vector<std::string> path;    ///< item ids from the root to this item
    bool available = false;           ///< available to `buyer` at the date
    std::vector<offering_line> offerings;
    status certainty = status::unspecified;
    std::string source;
};

/// A control rule, as a report names it.
struct rule_line {
    std::string id, name, kind, scope, authority, effective;
    status certainty = status::unspecified;
    std::string source;
};

/// A place where a rule in force blocks an offering to a buyer.
struct block_line {
    std::string provider, item, buyer;
    rule_line rule;
};

/// An offering that stays available but can no longer expand.
struct frozen_line {
    std::string provider, item, input;
};

/// One entity or relation the report used.
struct fact_line {
    std::string kind;    ///< "item", "company", "provides", "requires", "rule"
    std::string text;    ///< "tsmc provides tsmc_n5 (share 0.5, since 2020-01-01)"
    status certainty = status::unspecified;
    std::string source;  ///< a source id, or ""
};

/// An offering of the trace that a chokepoint set's disruption strikes.
struct through_line {
    std::string provider, item;
    status certainty = status::unspecified;
    std::string source;
};

/// What one chokepoint set runs through, and the uncertain or assumed rows
/// its conclusion rests on (report/basis.hpp).
struct set_basis {
    std::vector<std::string> set;       ///< as in chokepoint_section::sets
    std::vector<through_line> through;  ///< the trace's offerings by members of the set, available to their buyer
    std::vector<fact_line> rests_on;    ///< flagged rows among them and the requirements leading to their items
    [[nodiscard]] bool flagged() const noexcept { return !rests_on.empty(); }
};

/// Minimal chokepoint sets of one kind of candidate.
struct chokepoint_section {
    std::string kind;                 ///< "companies" or "countries"
    std::size_t max_order = 0;
    bool available_at_baseline = false;  ///< false: the only set is the empty one
    std::size_t candidates = 0;       ///< how many candidates were considered
    std::vector<std::vector<std::string>> sets;  ///< each ascending; by size, then lexicographically
    std::string stopped;              ///< non-empty when the search hit its limit: the message (sets is then empty)
    std::vector<set_basis> basis;     ///< per set, in the order of `sets` (empty until assembled)

    /// The members of the sets of one: the single points of failure.
    [[nodiscard]] std::vector<std::string> single_points() const {
        std::vector<std::string> out;
        for (const auto& s : sets)
            if (s.size() == 1) out.push_back(s.front());
        return out;
    }
};

/// A share held by one company or one country.
struct top_share {
    std::string id;
    double share = 0.0;
};

/// Concentration of one item's market (algo/concentration.hpp).
struct concentration_line {
    std::string id, name;
    std::size_t providers = 0;       ///< distinct providers (companies, country rows, residual rows)
    std::size_t unknown_shares = 0;  ///< of which without a known share
    std::optional<top_share> top_company{}, top_country{};
    std::optional<double> hhi_company{}, hhi_country{};  ///< 0–10 000, from percent shares
    bool from_country_rows = false;  ///< country figures from country-level rows, not summed companies
    bool renormalised = false;       ///< shares added to more than 1.02 and were scaled to add to 1
};

/// Self-sufficiency of a bloc (DESIGN.md §5, algo/self_sufficiency.hpp).
struct self_sufficiency_section {
    std::vector<std::string> bloc;    ///< country codes, ascending
    bool capable = false;
    std::vector<std::string> missing; ///< items with no usable bloc-located offering (root causes)
    std::size_t items = 0, covered = 0;
    double coverage = 0.0;
    std::optional<double> coverage_weighted{};
    bool weights_complete = true;
    std::vector<std::string> uncovered;
    double domestic_value_share = 0.0;
    bool converged = true;
};

/// Repair sets of a bloc in one scenario (DESIGN.md §5, algo/repair.hpp).
struct repair_section {
    std::string scenario;                ///< "rules" (today's) or "isolated" (every company outside the bloc disrupted)
    std::size_t max_order = 0;
    bool available_at_baseline = false;  ///< already available: the only set is the empty one
    bool repairable = false;             ///< does supplying every missing item make the item available?
    std::vector<std::string> missing;    ///< the items the bloc cannot supply in the scenario, ascending
    std::vector<std::vector<std::string>> sets;  ///< minimal repair sets, each ascending; by size, then lexicographically
    std::string stopped;                 ///< non-empty when the search hit its limit: the message (sets is then empty)
};

/// The state at one date.
struct timeline_point_line {
    std::string date;
    bool available = false;
    std::vector<block_line> blocked;
    std::optional<double> domestic_value_share{};
};

/// An offering of the chain that began or ended between two dates.
struct offering_event_line {
    std::string provider, item, line;  ///< line: "" for a provider's only line of the item
    std::string on;                    ///< the offering's since (began) or until (ended, the first day without it)
};

/// What changed from one date to the next.
struct timeline_change_line {
    std::string from, to;
    bool availability_changed = false;
    bool available_after = false;
    std::vector<block_line> newly_blocked, no_longer_blocked, rule_changed;
    std::vector<offering_event_line> started{}, ended{};  ///< offerings of the chain that began, ended
    [[nodiscard]] bool empty() const noexcept {
        return !availability_changed && newly_blocked.empty() && no_longer_blocked.empty() && rule_changed.empty() &&
               started.empty() && ended.empty();
    }
};

struct timeline_section {
    std::vector<timeline_point_line> points;
    std::vector<timeline_change_line> changes;  ///< changes[i]: points[i] → points[i + 1]

    /// Whether the text and Markdown writers show point i: the first and the
    /// last date, each date at which something changed and the date before
    /// it (the state just before the change). JSON and CSV list every date.
    [[nodiscard]] bool shown(std::size_t i) const noexcept {
        if (i == 0 || i + 1 >= points.size()) return true;
        return (i - 1 < changes.size() && !changes[i - 1].empty()) || (i < changes.size() && !changes[i].empty());
    }
};

struct source_line {
    std::string id, title, publisher, date, url;
};

/// A node of the dependency picture: an item or a company.
struct graph_node {
    std::string id, label;
    bool is_item = false;
    bool root = false;
    bool available = true;        ///< items: available to their buyer at the date
    int chokepoint = 0;           ///< companies: 1 a single point of failure, 2 in a larger set, 0 neither
    bool flagged = false;         ///< uncertain or assumption
};

/// An edge of the picture: provider → item ("provides"), input → item
/// ("requires") or the traced item → its buyer ("buys").
struct graph_edge {
    std::string from, to;
    std::string kind;             ///< "provides", "requires" or "buys"
    std::string via;              ///< requires, of one provider's offering only: that provider
    bool capital = false;         ///< requires: capital equipment
    bool unavailable = false;     ///< provides: the offering is not available at the date
    bool frozen = false;          ///< provides: capacity frozen
    std::vector<std::string> blocked;  ///< provides: "rule → buyer" for every block of this offering
    bool flagged = false;         ///< the relation is uncertain or an assumption
};

struct picture {
    std::vector<graph_node> nodes;
    std::vector<graph_edge> edges;
};

/// An offering blocked by a rule that a source nevertheless saw in
/// production for the buyer: an enforcement gap.
struct gap_line {
    std::string provider, item, line, buyer;
    rule_line rule;
    std::string observed;  ///< the observation's date
    status certainty = status::unspecified;
    std::string source;    ///< the observation's source
};

/// A capital input installed in a line of the trace.
struct installed_line {
    std::string provider, item, line, input, maker, maker_country, since;
    status certainty = status::unspecified;
    std::string source;
};

/// The item read with enforcement = observed (offerings seen in production
/// pass the rules): "what could still stop it".
struct observed_reading {
    bool available = false;
    chokepoint_section company_sets, country_sets;
    std::optional<self_sufficiency_section> self_sufficiency{};
};

/// One reading of the item on a graph without some rows, and its sets
/// against the same reading on the whole graph.
struct reading_change {
    bool available = false;
    chokepoint_section company_sets, country_sets;
    std::optional<self_sufficiency_section> self_sufficiency{};
    /// Sets found here and not on the whole graph, and the whole graph's sets not found here.
    std::vector<std::vector<std::string>> company_sets_gained, company_sets_lost, country_sets_gained, country_sets_lost;
};

/// The item read on the graph without the rows of some statuses
/// (report/without_flagged.hpp): what changes when they are left out.
struct flagged_reading : reading_change {
    std::vector<std::string> excluded;   ///< the statuses left out: "uncertain", "assumption"
    std::string rows = "offerings";      ///< which rows of them: "offerings" or "all" (io/status_filter.hpp)
    std::size_t rows_dropped = 0;        ///< rows left out (those of the statuses and the rows belonging to them)
    std::size_t offerings_dropped = 0;
    std::size_t requirements_dropped = 0;
    /// When the report has an observed reading: the same, read with enforcement = observed.
    std::optional<reading_change> observed{};
};

/// The whole report for one item, buyer, date and bloc.
struct chokepoint_report {
    std::string title, note;
    std::string item, item_name, item_category;
    std::string buyer, buyer_name;            ///< "" for any unrestricted buyer
    std::string as_of;
    std::vector<std::string> bloc;            ///< country codes; empty without a bloc
    std::size_t max_order = 0;
    std::string licences = "presumed";        ///< the licence mode
    std::string enforcement = "rules";        ///< the enforcement reading

    bool available = false;
    std::vector<offering_line> offerings;     ///< the item's own offerings, for the buyer
    std::vector<block_line> blocks;
    std::vector<frozen_line> frozen;
    std::vector<gap_line> gaps;               ///< enforcement gaps in the chain (legal reach against observed supply)
    std::vector<installed_line> installed;    ///< installed capital inputs of the trace's lines
    std::optional<observed_reading> observed{};  ///< blocked under the rules but observed: the observed reading
    std::vector<trace_line> trace;
    chokepoint_section company_sets, country_sets;
    std::vector<concentration_line> concentration;
    std::optional<self_sufficiency_section> self_sufficiency{};
    std::vector<repair_section> repairs;      ///< with a bloc: under today's rules, then the bloc on its own
    timeline_section timeline;
    std::vector<fact_line> facts;
    std::vector<source_line> sources;
    picture graph;
    std::vector<flagged_reading> without_flagged;  ///< readings without uncertain (and assumed) rows, when assembled

    /// The facts that are uncertain or assumptions.
    [[nodiscard]] std::vector<fact_line> flagged_facts() const {
        std::vector<fact_line> out;
        for (const auto& f : facts)
            if (is_flagged(f.certainty)) out.push_back(f);
        return out;
    }
};

/// Several reports under one title: the headline report is one of these.
struct report_document {
    std::string title;
    std::vector<std::string> intro;  ///< paragraphs
    std::vector<chokepoint_report> cases;
};

}  // namespace semichain::report
