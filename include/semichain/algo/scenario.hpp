// A scenario: the date of a question and what is assumed to be gone.
#pragma once

#include <semichain/core/bloc.hpp>
#include <semichain/core/date.hpp>
#include <semichain/graph/view.hpp>

#include <algorithm>
#include <vector>

namespace semichain {

/// The date, the disruptions and the controls that a question is asked under.
/// Offerings of a disrupted company (or of any company located in a disrupted
/// country) are not usable: no new supply, no service of installed tools.
struct scenario {
    date as_of;                             ///< the question's date t
    std::vector<index_t> disrupted{};       ///< disrupted companies
    bloc disrupted_countries{};             ///< every company located here is disrupted
    bool apply_controls = true;             ///< false: ignore every control rule
    std::vector<index_t> ignored_rules{};   ///< rules switched off (what-if)

    [[nodiscard]] constexpr day_number day() const { return to_day_number(as_of); }

    /// Is company c disrupted in this scenario?
    [[nodiscard]] constexpr bool is_disrupted(const graph_view& g, index_t c) const {
        if (!disrupted_countries.empty() && g.companies[c].location && disrupted_countries.contains(*g.companies[c].location))
            return true;
        return std::find(disrupted.begin(), disrupted.end(), c) != disrupted.end();
    }
    /// Is rule r switched on in this scenario (whatever its date)?
    [[nodiscard]] constexpr bool uses_rule(index_t r) const {
        return apply_controls && std::find(ignored_rules.begin(), ignored_rules.end(), r) == ignored_rules.end();
    }
};

namespace detail {
/// disrupted[c] for every company, from a scenario (one pass; lookups O(1)).
constexpr std::vector<std::uint8_t> disrupted_companies(const graph_view& g, const scenario& s) {
    std::vector<std::uint8_t> out(g.companies.size(), 0);
    for (const index_t c : s.disrupted)
        if (c < out.size()) out[c] = 1;
    if (!s.disrupted_countries.empty())
        for (index_t c = 0; c < g.companies.size(); ++c)
            if (g.companies[c].location && s.disrupted_countries.contains(*g.companies[c].location)) out[c] = 1;
    return out;
}
}  // namespace detail

}  // namespace semichain
