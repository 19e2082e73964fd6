// Control rules as types: entity listings and technology thresholds, the
// helpers that state a threshold's conditions, and the concepts that check a
// rule's members.
//
//     struct us_entity_list_huawei final : semichain::entity_listing {
//         static constexpr std::string_view id = "us_entity_list_huawei", name = "US Entity List: Huawei";
//         static constexpr semichain::country authority = semichain::countries::USA;
//         static constexpr semichain::date effective = std::chrono::year{2019} / 5 / 16;
//         using targets = semichain::type_list<huawei, hisilicon>;
//     };
#pragma once

#include <optional>

#include <semichain/core/bloc.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/records.hpp>

#include <concepts>
#include <cstddef>
#include <string_view>

namespace semichain {

// --- condition helpers ---------------------------------------------------------

/// The text attribute `key` equals `value`: `equals("tool_class", "duv_immersion_scanner")`.
constexpr condition_record equals(std::string_view key, std::string_view value) noexcept {
    return condition_record{key, condition_op::equals, false, 0.0, value};
}
/// The numeric attribute `key` equals `value`.
constexpr condition_record equals(std::string_view key, double value) noexcept {
    return condition_record{key, condition_op::equals, true, value, {}};
}
/// The numeric attribute `key` is at most `value`: `at_most("node_nm", 16)`.
constexpr condition_record at_most(std::string_view key, double value) noexcept {
    return condition_record{key, condition_op::at_most, true, value, {}};
}
/// The numeric attribute `key` is at least `value`: `at_least("layers", 128)`.
constexpr condition_record at_least(std::string_view key, double value) noexcept {
    return condition_record{key, condition_op::at_least, true, value, {}};
}

/// A licence policy for the items of a category (if given) that meet one
/// condition (if given): a rule type's per-item policies are
/// `static constexpr std::array policies{item_policy{…}, …};`, read in order;
/// its `policy` applies to the items none matches.
struct item_policy {
    std::optional<category> match{};
    std::optional<condition_record> condition{};
    licence_policy policy = licence_policy::presumption_of_denial;
};

// --- member concepts -------------------------------------------------------------

namespace detail {
template <class T>
concept HasAuthority = requires {
    { T::authority } -> std::convertible_to<country>;
};
template <class T>
concept HasEffective = requires {
    { T::effective } -> std::convertible_to<date>;
};
template <class T>
concept OptionalScope = !requires { T::scope; } || requires {
    { T::scope } -> std::convertible_to<rule_scope>;
};
template <class T>
concept OptionalDates = (!requires { T::announced; } || requires {
    { T::announced } -> std::convertible_to<date>;
}) && (!requires { T::savings_until; } || requires {
    { T::savings_until } -> std::convertible_to<date>;
});
template <class T>
concept OptionalPolicy = (!requires { T::policy; } || requires {
    { T::policy } -> std::convertible_to<licence_policy>;
}) && (!requires { T::policies; } || requires {
    { T::policies.size() } -> std::convertible_to<std::size_t>;
    { T::policies[0] } -> std::convertible_to<item_policy>;
});
template <class T>
concept HasBuyerCountries = requires {
    { T::buyer_countries } -> std::convertible_to<bloc>;
};
template <class T>
concept OptionalMatch = !requires { T::match; } || requires {
    { T::match } -> std::convertible_to<category>;
};
template <class T>
concept OptionalConditions = !requires { T::conditions; } || requires {
    { T::conditions.size() } -> std::convertible_to<std::size_t>;
    { T::conditions[0] } -> std::convertible_to<condition_record>;
};

template <class L>
inline constexpr bool is_type_list = false;
template <class... Ts>
inline constexpr bool is_type_list<type_list<Ts...>> = true;

template <class T>
concept OptionalTargets = !requires { typename T::targets; } || is_type_list<typename T::targets>;
}  // namespace detail

// --- public concepts -------------------------------------------------------------

/// A control rule type of either kind: `id`, `name`, `authority` (country),
/// `effective` (date); optional `scope` (rule_scope, default origin),
/// `announced` and `savings_until` (dates), `policy` (licence_policy, default
/// presumption of denial) and `policies` (per-item item_policy entries).
template <class T>
concept ControlRule = detail::NamedEntity<T> && std::derived_from<T, control_rule> && detail::HasAuthority<T> &&
                      detail::HasEffective<T> && detail::OptionalScope<T> && detail::OptionalDates<T> &&
                      detail::OptionalPolicy<T>;

/// An entity listing: a control rule with optional
/// `using targets = type_list<company...>;` (more targets may come from
/// `listed<rule, company>` relations).
template <class T>
concept EntityListing = ControlRule<T> && std::derived_from<T, entity_listing> && detail::OptionalTargets<T>;

/// A technology threshold: a control rule with `buyer_countries` (bloc) and
/// optional `match` (category) and `conditions` (an array of condition_record).
template <class T>
concept ThresholdRule = ControlRule<T> && std::derived_from<T, threshold_rule> && detail::HasBuyerCountries<T> &&
                        detail::OptionalMatch<T> && detail::OptionalConditions<T>;

/// The scope of a rule type (origin unless it says otherwise).
template <ControlRule T>
constexpr rule_scope scope_of() noexcept {
    if constexpr (requires { T::scope; }) return T::scope;
    else return rule_scope::origin;
}

}  // namespace semichain
