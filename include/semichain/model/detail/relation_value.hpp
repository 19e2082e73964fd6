// A relation of a compile-time model as a plain value: the relation's kind,
// the ids of the entities it names and its fields. make_model turns each
// relation into one of these as it is passed, so a model holds its relations
// in one std::array, and nothing after make_model is instantiated per
// relation type (a Boost.Hana tuple of a thousand relation types costs
// seconds of compile time; see benchmarks/README.md).
#pragma once

#include <semichain/core/date.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/model/relations.hpp>

#include <optional>
#include <string_view>
#include <type_traits>

namespace semichain::detail {

/// One relation by id. What `first`, `second` and `third` name depends on
/// the kind:
///   provides           provider, item
///   requires_item      item, input
///   requires_offering  item, input, provider
///   owns               parent, company
///   invests            investor, company     (`since` holds the date `on`)
///   variant_of         item, general item
///   listed             rule, company
///   installed          provider, item, input, maker   (`since`)
///   observed           provider, item, buyer          (`since` holds the date `on`)
///   licence            rule, buyer, provider, item    (`since` granted, `until` revoked)
///   assists            company, assisted              (`since`)
/// `amount` is the share, weight or stake; `line` the line of an offering
/// (provides), an installed input or an observation.
struct relation_value {
    relation_kind kind = relation_kind::provides;
    std::string_view first{}, second{}, third{}, fourth{};
    std::string_view line{};
    std::optional<double> amount{};
    std::optional<date> since{}, until{};
    bool capital = false;
    std::string_view source{};
    status certainty = status::unspecified;
};

template <class Src>
constexpr std::string_view relation_source_id() noexcept {
    if constexpr (std::is_same_v<Src, no_source>) return {};
    else return Src::id;
}
template <class F>
constexpr std::optional<double> value_of(const std::optional<F>& f) noexcept {
    if (f) return f->value();
    return std::nullopt;
}

template <class P, class X, class S, class... L>
constexpr relation_value to_relation_value(const provides<P, X, S, L...>& r) {
    return {relation_kind::provides, P::id, X::id, {}, {}, provides<P, X, S, L...>::line, value_of(r.share), r.since,
            r.until, false, relation_source_id<S>(), r.certainty};
}
template <class X, class Y, class S>
constexpr relation_value to_relation_value(const requires_<X, Y, S>& r) {
    return {relation_kind::requires_item, X::id, Y::id, {}, {}, {}, value_of(r.weight), {}, {}, r.capital,
            relation_source_id<S>(), r.certainty};
}
template <class P, class X, class Y, class S>
constexpr relation_value to_relation_value(const offering_requires<P, X, Y, S>& r) {
    return {relation_kind::requires_offering, X::id, Y::id, P::id, {}, {}, value_of(r.weight), {}, {}, r.capital,
            relation_source_id<S>(), r.certainty};
}
template <class P, class C, class S>
constexpr relation_value to_relation_value(const owns<P, C, S>& r) {
    return {relation_kind::owns, P::id, C::id, {}, {}, {}, {}, {}, {}, false, relation_source_id<S>(), r.certainty};
}
template <class I, class C, class S>
constexpr relation_value to_relation_value(const invests<I, C, S>& r) {
    return {relation_kind::invests, I::id, C::id, {}, {}, {}, value_of(r.stake), r.on, {}, false, relation_source_id<S>(),
            r.certainty};
}
template <class X, class G, class S>
constexpr relation_value to_relation_value(const variant_of<X, G, S>& r) {
    return {relation_kind::variant_of, X::id, G::id, {}, {}, {}, {}, {}, {}, false, relation_source_id<S>(), r.certainty};
}
template <class R, class C>
constexpr relation_value to_relation_value(const listed<R, C>&) {
    return {relation_kind::listed, R::id, C::id, {}, {}, {}, {}, {}, {}, false, {}, status::unspecified};
}

template <class P, class X, class I, class M, class S, class... L>
constexpr relation_value to_relation_value(const installed<P, X, I, M, S, L...>& r) {
    return {relation_kind::installed, P::id, X::id, I::id, M::id, installed<P, X, I, M, S, L...>::line, {}, r.since,
            {}, false, relation_source_id<S>(), r.certainty};
}
template <class P, class X, class S, class... O>
constexpr relation_value to_relation_value(const observed<P, X, S, O...>& r) {
    return {relation_kind::observed, P::id, X::id, option_id<buyer_option, O...>(), {}, observed<P, X, S, O...>::line,
            {}, r.on, {}, false, relation_source_id<S>(), r.certainty};
}
template <class R, class S, class... N>
constexpr relation_value to_relation_value(const licence<R, S, N...>& r) {
    using L = licence<R, S, N...>;
    return {relation_kind::licence, R::id, L::buyer, L::provider, L::item, {}, {}, r.granted, r.revoked, false,
            relation_source_id<S>(), r.certainty};
}
template <class C, class A, class S>
constexpr relation_value to_relation_value(const assists<C, A, S>& r) {
    return {relation_kind::assists, C::id, A::id, {}, {}, {}, {}, r.since, {}, false, relation_source_id<S>(),
            r.certainty};
}

}  // namespace semichain::detail
