// Worded checks of one entity type, run once per type when it enters a model
// or a relation. Each static_assert names the member that is missing or
// wrong; the compiler's notes then name the type ("in instantiation of
// check_entity<smic>") and the failing requirement.
#pragma once

#include <semichain/core/control.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/model/detail/pack.hpp>

#include <concepts>
#include <type_traits>

namespace semichain::detail {

template <class T>
inline constexpr bool dependent_false = false;

template <class Rule, class Target>
consteval bool check_listing_target() {
    static_assert(std::derived_from<Target, company>,
                  "an entity listing's targets must be companies (type_list<company...>); an item cannot be listed");
    return true;
}

template <class Rule, class... Targets>
consteval bool check_listing_targets(type_list<Targets...>) {
    return all_of({check_listing_target<Rule, Targets>()...});
}

template <class T>
consteval bool check_item() {
    static_assert(requires { T::item_category; },
                  "an item must derive from an item kind: semichain::process_node, packaging_technology, tool, "
                  "material, software, ip_block, chip, device, service or other_item");
    static_assert(OptionalAttributes<T>,
                  "an item's `attributes` must be a std::array of semichain::number_attribute(...) / "
                  "text_attribute(...) values");
    if constexpr (std::derived_from<T, process_node>) {
        static_assert(HasFoundry<T>, "a process node needs `using foundry = <a company type>;`");
        if constexpr (HasFoundry<T>)
            static_assert(std::derived_from<typename T::foundry, company>, "a process node's foundry must be a company");
        static_assert(HasNode<T>, "a process node needs `static constexpr semichain::nanometers node` (such as 7_nm)");
        static_assert(HasLitho<T>, "a process node needs `static constexpr semichain::lithography litho`");
        static_assert(OptionalFirstVolume<T>, "a process node's `first_volume` must be a std::chrono::year");
    } else if constexpr (std::derived_from<T, packaging_technology>) {
        static_assert(HasFamily<T>, "a packaging technology needs `static constexpr semichain::packaging_family family`");
        if constexpr (requires { typename T::provider; })
            static_assert(std::derived_from<typename T::provider, company>,
                          "a packaging technology's `provider` must be a company");
    } else if constexpr (std::derived_from<T, tool>) {
        static_assert(HasKlass<T>, "a tool needs `static constexpr semichain::tool_class klass`");
    } else if constexpr (std::derived_from<T, chip>) {
        static_assert(OptionalTransistors<T>, "a chip's `transistors` must be a semichain::transistor_count");
    }
    return true;
}

template <class T>
consteval bool check_rule() {
    static_assert(std::derived_from<T, entity_listing> || std::derived_from<T, threshold_rule>,
                  "a control rule must derive from semichain::entity_listing or semichain::threshold_rule");
    static_assert(HasAuthority<T>, "a control rule needs `static constexpr semichain::country authority`");
    static_assert(HasEffective<T>, "a control rule needs `static constexpr semichain::date effective`");
    static_assert(OptionalScope<T>, "a control rule's `scope` must be a semichain::rule_scope");
    if constexpr (std::derived_from<T, entity_listing>) {
        static_assert(OptionalTargets<T>, "an entity listing's `targets` must be a semichain::type_list<company...>");
        if constexpr (requires { typename T::targets; } && OptionalTargets<T>)
            return check_listing_targets<T>(typename T::targets{});
    } else if constexpr (std::derived_from<T, threshold_rule>) {
        static_assert(HasBuyerCountries<T>, "a threshold rule needs `static constexpr semichain::bloc buyer_countries`");
        static_assert(OptionalMatch<T>, "a threshold rule's `match` must be a semichain::category");
        static_assert(OptionalConditions<T>,
                      "a threshold rule's `conditions` must be a std::array of semichain::equals / at_most / "
                      "at_least values");
    }
    return true;
}

/// Checks every member of entity type T; true, or a compile error that names
/// the member.
template <class T>
consteval bool check_entity() {
    static_assert(EntityType<T>,
                  "an entity must be a struct deriving from semichain::company, an item kind (process_node, tool, "
                  "material, chip, ...), semichain::source, semichain::entity_listing or semichain::threshold_rule");
    if constexpr (EntityType<T>) {
        static_assert(HasId<T>, "an entity needs `static constexpr std::string_view id`");
        if constexpr (std::derived_from<T, source>) {
            static_assert(HasTitle<T>, "a source needs `static constexpr std::string_view title`");
            static_assert(OptionalPublisher<T>, "a source's `publisher` must be a std::string_view");
            static_assert(OptionalUrl<T>, "a source's `url` must be a std::string_view");
            static_assert(OptionalPublished<T>, "a source's `published` must be a semichain::date");
        } else {
            static_assert(HasName<T>, "an entity needs `static constexpr std::string_view name`");
            static_assert(OptionalSource<T>, "an entity's `using source = ...;` must name a semichain::source type");
            static_assert(OptionalCertainty<T>, "an entity's `certainty` must be a semichain::status");
        }
        if constexpr (std::derived_from<T, company>) {
            static_assert(HasHeadquarters<T>, "a company needs `static constexpr semichain::country headquarters`");
            static_assert(OptionalRoles<T>, "a company's `roles` must be a semichain::role_set");
            if constexpr (requires { typename T::parent; })
                static_assert(std::derived_from<typename T::parent, company>, "a company's `parent` must be a company");
        } else if constexpr (std::derived_from<T, item>) {
            return check_item<T>();
        } else if constexpr (std::derived_from<T, control_rule>) {
            return check_rule<T>();
        }
    }
    return true;
}

/// check_entity<T>(), evaluated once per type.
template <class T>
inline constexpr bool entity_checked = check_entity<T>();

}  // namespace semichain::detail
