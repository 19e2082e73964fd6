// The graph view: a non-owning window on a graph's CSR arrays. Every
// algorithm takes a graph_view, whether the arrays live in a static constexpr
// graph (lowered from a compile-time model) or in a run-time graph.
//
// Every array of records is indexed by its own typed index (core/index.hpp):
// `g.items[x]` takes an item_index, `g.offerings_of(x)` gives offering
// indices. Look-ups by id return a found<I>, which must be checked before use,
// or (`g.item(id)`) throw not_found naming the id and the nearest ids.
#pragma once

#include <semichain/core/error.hpp>
#include <semichain/core/index.hpp>
#include <semichain/core/records.hpp>
#include <semichain/graph/shape.hpp>

#include <range/v3/view/filter.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace semichain {

/// The record type behind each kind of index, and the kind's name in messages.
template <TypedIndex I>
struct record_of;
template <>
struct record_of<company_index> {
    using type = company_record;
    static constexpr std::string_view kind = "company";
};
template <>
struct record_of<item_index> {
    using type = item_record;
    static constexpr std::string_view kind = "item";
};
template <>
struct record_of<rule_index> {
    using type = rule_record;
    static constexpr std::string_view kind = "control rule";
};
template <>
struct record_of<source_index> {
    using type = source_record;
    static constexpr std::string_view kind = "source";
};
template <TypedIndex I>
using record_of_t = typename record_of<I>::type;

namespace detail {
/// Levenshtein distance, for "did you mean" suggestions.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1, 0);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

/// Up to three ids of `records` nearest to `id`: those within a third of its
/// length in edit distance (at least 2), or that contain it; best first, ties by id.
template <class Record>
std::vector<std::string> nearest_ids(std::span<const Record> records, std::string_view id) {
    const std::size_t limit = std::max<std::size_t>(2, id.size() / 3);
    std::vector<std::pair<std::size_t, std::string_view>> near;
    for (const auto& r : records) {
        const std::size_t d = edit_distance(id, r.id);
        if (d <= limit) near.emplace_back(d, r.id);
        else if (!id.empty() && r.id.find(id) != std::string_view::npos) near.emplace_back(limit + 1, r.id);
    }
    std::sort(near.begin(), near.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < near.size() && i < 3; ++i) out.emplace_back(near[i].second);
    return out;
}

[[noreturn]] inline void no_record_has_this_id(std::string_view kind, std::string_view id, std::vector<std::string> nearest) {
    throw not_found(std::string{kind}, std::string{id}, std::move(nearest));
}
}  // namespace detail

/// The result of a look-up by id: an index that cannot be used before it is
/// checked. `if (auto x = g.find_item(id))` then `*x`; `*x` and `value()`
/// throw not_found (naming the id and the nearest ids) when the id named nothing.
template <TypedIndex I>
class found {
public:
    constexpr found() noexcept = default;
    constexpr found(I i, std::string_view id, typed_span<I, record_of_t<I>> records) noexcept
        : i_{i}, id_{id}, records_{records} {}

    [[nodiscard]] constexpr bool has_value() const noexcept { return !i_.is_none(); }
    explicit constexpr operator bool() const noexcept { return has_value(); }
    /// The index; throws not_found when the id named nothing.
    [[nodiscard]] constexpr I value() const {
        if (!has_value()) detail::no_record_has_this_id(record_of<I>::kind, id_, detail::nearest_ids(records_.span(), id_));
        return i_;
    }
    [[nodiscard]] constexpr I operator*() const { return value(); }
    /// The index, or `fallback` when the id named nothing.
    [[nodiscard]] constexpr I value_or(I fallback) const noexcept { return has_value() ? i_ : fallback; }
    /// The id that was looked up.
    [[nodiscard]] constexpr std::string_view id() const noexcept { return id_; }

private:
    I i_{};
    std::string_view id_{};
    typed_span<I, record_of_t<I>> records_{};
};

/// The graph's arrays (graph/shape.hpp), as spans: every array of records
/// addressed by a typed index is a typed_span of that index; the others
/// (offsets `*_begin`, attributes, requirements, relations) are std::spans of
/// positions — the neighbours of record i are [begin[i], begin[i + 1]); use the
/// accessors (offerings_of, requirements_of_item, dependents_of…) rather than them.
struct graph_view : detail::graph_arrays<detail::view_storage> {
private:
    // Defined before its callers: clang 14 cannot evaluate a constexpr member
    // template whose body is parsed after the member that calls it.
    template <TypedIndex I>
    static constexpr found<I> find_by_id(typed_span<I, record_of_t<I>> rs, std::string_view id) noexcept {
        std::size_t lo = 0, hi = rs.size();
        const auto s = rs.span();
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (s[mid].id == id) return {I{mid}, id, rs};
            if (s[mid].id < id) lo = mid + 1; else hi = mid;
        }
        return {I::none(), id, rs};
    }

public:
    // --- lookup by id (binary search) ----------------------------------------
    /// The company with this id, as a found<company_index> to be checked.
    [[nodiscard]] constexpr found<company_index> find_company(std::string_view id) const noexcept {
        return find_by_id<company_index>(companies, id);
    }
    [[nodiscard]] constexpr found<item_index> find_item(std::string_view id) const noexcept {
        return find_by_id<item_index>(items, id);
    }
    [[nodiscard]] constexpr found<rule_index> find_rule(std::string_view id) const noexcept {
        return find_by_id<rule_index>(rules, id);
    }
    [[nodiscard]] constexpr found<source_index> find_source(std::string_view id) const noexcept {
        return find_by_id<source_index>(sources, id);
    }
    /// The company with this id; throws not_found (with the nearest ids) if none.
    [[nodiscard]] constexpr company_index company(std::string_view id) const { return find_company(id).value(); }
    /// The item with this id; throws not_found (with the nearest ids) if none.
    [[nodiscard]] constexpr item_index item(std::string_view id) const { return find_item(id).value(); }
    /// The rule with this id; throws not_found (with the nearest ids) if none.
    [[nodiscard]] constexpr rule_index rule(std::string_view id) const { return find_rule(id).value(); }
    /// The source with this id; throws not_found (with the nearest ids) if none.
    [[nodiscard]] constexpr source_index source(std::string_view id) const { return find_source(id).value(); }

    /// The offering in which `provider` provides `item` (the first by `since`), or none().
    [[nodiscard]] constexpr offering_index find_offering(company_index provider, item_index item) const noexcept {
        for (const offering_index o : offerings_of(item))
            if (offerings[o].provider == provider) return o;
        return offering_index::none();
    }

    // --- checked preconditions -------------------------------------------------
    /// Throws query_error unless i is a record of this graph (public entry
    /// points call these on every index they are given).
    constexpr void check(item_index i) const {
        if (!items.contains(i)) detail::index_is_not_a_record_of_this_graph("the item index");
    }
    constexpr void check(company_index i) const {
        if (!companies.contains(i)) detail::index_is_not_a_record_of_this_graph("the company index");
    }
    constexpr void check(offering_index i) const {
        if (!offerings.contains(i)) detail::index_is_not_a_record_of_this_graph("the offering index");
    }
    constexpr void check(rule_index i) const {
        if (!rules.contains(i)) detail::index_is_not_a_record_of_this_graph("the rule index");
    }
    /// A buyer: a company of the graph, or none() (any unrestricted buyer).
    constexpr void check_buyer(company_index b) const {
        if (!b.is_none()) check(b);
    }

    // --- neighbours ----------------------------------------------------------
    /// The offerings of item x.
    [[nodiscard]] constexpr index_range<offering_index> offerings_of(item_index x) const noexcept {
        return {item_offerings_begin[x.value()], item_offerings_begin[x.value() + 1]};
    }
    /// Requirements that every offering of item x has.
    [[nodiscard]] constexpr std::span<const requirement_record> requirements_of_item(item_index x) const noexcept {
        const auto b = item_requirements_begin[x.value()];
        return item_requirements.subspan(b, item_requirements_begin[x.value() + 1] - b);
    }
    /// Requirements specific to offering o (in addition to its item's).
    [[nodiscard]] constexpr std::span<const requirement_record> requirements_of_offering(offering_index o) const noexcept {
        const auto b = offering_requirements_begin[o.value()];
        return offering_requirements.subspan(b, offering_requirements_begin[o.value() + 1] - b);
    }
    /// The number of requirements of offering o (its item's and its own).
    [[nodiscard]] constexpr std::size_t requirement_count(offering_index o) const noexcept {
        return requirements_of_item(offerings[o].item).size() + requirements_of_offering(o).size();
    }
    /// Calls f(requirement_record) for every requirement of offering o: its
    /// item's requirements, then its own.
    template <class F>
    constexpr void for_each_requirement(offering_index o, F&& f) const {
        for (const auto& r : requirements_of_item(offerings[o].item)) f(r);
        for (const auto& r : requirements_of_offering(o)) f(r);
    }
    /// The capital inputs installed in offering o's line.
    [[nodiscard]] constexpr std::span<const installed_record> installed_of(offering_index o) const noexcept {
        const auto b = installed_begin[o.value()];
        return installed.subspan(b, installed_begin[o.value() + 1] - b);
    }
    /// Does an input installed in offering o's line by day t meet a capital
    /// requirement of `input`: the same item, or a variant of it? Installed
    /// inputs keep working whatever happens to their maker after delivery.
    [[nodiscard]] constexpr bool installed_covers(offering_index o, item_index input, day_number t) const noexcept {
        for (const auto& row : installed_of(o)) {
            if (!row.in_place_at(t)) continue;
            if (row.input == input) return true;
            for (const auto& v : variants)
                if (v.item == row.input && v.general == input) return true;
        }
        return false;
    }
    /// Offerings that require item y.
    [[nodiscard]] constexpr std::span<const offering_index> dependents_of(item_index y) const noexcept {
        const auto b = dependents_begin[y.value()];
        return dependents.subspan(b, dependents_begin[y.value() + 1] - b);
    }
    [[nodiscard]] constexpr std::span<const attribute_record> attributes_of(item_index x) const noexcept {
        return attributes.subspan(items[x].attributes_begin, items[x].attributes_end - items[x].attributes_begin);
    }
    [[nodiscard]] constexpr std::span<const company_index> targets_of(rule_index rule) const noexcept {
        return rule_targets.subspan(rules[rule].targets_begin, rules[rule].targets_end - rules[rule].targets_begin);
    }
    [[nodiscard]] constexpr std::span<const condition_record> conditions_of(rule_index rule) const noexcept {
        return conditions.subspan(rules[rule].conditions_begin, rules[rule].conditions_end - rules[rule].conditions_begin);
    }
    /// The numeric attribute `key` of item x, if it has one.
    [[nodiscard]] constexpr std::optional<double> number_attribute(item_index x, std::string_view key) const noexcept {
        for (const auto& a : attributes_of(x))
            if (a.key == key && a.is_number) return a.number;
        return std::nullopt;
    }
    /// The text attribute `key` of item x, if it has one.
    [[nodiscard]] constexpr std::optional<std::string_view> text_attribute(item_index x, std::string_view key) const noexcept {
        for (const auto& a : attributes_of(x))
            if (a.key == key && !a.is_number) return a.text;
        return std::nullopt;
    }
    /// Indices of the companies located in country c (a lazy range).
    [[nodiscard]] auto companies_in(country c) const {
        return companies.indices() |
               ranges::views::filter([cs = companies, c](company_index i) { return cs[i].location == c; });
    }
    /// Indices of the offerings of item x whose provider is located in country c.
    [[nodiscard]] auto offerings_from(item_index x, country c) const {
        return offerings_of(x) | ranges::views::filter([os = offerings, cs = companies, c](offering_index o) {
                   return cs[os[o].provider].location == c;
               });
    }
    /// The country a company is located in (nothing for a residual provider).
    [[nodiscard]] constexpr std::optional<country> location_of(company_index company) const noexcept {
        return companies[company].location;
    }
};

namespace detail {
/// A view on any storage of the graph's shape (vectors, std::arrays).
template <class Storage>
constexpr graph_view view_of(const graph_arrays<Storage>& s) noexcept {
    graph_view v;
    for_each_field(static_cast<graph_arrays<view_storage>&>(v), s, [](auto, auto& to, const auto& from) { to = from; });
    return v;
}
}  // namespace detail

}  // namespace semichain
