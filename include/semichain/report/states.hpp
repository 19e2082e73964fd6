// A report's picture, trace and chokepoints at each date of its timeline: the
// data behind a date control (the HTML writer's). The trace and the picture
// are structural — the same items, nodes and edges at every date — so only
// their states change from one date to the next.
//
//     const auto rep = semichain::report::assemble_report(g, q);
//     const auto states = semichain::report::assemble_dated_states(g, q, rep);
//     // states[i].date == rep.timeline.points[i].date
#pragma once

#include <semichain/report/assemble.hpp>
#include <semichain/report/report.hpp>

#include <string>
#include <vector>

namespace semichain::report {

/// The state of a report's chain at one date.
struct dated_state {
    std::string date;
    bool available = false;              ///< the item, to the buyer
    std::vector<block_line> blocks;      ///< every block in the chain
    std::vector<trace_line> trace;       ///< the report's trace, with offering states at this date
    chokepoint_section company_sets;     ///< chokepoint sets of companies at this date
    picture graph;                       ///< the report's picture, with states at this date
};

/// The state at every date of rep's timeline, for the request q that made rep.
inline std::vector<dated_state> assemble_dated_states(const graph_view& g, const request& q, const chokepoint_report& rep) {
    std::vector<dated_state> out;
    out.reserve(rep.timeline.points.size());
    for (const auto& point : rep.timeline.points) {
        request at = q;
        at.as_of = *parse_date(point.date);
        const availability_result r = compute_availability(g, detail::scenario_of(at));
        dated_state s;
        s.date = point.date;
        s.available = r.item_available_to(q.item, q.buyer);
        s.blocks = assemble_blocks(g, at, r);
        s.trace = assemble_trace(g, at, r);
        s.company_sets = assemble_chokepoints(g, at, candidate_kind::companies);
        s.graph = assemble_picture(g, at, r, s.trace, s.company_sets);
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace semichain::report
