// A graph in std::array storage: the form a compile-time model takes once
// lowered, a `static constexpr` object with no run-time initialisation. Its
// view() is the same graph_view a run-time graph gives.
#pragma once

#include <semichain/graph/detail/assemble.hpp>
#include <semichain/core/records.hpp>
#include <semichain/graph/view.hpp>

#include <array>
#include <cstddef>
#include <vector>

namespace semichain {

/// The number of records of each kind: the shape of an array_graph.
struct graph_sizes {
    std::size_t sources = 0, companies = 0, items = 0, attributes = 0, offerings = 0, item_requirements = 0,
                offering_requirements = 0, dependents = 0, owns = 0, invests = 0, variants = 0, rules = 0,
                rule_targets = 0, conditions = 0;
    friend constexpr bool operator==(const graph_sizes&, const graph_sizes&) = default;
};

/// A graph whose arrays have the sizes S. Members are named as
/// detail::graph_data's vectors and graph_view's spans.
template <graph_sizes S>
struct array_graph {
    static constexpr graph_sizes sizes = S;

    std::array<source_record, S.sources> sources;
    std::array<company_record, S.companies> companies;
    std::array<item_record, S.items> items;
    std::array<attribute_record, S.attributes> attributes;
    std::array<offering_record, S.offerings> offerings;
    std::array<index_value, S.items + 1> item_offerings_begin;
    std::array<requirement_record, S.item_requirements> item_requirements;
    std::array<index_value, S.items + 1> item_requirements_begin;
    std::array<requirement_record, S.offering_requirements> offering_requirements;
    std::array<index_value, S.offerings + 1> offering_requirements_begin;
    std::array<offering_index, S.dependents> dependents;
    std::array<index_value, S.items + 1> dependents_begin;
    std::array<ownership_record, S.owns> owns;
    std::array<investment_record, S.invests> invests;
    std::array<variant_record, S.variants> variants;
    std::array<rule_record, S.rules> rules;
    std::array<company_index, S.rule_targets> rule_targets;
    std::array<condition_record, S.conditions> conditions;

    [[nodiscard]] constexpr graph_view view() const noexcept { return detail::view_of(*this); }
    constexpr operator graph_view() const noexcept { return view(); }  // NOLINT: usable wherever a view is
};

namespace detail {

/// The sizes of assembled arrays.
constexpr graph_sizes sizes_of(const graph_data& d) noexcept {
    return {d.sources.size(),   d.companies.size(),           d.items.size(),      d.attributes.size(),
            d.offerings.size(), d.item_requirements.size(),   d.offering_requirements.size(),
            d.dependents.size(), d.owns.size(),               d.invests.size(),    d.variants.size(),
            d.rules.size(),     d.rule_targets.size(),        d.conditions.size()};
}

/// Never defined for constant evaluation: lowering computed one set of sizes
/// and assembled another (a bug in semichain, not in the model).
[[noreturn]] inline void lowered_sizes_disagree_with_assembled_sizes() {
    throw error("semichain: array_graph sizes disagree with the assembled graph");
}

template <class T, std::size_t N>
constexpr void copy_into(std::array<T, N>& to, const std::vector<T>& from) {
    if (from.size() != N) lowered_sizes_disagree_with_assembled_sizes();
    for (std::size_t i = 0; i < N; ++i) to[i] = from[i];
}

/// Copies assembled arrays whose sizes are S into an array_graph.
template <graph_sizes S>
constexpr array_graph<S> to_array_graph(const graph_data& d) {
    array_graph<S> g{};
    copy_into(g.sources, d.sources);
    copy_into(g.companies, d.companies);
    copy_into(g.items, d.items);
    copy_into(g.attributes, d.attributes);
    copy_into(g.offerings, d.offerings);
    copy_into(g.item_offerings_begin, d.item_offerings_begin);
    copy_into(g.item_requirements, d.item_requirements);
    copy_into(g.item_requirements_begin, d.item_requirements_begin);
    copy_into(g.offering_requirements, d.offering_requirements);
    copy_into(g.offering_requirements_begin, d.offering_requirements_begin);
    copy_into(g.dependents, d.dependents);
    copy_into(g.dependents_begin, d.dependents_begin);
    copy_into(g.owns, d.owns);
    copy_into(g.invests, d.invests);
    copy_into(g.variants, d.variants);
    copy_into(g.rules, d.rules);
    copy_into(g.rule_targets, d.rule_targets);
    copy_into(g.conditions, d.conditions);
    return g;
}

}  // namespace detail
}  // namespace semichain
