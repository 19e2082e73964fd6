// Type-level checks of a whole model, linear in its size: every entity a
// relation or entity refers to is in the entity list, no type is listed
// twice, ids are unique per kind, and every offering-level requirement has
// its offering. Ids are collected into constexpr arrays once and checked as
// values; membership is one is_base_of query against a type that inherits
// from a tag of every entity. No Hana map, no nested recursion.
#pragma once

#include <semichain/core/control.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/model/detail/entity_checks.hpp>
#include <semichain/model/detail/pack.hpp>
#include <semichain/model/errors.hpp>
#include <semichain/model/relations.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace semichain::detail {

// --- the entity types an entity refers to ------------------------------------------

template <class... Ls>
struct concat_lists;
template <class... As>
struct concat_lists<type_list<As...>> {
    using type = type_list<As...>;
};
template <class... As, class... Bs, class... Rest>
struct concat_lists<type_list<As...>, type_list<Bs...>, Rest...> : concat_lists<type_list<As..., Bs...>, Rest...> {};

template <class T, class = void>
struct member_parent {
    using type = type_list<>;
};
template <class T>
struct member_parent<T, std::void_t<typename T::parent>> {
    using type = type_list<typename T::parent>;
};
template <class T, class = void>
struct member_source {
    using type = type_list<>;
};
template <class T>  // a source's own `source` is its base, semichain::source
    requires(!std::derived_from<T, source>)
struct member_source<T, std::void_t<typename T::source>> {
    using type = type_list<typename T::source>;
};
template <class T, class = void>
struct member_foundry {
    using type = type_list<>;
};
template <class T>
struct member_foundry<T, std::void_t<typename T::foundry>> {
    using type = type_list<typename T::foundry>;
};
template <class T, class = void>
struct member_provider {
    using type = type_list<>;
};
template <class T>
struct member_provider<T, std::void_t<typename T::provider>> {
    using type = type_list<typename T::provider>;
};
template <class T, class = void>
struct member_targets {
    using type = type_list<>;
};
template <class T>
struct member_targets<T, std::void_t<typename T::targets>> {
    using type = typename T::targets;
};

/// The entity types entity T names: parent, foundry, provider, targets, source.
template <class T>
using entity_references = typename concat_lists<typename member_parent<T>::type, typename member_foundry<T>::type,
                                                typename member_provider<T>::type, typename member_targets<T>::type,
                                                typename member_source<T>::type>::type;

// --- membership and positions ---------------------------------------------------------

template <class T, std::size_t I>
struct type_tag {};
template <class Seq, class... Ts>
struct type_set_impl;
template <std::size_t... Is, class... Ts>
struct type_set_impl<std::index_sequence<Is...>, Ts...> : type_tag<Ts, Is>... {};
/// Inherits from type_tag<T, I> for the entity T at position I of a model
/// (the entities must be distinct). Finding T's position is one template
/// argument deduction against these bases, not a search through a type list.
template <class... Ts>
using type_set = type_set_impl<std::index_sequence_for<Ts...>, Ts...>;

template <class T, std::size_t I>
constexpr std::size_t position_in(const type_tag<T, I>*) noexcept {
    return I;
}
/// T is one of Set's entities.
template <class Set, class T>
concept InSet = requires(const Set* s) { position_in<T>(s); };
/// The position of entity T in Set.
template <class Set, class T>
inline constexpr std::size_t position_of = position_in<T>(static_cast<const Set*>(nullptr));

template <class T, bool InModel>
consteval bool check_in_model() {
    if constexpr (!InModel) {
        (void)sizeof(model_error::entity_is_not_in_the_models_entity_list<T>);
        static_assert(InModel, "make_model: an entity used by a relation or by another entity is not in the model's "
                               "entity list (add it to entities<...>)");
    }
    return InModel;
}

template <class Set, class... Ts>
consteval bool check_all_in_model(type_list<Ts...>) {
    return all_of({check_in_model<Ts, InSet<Set, Ts>>()...});
}

/// Whether every type of list L is in Set: a variable, not a function, per
/// list, so the common case (no mistake) instantiates as little as possible.
template <class Set, class L>
inline constexpr bool all_in_set = false;
template <class Set, class... Ts>
inline constexpr bool all_in_set<Set, type_list<Ts...>> = all_of({InSet<Set, Ts>...});

/// What the checks and the size count need of a relation, as values: its
/// kind and the positions of its provider, item and input in the entity list.
/// `line` is the line of an offering, an installed input or an observation.
struct relation_positions {
    relation_kind kind{};
    std::size_t provider = 0, item = 0, input = 0;
    std::string_view line{};
};
template <class Set, class R>
inline constexpr relation_positions positions_of{R::relation};
template <class Set, class P, class X, class S, class... L>
inline constexpr relation_positions positions_of<Set, provides<P, X, S, L...>>{
    relation_kind::provides, position_of<Set, P>, position_of<Set, X>, 0, provides<P, X, S, L...>::line};
template <class Set, class P, class X, class I, class M, class S, class... L>
inline constexpr relation_positions positions_of<Set, installed<P, X, I, M, S, L...>>{
    relation_kind::installed, position_of<Set, P>, position_of<Set, X>, position_of<Set, I>,
    installed<P, X, I, M, S, L...>::line};
template <class Set, class P, class X, class S, class... O>
inline constexpr relation_positions positions_of<Set, observed<P, X, S, O...>>{
    relation_kind::observed, position_of<Set, P>, position_of<Set, X>, 0, observed<P, X, S, O...>::line};
template <class Set, class X, class Y, class S>
inline constexpr relation_positions positions_of<Set, requires_<X, Y, S>>{relation_kind::requires_item, 0,
                                                                          position_of<Set, X>, position_of<Set, Y>};
template <class Set, class P, class X, class Y, class S>
inline constexpr relation_positions positions_of<Set, offering_requires<P, X, Y, S>>{
    relation_kind::requires_offering, position_of<Set, P>, position_of<Set, X>, position_of<Set, Y>};

/// The positions of a model's relations, in model order, computed once per model.
template <class Set, class... Rs>
inline constexpr std::array<relation_positions, sizeof...(Rs)> relation_positions_of{positions_of<Set, Rs>...};

// --- unique ids ----------------------------------------------------------------------------

/// Ids are unique within a kind: sources, companies, items, rules.
template <class T>
inline constexpr int id_kind = std::derived_from<T, source>    ? 0
                               : std::derived_from<T, company> ? 1
                               : std::derived_from<T, item>    ? 2
                                                               : 3;

struct duplicate_ids {
    bool found = false;
    std::size_t first = 0, second = 0;  ///< positions in the entity list, first < second
};

template <class... Es>
consteval duplicate_ids find_duplicate_id() {
    struct key {
        int kind;
        std::string_view id;
        std::size_t pos;
    };
    std::array<key, sizeof...(Es)> keys{key{id_kind<Es>, std::string_view{Es::id}, 0}...};
    for (std::size_t i = 0; i < keys.size(); ++i) keys[i].pos = i;
    std::sort(keys.begin(), keys.end(), [](const key& a, const key& b) {
        if (a.kind != b.kind) return a.kind < b.kind;
        if (a.id != b.id) return a.id < b.id;
        return a.pos < b.pos;
    });
    for (std::size_t i = 1; i < keys.size(); ++i)
        if (keys[i].kind == keys[i - 1].kind && keys[i].id == keys[i - 1].id) return {true, keys[i - 1].pos, keys[i].pos};
    return {};
}

template <std::size_t I, class... Ts>
using nth_type = std::tuple_element_t<I, std::tuple<Ts...>>;

template <class A, class B>
consteval bool report_duplicate() {
    if constexpr (std::is_same_v<A, B>) {
        (void)sizeof(model_error::entity_is_listed_twice_in_the_entity_list<A>);
        static_assert(dependent_false<A>, "make_model: an entity type is listed twice in entities<...>");
    } else {
        (void)sizeof(model_error::two_entity_types_of_one_kind_have_the_same_id<A, B>);
        static_assert(dependent_false<A>,
                      "make_model: two entity types of one kind (companies, items, sources or rules) have the same id");
    }
    return false;
}

// --- offerings of offering-level requirements ------------------------------------------------

inline constexpr std::size_t no_position = static_cast<std::size_t>(-1);

/// The position (in rs) of the first offering_requires whose offering (a
/// provides relation with its provider and item) is not in the model, or
/// no_position. `entities` is the size of the entity list.
template <std::size_t N>
consteval std::size_t first_missing_offering(const std::array<relation_positions, N>& rs, std::size_t entities) {
    std::vector<std::size_t> offers;  // provider * entities + item
    bool any = false;
    for (const auto& r : rs) {
        if (r.kind == relation_kind::provides) offers.push_back(r.provider * entities + r.item);
        any = any || r.kind == relation_kind::requires_offering;
    }
    if (!any) return no_position;
    std::sort(offers.begin(), offers.end());
    for (std::size_t i = 0; i < N; ++i)
        if (rs[i].kind == relation_kind::requires_offering &&
            !std::binary_search(offers.begin(), offers.end(), rs[i].provider * entities + rs[i].item))
            return i;
    return no_position;
}

template <class R>
consteval bool report_missing_offering() {
    (void)sizeof(model_error::the_model_has_no_provides_relation_for_this_offering<typename R::provider_type,
                                                                                     typename R::item_type>);
    static_assert(dependent_false<R>, "offering_requires<Provider, Item, Input>: the model has no "
                                      "provides<Provider, Item> relation, so this offering does not exist");
    return false;
}

// --- lines of installed inputs and observations ----------------------------------------------

/// The number of offerings (periods) of the line (provider, item, line) among rs.
template <std::size_t N>
consteval std::size_t line_periods(const std::array<relation_positions, N>& rs, const relation_positions& of) {
    std::size_t n = 0;
    for (const auto& r : rs)
        if (r.kind == relation_kind::provides && r.provider == of.provider && r.item == of.item && r.line == of.line) ++n;
    return n;
}

/// The position (in rs) of the first installed or observed relation whose
/// line (a provides relation with its provider, item and line) is not in the
/// model, or no_position.
template <std::size_t N>
consteval std::size_t first_missing_line(const std::array<relation_positions, N>& rs) {
    for (std::size_t i = 0; i < N; ++i)
        if ((rs[i].kind == relation_kind::installed || rs[i].kind == relation_kind::observed) &&
            line_periods(rs, rs[i]) == 0)
            return i;
    return no_position;
}

template <class R>
consteval bool report_missing_line() {
    (void)sizeof(model_error::the_model_has_no_provides_relation_for_this_line<typename R::provider_type,
                                                                               typename R::item_type>);
    static_assert(dependent_false<R>, "installed<...> and observed<...>: the model has no provides<Provider, Item> "
                                      "relation of this line (a line<\"name\"> must match one given to provides)");
    return false;
}

// --- the whole model --------------------------------------------------------------------------

/// True, or a compile error naming the first mistake of the model. The
/// checks run on values and variable templates; only when one fails are the
/// per-type functions that name the culprit instantiated.
template <class... Es, class... Rs>
consteval bool check_model(type_list<Es...>, type_list<Rs...>) {
    constexpr duplicate_ids dup = find_duplicate_id<Es...>();
    if constexpr (dup.found) {
        return report_duplicate<nth_type<dup.first, Es...>, nth_type<dup.second, Es...>>();
    } else {
        using set = type_set<Es...>;
        if constexpr (!all_of({all_in_set<set, entity_references<Es>>...})) {
            return all_of({check_all_in_model<set>(entity_references<Es>{})...});
        } else if constexpr (!all_of({all_in_set<set, typename Rs::references>...})) {
            return all_of({check_all_in_model<set>(typename Rs::references{})...});
        } else {
            constexpr std::size_t missing =
                first_missing_offering(relation_positions_of<set, Rs...>, sizeof...(Es));
            constexpr std::size_t missing_line = first_missing_line(relation_positions_of<set, Rs...>);
            if constexpr (missing != no_position) return report_missing_offering<nth_type<missing, Rs...>>();
            else if constexpr (missing_line != no_position) return report_missing_line<nth_type<missing_line, Rs...>>();
            else return true;
        }
    }
}

}  // namespace semichain::detail
