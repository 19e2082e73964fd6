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
/// the half-open period [since, until). `line` tells apart several offerings
/// of one item by one provider (SMIC's Non-A 40 nm line beside its other
/// 40 nm line); empty for the provider's only line.
struct offering_record {
    company_index provider{};
    item_index item{};
    std::string_view line{};
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
/// How far a rule reaches (DESIGN.md §5).
enum class rule_scope : std::uint8_t {
    origin,                  ///< providers located in the authority's country
    direct_product,          ///< also offerings that are direct products of its technology, as the
                             ///< foreign-direct-product rules read: a design input of its origin, or a
                             ///< line whose installed capital inputs are of its origin or are such
                             ///< direct products themselves
    cannot_be_made_without,  ///< also offerings that could not be made with every provider located there gone
    de_minimis,              ///< also providers whose offering has any input from that country in its chain
};

/// How a rule's licences are reviewed.
enum class licence_policy : std::uint8_t {
    presumption_of_denial,  ///< licences are denied: the rule blocks
    case_by_case,           ///< reviewed one by one: the rule does not block, a licence is required
    approval,               ///< a policy of approval: the rule does not block, a licence is required
};

/// How a scenario decides licences.
enum class licence_mode : std::uint8_t {
    presumed,     ///< as each rule's policy reads, with the known grants and revocations
    all_denied,   ///< every licence a rule requires is denied
    all_granted,  ///< every licence a rule requires is granted
};

/// Which reading of the rules a scenario takes.
enum class enforcement_mode : std::uint8_t {
    rules,     ///< availability under the rules as written (legal reach)
    observed,  ///< an offering observed in production is not blocked from its observation date on
};

namespace detail {
inline constexpr enum_names<rule_kind, 2> rule_kind_names{{"entity_listing", "threshold"}};
inline constexpr enum_names<licence_policy, 3> licence_policy_names{{"presumption_of_denial", "case_by_case", "approval"}};
inline constexpr enum_names<licence_mode, 3> licence_mode_names{{"presumed", "all_denied", "all_granted"}};
inline constexpr enum_names<enforcement_mode, 2> enforcement_mode_names{{"rules", "observed"}};
inline constexpr enum_names<rule_scope, 4> rule_scope_names{
    {"origin", "direct_product", "cannot_be_made_without", "de_minimis"}};
}  // namespace detail
constexpr std::string_view to_string(rule_kind k) noexcept { return detail::rule_kind_names.name(k); }
constexpr std::string_view to_string(rule_scope s) noexcept { return detail::rule_scope_names.name(s); }
constexpr std::optional<rule_kind> parse_rule_kind(std::string_view s) noexcept { return detail::rule_kind_names.parse(s); }
constexpr std::optional<rule_scope> parse_rule_scope(std::string_view s) noexcept {
    return detail::rule_scope_names.parse(s);
}
constexpr std::string_view to_string(licence_policy p) noexcept { return detail::licence_policy_names.name(p); }
constexpr std::optional<licence_policy> parse_licence_policy(std::string_view s) noexcept {
    return detail::licence_policy_names.parse(s);
}
constexpr std::string_view to_string(licence_mode m) noexcept { return detail::licence_mode_names.name(m); }
constexpr std::optional<licence_mode> parse_licence_mode(std::string_view s) noexcept {
    return detail::licence_mode_names.parse(s);
}
constexpr std::string_view to_string(enforcement_mode m) noexcept { return detail::enforcement_mode_names.name(m); }
constexpr std::optional<enforcement_mode> parse_enforcement_mode(std::string_view s) noexcept {
    return detail::enforcement_mode_names.parse(s);
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

/// A licence policy that applies to the items meeting a category and
/// attribute conditions (positions in conditions); a rule's policies are read
/// in order, and its `policy` applies to items no entry matches.
struct policy_record {
    std::optional<category> match_category;
    index_value conditions_begin = 0, conditions_end = 0;
    licence_policy policy = licence_policy::presumption_of_denial;

    friend constexpr bool operator==(const policy_record&, const policy_record&) = default;
};

struct rule_record {
    std::string_view id, name;
    rule_kind kind = rule_kind::entity_listing;
    std::optional<country> authority;
    day_number announced = since_always;      ///< since_always when not given
    day_number effective = since_always;
    day_number savings_until = since_always;  ///< end of a savings clause; since_always when none
    rule_scope scope = rule_scope::origin;
    licence_policy policy = licence_policy::presumption_of_denial;  ///< for items no policy entry matches
    /// per-item policies (positions in rule_policies), read in order
    index_value policies_begin = 0, policies_end = 0;
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

/// A capital input a line has installed: `maker`'s `input` in the line of
/// `offering`, since a date. Installed inputs keep working whatever happens
/// to their maker after delivery (DESIGN.md §5).
struct installed_record {
    item_index input{};
    company_index maker{};
    day_number since = since_always;  ///< since_always when unknown
    provenance origin;

    [[nodiscard]] constexpr bool in_place_at(day_number t) const noexcept { return since <= t; }
    friend constexpr bool operator==(const installed_record&, const installed_record&) = default;
};

/// A source saw `offering` in production for `buyer` (none(): any buyer)
/// from `date` on.
struct observation_record {
    offering_index offering{};
    company_index buyer{};
    day_number date = since_always;
    provenance origin;

    friend constexpr bool operator==(const observation_record&, const observation_record&) = default;
};

/// A dated exception to a rule's policy: the licence is granted from
/// `granted` (since_always: not a grant) until `revoked` (until_forever: not
/// revoked); a row with only `revoked` denies from then on. Each of buyer,
/// provider and item narrows it (none(): any).
struct licence_record {
    rule_index rule{};
    company_index buyer{}, provider{};
    item_index item{};
    day_number granted = since_always;
    day_number revoked = until_forever;
    provenance origin;

    [[nodiscard]] constexpr bool is_grant() const noexcept { return granted != since_always; }
    friend constexpr bool operator==(const licence_record&, const licence_record&) = default;
};

/// `company` placed staff or task forces at `assisted` from `since` (shown
/// in reports; no effect on any computation).
struct assist_record {
    company_index company{}, assisted{};
    day_number since = since_always;
    provenance origin;

    friend constexpr bool operator==(const assist_record&, const assist_record&) = default;
};

}  // namespace semichain
