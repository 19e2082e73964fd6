// The relations of the controls model (lines, installed inputs, observations,
// licences, assists) lower into the graph's arrays, and the sizes counted
// from the model's types agree with the assembled graph: an installed input
// and an observation get one row per period of their line, and no row for
// another line of the same provider and item.
#include "minimal_model.hpp"

#include <semichain/model.hpp>

#include <chrono>
#include <type_traits>

namespace {

using namespace std::chrono_literals;
using minimal::a, minimal::b, minimal::m, minimal::m_design, minimal::wafer, minimal::m_7nm, minimal::scanner,
    minimal::listing, minimal::s001;
using minimal_chip = minimal::chip;
using non_a = semichain::line<"non_a">;

inline constexpr auto lines = semichain::make_model(
    semichain::entities<a, b, m, m_design, wafer, minimal_chip, m_7nm, scanner, listing, s001>,
    semichain::provides<a, scanner>{},
    semichain::provides<b, scanner>{},
    semichain::provides<m, m_7nm>{.since = 2018y / 1 / 1, .until = 2020y / 1 / 1},  // two periods of one line
    semichain::provides<m, m_7nm>{.since = 2020y / 1 / 1},
    semichain::provides<m, m_7nm, s001, non_a>{.since = 2021y / 1 / 1},  // a second line
    semichain::provides<m_design, minimal_chip>{},
    semichain::requires_<m_7nm, scanner>{.capital = true},
    semichain::installed<m, m_7nm, scanner, a, s001>{.since = 2018y / 6 / 1},   // both periods of the main line
    semichain::installed<m, m_7nm, scanner, b, s001, non_a>{.since = 2021y / 1 / 1},  // the non_a line only
    semichain::observed<m, m_7nm, s001, semichain::for_buyer<m_design>>{.on = 2020y / 3 / 1},
    semichain::observed<m, m_7nm, s001, non_a>{.on = 2022y / 1 / 1},
    semichain::licence<listing, s001, semichain::for_buyer<m>, semichain::of_item<scanner>>{.revoked = 2024y / 1 / 1},
    semichain::licence<listing, s001, semichain::from_provider<a>>{.granted = 2019y / 5 / 20, .revoked = 2020y / 8 / 13},
    semichain::assists<m_design, b, s001>{.since = 2022y / 1 / 1});

inline constexpr auto lines_graph = semichain::lower(lines);
constexpr semichain::graph_view v = lines_graph.view();

using lines_type = std::remove_cv_t<decltype(lines)>;
static_assert(semichain::detail::model_sizes<lines_type> ==
              semichain::detail::sizes_of(semichain::detail::assemble(semichain::to_graph_input(lines)).data));

// Installed: 2 periods of the main line + 1 of non_a; observations: 2 + 1.
static_assert(v.installed.size() == 3 && v.installed_begin.size() == v.offerings.size() + 1);
static_assert(v.observations.size() == 3);
static_assert(v.licences.size() == 2 && v.assists.size() == 1);

// The non_a line is an offering of its own, with its line name.
constexpr bool has_non_a_line() {
    for (const auto& o : v.offerings)
        if (o.line == "non_a") return true;
    return false;
}
static_assert(has_non_a_line());

// A licence's narrowing: the revocation names its buyer and item, no provider.
static_assert(v.licences[0].buyer == v.company("m") && v.licences[0].item == v.item("scanner") &&
              v.licences[0].provider.is_none() && !v.licences[0].is_grant());
static_assert(v.licences[1].provider == v.company("a") && v.licences[1].is_grant());

// The observation for a buyer keeps it; the one without is for any buyer.
static_assert(!v.observations[0].buyer.is_none() || !v.observations[1].buyer.is_none());

}  // namespace
