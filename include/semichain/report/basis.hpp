// What each chokepoint set runs through and which uncertain or assumed rows
// its conclusion rests on.
//
// A set S of companies (or countries) runs *through* the offerings of the
// item's trace whose provider is a member of S (or located in one) and that
// are available to their buyer at the report's date: the offerings its
// disruption strikes. The conclusion "S cuts the item off" *rests on* the
// flagged rows (uncertain or assumption, report.hpp's is_flagged) among
// those offerings and among the requirements that lead, along the trace's
// path, from the item to the items of those offerings. What rests on an
// offering's absence — a flagged alternative that, if it were not there,
// would make more sets — is what report/without_flagged.hpp measures.
#pragma once

#include <semichain/graph/view.hpp>
#include <semichain/report/facts.hpp>
#include <semichain/report/report.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace semichain::report {

namespace detail {

/// The flagged requirement rows by which `parent` (bought from `via`) needs `child`.
inline void flagged_requirements(const graph_view& g, const std::string& parent, const std::string& via, const std::string& child,
                                 std::vector<fact_line>& out) {
    const item_index p = g.item(parent);
    const item_index c = g.item(child);
    for (const auto& r : g.requirements_of_item(p))
        if (r.input == c && is_flagged(r.origin.certainty)) out.push_back(requirement_fact(g, parent, r));
    for (const offering_index o : g.offerings_of(p)) {
        if (text(g.companies[g.offerings[o].provider].id) != via) continue;
        for (const auto& r : g.requirements_of_offering(o))
            if (r.input == c && is_flagged(r.origin.certainty)) out.push_back(requirement_fact(g, parent + " from " + via, r));
        break;  // offerings of one provider in several periods share their own requirements
    }
}

}  // namespace detail

/// Fills s.basis: for each set of s, the offerings of `trace` it runs
/// through and the flagged rows it rests on (each row once, in trace order).
inline void assemble_basis(const graph_view& g, const std::vector<trace_line>& trace, chokepoint_section& s) {
    s.basis.clear();
    std::map<std::string, std::size_t> position;
    for (std::size_t i = 0; i < trace.size(); ++i) position.emplace(trace[i].item, i);
    const bool by_country = s.kind == "countries";
    for (const auto& set : s.sets) {
        set_basis b;
        b.set = set;
        std::set<std::string> seen;
        const auto rest_on = [&](const fact_line& f) {
            if (seen.insert(f.kind + '\n' + f.text).second) b.rests_on.push_back(f);
        };
        std::set<std::size_t> paths;  // trace lines whose path is taken
        for (std::size_t i = 0; i < trace.size(); ++i) {
            const auto& l = trace[i];
            const item_index x = g.item(l.item);
            for (std::size_t k = 0; k < l.offerings.size(); ++k) {
                const auto& o = l.offerings[k];
                const std::string& who = by_country ? o.country : o.provider;
                if (!o.available || !std::binary_search(set.begin(), set.end(), who)) continue;
                b.through.push_back({o.provider, l.item, o.certainty, o.source});
                if (is_flagged(o.certainty)) rest_on(detail::offering_fact(g, offering_index{g.offerings_of(x).front().value() + k}));
                paths.insert(i);
            }
        }
        for (const std::size_t i : paths) {
            std::vector<fact_line> rows;
            for (std::size_t at = i; !trace[at].parent.empty(); at = position.at(trace[at].parent))
                detail::flagged_requirements(g, trace[at].parent, trace[at].via, trace[at].item, rows);
            std::reverse(rows.begin(), rows.end());  // from the item down
            for (const auto& f : rows) rest_on(f);
        }
        s.basis.push_back(std::move(b));
    }
}

}  // namespace semichain::report
