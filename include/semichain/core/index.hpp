// Typed dense indices: one index type per kind of record (company, item,
// offering, rule, source), so that an item index cannot be passed where a
// company index is expected, and a look-up by id cannot be used as an index
// without being checked.
//
//     item_index x = g.item("kirin_9000");          // throws not_found if absent
//     if (auto c = g.find_company("smic")) use(*c);  // checked: a found<company_index>
//     for (const offering_index o : g.offerings_of(x)) ...
//
// (graph_view and found<I> are in graph/view.hpp.)
//
// An index is a 32-bit unsigned value with no arithmetic beyond stepping;
// it costs what a plain integer costs (benchmarks/README.md). Within a kind,
// an index is the rank of its record's id in byte order.
#pragma once

#include <range/v3/range_fwd.hpp>

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <vector>

namespace semichain {

/// The integer under every typed index.
using index_value = std::uint32_t;

/// A dense index into the records of one kind, told apart by `Tag`.
/// Default-constructed it is `none()`: no record (an absent parent or source).
template <class Tag>
class typed_index {
public:
    using tag = Tag;
    using value_type = index_value;

    constexpr typed_index() noexcept = default;
    explicit constexpr typed_index(index_value v) noexcept : v_{v} {}
    /// From a position in an array (std::size_t), for loops over sizes.
    template <class N>
        requires(std::integral<N> && !std::same_as<N, index_value> && !std::same_as<N, bool>)
    explicit constexpr typed_index(N v) noexcept : v_{static_cast<index_value>(v)} {}

    /// "No such record".
    [[nodiscard]] static constexpr typed_index none() noexcept { return typed_index{}; }
    [[nodiscard]] constexpr bool is_none() const noexcept { return v_ == none_value; }
    /// The position in the kind's array.
    [[nodiscard]] constexpr index_value value() const noexcept { return v_; }

    constexpr typed_index& operator++() noexcept { ++v_; return *this; }
    constexpr typed_index operator++(int) noexcept { auto t = *this; ++v_; return t; }
    constexpr typed_index& operator--() noexcept { --v_; return *this; }
    constexpr typed_index operator--(int) noexcept { auto t = *this; --v_; return t; }

    friend constexpr bool operator==(typed_index, typed_index) noexcept = default;
    friend constexpr auto operator<=>(typed_index, typed_index) noexcept = default;

private:
    static constexpr index_value none_value = static_cast<index_value>(-1);
    index_value v_ = none_value;
};

struct company_tag;
struct item_tag;
struct offering_tag;
struct rule_tag;
struct source_tag;

using company_index = typed_index<company_tag>;
using item_index = typed_index<item_tag>;
using offering_index = typed_index<offering_tag>;
using rule_index = typed_index<rule_tag>;
using source_index = typed_index<source_tag>;

/// Is T one of the typed indices?
template <class T>
inline constexpr bool is_typed_index = false;
template <class Tag>
inline constexpr bool is_typed_index<typed_index<Tag>> = true;
template <class T>
concept TypedIndex = is_typed_index<T>;

/// The half-open range of indices [first, last): a random-access range of
/// typed indices, usable in constant expressions and, being a range-v3 view,
/// composable with range-v3 views (`g.items.indices() | views::filter(...)`).
template <TypedIndex I>
class index_range : public ranges::view_base {
public:
    class iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using iterator_concept = std::random_access_iterator_tag;
        using value_type = I;
        using difference_type = std::ptrdiff_t;
        using reference = I;
        using pointer = void;

        constexpr iterator() noexcept = default;
        explicit constexpr iterator(index_value v) noexcept : v_{v} {}
        constexpr I operator*() const noexcept { return I{v_}; }
        constexpr I operator[](difference_type n) const noexcept { return I{static_cast<index_value>(v_ + n)}; }
        constexpr iterator& operator++() noexcept { ++v_; return *this; }
        constexpr iterator operator++(int) noexcept { auto t = *this; ++v_; return t; }
        constexpr iterator& operator--() noexcept { --v_; return *this; }
        constexpr iterator operator--(int) noexcept { auto t = *this; --v_; return t; }
        constexpr iterator& operator+=(difference_type n) noexcept { v_ = static_cast<index_value>(v_ + n); return *this; }
        constexpr iterator& operator-=(difference_type n) noexcept { v_ = static_cast<index_value>(v_ - n); return *this; }
        friend constexpr iterator operator+(iterator i, difference_type n) noexcept { return i += n; }
        friend constexpr iterator operator+(difference_type n, iterator i) noexcept { return i += n; }
        friend constexpr iterator operator-(iterator i, difference_type n) noexcept { return i -= n; }
        friend constexpr difference_type operator-(iterator a, iterator b) noexcept {
            return static_cast<difference_type>(a.v_) - static_cast<difference_type>(b.v_);
        }
        friend constexpr bool operator==(iterator, iterator) noexcept = default;
        friend constexpr auto operator<=>(iterator, iterator) noexcept = default;

    private:
        index_value v_ = 0;
    };

    constexpr index_range() noexcept = default;
    constexpr index_range(index_value first, index_value last) noexcept : first_{first}, last_{last} {}
    [[nodiscard]] constexpr iterator begin() const noexcept { return iterator{first_}; }
    [[nodiscard]] constexpr iterator end() const noexcept { return iterator{last_}; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return last_ - first_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return first_ == last_; }
    [[nodiscard]] constexpr I front() const noexcept { return I{first_}; }
    [[nodiscard]] constexpr I back() const noexcept { return I{last_ - 1}; }
    /// Does the range hold index i?
    [[nodiscard]] constexpr bool contains(I i) const noexcept {
        return !i.is_none() && first_ <= i.value() && i.value() < last_;
    }

private:
    index_value first_ = 0, last_ = 0;
};

/// A read-only array of records indexed by one kind of typed index: `g.items[x]`
/// takes an item_index and nothing else. Iterates over the records.
template <TypedIndex I, class T>
class typed_span {
public:
    using index_type = I;
    using value_type = T;

    constexpr typed_span() noexcept = default;
    constexpr typed_span(std::span<const T> s) noexcept : s_{s} {}  // NOLINT: storages convert implicitly
    template <class C>
        requires std::convertible_to<const C&, std::span<const T>>
    constexpr typed_span(const C& c) noexcept : s_{c} {}  // NOLINT

    /// The record at index i (i must be in indices(): checked where the index
    /// comes from outside the graph, see graph_view::check).
    [[nodiscard]] constexpr const T& operator[](I i) const noexcept { return s_[i.value()]; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return s_.size(); }
    [[nodiscard]] constexpr bool empty() const noexcept { return s_.empty(); }
    [[nodiscard]] constexpr auto begin() const noexcept { return s_.begin(); }
    [[nodiscard]] constexpr auto end() const noexcept { return s_.end(); }
    [[nodiscard]] constexpr const T& front() const noexcept { return s_.front(); }
    [[nodiscard]] constexpr const T& back() const noexcept { return s_.back(); }
    /// Every valid index, in order.
    [[nodiscard]] constexpr index_range<I> indices() const noexcept {
        return {0, static_cast<index_value>(s_.size())};
    }
    [[nodiscard]] constexpr bool contains(I i) const noexcept { return !i.is_none() && i.value() < s_.size(); }
    /// The underlying span (positions instead of typed indices).
    [[nodiscard]] constexpr std::span<const T> span() const noexcept { return s_; }

private:
    std::span<const T> s_;
};

/// A vector indexed by one kind of typed index: per-record scratch space
/// (`index_vector<offering_index, std::uint8_t> alive(g.offerings.size(), 0)`).
template <TypedIndex I, class T>
class index_vector {
public:
    constexpr index_vector() = default;
    constexpr index_vector(std::size_t n, const T& v) : v_(n, v) {}
    explicit constexpr index_vector(std::vector<T> v) : v_(std::move(v)) {}

    [[nodiscard]] constexpr T& operator[](I i) noexcept { return v_[i.value()]; }
    [[nodiscard]] constexpr const T& operator[](I i) const noexcept { return v_[i.value()]; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return v_.size(); }
    [[nodiscard]] constexpr bool empty() const noexcept { return v_.empty(); }
    constexpr void assign(std::size_t n, const T& v) { v_.assign(n, v); }
    [[nodiscard]] constexpr index_range<I> indices() const noexcept { return {0, static_cast<index_value>(v_.size())}; }
    [[nodiscard]] constexpr auto begin() noexcept { return v_.begin(); }
    [[nodiscard]] constexpr auto end() noexcept { return v_.end(); }
    [[nodiscard]] constexpr auto begin() const noexcept { return v_.begin(); }
    [[nodiscard]] constexpr auto end() const noexcept { return v_.end(); }
    [[nodiscard]] constexpr std::vector<T>& raw() noexcept { return v_; }
    [[nodiscard]] constexpr const std::vector<T>& raw() const noexcept { return v_; }
    friend constexpr bool operator==(const index_vector&, const index_vector&) = default;

private:
    std::vector<T> v_;
};

}  // namespace semichain
