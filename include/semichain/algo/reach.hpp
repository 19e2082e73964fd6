// Reachability: the items of an item's structural dependency closure, and
// nothing else — the fast path beside the dependency trace (trace.hpp).
//
// Meaning. reachable(g, x) is exactly the set of items of the structural
// trace `trace(g, x)`, in the same breadth-first order: x first; expanding an
// item y that has at least one offering adds, in this order, the inputs of
// y's item-level requirements, then those of each offering's own
// requirements (offerings in index order), each input the first time it is
// seen. An item without any offering is a dead end (as in the trace: nothing
// can be bought from it, so none of its requirements is followed).
//
// Cost. One pass over the requirements of the items found, nothing recorded
// per item but one bit and one queue slot — no tier, parent, offering or
// country (ask the trace for those). A reach_buffer keeps the bit set and the
// queue between searches: a search with a reused buffer allocates nothing
// and clears only what the previous search marked, so repeated queries on a
// large graph cost what they reach, not the graph's size.
//
// For many searches on one graph, a reach_index holds the same item → input
// edges compacted (4 bytes per distinct input instead of a 32-byte
// requirement record), built once in linear time; searches over it give the
// same items in the same order and read about a quarter of the memory.
//
// Everything here is constexpr (static_assert on a lowered model works).
#pragma once

#include <semichain/graph/view.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace semichain {

class reach_buffer;
class reach_index;

namespace detail {
template <class Expand>
constexpr bool breadth_first(std::size_t n, item_index x, reach_buffer& buf, item_index target, Expand expand);
constexpr bool reach_from(const reach_index& ix, item_index x, reach_buffer& buf, item_index target);
}  // namespace detail

/// Scratch space for reachability searches, reusable across searches and
/// graphs. After a search it holds the items found, until the next search.
class reach_buffer {
public:
    constexpr reach_buffer() = default;

    /// The items found by the last search, in breadth-first order (the
    /// searched item first). A search that stopped early (reaches) holds
    /// the items found until it stopped.
    [[nodiscard]] constexpr std::span<const item_index> items() const noexcept {
        return std::span<const item_index>{queue_}.first(size_);
    }
    /// How many items the last search found.
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    /// Did the last search find item y?
    [[nodiscard]] constexpr bool contains(item_index y) const noexcept {
        const index_value v = y.value();
        return !y.is_none() && v / 64 < seen_.size() && ((seen_[v / 64] >> (v % 64)) & 1U) != 0;
    }

private:
    template <class Expand>
    friend constexpr bool detail::breadth_first(std::size_t, item_index, reach_buffer&, item_index, Expand);

    // Ready for a search on a graph of n items: no bit set, a queue of n slots.
    constexpr void prepare(std::size_t n) {
        const std::size_t words = (n + 63) / 64;
        if (seen_.size() != words) {
            seen_.assign(words, 0);
        } else if (size_ * 8 < words) {  // few items marked: clear their bits alone
            for (std::size_t i = 0; i < size_; ++i) seen_[queue_[i].value() / 64] = 0;
        } else {
            std::fill(seen_.begin(), seen_.end(), std::uint64_t{0});
        }
        if (queue_.size() < n) queue_.resize(n, item_index{});  // with a value: clang 14 cannot value-initialise here
        size_ = 0;
    }

    std::vector<std::uint64_t> seen_;  // one bit per item
    std::vector<item_index> queue_;    // [0, size_): the items found, breadth-first
    std::size_t size_ = 0;
};

/// The item → input edges of a graph, compacted: for each item that has an
/// offering, the distinct inputs of its item-level requirements, then of its
/// offerings' own (in the order the trace meets them); none for an item
/// without offering. Refers to nothing: it outlives the graph's view.
class reach_index {
public:
    constexpr reach_index() = default;
    constexpr explicit reach_index(const graph_view& g) : begin_(g.items.size() + 1, 0) {
        index_vector<item_index, item_index> last(g.items.size(), item_index{});  // last[y] == x: y is already an input of x
        inputs_.reserve(g.item_requirements.size() + g.offering_requirements.size());
        const auto add = [&](item_index x, item_index y) {
            if (last[y] == x) return;
            last[y] = x;
            inputs_.push_back(y);
        };
        for (const item_index x : g.items.indices()) {
            const auto os = g.offerings_of(x);
            if (!os.empty()) {
                for (const auto& r : g.requirements_of_item(x)) add(x, r.input);
                // The offerings of x are contiguous, so are their own requirements.
                const index_value first = os.front().value(), end = os.back().value() + 1;
                for (index_value k = g.offering_requirements_begin[first]; k < g.offering_requirements_begin[end]; ++k)
                    add(x, g.offering_requirements[k].input);
            }
            begin_[x.value() + 1] = static_cast<index_value>(inputs_.size());
        }
        inputs_.shrink_to_fit();
    }
    /// The number of items of the graph.
    [[nodiscard]] constexpr std::size_t items() const noexcept { return begin_.empty() ? 0 : begin_.size() - 1; }
    /// The distinct inputs followed from item x.
    [[nodiscard]] constexpr std::span<const item_index> inputs_of(item_index x) const noexcept {
        return std::span<const item_index>{inputs_}.subspan(begin_[x.value()], begin_[x.value() + 1] - begin_[x.value()]);
    }
    /// Throws query_error unless x is an item of the indexed graph.
    constexpr void check(item_index x) const {
        if (x.is_none() || x.value() >= items()) detail::index_is_not_a_record_of_this_graph("the item index");
    }
    /// How many edges it holds.
    [[nodiscard]] constexpr std::size_t edges() const noexcept { return inputs_.size(); }

private:
    friend constexpr bool detail::reach_from(const reach_index&, item_index, reach_buffer&, item_index);
    std::vector<index_value> begin_;
    std::vector<item_index> inputs_;
};

namespace detail {
/// The breadth-first search behind reachable and reaches, over n items:
/// `expand(y, visit)` calls visit on the inputs followed from y. Fills buf
/// from x; stops as soon as `target` (if not none()) is found and returns true.
template <class Expand>
constexpr bool breadth_first(std::size_t n, item_index x, reach_buffer& buf, item_index target, Expand expand) {
    buf.prepare(n);
    std::uint64_t* const seen = buf.seen_.data();
    item_index* const queue = buf.queue_.data();
    std::size_t head = 0, tail = 0;
    bool found = false;
    const auto visit = [&](item_index y) {
        std::uint64_t& word = seen[y.value() / 64];
        const std::uint64_t bit = std::uint64_t{1} << (y.value() % 64);
        if ((word & bit) != 0) return;
        word |= bit;
        queue[tail++] = y;
        found = found || y == target;
    };
    visit(x);
    while (head < tail && !found) expand(queue[head++], visit);
    buf.size_ = tail;
    return found;
}

constexpr bool reach_from(const graph_view& g, item_index x, reach_buffer& buf, item_index target) {
    const index_value* const offerings_begin = g.item_offerings_begin.data();
    const index_value* const item_req_begin = g.item_requirements_begin.data();
    const index_value* const offering_req_begin = g.offering_requirements_begin.data();
    const requirement_record* const item_reqs = g.item_requirements.data();
    const requirement_record* const offering_reqs = g.offering_requirements.data();
    return breadth_first(g.items.size(), x, buf, target, [&](item_index item, auto& visit) {
        const index_value y = item.value();
        const index_value first = offerings_begin[y], last = offerings_begin[y + 1];
        if (first == last) return;  // no offering: a dead end
        for (index_value k = item_req_begin[y], end = item_req_begin[y + 1]; k < end; ++k) visit(item_reqs[k].input);
        // The offerings of y are contiguous, so are their own requirements.
        for (index_value k = offering_req_begin[first], end = offering_req_begin[last]; k < end; ++k)
            visit(offering_reqs[k].input);
    });
}

constexpr bool reach_from(const reach_index& ix, item_index x, reach_buffer& buf, item_index target) {
    const index_value* const begin = ix.begin_.data();
    const item_index* const inputs = ix.inputs_.data();
    return breadth_first(ix.items(), x, buf, target, [&](item_index y, auto& visit) {
        for (index_value k = begin[y.value()], end = begin[y.value() + 1]; k < end; ++k) visit(inputs[k]);
    });
}
}  // namespace detail

/// The items of x's structural dependency closure (x first, breadth-first:
/// the items of `trace(g, x)` in its order). The span points into `buf` and
/// is valid until buf's next search. Throws query_error if x is not an item of g.
constexpr std::span<const item_index> reachable(const graph_view& g, item_index x, reach_buffer& buf) {
    g.check(x);
    detail::reach_from(g, x, buf, item_index::none());
    return buf.items();
}

/// The same, in a vector of its own.
constexpr std::vector<item_index> reachable(const graph_view& g, item_index x) {
    reach_buffer buf;
    const auto found = reachable(g, x, buf);
    return {found.begin(), found.end()};
}

/// Is item y in x's structural dependency closure (x included)? Stops as
/// soon as y is found. Throws query_error if x or y is not an item of g.
constexpr bool reaches(const graph_view& g, item_index x, item_index y, reach_buffer& buf) {
    g.check(x);
    g.check(y);
    return detail::reach_from(g, x, buf, y);
}

/// The same with a buffer of its own.
constexpr bool reaches(const graph_view& g, item_index x, item_index y) {
    reach_buffer buf;
    return reaches(g, x, y, buf);
}

/// reachable over a reach_index of the graph: the same items, in the same order.
constexpr std::span<const item_index> reachable(const reach_index& ix, item_index x, reach_buffer& buf) {
    ix.check(x);
    detail::reach_from(ix, x, buf, item_index::none());
    return buf.items();
}

/// reaches over a reach_index of the graph.
constexpr bool reaches(const reach_index& ix, item_index x, item_index y, reach_buffer& buf) {
    ix.check(x);
    ix.check(y);
    return detail::reach_from(ix, x, buf, y);
}

}  // namespace semichain
