// The array sizes counted from a model's types agree with the assembled
// graph in the awkward cases: an offering-level requirement that repeats an
// item-level one, one provider offering an item twice (two periods),
// entities listed in any order; and a requirement given twice, which the
// sizes count and the assembly reports (such a model does not lower).
#include "minimal_model.hpp"

#include <semichain/model.hpp>

#include <chrono>
#include <type_traits>

namespace {

using namespace std::chrono_literals;
using minimal::a, minimal::b, minimal::m, minimal::wafer, minimal::m_7nm, minimal::scanner;
using minimal_chip = minimal::chip;

inline constexpr auto awkward = semichain::make_model(
    semichain::entities<scanner, wafer, minimal_chip, b, m_7nm, a, m, minimal::s001>,
    semichain::provides<a, minimal_chip>{.since = 2019y / 1 / 1, .until = 2020y / 1 / 1},
    semichain::provides<a, minimal_chip>{.since = 2020y / 1 / 1},
    semichain::provides<m, minimal_chip>{},
    semichain::provides<b, wafer>{},
    semichain::provides<m, m_7nm>{},
    semichain::requires_<minimal_chip, wafer>{},
    semichain::requires_<minimal_chip, scanner>{},
    semichain::offering_requires<a, minimal_chip, wafer>{},  // repeats an item-level input
    semichain::offering_requires<a, minimal_chip, m_7nm>{},
    semichain::offering_requires<m, m_7nm, scanner>{});

inline constexpr auto awkward_graph = semichain::lower(awkward);
constexpr semichain::graph_view v = awkward_graph.view();

using awkward_type = std::remove_cv_t<decltype(awkward)>;
static_assert(semichain::detail::model_sizes<awkward_type> ==
              semichain::detail::sizes_of(semichain::detail::assemble(semichain::to_graph_input(awkward)).data));

// a's two offerings of chip each get both offering-level requirements.
static_assert(v.offerings.size() == 5 && v.offering_requirements.size() == 5);
static_assert(v.item_requirements.size() == 2);
// Dependents are distinct (input, offering) pairs: wafer ← 3 chip offerings, scanner ← 3 chip offerings + m's
// node, m_7nm ← a's two chip offerings.
static_assert(v.dependents_of(v.item("wafer")).size() == 3);
static_assert(v.dependents_of(v.item("scanner")).size() == 4);
static_assert(v.dependents_of(v.item("m_7nm")).size() == 2);
static_assert(v.dependents.size() == 9);

// The same requirement twice: the sizes still agree with the assembly, which
// reports the second row as repeating the first.
inline constexpr auto repeated = semichain::make_model(
    semichain::entities<wafer, minimal_chip, b, m, minimal::s001>, semichain::provides<m, minimal_chip>{},
    semichain::provides<b, wafer>{},
    semichain::requires_<minimal_chip, wafer>{}, semichain::requires_<minimal_chip, wafer>{});
using repeated_type = std::remove_cv_t<decltype(repeated)>;
constexpr bool repeated_row_is_reported() {
    const auto a = semichain::detail::assemble(semichain::to_graph_input(repeated));
    return semichain::detail::model_sizes<repeated_type> == semichain::detail::sizes_of(a.data) && !a.ok() &&
           a.problems.size() == 1 && a.problems[0].kind == semichain::problem_kind::duplicate_relation &&
           a.problems[0].index == 1 && a.problems[0].other == 0;
}
static_assert(repeated_row_is_reported());

// An empty model lowers too.
inline constexpr auto empty = semichain::make_model(semichain::entities<>);
inline constexpr auto empty_graph = semichain::lower(empty);
static_assert(empty_graph.view().companies.empty() && empty_graph.view().item_offerings_begin.size() == 1);

}  // namespace
