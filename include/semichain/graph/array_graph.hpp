// A graph in std::array storage: the form a compile-time model takes once
// lowered, a `static constexpr` object with no run-time initialisation. Its
// view() is the same graph_view a run-time graph gives. Its arrays are those
// of the graph's shape (graph/shape.hpp), each of the size S gives it.
#pragma once

#include <semichain/core/error.hpp>
#include <semichain/graph/detail/assemble.hpp>
#include <semichain/graph/shape.hpp>
#include <semichain/graph/view.hpp>

#include <array>
#include <cstddef>
#include <vector>

namespace semichain {

/// A graph whose arrays have the sizes S.
template <graph_sizes S>
struct array_graph : detail::graph_arrays<detail::fixed_storage<S>> {
    static constexpr graph_sizes sizes = S;

    [[nodiscard]] constexpr graph_view view() const noexcept { return detail::view_of(*this); }
    constexpr operator graph_view() const noexcept { return view(); }  // NOLINT: usable wherever a view is
};

namespace detail {

/// The sizes of assembled arrays.
constexpr graph_sizes sizes_of(const graph_data& d) noexcept {
    graph_sizes s{};
    for_each_field(s, d, [](auto, array_size& n, const auto& array) { n = array.size(); });
    return s;
}

/// Never defined for constant evaluation: lowering computed one set of sizes
/// and assembled another (a bug in semichain, not in the model).
[[noreturn]] inline void lowered_sizes_disagree_with_assembled_sizes() {
    throw error("semichain: array_graph sizes disagree with the assembled graph");
}

/// Copies assembled arrays whose sizes are S into an array_graph.
template <graph_sizes S>
constexpr array_graph<S> to_array_graph(const graph_data& d) {
    array_graph<S> g{};
    for_each_field(static_cast<graph_arrays<fixed_storage<S>>&>(g), d, [](auto, auto& to, const auto& from) {
        if (from.size() != to.size()) lowered_sizes_disagree_with_assembled_sizes();
        for (std::size_t i = 0; i < to.size(); ++i) to[i] = from[i];
    });
    return g;
}

}  // namespace detail
}  // namespace semichain
