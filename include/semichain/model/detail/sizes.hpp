// The array sizes of a model's graph, from its types alone: which entities
// and which relations it has (shares, weights and dates change no size).
// Cheaper than assembling the graph: only the entity positions of offerings
// and requirements are sorted, as integers, to count offering-level
// requirements and the distinct (input, offering) pairs of the dependents
// index.
// lower() checks that the assembled graph has exactly these sizes.
#pragma once

#include <semichain/core/control.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/graph/array_graph.hpp>
#include <semichain/model/detail/model_checks.hpp>
#include <semichain/model/detail/pack.hpp>
#include <semichain/model/input.hpp>
#include <semichain/model/relations.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <vector>

namespace semichain::detail {

constexpr std::size_t sum(std::initializer_list<std::size_t> ns) noexcept {
    std::size_t total = 0;
    for (const std::size_t n : ns) total += n;
    return total;
}

template <class T>
consteval std::size_t attribute_count() {
    if constexpr (std::derived_from<T, item>) return attributes_of<T>().size();
    else return 0;
}
template <class T>
inline constexpr std::size_t target_count = 0;
template <class T>
    requires std::derived_from<T, entity_listing> && requires { typename T::targets; }
inline constexpr std::size_t target_count<T> = T::targets::size;

template <class T>
consteval std::size_t condition_count() {
    std::size_t n = 0;
    if constexpr (std::derived_from<T, threshold_rule> && requires { T::conditions; }) n += T::conditions.size();
    if constexpr (std::derived_from<T, control_rule> && requires { T::policies; })
        for (const item_policy& p : T::policies) n += p.condition ? 1 : 0;
    return n;
}
template <class T>
consteval std::size_t policy_count() {
    if constexpr (std::derived_from<T, control_rule> && requires { T::policies; }) return T::policies.size();
    else return 0;
}

/// The sizes of relation-derived arrays, from the relations' entity
/// positions (`entities` is the size of the entity list). Pairs and triples
/// of positions are packed into single integers: sorting them is cheap in a
/// constant evaluation, unlike sorting strings.
template <std::size_t N>
consteval graph_sizes relation_sizes(const std::array<relation_positions, N>& rs, std::size_t entities) {
    const std::size_t e = entities;
    graph_sizes s{};
    std::vector<std::size_t> offers, reqs, offer_reqs;  // (provider, item), (item, input), (provider, item, input)
    for (const auto& r : rs) {
        switch (r.kind) {
            case relation_kind::provides: ++s.offerings; offers.push_back(r.provider * e + r.item); break;
            case relation_kind::requires_item: ++s.item_requirements; reqs.push_back(r.item * e + r.input); break;
            case relation_kind::requires_offering: offer_reqs.push_back((r.provider * e + r.item) * e + r.input); break;
            case relation_kind::owns: ++s.owns; break;
            case relation_kind::invests: ++s.invests; break;
            case relation_kind::variant_of: ++s.variants; break;
            case relation_kind::listed: ++s.rule_targets; break;
            // One installed row and one observation per period of the line.
            case relation_kind::installed: s.installed += line_periods(rs, r); break;
            case relation_kind::observed: s.observations += line_periods(rs, r); break;
            case relation_kind::licence: ++s.licences; break;
            case relation_kind::assists: ++s.assists; break;
        }
    }
    std::sort(offers.begin(), offers.end());
    std::sort(reqs.begin(), reqs.end());
    std::sort(offer_reqs.begin(), offer_reqs.end());

    // One offering-level requirement record per requirement and matching offering.
    for (const std::size_t r : offer_reqs) {
        const auto [lo, hi] = std::equal_range(offers.begin(), offers.end(), r / e);
        s.offering_requirements += static_cast<std::size_t>(hi - lo);
    }

    // Dependents: per offering, its distinct inputs (its item's and its own).
    reqs.erase(std::unique(reqs.begin(), reqs.end()), reqs.end());
    offer_reqs.erase(std::unique(offer_reqs.begin(), offer_reqs.end()), offer_reqs.end());
    for (std::size_t i = 0; i < offers.size();) {
        std::size_t j = i;
        while (j < offers.size() && offers[j] == offers[i]) ++j;  // offerings of one provider and item
        const std::size_t item = offers[i] % e;
        // Inputs of the item (keys item*e + input) and of the offering (keys offer*e + input), both by input.
        auto a = std::lower_bound(reqs.begin(), reqs.end(), item * e);
        const auto a_end = std::lower_bound(a, reqs.end(), (item + 1) * e);
        auto b = std::lower_bound(offer_reqs.begin(), offer_reqs.end(), offers[i] * e);
        const auto b_end = std::lower_bound(b, offer_reqs.end(), (offers[i] + 1) * e);
        std::size_t inputs = 0;
        while (a != a_end || b != b_end) {
            ++inputs;
            if (b == b_end || (a != a_end && *a % e < *b % e)) ++a;
            else if (a == a_end || *b % e < *a % e) ++b;
            else { ++a; ++b; }
        }
        s.dependents += (j - i) * inputs;
        i = j;
    }
    return s;
}

template <class... Es, class... Rs>
consteval graph_sizes sizes_of_model(type_list<Es...>, type_list<Rs...>) {
    graph_sizes s = relation_sizes(relation_positions_of<type_set<Es...>, Rs...>, sizeof...(Es));
    s.sources = count_true({std::derived_from<Es, source>...});
    s.companies = count_true({std::derived_from<Es, company>...});
    s.items = count_true({std::derived_from<Es, item>...});
    s.rules = count_true({std::derived_from<Es, control_rule>...});
    s.attributes = sum({attribute_count<Es>()...});
    s.conditions = sum({condition_count<Es>()...});
    s.rule_policies = sum({policy_count<Es>()...});
    s.rule_targets += sum({target_count<Es>...});
    // The CSR offsets: one more than the records they index.
    s.item_offerings_begin = s.item_requirements_begin = s.dependents_begin = s.items + 1;
    s.offering_requirements_begin = s.installed_begin = s.offerings + 1;
    return s;
}

}  // namespace semichain::detail
