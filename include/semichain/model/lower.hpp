// Lowering: a compile-time model becomes a static constexpr graph in
// std::array storage, built by the same assembler as the run-time graph.
//
//     inline constexpr auto tour_graph = semichain::lower(tour);
//     static_assert(tour_graph.view().find_item("chip") == 0);
//
// The arrays' sizes depend only on the model's type (its entities and which
// relations it has, not their shares or dates), so they are computed once per
// model type by a cheap count over ids (detail/sizes.hpp); the graph is then
// assembled once, into arrays of those sizes. A value that breaks a rule
// stops compilation at a function named for the rule, such as
// model_error::the_weights_of_one_offering_add_up_to_more_than_1.
#pragma once

#include <semichain/core/entity.hpp>
#include <semichain/graph/array_graph.hpp>
#include <semichain/graph/detail/assemble.hpp>
#include <semichain/model/detail/sizes.hpp>
#include <semichain/model/errors.hpp>
#include <semichain/model/input.hpp>
#include <semichain/model/model.hpp>

#include <concepts>

namespace semichain {

namespace detail {
constexpr void fail_on_errors(const assembled& a) {
    for (const auto& p : a.problems)
        if (!is_warning(p.kind)) fail_model_problem(p.kind);
}

/// The array sizes of any model of type M, computed once from its types.
template <class M>
inline constexpr graph_sizes model_sizes = sizes_of_model(typename M::entity_types{}, typename M::relation_types{});
}  // namespace detail

/// The graph of model `m`, as a value of type array_graph<sizes>. Use it to
/// initialise a constexpr variable; at run time a broken rule throws.
template <Model M>
constexpr auto lower(const M& m) {
    const detail::assembled a = detail::assemble(to_graph_input(m));
    detail::fail_on_errors(a);
    return detail::to_array_graph<detail::model_sizes<M>>(a.data);
}

/// The typed index of entity type T in a graph lowered from (or built like)
/// its model: `v.offerings_of(semichain::index_of<smic_n_plus_2>(v))` — an
/// item_index for an item, a company_index for a company, and so on. Throws
/// not_found (in a constant expression: does not compile) if the graph has
/// no such entity.
template <Entity T>
constexpr auto index_of(const graph_view& v) {
    if constexpr (std::derived_from<T, source>) return v.source(T::id);
    else if constexpr (std::derived_from<T, company>) return v.company(T::id);
    else if constexpr (std::derived_from<T, item>) return v.item(T::id);
    else return v.rule(T::id);
}

}  // namespace semichain
