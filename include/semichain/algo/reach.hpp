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

namespace detail {
constexpr bool reach_from(const graph_view& g, index_t x, reach_buffer& buf, index_t target);
}  // namespace detail

/// Scratch space for reachability searches, reusable across searches and
/// graphs. After a search it holds the items found, until the next search.
class reach_buffer {
public:
    constexpr reach_buffer() = default;

    /// The items found by the last search, in breadth-first order (the
    /// searched item first). A search that stopped early (reaches) holds
    /// the items found until it stopped.
    [[nodiscard]] constexpr std::span<const index_t> items() const noexcept {
        return std::span<const index_t>{queue_}.first(size_);
    }
    /// How many items the last search found.
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    /// Did the last search find item y?
    [[nodiscard]] constexpr bool contains(index_t y) const noexcept {
        return y / 64 < seen_.size() && ((seen_[y / 64] >> (y % 64)) & 1U) != 0;
    }

private:
    friend constexpr bool detail::reach_from(const graph_view&, index_t, reach_buffer&, index_t);

    // Ready for a search on a graph of n items: no bit set, a queue of n slots.
    constexpr void prepare(std::size_t n) {
        const std::size_t words = (n + 63) / 64;
        if (seen_.size() != words) {
            seen_.assign(words, 0);
        } else if (size_ * 8 < words) {  // few items marked: clear their bits alone
            for (std::size_t i = 0; i < size_; ++i) seen_[queue_[i] / 64] = 0;
        } else {
            std::fill(seen_.begin(), seen_.end(), std::uint64_t{0});
        }
        if (queue_.size() < n) queue_.resize(n);
        size_ = 0;
    }

    std::vector<std::uint64_t> seen_;  // one bit per item
    std::vector<index_t> queue_;       // [0, size_): the items found, breadth-first
    std::size_t size_ = 0;
};

namespace detail {
/// The breadth-first search behind reachable and reaches: fills buf from x;
/// stops as soon as `target` (if not no_index) is found and returns true.
constexpr bool reach_from(const graph_view& g, index_t x, reach_buffer& buf, index_t target) {
    buf.prepare(g.items.size());
    std::uint64_t* const seen = buf.seen_.data();
    index_t* const queue = buf.queue_.data();
    const index_t* const offerings_begin = g.item_offerings_begin.data();
    const index_t* const item_req_begin = g.item_requirements_begin.data();
    const index_t* const offering_req_begin = g.offering_requirements_begin.data();
    const requirement_record* const item_reqs = g.item_requirements.data();
    const requirement_record* const offering_reqs = g.offering_requirements.data();

    std::size_t head = 0, tail = 0;
    bool found = false;
    const auto visit = [&](index_t y) {
        std::uint64_t& word = seen[y / 64];
        const std::uint64_t bit = std::uint64_t{1} << (y % 64);
        if ((word & bit) != 0) return;
        word |= bit;
        queue[tail++] = y;
        found = found || y == target;
    };
    visit(x);
    while (head < tail && !found) {
        const index_t y = queue[head++];
        const index_t first = offerings_begin[y], last = offerings_begin[y + 1];
        if (first == last) continue;  // no offering: a dead end
        for (index_t k = item_req_begin[y], end = item_req_begin[y + 1]; k < end; ++k) visit(item_reqs[k].input);
        // The offerings of y are contiguous, so are their own requirements.
        for (index_t k = offering_req_begin[first], end = offering_req_begin[last]; k < end; ++k)
            visit(offering_reqs[k].input);
    }
    buf.size_ = tail;
    return found;
}
}  // namespace detail

/// The items of x's structural dependency closure (x first, breadth-first:
/// the items of `trace(g, x)` in its order). The span points into `buf` and
/// is valid until buf's next search.
constexpr std::span<const index_t> reachable(const graph_view& g, index_t x, reach_buffer& buf) {
    detail::reach_from(g, x, buf, no_index);
    return buf.items();
}

/// The same, in a vector of its own.
constexpr std::vector<index_t> reachable(const graph_view& g, index_t x) {
    reach_buffer buf;
    const auto found = reachable(g, x, buf);
    return {found.begin(), found.end()};
}

/// Is item y in x's structural dependency closure (x included)? Stops as
/// soon as y is found.
constexpr bool reaches(const graph_view& g, index_t x, index_t y, reach_buffer& buf) {
    return detail::reach_from(g, x, buf, y);
}

/// The same with a buffer of its own.
constexpr bool reaches(const graph_view& g, index_t x, index_t y) {
    reach_buffer buf;
    return reaches(g, x, y, buf);
}

}  // namespace semichain
