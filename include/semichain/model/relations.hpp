// Relations of a compile-time model: values typed on entity types. Each is an
// aggregate, so designated initialisers name its optional fields:
//
//     semichain::provides<tsmc, tsmc_n5, s004>{.share = semichain::share{0.9}, .since = 2020y / 4 / 1}
//     semichain::requires_<kirin_9000s, smic_n_plus_2>{.weight = semichain::weight{0.4}}
//
// A wrong combination (a company where an item belongs, swapped arguments)
// stops at a static_assert worded for the relation.
#pragma once

#include <semichain/core/control.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/model/detail/entity_checks.hpp>

#include <concepts>
#include <cstdint>
#include <optional>
#include <type_traits>

namespace semichain {

namespace detail {
enum class relation_kind : std::uint8_t { provides, requires_item, requires_offering, owns, invests, variant_of, listed };

/// An entity type, or no_source, as a relation's type argument.
template <class T>
concept EntityOrNoSource = std::same_as<T, no_source> || EntityType<T>;

/// The entity types a relation refers to, its source included.
template <class Src, class... Ts>
using references_with = std::conditional_t<std::is_same_v<Src, no_source>, type_list<Ts...>, type_list<Ts..., Src>>;

template <class Src>
consteval bool check_relation_source() {
    if constexpr (!std::is_same_v<Src, no_source>) {
        static_assert(std::derived_from<Src, source>,
                      "a relation's last type argument, if given, must be a source (a type deriving from "
                      "semichain::source)");
        return entity_checked<Src>;
    }
    return true;
}
}  // namespace detail

/// `Provider` provides `Item`: an offering. `share` is the provider's
/// fraction of the item's global market; the offering runs over [since, until).
template <detail::EntityType Provider, detail::EntityType Offered, detail::EntityOrNoSource Src = no_source>
struct provides {
    static_assert(std::derived_from<Provider, company> && std::derived_from<Offered, item>,
                  "provides<Provider, Item>: the provider must be a company and the item an item (are the two "
                  "arguments swapped?)");
    static_assert(detail::entity_checked<Provider> && detail::entity_checked<Offered> &&
                  detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::provides;
    using provider_type = Provider;
    using item_type = Offered;
    using source_type = Src;
    using references = detail::references_with<Src, Provider, Offered>;

    std::optional<semichain::share> share{};
    std::optional<date> since{}, until{};
    status certainty = status::unspecified;
};

/// Making `Item` needs `Input`, for every offering of the item. `weight` is
/// the input's fraction of the item's value; `capital` marks equipment
/// (checked at the date an offering began).
template <detail::EntityType Made, detail::EntityType Input, detail::EntityOrNoSource Src = no_source>
struct requires_ {
    static_assert(std::derived_from<Made, item>, "requires_<Item, Input>: the first argument must be an item");
    static_assert(std::derived_from<Input, item>,
                  "requires_<Item, Input>: the input must be an item (a company provides items; it is not an input)");
    static_assert(!std::is_same_v<Made, Input>, "requires_<Item, Input>: an item cannot require itself");
    static_assert(detail::entity_checked<Made> && detail::entity_checked<Input> && detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::requires_item;
    using item_type = Made;
    using input_type = Input;
    using source_type = Src;
    using references = detail::references_with<Src, Made, Input>;

    std::optional<semichain::weight> weight{};
    bool capital = false;
    status certainty = status::unspecified;
};

/// `Provider`'s offering of `Item` needs `Input` (a provider-specific recipe:
/// ASML's scanner needs Zeiss optics). The model must have a
/// `provides<Provider, Item>`.
template <detail::EntityType Provider, detail::EntityType Made, detail::EntityType Input,
          detail::EntityOrNoSource Src = no_source>
struct offering_requires {
    static_assert(std::derived_from<Provider, company> && std::derived_from<Made, item> && std::derived_from<Input, item>,
                  "offering_requires<Provider, Item, Input>: the provider must be a company, the item and the input "
                  "items");
    static_assert(!std::is_same_v<Made, Input>, "offering_requires<Provider, Item, Input>: an item cannot require itself");
    static_assert(detail::entity_checked<Provider> && detail::entity_checked<Made> && detail::entity_checked<Input> &&
                  detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::requires_offering;
    using provider_type = Provider;
    using item_type = Made;
    using input_type = Input;
    using source_type = Src;
    using references = detail::references_with<Src, Provider, Made, Input>;

    std::optional<semichain::weight> weight{};
    bool capital = false;
    status certainty = status::unspecified;
};

/// `Parent` owns `Subsidiary`.
template <detail::EntityType Parent, detail::EntityType Subsidiary, detail::EntityOrNoSource Src = no_source>
struct owns {
    static_assert(std::derived_from<Parent, company> && std::derived_from<Subsidiary, company>,
                  "owns<Parent, Company>: both arguments must be companies");
    static_assert(!std::is_same_v<Parent, Subsidiary>, "owns<Parent, Company>: a company cannot own itself");
    static_assert(detail::entity_checked<Parent> && detail::entity_checked<Subsidiary> &&
                  detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::owns;
    using parent_type = Parent;
    using company_type = Subsidiary;
    using source_type = Src;
    using references = detail::references_with<Src, Parent, Subsidiary>;

    status certainty = status::unspecified;
};

/// `Investor` invests in `Company` on a date, for a stake (a fraction of the company).
template <detail::EntityType Investor, detail::EntityType Invested, detail::EntityOrNoSource Src = no_source>
struct invests {
    static_assert(std::derived_from<Investor, company> && std::derived_from<Invested, company>,
                  "invests<Investor, Company>: both arguments must be companies");
    static_assert(detail::entity_checked<Investor> && detail::entity_checked<Invested> &&
                  detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::invests;
    using investor_type = Investor;
    using company_type = Invested;
    using source_type = Src;
    using references = detail::references_with<Src, Investor, Invested>;

    std::optional<date> on{};
    std::optional<semichain::share> stake{};
    status certainty = status::unspecified;
};

/// `Item` is a type (a variant) of the more general item `General`
/// ("ArF immersion scanner" is a type of "lithography tools").
template <detail::EntityType Variant, detail::EntityType General, detail::EntityOrNoSource Src = no_source>
struct variant_of {
    static_assert(std::derived_from<Variant, item> && std::derived_from<General, item>,
                  "variant_of<Item, General>: both arguments must be items");
    static_assert(!std::is_same_v<Variant, General>, "variant_of<Item, General>: an item is not a variant of itself");
    static_assert(detail::entity_checked<Variant> && detail::entity_checked<General> &&
                  detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::variant_of;
    using item_type = Variant;
    using general_type = General;
    using source_type = Src;
    using references = detail::references_with<Src, Variant, General>;

    status certainty = status::unspecified;
};

/// Adds `Company` to the targets of the entity listing `Rule`.
template <detail::EntityType Rule, detail::EntityType Listed>
struct listed {
    static_assert(std::derived_from<Rule, entity_listing> && std::derived_from<Listed, company>,
                  "listed<Rule, Company>: the rule must be an entity listing and the target a company");
    static_assert(detail::entity_checked<Rule> && detail::entity_checked<Listed>);
    static constexpr detail::relation_kind relation = detail::relation_kind::listed;
    using rule_type = Rule;
    using company_type = Listed;
    using source_type = no_source;
    using references = type_list<Rule, Listed>;
};

/// Any relation type: provides, requires_, offering_requires, owns, invests,
/// variant_of or listed.
template <class R>
concept Relation = requires {
    { R::relation } -> std::convertible_to<detail::relation_kind>;
    typename R::references;
};

}  // namespace semichain
