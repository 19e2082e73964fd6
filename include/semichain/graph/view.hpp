// The graph view: a non-owning window on a graph's CSR arrays. Every
// algorithm takes a graph_view, whether the arrays live in a static constexpr
// graph (lowered from a compile-time model) or in a run-time graph.
#pragma once

#include <semichain/graph/records.hpp>

#include <range/v3/view/filter.hpp>
#include <range/v3/view/iota.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace semichain {

/// A half-open range of dense indices [first, last).
struct index_range {
    index_t first = 0, last = 0;
    [[nodiscard]] constexpr index_t size() const noexcept { return last - first; }
    [[nodiscard]] constexpr bool empty() const noexcept { return first == last; }
    [[nodiscard]] auto view() const { return ranges::views::iota(first, last); }
};

struct graph_view {
private:
    // Defined before its callers: clang 14 cannot evaluate a constexpr member
    // template whose body is parsed after the member that calls it.
    template <class Record>
    static constexpr index_t find_by_id(std::span<const Record> rs, std::string_view id) noexcept {
        std::size_t lo = 0, hi = rs.size();
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (rs[mid].id == id) return static_cast<index_t>(mid);
            if (rs[mid].id < id) lo = mid + 1; else hi = mid;
        }
        return no_index;
    }

public:
    std::span<const source_record> sources;     ///< sorted by id
    std::span<const company_record> companies;  ///< sorted by id
    std::span<const item_record> items;         ///< sorted by id
    std::span<const attribute_record> attributes;
    /// Sorted by (item, provider, since); the offerings of item x are
    /// [item_offerings_begin[x], item_offerings_begin[x + 1]).
    std::span<const offering_record> offerings;
    std::span<const index_t> item_offerings_begin;
    /// Requirements of every offering of an item, CSR by item.
    std::span<const requirement_record> item_requirements;
    std::span<const index_t> item_requirements_begin;
    /// Requirements of one offering only, CSR by offering.
    std::span<const requirement_record> offering_requirements;
    std::span<const index_t> offering_requirements_begin;
    /// For item y, the offerings that require y (item- or offering-level), CSR by item.
    std::span<const index_t> dependents;
    std::span<const index_t> dependents_begin;
    std::span<const ownership_record> owns;
    std::span<const investment_record> invests;
    std::span<const variant_record> variants;
    std::span<const rule_record> rules;  ///< sorted by id
    std::span<const index_t> rule_targets;
    std::span<const condition_record> conditions;

    // --- lookup by id (binary search; no_index when absent) -------------------
    [[nodiscard]] constexpr index_t find_company(std::string_view id) const noexcept { return find_by_id(companies, id); }
    [[nodiscard]] constexpr index_t find_item(std::string_view id) const noexcept { return find_by_id(items, id); }
    [[nodiscard]] constexpr index_t find_rule(std::string_view id) const noexcept { return find_by_id(rules, id); }
    [[nodiscard]] constexpr index_t find_source(std::string_view id) const noexcept { return find_by_id(sources, id); }

    /// The offering in which `provider` provides `item` (the first by `since`), or no_index.
    [[nodiscard]] constexpr index_t find_offering(index_t provider, index_t item) const noexcept {
        for (index_t o = item_offerings_begin[item]; o < item_offerings_begin[item + 1]; ++o)
            if (offerings[o].provider == provider) return o;
        return no_index;
    }

    // --- neighbours ----------------------------------------------------------
    /// Indices of the offerings of item x.
    [[nodiscard]] constexpr index_range offerings_of(index_t x) const noexcept {
        return {item_offerings_begin[x], item_offerings_begin[x + 1]};
    }
    /// Requirements that every offering of item x has.
    [[nodiscard]] constexpr std::span<const requirement_record> requirements_of_item(index_t x) const noexcept {
        return item_requirements.subspan(item_requirements_begin[x], item_requirements_begin[x + 1] - item_requirements_begin[x]);
    }
    /// Requirements specific to offering o (in addition to its item's).
    [[nodiscard]] constexpr std::span<const requirement_record> requirements_of_offering(index_t o) const noexcept {
        return offering_requirements.subspan(offering_requirements_begin[o],
                                             offering_requirements_begin[o + 1] - offering_requirements_begin[o]);
    }
    /// Calls f(requirement_record) for every requirement of offering o: its
    /// item's requirements, then its own.
    template <class F>
    constexpr void for_each_requirement(index_t o, F&& f) const {
        for (const auto& r : requirements_of_item(offerings[o].item)) f(r);
        for (const auto& r : requirements_of_offering(o)) f(r);
    }
    /// Offerings that require item y.
    [[nodiscard]] constexpr std::span<const index_t> dependents_of(index_t y) const noexcept {
        return dependents.subspan(dependents_begin[y], dependents_begin[y + 1] - dependents_begin[y]);
    }
    [[nodiscard]] constexpr std::span<const attribute_record> attributes_of(index_t x) const noexcept {
        return attributes.subspan(items[x].attributes_begin, items[x].attributes_end - items[x].attributes_begin);
    }
    [[nodiscard]] constexpr std::span<const index_t> targets_of(index_t rule) const noexcept {
        return rule_targets.subspan(rules[rule].targets_begin, rules[rule].targets_end - rules[rule].targets_begin);
    }
    [[nodiscard]] constexpr std::span<const condition_record> conditions_of(index_t rule) const noexcept {
        return conditions.subspan(rules[rule].conditions_begin, rules[rule].conditions_end - rules[rule].conditions_begin);
    }
    /// The numeric attribute `key` of item x, if it has one.
    [[nodiscard]] constexpr std::optional<double> number_attribute(index_t x, std::string_view key) const noexcept {
        for (const auto& a : attributes_of(x))
            if (a.key == key && a.is_number) return a.number;
        return std::nullopt;
    }
    /// The text attribute `key` of item x, if it has one.
    [[nodiscard]] constexpr std::optional<std::string_view> text_attribute(index_t x, std::string_view key) const noexcept {
        for (const auto& a : attributes_of(x))
            if (a.key == key && !a.is_number) return a.text;
        return std::nullopt;
    }
    /// Indices of the companies located in country c (a lazy range).
    [[nodiscard]] auto companies_in(country c) const {
        return ranges::views::iota(index_t{0}, static_cast<index_t>(companies.size())) |
               ranges::views::filter([cs = companies, c](index_t i) { return cs[i].location == c; });
    }
    /// Indices of the offerings of item x whose provider is located in country c.
    [[nodiscard]] auto offerings_from(index_t x, country c) const {
        return offerings_of(x).view() | ranges::views::filter([os = offerings, cs = companies, c](index_t o) {
                   return cs[os[o].provider].location == c;
               });
    }
    /// The country a company is located in (nothing for a residual provider).
    [[nodiscard]] constexpr std::optional<country> location_of(index_t company) const noexcept {
        return companies[company].location;
    }
};

namespace detail {
/// A view on any storage whose members are named as graph_view's.
template <class Storage>
constexpr graph_view view_of(const Storage& s) noexcept {
    return graph_view{s.sources,       s.companies,           s.items,
                      s.attributes,    s.offerings,           s.item_offerings_begin,
                      s.item_requirements, s.item_requirements_begin, s.offering_requirements,
                      s.offering_requirements_begin, s.dependents, s.dependents_begin,
                      s.owns,          s.invests,             s.variants,
                      s.rules,         s.rule_targets,        s.conditions};
}
}  // namespace detail

}  // namespace semichain
