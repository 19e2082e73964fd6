// The records a graph is made of: one plain struct per entity or relation,
// referring to each other by typed dense index (core/index.hpp).
#pragma once

#include <semichain/core/bloc.hpp>
#include <semichain/core/category.hpp>
#include <semichain/core/country.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/detail/enum_names.hpp>
#include <semichain/core/index.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/role.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace semichain {

/// An unknown share or weight.
inline constexpr double unknown_fraction = -1.0;

/// Where a fact comes from: a source index and how settled the fact is.
struct provenance {
    source_index source{};  ///< none() when unsourced
    status certainty = status::unspecified;
    friend constexpr bool operator==(const provenance&, const provenance&) = default;
};

struct source_record {
    std::string_view id, title, publisher;
    day_number published = since_always;  ///< since_always when unknown
    std::string_view url;

    friend constexpr bool operator==(const source_record&, const source_record&) = default;
};

/// A company, or a country-level provider (role aggregate) standing for the
/// companies of its country. An aggregate without a location is a residual
/// provider ("Various countries"): it is no country and is left out of
/// country figures.
struct company_record {
    std::string_view id, name;
    std::optional<country> location;
    role_set roles;
    company_index parent{};  ///< none() without a parent
    provenance origin;

    [[nodiscard]] constexpr bool is_aggregate() const noexcept { return roles.contains(role::aggregate); }
    [[nodiscard]] constexpr bool is_residual() const noexcept { return is_aggregate() && !location; }

    friend constexpr bool operator==(const company_record&, const company_record&) = default;
};

/// One attribute of an item: a number ("node_nm": 7) or a text
/// ("lithography": "duv_immersion").
struct attribute_record {
    std::string_view key;
    bool is_number = false;
    double number = 0.0;
    std::string_view text;

    friend constexpr bool operator==(const attribute_record&, const attribute_record&) = default;
};

struct item_record {
    std::string_view id, name;
    semichain::category kind = category::other;
    index_value attributes_begin = 0, attributes_end = 0;  ///< positions in graph_view::attributes
    provenance origin;

    friend constexpr bool operator==(const item_record&, const item_record&) = default;
};

/// An offering: `provider` provides `item`, with a share of its market, in
/// the half-open period [since, until).
struct offering_record {
    company_index provider{};
    item_index item{};
    double share = unknown_fraction;  ///< in [0, 1], or unknown_fraction
    day_number since = since_always;
    day_number until = until_forever;
    provenance origin;

    [[nodiscard]] constexpr bool has_share() const noexcept { return share >= 0.0; }
    [[nodiscard]] constexpr bool valid_at(day_number t) const noexcept { return since <= t && t < until; }

    friend constexpr bool operator==(const offering_record&, const offering_record&) = default;
};

/// A requirement: making the item (or one offering of it) needs `input`.
struct requirement_record {
    item_index input{};
    double weight = unknown_fraction;  ///< input's share of the item's value, or unknown_fraction
    bool capital = false;              ///< equipment: checked at the offering's `since`
    provenance origin;

    [[nodiscard]] constexpr bool has_weight() const noexcept { return weight >= 0.0; }

    friend constexpr bool operator==(const requirement_record&, const requirement_record&) = default;
};

struct ownership_record {
    company_index parent{}, company{};
    provenance origin;

    friend constexpr bool operator==(const ownership_record&, const ownership_record&) = default;
};

struct investment_record {
    company_index investor{}, company{};
    day_number date = since_always;  ///< since_always when unknown
    double stake = unknown_fraction;
    provenance origin;

    friend constexpr bool operator==(const investment_record&, const investment_record&) = default;
};

/// `item` is a type (a variant) of the more general item `general`
/// (ETO's is_type_of: "ArF immersion scanner" is a type of "Lithography tools").
struct variant_record {
    item_index item{}, general{};
    provenance origin;

    friend constexpr bool operator==(const variant_record&, const variant_record&) = default;
};

/// The kinds of control rule.
enum class rule_kind : std::uint8_t {
    entity_listing,  ///< listed companies may not receive items from providers under the authority
    threshold,       ///< items crossing a technology threshold may not go to buyers in some countries
};
/// How far a rule reaches.
enum class rule_scope : std::uint8_t {
    origin,                  ///< providers located in the authority's country
    foreign_direct_product,  ///< also providers whose offering cannot be made without that country
    de_minimis,              ///< also providers whose offering has any input from that country in its chain
};

namespace detail {
inline constexpr enum_names<rule_kind, 2> rule_kind_names{{"entity_listing", "threshold"}};
inline constexpr enum_names<rule_scope, 3> rule_scope_names{{"origin", "foreign_direct_product", "de_minimis"}};
}  // namespace detail
constexpr std::string_view to_string(rule_kind k) noexcept { return detail::rule_kind_names.name(k); }
constexpr std::string_view to_string(rule_scope s) noexcept { return detail::rule_scope_names.name(s); }
constexpr std::optional<rule_kind> parse_rule_kind(std::string_view s) noexcept { return detail::rule_kind_names.parse(s); }
constexpr std::optional<rule_scope> parse_rule_scope(std::string_view s) noexcept {
    return detail::rule_scope_names.parse(s);
}

/// How a threshold condition compares an item's attribute.
enum class condition_op : std::uint8_t {
    equals,    ///< text or number equal to the value
    at_most,   ///< number ≤ value ("max")
    at_least,  ///< number ≥ value ("min")
};

/// One attribute condition of a threshold rule: `node_nm` at most 16.
/// An item without the attribute does not meet the condition.
struct condition_record {
    std::string_view key;
    condition_op op = condition_op::equals;
    bool is_number = false;
    double number = 0.0;
    std::string_view text;

    friend constexpr bool operator==(const condition_record&, const condition_record&) = default;
};

struct rule_record {
    std::string_view id, name;
    rule_kind kind = rule_kind::entity_listing;
    std::optional<country> authority;
    day_number effective = since_always;
    rule_scope scope = rule_scope::origin;
    /// entity listing: the listed companies (positions in rule_targets)
    index_value targets_begin = 0, targets_end = 0;
    /// threshold: buyers located in these countries are affected
    bloc buyer_countries;
    /// threshold: the item category the rule matches, if any
    std::optional<category> match_category;
    /// threshold: attribute conditions (positions in conditions), all must hold
    index_value conditions_begin = 0, conditions_end = 0;
    provenance origin;

    [[nodiscard]] constexpr bool in_force_at(day_number t) const noexcept { return effective <= t; }

    friend constexpr bool operator==(const rule_record&, const rule_record&) = default;
};

}  // namespace semichain
