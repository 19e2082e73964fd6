// A compile-time model: the list of its entity types and the types of its
// relations, checked when it is made, and its relations as plain values.
//
//     inline constexpr auto tour = semichain::make_model(
//         semichain::entities<a, b, m, wafer, chip>,
//         semichain::provides<a, wafer>{.share = semichain::share{0.6}},
//         semichain::requires_<chip, wafer>{.weight = semichain::weight{0.3}});
#pragma once

#include <semichain/core/entity.hpp>
#include <semichain/model/detail/entity_checks.hpp>
#include <semichain/model/detail/model_checks.hpp>
#include <semichain/model/detail/pack.hpp>
#include <semichain/model/detail/relation_value.hpp>
#include <semichain/model/errors.hpp>
#include <semichain/model/relations.hpp>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <type_traits>

namespace semichain {

/// The entity types of a model; each is checked once, with a message that
/// names its missing member.
template <class... Es>
struct entity_list {
    static_assert(detail::all_of({detail::entity_checked<Es>...}));
    static constexpr std::size_t size = sizeof...(Es);
};

/// `entities<a, b, wafer>`: the first argument of make_model.
template <class... Es>
inline constexpr entity_list<Es...> entities{};

template <class Entities, class... Rs>
struct model;

/// A model: entity types, and relations as values. Make one with make_model.
template <class... Es, class... Rs>
struct model<entity_list<Es...>, Rs...> {
    using entity_types = type_list<Es...>;
    using relation_types = type_list<Rs...>;
    /// The relations in the order given, as values.
    std::array<detail::relation_value, sizeof...(Rs)> relations;
};

namespace detail {
template <class M>
inline constexpr bool is_model = false;
template <class... Es, class... Rs>
inline constexpr bool is_model<model<entity_list<Es...>, Rs...>> = true;

template <class L>
inline constexpr bool is_entity_list = false;
template <class... Es>
inline constexpr bool is_entity_list<entity_list<Es...>> = true;

template <class R>
consteval bool check_relation_argument() {
    static_assert(Relation<R>, "make_model(entities<...>, relations...): every argument after the entity list must be a "
                               "relation, such as provides<Provider, Item>{...} or requires_<Item, Input>{...}");
    return Relation<R>;
}

/// Checks a relation's values that need nothing else: since before until.
template <class R>
constexpr void check_relation_values(const R& r) {
    if constexpr (R::relation == relation_kind::provides) {
        const day_number since = r.since ? to_day_number(*r.since) : since_always;
        const day_number until = r.until ? to_day_number(*r.until) : until_forever;
        if (r.since && r.until && !(since < until)) model_error::since_must_be_before_until();
    } else if constexpr (R::relation == relation_kind::invests) {
        if (r.on) (void)to_day_number(*r.on);
    } else if constexpr (R::relation == relation_kind::licence) {
        if (r.granted && r.revoked && !(to_day_number(*r.granted) < to_day_number(*r.revoked)))
            model_error::since_must_be_before_until();
    }
}
}  // namespace detail

/// A model type.
template <class M>
concept Model = detail::is_model<std::remove_cvref_t<M>>;

/// Makes a model from its entity list and its relations. Stops compilation
/// with a message naming the rule broken (and the type, where one is to
/// blame); value-level rules that need the whole model (weights of one
/// offering above 1) are checked when the model is lowered.
template <class... Es, class... Rs>
constexpr auto make_model(entity_list<Es...>, const Rs&... relations) {
    if constexpr (!detail::all_of({Relation<Rs>...})) {
        (void)detail::all_of({detail::check_relation_argument<Rs>()...});  // names the culprit
    } else {
        static_assert(detail::check_model(type_list<Es...>{}, type_list<Rs...>{}));
        (void)std::initializer_list<int>{(detail::check_relation_values(relations), 0)...};
        return model<entity_list<Es...>, Rs...>{{detail::to_relation_value(relations)...}};
    }
}

/// The first argument of make_model is the entity list, `entities<...>`.
template <class First, class... Rest>
    requires(!detail::is_entity_list<First>)
constexpr auto make_model(const First&, const Rest&...) = delete;

}  // namespace semichain
