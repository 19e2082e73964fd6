// Families of minimal cut sets truncated at an order k: the set algebra of a
// bottom-up (MOCUS / ZBDD-style) minimal-cut-set computation on a fault tree.
//
// A family stands for an upward-closed collection of sets of members (the
// sets whose failure makes a node fail), stored as its minimal elements of
// size ≤ k. The empty family means "never fails"; the family {∅} means
// "always fails". Both gates keep the truncation exact, because the minimal
// sets of size ≤ k of a union or an intersection of upward-closed
// collections come only from minimal sets of size ≤ k of the operands:
//  - OR  (unite):   the union of the families, minimised;
//  - AND (product): { a ∪ b : a ∈ A, b ∈ B, |a ∪ b| ≤ k }, minimised.
// A canonical family has each set ascending and the sets sorted by size,
// then lexicographically; no set contains another.
//
// Every operation reports the sets it is about to hold to a Budget (any type
// with `constexpr void check(std::size_t extra) const`), which may throw.
//
// Everything is constexpr. Vectors of numbers are always sized with a value
// (`v(n, 0)`, `resize(n, 0)`): clang 14 cannot evaluate libstdc++ 12's
// value-initialisation (`v(n)`, `resize(n)`) in a constant expression.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <span>
#include <utility>
#include <vector>

namespace semichain::detail {

/// A member of a cut set (a company index or a country index).
using member_t = std::uint32_t;
using member_span = std::span<const member_t>;

constexpr bool set_less(member_span a, member_span b) noexcept {
    if (a.size() != b.size()) return a.size() < b.size();
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end());
}
constexpr bool set_equal(member_span a, member_span b) noexcept { return std::equal(a.begin(), a.end(), b.begin(), b.end()); }
/// Is `sub` a subset of `sup` (both ascending)?
constexpr bool set_includes(member_span sup, member_span sub) noexcept {
    return std::includes(sup.begin(), sup.end(), sub.begin(), sub.end());
}

/// A family of sets, stored contiguously: set i is [begin[i], begin[i + 1]).
class cut_family {
public:
    [[nodiscard]] constexpr std::size_t size() const noexcept { return begin_.size() - 1; }
    [[nodiscard]] constexpr bool empty() const noexcept { return begin_.size() == 1; }
    /// Does a canonical family hold the empty set (it then holds nothing else)?
    [[nodiscard]] constexpr bool has_empty_set() const noexcept { return begin_.size() > 1 && begin_[1] == 0; }
    [[nodiscard]] constexpr member_span operator[](std::size_t i) const noexcept {
        return member_span{elems_}.subspan(begin_[i], begin_[i + 1] - begin_[i]);
    }
    [[nodiscard]] constexpr std::size_t members() const noexcept { return elems_.size(); }
    /// Every member of every set, set after set.
    [[nodiscard]] constexpr member_span all_members() const noexcept { return elems_; }
    /// The sizes of the first and the last set (of a non-empty canonical
    /// family: its smallest and largest sets).
    [[nodiscard]] constexpr std::size_t front_size() const noexcept { return begin_[1] - begin_[0]; }
    [[nodiscard]] constexpr std::size_t back_size() const noexcept { return begin_[size()] - begin_[size() - 1]; }

    /// The family of the single points `ms` (ascending, distinct).
    constexpr void assign_singletons(std::vector<member_t>&& ms) {
        elems_ = std::move(ms);
        begin_.resize(elems_.size() + 1, 0);
        std::uint32_t* b = begin_.data();  // a plain loop: fast in unoptimised builds too
        for (std::uint32_t i = 0; i <= elems_.size(); ++i) b[i] = i;
    }
    constexpr void reserve(std::size_t sets, std::size_t members) {
        elems_.reserve(members);
        begin_.reserve(sets + 1);
    }

    constexpr void push(member_span s) {
        elems_.insert(elems_.end(), s.begin(), s.end());
        begin_.push_back(static_cast<std::uint32_t>(elems_.size()));
    }
    constexpr void clear() noexcept {
        elems_.clear();
        begin_.assign(1, 0);
    }
    /// Empties the family and gives its memory back.
    constexpr void release() {
        std::vector<member_t>{}.swap(elems_);
        std::vector<std::uint32_t>(1, 0).swap(begin_);
    }
    friend constexpr bool operator==(const cut_family&, const cut_family&) = default;

private:
    std::vector<member_t> elems_;
    std::vector<std::uint32_t> begin_ = std::vector<std::uint32_t>(1, 0);
};

/// "Always fails": the family {∅}.
constexpr cut_family always_fails() {
    cut_family f;
    f.push({});
    return f;
}

/// C(n, j), or cap + 1 when it exceeds cap.
constexpr std::size_t binomial_capped(std::size_t n, std::size_t j, std::size_t cap) noexcept {
    if (j > n) return 0;
    j = std::min(j, n - j);
    std::size_t c = 1;
    for (std::size_t i = 1; i <= j; ++i) {
        c = c * (n - j + i) / i;
        if (c > cap) return cap + 1;
    }
    return c;
}

/// Subset queries on a canonical family, whose sets of each size form one
/// sorted block: "is some set of the family a subset of s?" looks up the
/// subsets of s of each size present by binary search in that size's block,
/// or, when s has more such subsets than the block has sets, scans the block.
/// The family may grow by appending sets no smaller than its last (call
/// extend() after appending); queries then see the blocks of smaller sizes.
class subset_lookup {
public:
    constexpr explicit subset_lookup(const cut_family& f) : f_{&f} { extend(); }

    /// Takes in the sets appended since the last call.
    constexpr void extend() {
        for (; seen_ < f_->size(); ++seen_)
            while (first_.size() <= (*f_)[seen_].size()) first_.push_back(seen_);
    }
    /// Is s one of the family's sets?
    [[nodiscard]] constexpr bool contains(member_span s) const {
        const auto [lo, hi] = block(s.size());
        std::size_t a = lo, b = hi;
        while (a < b) {
            const std::size_t mid = a + (b - a) / 2;
            if (set_less((*f_)[mid], s)) a = mid + 1;
            else b = mid;
        }
        return a < hi && set_equal((*f_)[a], s);
    }
    /// Is some set of the family a subset of s (a proper one unless `or_equal`)?
    constexpr bool covers(member_span s, bool or_equal) {
        const std::size_t n = s.size();
        for (std::size_t j = 0; j < first_.size() && (j < n || (or_equal && j == n)); ++j) {
            const auto [lo, hi] = block(j);
            if (lo == hi) continue;
            if (j == 0) return true;
            if (j == n) {
                if (contains(s)) return true;
            } else if (binomial_capped(n, j, hi - lo) <= hi - lo) {
                if (any_subset_of_size(s, j)) return true;
            } else {
                for (std::size_t i = lo; i < hi; ++i)
                    if (set_includes(s, (*f_)[i])) return true;
            }
        }
        return false;
    }

private:
    // The sets of size j: [first_[j], first_[j + 1]) (the last block ends at the family's end).
    [[nodiscard]] constexpr std::pair<std::size_t, std::size_t> block(std::size_t j) const noexcept {
        if (j >= first_.size()) return {0, 0};
        return {first_[j], j + 1 < first_.size() ? first_[j + 1] : seen_};
    }
    // Every j-subset of s (in lexicographic order of positions) looked up.
    constexpr bool any_subset_of_size(member_span s, std::size_t j) {
        pick_.resize(j, 0);
        scratch_.resize(j, 0);
        std::iota(pick_.begin(), pick_.end(), std::size_t{0});
        const std::size_t n = s.size();
        for (;;) {
            for (std::size_t i = 0; i < j; ++i) scratch_[i] = s[pick_[i]];
            if (contains(scratch_)) return true;
            std::size_t i = j;
            while (i > 0 && pick_[i - 1] == n - j + (i - 1)) --i;
            if (i == 0) return false;
            ++pick_[i - 1];
            for (std::size_t r = i; r < j; ++r) pick_[r] = pick_[r - 1] + 1;
        }
    }

    const cut_family* f_;
    std::size_t seen_ = 0;
    std::vector<std::size_t> first_;  // first_[j]: the first set of size ≥ j
    std::vector<std::size_t> pick_;
    std::vector<member_t> scratch_;
};

/// out = the minimal sets of `buf` (any order, each set ascending), canonical.
/// `sorted`: buf is already sorted by set_less.
constexpr void minimize(const cut_family& buf, bool sorted, cut_family& out) {
    out.clear();
    const std::size_t n = buf.size();
    if (n == 0) return;
    std::vector<std::uint32_t> order(n, 0);
    std::iota(order.begin(), order.end(), std::uint32_t{0});
    if (!sorted) std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return set_less(buf[a], buf[b]); });
    if (buf[order.front()].empty()) {
        out.push({});
        return;
    }
    const std::size_t smallest = buf[order.front()].size();
    subset_lookup accepted{out};
    for (std::size_t k = 0; k < n; ++k) {
        const member_span s = buf[order[k]];
        if (k > 0 && set_equal(s, buf[order[k - 1]])) continue;
        if (s.size() > smallest) {
            accepted.extend();
            if (accepted.covers(s, false)) continue;
        }
        out.push(s);
    }
}

/// OR gate: out = the minimal sets of the union of canonical families.
/// A merge of the sorted families that drops repeated sets and, unless every
/// set has the same size, sets that contain one already taken.
template <class Budget>
constexpr void unite(std::span<const cut_family* const> fams, cut_family& out, const Budget& budget) {
    out.clear();
    std::vector<const cut_family*> live;
    std::size_t sets = 0, members = 0, smallest = static_cast<std::size_t>(-1), largest = 0;
    for (const cut_family* f : fams) {
        if (f->has_empty_set()) {
            out.push({});
            return;
        }
        if (f->empty()) continue;
        live.push_back(f);
        sets += f->size();
        members += f->members();
        smallest = std::min(smallest, f->front_size());
        largest = std::max(largest, f->back_size());
    }
    if (live.empty()) return;
    budget.check(sets);
    if (live.size() == 1) {
        out = *live.front();
        return;
    }
    const bool uniform = smallest == largest;
    if (uniform && smallest == 1) {
        // Single points only: a merge of sorted members, starting from the
        // largest family; a few members are inserted one by one.
        std::size_t big = 0;
        for (std::size_t i = 1; i < live.size(); ++i)
            if (live[i]->size() > live[big]->size()) big = i;
        const member_span start = live[big]->all_members();
        std::vector<member_t> all(start.begin(), start.end()), next;
        for (std::size_t i = 0; i < live.size(); ++i) {
            if (i == big) continue;
            const member_span m = live[i]->all_members();
            if (m.size() <= 8) {
                for (const member_t e : m) {
                    const auto at = std::lower_bound(all.begin(), all.end(), e);
                    if (at == all.end() || *at != e) all.insert(at, e);
                }
                continue;
            }
            next.resize(all.size() + m.size(), 0);
            next.erase(std::set_union(all.begin(), all.end(), m.begin(), m.end(), next.begin()), next.end());
            std::swap(all, next);
        }
        out.assign_singletons(std::move(all));
        return;
    }
    out.reserve(sets, members);
    subset_lookup accepted{out};
    std::vector<std::size_t> at(live.size(), 0);
    member_span last;
    bool any = false;
    for (;;) {
        std::size_t best = live.size();
        for (std::size_t i = 0; i < live.size(); ++i)
            if (at[i] < live[i]->size() && (best == live.size() || set_less((*live[i])[at[i]], (*live[best])[at[best]])))
                best = i;
        if (best == live.size()) break;
        const member_span s = (*live[best])[at[best]++];
        if (any && set_equal(s, last)) continue;
        last = s;
        any = true;
        if (!uniform && s.size() > smallest) {
            accepted.extend();
            if (accepted.covers(s, false)) continue;
        }
        out.push(s);
    }
}

/// AND gate: out = the minimal sets of { a ∪ b : |a ∪ b| ≤ k } (canonical a, b).
/// A set a that contains some b is in the result as it is (a ∪ b = a), and
/// every other union with it contains it; so only pairs of "uncovered" sets
/// smaller than k are joined. A pair whose sizes add up to more than k must
/// overlap: it is found through the members of a (each pair once, through
/// its smallest common member).
template <class Budget>
constexpr void product(const cut_family& a, const cut_family& b, std::size_t k, cut_family& out, const Budget& budget) {
    out.clear();
    if (a.empty() || b.empty()) return;
    if (a.has_empty_set()) {
        out = b;
        return;
    }
    if (b.has_empty_set()) {
        out = a;
        return;
    }
    if (a.front_size() == k && b.front_size() == k) {
        // Every set has k members: only the common sets remain.
        for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
            if (set_less(a[i], b[j])) ++i;
            else if (set_less(b[j], a[i])) ++j;
            else { out.push(a[i]); ++i; ++j; }
        }
        return;
    }
    subset_lookup ia{a}, ib{b};
    cut_family buf;
    std::vector<std::uint32_t> rest_a, rest_b;
    for (std::uint32_t i = 0; i < a.size(); ++i) {
        if (ib.covers(a[i], true)) buf.push(a[i]);
        else if (a[i].size() < k) rest_a.push_back(i);
    }
    for (std::uint32_t j = 0; j < b.size(); ++j) {
        if (ia.covers(b[j], true)) buf.push(b[j]);
        else if (b[j].size() < k) rest_b.push_back(j);
    }
    if (!rest_a.empty() && !rest_b.empty()) {
        // Members of b's uncovered sets → their positions in rest_b.
        std::vector<std::pair<member_t, std::uint32_t>> postings;
        for (std::uint32_t p = 0; p < rest_b.size(); ++p)
            for (const member_t e : b[rest_b[p]]) postings.push_back({e, p});
        std::sort(postings.begin(), postings.end());
        std::vector<member_t> u(2 * k, 0);
        const auto join = [&](member_span x, member_span y) {
            const auto end = std::set_union(x.begin(), x.end(), y.begin(), y.end(), u.begin());
            const auto n = static_cast<std::size_t>(end - u.begin());
            if (n <= k) buf.push(member_span{u}.first(n));
        };
        for (const std::uint32_t i : rest_a) {
            const member_span x = a[i];
            const std::size_t room = k - x.size();
            std::size_t p = 0;
            for (; p < rest_b.size() && b[rest_b[p]].size() <= room; ++p) join(x, b[rest_b[p]]);
            if (p < rest_b.size()) {
                for (const member_t e : x) {
                    auto it = std::lower_bound(postings.begin(), postings.end(), std::pair<member_t, std::uint32_t>{e, 0});
                    for (; it != postings.end() && it->first == e; ++it) {
                        const member_span y = b[rest_b[it->second]];
                        if (y.size() <= room) continue;
                        // Only through the smallest common member.
                        member_t first = e;
                        for (std::size_t s = 0, t = 0; s < x.size() && t < y.size();) {
                            if (x[s] < y[t]) ++s;
                            else if (y[t] < x[s]) ++t;
                            else { first = x[s]; break; }
                        }
                        if (first == e) join(x, y);
                    }
                }
            }
            budget.check(buf.size());
        }
    }
    budget.check(buf.size());
    minimize(buf, false, out);
}

}  // namespace semichain::detail
