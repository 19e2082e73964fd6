// The graph's shape, declared once: every array a graph is made of, the kind
// of index that addresses it and its element type. The storages derive from
// this one declaration, by Boost.Hana's reflection of the struct:
//
//     graph_arrays<vector_storage>   the run-time graph's std::vector arrays
//     graph_arrays<view_storage>     graph_view's spans (typed_span where a
//                                    typed index addresses the array)
//     graph_arrays<size_storage>     graph_sizes: one std::size_t per array
//     graph_arrays<fixed_storage<S>> array_graph<S>: std::array of the sizes S
//
// and the generic operations over them (sizes, copies, views, comparisons)
// walk the fields with for_each_field. Adding an array is one line here.
//
// Hana's cost grows with the number of fields (a few dozen here), not with
// the number of entities or relations of a model: no entity or relation is
// ever held in a Hana collection (measured: benchmarks/README.md).
#pragma once

#include <semichain/core/index.hpp>
#include <semichain/core/records.hpp>

#include <boost/hana/accessors.hpp>
#include <boost/hana/at.hpp>
#include <boost/hana/define_struct.hpp>
#include <boost/hana/first.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/range.hpp>
#include <boost/hana/second.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace semichain {

/// Marks an array addressed by positions rather than by a typed index (the
/// CSR offsets, attributes, requirements, relations).
struct positions {};

namespace detail {

/// The graph's arrays. `Storage::template array<K, Index, Element>` is the
/// storage of field number K (its position in this list), addressed by
/// `Index` (a typed index, or `positions`), holding `Element`s.
template <class Storage>
struct graph_arrays {
    template <std::size_t K, class I, class T>
    using a = typename Storage::template array<K, I, T>;

    BOOST_HANA_DEFINE_STRUCT(
        graph_arrays,
        (a<0, source_index, source_record>, sources),            // sorted by id
        (a<1, company_index, company_record>, companies),        // sorted by id
        (a<2, item_index, item_record>, items),                  // sorted by id
        (a<3, positions, attribute_record>, attributes),         // per item, item_record::attributes_*
        (a<4, offering_index, offering_record>, offerings),      // sorted by (item, provider, since)
        (a<5, positions, index_value>, item_offerings_begin),    // CSR by item, items + 1
        (a<6, positions, requirement_record>, item_requirements),
        (a<7, positions, index_value>, item_requirements_begin),  // CSR by item, items + 1
        (a<8, positions, requirement_record>, offering_requirements),
        (a<9, positions, index_value>, offering_requirements_begin),  // CSR by offering, offerings + 1
        (a<10, positions, offering_index>, dependents),          // offerings that require an item
        (a<11, positions, index_value>, dependents_begin),       // CSR by item, items + 1
        (a<12, positions, ownership_record>, owns),
        (a<13, positions, investment_record>, invests),
        (a<14, positions, variant_record>, variants),
        (a<15, rule_index, rule_record>, rules),                 // sorted by id
        (a<16, positions, company_index>, rule_targets),         // per rule, rule_record::targets_*
        (a<17, positions, condition_record>, conditions),        // per rule, rule_record::conditions_*
        (a<18, positions, policy_record>, rule_policies),        // per rule, rule_record::policies_*
        (a<19, positions, installed_record>, installed),         // CSR by offering (each period of a line)
        (a<20, positions, index_value>, installed_begin),        // offerings + 1
        (a<21, positions, observation_record>, observations),    // sorted by offering
        (a<22, positions, licence_record>, licences),            // sorted by rule, then input order
        (a<23, positions, assist_record>, assists));
};

/// Calls f(name, field_of_a, field_of_b) for every field of two graph_arrays
/// of any storages, in declaration order (`name` is a hana::string).
template <class A, class B, class F>
constexpr void for_each_field(A& a, B& b, F&& f) {
    using sa = std::remove_const_t<A>;
    using sb = std::remove_const_t<B>;
    constexpr auto fields_a = boost::hana::accessors<sa>();
    constexpr auto fields_b = boost::hana::accessors<sb>();
    boost::hana::for_each(boost::hana::make_range(boost::hana::size_c<0>, boost::hana::length(fields_a)), [&](auto k) {
        f(boost::hana::first(fields_a[k]), boost::hana::second(fields_a[k])(a), boost::hana::second(fields_b[k])(b));
    });
}


// --- the storages -------------------------------------------------------------

struct vector_storage {
    template <std::size_t, class, class T>
    using array = std::vector<T>;
};

template <class I, class T>
struct view_array {
    using type = typed_span<I, T>;
};
template <class T>
struct view_array<positions, T> {
    using type = std::span<const T>;
};
struct view_storage {
    template <std::size_t, class I, class T>
    using array = typename view_array<I, T>::type;
};

/// The size of one array. A class with a default member initialiser rather
/// than a bare std::size_t: g++ 12 tells a value-initialised member of a
/// template argument apart from one set to 0, so every member must be
/// initialised the same way for equal sizes to give the same array_graph type.
struct array_size {
    std::size_t n = 0;
    constexpr array_size() noexcept = default;
    constexpr array_size(std::size_t v) noexcept : n{v} {}  // NOLINT: sizes are plain numbers
    constexpr operator std::size_t() const noexcept { return n; }  // NOLINT
    constexpr array_size& operator++() noexcept { ++n; return *this; }
    constexpr array_size& operator+=(std::size_t v) noexcept { n += v; return *this; }
};

struct size_storage {
    template <std::size_t, class, class>
    using array = array_size;
};

/// One size per array: the shape of an array_graph (a structural type, so it
/// can be a template argument).
using graph_sizes = graph_arrays<size_storage>;

/// std::array storage of the sizes S (array_graph<S>).
template <graph_sizes S>
struct fixed_storage {
    template <std::size_t K, class, class T>
    using array = std::array<T, boost::hana::second(boost::hana::accessors<graph_sizes>()[boost::hana::size_c<K>])(S).n>;
};

/// Equal sizes, array by array.
constexpr bool operator==(const graph_sizes& a, const graph_sizes& b) noexcept {
    bool same = true;
    for_each_field(a, b, [&](auto, array_size x, array_size y) { same = same && x.n == y.n; });
    return same;
}

}  // namespace detail

using detail::graph_sizes;

}  // namespace semichain
