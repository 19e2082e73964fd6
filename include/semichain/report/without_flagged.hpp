// Conclusions resting on uncertain or assumed offerings: a report's item read
// again on the graph without its uncertain offerings, and without its
// uncertain and assumed offerings (io/status_filter.hpp, with the rows that
// belong to them), and what changed — availability, the chokepoint sets, and
// the bloc's coverage. Flagged requirements are not left out here (without
// one, an item would need less, which is no cautious reading): the sets
// resting on them are listed by report/basis.hpp. Opt-in: needs nlohmann_json
// (3.x), through the status filter.
//
//     auto rep = semichain::report::assemble_report(v, q);
//     semichain::report::add_without_flagged(v, q, rep);
#pragma once

#include <semichain/core/provenance.hpp>
#include <semichain/graph/view.hpp>
#include <semichain/io/status_filter.hpp>
#include <semichain/report/assemble.hpp>
#include <semichain/report/report.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace semichain::report {

/// The statuses left out by the report's two readings: uncertain; uncertain and assumption.
inline std::vector<status_set> flagged_readings() {
    return {status_set{status::uncertain}, status_set{status::uncertain, status::assumption}};
}

namespace detail {

/// The sets of `a` not in `b` (both sorted by size, then lexicographically).
inline std::vector<std::vector<std::string>> sets_not_in(const std::vector<std::vector<std::string>>& a,
                                                         const std::vector<std::vector<std::string>>& b) {
    std::vector<std::vector<std::string>> out;
    for (const auto& s : a)
        if (std::find(b.begin(), b.end(), s) == b.end()) out.push_back(s);
    return out;
}

/// The reading `r` on `w`, against the sets found on the whole graph.
inline reading_change read_change(const graph_view& w, const request& r, const chokepoint_section& company_sets,
                                  const chokepoint_section& country_sets) {
    reading_change out;
    const availability_result a = compute_availability(w, detail::scenario_of(r));
    out.available = a.item_available_to(r.item, r.buyer);
    out.company_sets = assemble_chokepoints(w, r, candidate_kind::companies);
    out.country_sets = assemble_chokepoints(w, r, candidate_kind::countries);
    if (r.members) out.self_sufficiency = assemble_self_sufficiency(w, r, *r.members, a);
    out.company_sets_gained = sets_not_in(out.company_sets.sets, company_sets.sets);
    out.company_sets_lost = sets_not_in(company_sets.sets, out.company_sets.sets);
    out.country_sets_gained = sets_not_in(out.country_sets.sets, country_sets.sets);
    out.country_sets_lost = sets_not_in(country_sets.sets, out.country_sets.sets);
    return out;
}

}  // namespace detail

/// The report's request read on `f.model` (the graph `rep` was made on,
/// without some rows): availability, chokepoint sets and self-sufficiency,
/// and the sets gained and lost against `rep` — under the report's
/// enforcement reading and, when `rep` has one, under the observed reading.
/// Ids are looked up again: the filter keeps every entity.
inline flagged_reading assemble_without_flagged(const graph_view& g, const status_filter_result& f, const request& q,
                                                const chokepoint_report& rep) {
    const graph_view w = f.model.view();
    request r = q;
    r.item = w.item(g.items[q.item].id);
    if (!q.buyer.is_none()) r.buyer = w.company(g.companies[q.buyer].id);
    for (auto& c : r.candidates.only) c = w.company(g.companies[c].id);
    flagged_reading out;
    static_cast<reading_change&>(out) = detail::read_change(w, r, rep.company_sets, rep.country_sets);
    for (const status s : f.excluded.members()) out.excluded.push_back(detail::text(to_string(s)));
    out.rows = detail::text(to_string(f.rows));
    out.rows_dropped = f.dropped_total();
    out.offerings_dropped = f.dropped_in(input_part::provides);
    out.requirements_dropped = f.dropped_in(input_part::requires_);
    if (rep.observed) {
        request seen = r;
        seen.enforcement = enforcement_mode::observed;
        out.observed = detail::read_change(w, seen, rep.observed->company_sets, rep.observed->country_sets);
    }
    return out;
}

/// Fills rep.without_flagged with the readings of `filtered` (graphs made
/// from `g` by without_statuses), in their order.
inline void add_without_flagged(const graph_view& g, const std::vector<status_filter_result>& filtered, const request& q,
                                chokepoint_report& rep) {
    rep.without_flagged.clear();
    for (const auto& f : filtered) rep.without_flagged.push_back(assemble_without_flagged(g, f, q, rep));
}

/// As above, filtering the offerings of `g` itself for the two readings of flagged_readings().
inline void add_without_flagged(const graph_view& g, const request& q, chokepoint_report& rep) {
    std::vector<status_filter_result> filtered;
    for (const status_set s : flagged_readings()) filtered.push_back(without_statuses(g, s, excluded_rows::offerings));
    add_without_flagged(g, filtered, q, rep);
}

}  // namespace semichain::report
