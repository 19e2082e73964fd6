// A scenario: the date of a question and what is assumed to be gone.
#pragma once

#include <semichain/core/bloc.hpp>
#include <semichain/core/date.hpp>
#include <semichain/graph/view.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace semichain {

/// The date, the disruptions and the controls that a question is asked under.
/// Offerings of a disrupted company (or of any company located in a disrupted
/// country) are not usable: no new supply, no service of installed tools.
struct scenario {
    date as_of;                             ///< the question's date t
    std::vector<company_index> disrupted{};  ///< disrupted companies
    bloc disrupted_countries{};             ///< every company located here is disrupted
    bool apply_controls = true;             ///< false: ignore every control rule
    std::vector<rule_index> ignored_rules{};  ///< rules switched off (what-if)
    licence_mode licences = licence_mode::presumed;       ///< how licences go (DESIGN.md §5)
    enforcement_mode enforcement = enforcement_mode::rules;  ///< rules as written, or observed supply

    [[nodiscard]] constexpr day_number day() const { return to_day_number(as_of); }

    /// Throws query_error unless every index the scenario names is a record of g.
    constexpr void check(const graph_view& g) const {
        for (const company_index c : disrupted) g.check(c);
        for (const rule_index r : ignored_rules) g.check(r);
    }

    /// Is company c disrupted in this scenario?
    [[nodiscard]] constexpr bool is_disrupted(const graph_view& g, company_index c) const {
        if (!disrupted_countries.empty() && g.companies[c].location && disrupted_countries.contains(*g.companies[c].location))
            return true;
        return std::find(disrupted.begin(), disrupted.end(), c) != disrupted.end();
    }
    /// Is rule r switched on in this scenario (whatever its date)?
    [[nodiscard]] constexpr bool uses_rule(rule_index r) const {
        return apply_controls && std::find(ignored_rules.begin(), ignored_rules.end(), r) == ignored_rules.end();
    }
};

namespace detail {
/// A flag per company (such as: disrupted in a scenario).
using company_flags = index_vector<company_index, std::uint8_t>;

/// disrupted[c] for every company, from a scenario (one pass; lookups O(1)).
/// Indices that are not the graph's are ignored (public entry points reject
/// them first, see scenario::check).
constexpr company_flags disrupted_companies(const graph_view& g, const scenario& s) {
    company_flags out(g.companies.size(), 0);
    for (const company_index c : s.disrupted)
        if (g.companies.contains(c)) out[c] = 1;
    if (!s.disrupted_countries.empty())
        for (const company_index c : g.companies.indices())
            if (g.companies[c].location && s.disrupted_countries.contains(*g.companies[c].location)) out[c] = 1;
    return out;
}
}  // namespace detail

}  // namespace semichain
