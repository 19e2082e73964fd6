// Dependency trace: the transitive closure of an item's requirements,
// breadth-first, as a lazy range-v3 view (DESIGN.md §5 "Dependency trace").
//
// The trace of item x starts at x (tier 0). Expanding an item y means: take
// the offerings of y that are *followed*, and for each, the input of each of
// its requirements (the item's own, then the offering's own); an input seen
// for the first time becomes the next entry, one tier deeper. Offerings are
// visited chosen-one first, then in index order, so every entry's tier is its
// distance from x and `parent` lies on one shortest path.
//
// Followed offerings:
//  - structural trace, `trace(view, x, buyer)`: every offering of the item,
//    whatever the date, the controls or the disruptions;
//  - filtered trace, `trace(availability, x, buyer)`: only the offerings
//    available (at the result's date, under its scenario) to the buyer of the
//    item — the query's buyer for x, the provider of `via` for an input.
//
// Each entry names one *chosen* offering: the first followed one, or, when
// none is followed (a dead end of a filtered trace), the first offering of
// the item; none() when the item has no offering at all.
//
// Lifetime: a trace_view refers to the graph's arrays (the graph, or the
// storage behind the graph_view, must outlive it) and, when filtered, to the
// availability_result (which must outlive it too; passing a temporary result
// does not compile). The view does the breadth-first search on demand and
// remembers what it found; its iterators point into the view, so they are
// valid while the view lives and is not moved. It is a forward range, but only
// a non-const one (iterating discovers entries); copies are independent.
// Depth is never recursion: a 10 000-deep chain is traced in linear time.
// In a constant expression, walk a trace with entry(i), find(y) or path_to(y):
// range-v3 0.12 cannot make its iterators there.
// For the items of the closure alone, reachable(g, x) (reach.hpp) is several
// times faster: it records nothing per item but one bit.
#pragma once

#include <semichain/algo/availability.hpp>
#include <semichain/algo/reach.hpp>
#include <semichain/graph/view.hpp>

#include <range/v3/range/concepts.hpp>
#include <range/v3/range/traits.hpp>
#include <range/v3/view/facade.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <type_traits>
#include <vector>

namespace semichain {

/// One item of a dependency trace.
struct trace_entry {
    item_index item{};
    index_value tier = 0;        ///< distance from the traced item (which has tier 0)
    item_index parent{};         ///< the item before this one on a shortest path; none() for the root
    offering_index via{};        ///< the parent's offering whose requirement reached this item; none() for the root
    company_index buyer{};       ///< who buys the item: the query's buyer for the root, else via's provider
    offering_index offering{};   ///< the chosen offering (see the header comment); none() if the item has none
    company_index provider{};    ///< the chosen offering's provider, or none()
    std::optional<country> provider_country;  ///< where that provider is located (nothing for a residual one)
    index_value followed = 0;    ///< how many offerings of the item the trace follows (0: a dead end)

    friend constexpr bool operator==(const trace_entry&, const trace_entry&) = default;
};

/// The breadth-first dependency closure of one item, discovered lazily.
/// See the header comment for the meaning and the lifetime rules.
class trace_view : public ranges::view_facade<trace_view, ranges::finite> {
public:
    trace_view() = default;
    /// Structural (filter == nullptr) or filtered by an availability result.
    /// Throws query_error if root or buyer is not a record of g.
    constexpr trace_view(const graph_view& g, item_index root, company_index buyer, const availability_result* filter)
        : g_{g}, filter_{filter}, position_(g.items.size(), no_position) {
        g.check(root);
        g.check_buyer(buyer);
        found_.push_back(entry_for(root, 0, item_index::none(), offering_index::none(), buyer));
        position_[root] = 0;
    }

    /// The traced item.
    [[nodiscard]] constexpr item_index root() const noexcept { return found_.empty() ? item_index::none() : found_.front().item; }
    /// Is this trace filtered by an availability result?
    [[nodiscard]] constexpr bool filtered() const noexcept { return filter_ != nullptr; }

    /// The i-th entry in breadth-first order, searching only as far as needed;
    /// nothing past the end. (range-v3 0.12's iterators cannot be made in a
    /// constant expression: constexpr code walks a trace with this.)
    [[nodiscard]] constexpr std::optional<trace_entry> entry(std::size_t i) {
        if (!reach(i)) return std::nullopt;
        return found_[i];
    }

    /// The entry of item y, searching only as far as needed; nothing if y is
    /// not in the closure.
    [[nodiscard]] constexpr std::optional<trace_entry> find(item_index y) {
        if (y.is_none() || y.value() >= position_.size()) return std::nullopt;
        while (position_[y] == no_position && expand_next()) {}
        if (position_[y] == no_position) return std::nullopt;
        return found_[position_[y]];
    }

    /// Is offering o followed by this trace (for an item bought by `buyer`)?
    [[nodiscard]] constexpr bool follows(offering_index o, company_index buyer) const {
        return filter_ == nullptr || filter_->available_to(o, buyer);
    }

    /// The entries from the root to item y along one shortest path (both
    /// included); empty if y is not in the closure.
    [[nodiscard]] constexpr std::vector<trace_entry> path_to(item_index y) {
        std::vector<trace_entry> path;
        if (!find(y)) return path;
        for (index_value k = position_[y];; k = position_[found_[k].parent]) {
            path.push_back(found_[k]);
            if (found_[k].parent.is_none()) break;
        }
        std::reverse(path.begin(), path.end());
        return path;
    }

private:
    friend ranges::range_access;

    struct cursor {
        trace_view* view = nullptr;
        std::size_t at = 0;

        [[nodiscard]] constexpr trace_entry read() const {
            view->reach(at);  // an iterator may be dereferenced without a comparison with end first
            return view->found_[at];
        }
        constexpr void next() { ++at; }
        [[nodiscard]] constexpr bool equal(ranges::default_sentinel_t) const { return !view->reach(at); }
        [[nodiscard]] constexpr bool equal(const cursor& other) const { return at == other.at; }
    };
    constexpr cursor begin_cursor() { return cursor{this, 0}; }

    // Discovers entries until entry i exists; false if the closure is smaller.
    constexpr bool reach(std::size_t i) {
        while (found_.size() <= i)
            if (!expand_next()) return false;
        return true;
    }

    // Expands the next unexpanded entry; false when every entry is expanded.
    constexpr bool expand_next() {
        if (expanded_ >= found_.size()) return false;
        const trace_entry e = found_[expanded_++];
        if (e.followed == 0) return true;
        const auto visit = [&](offering_index o) {
            const company_index p = g_.offerings[o].provider;
            g_.for_each_requirement(o, [&](const requirement_record& r) {
                if (position_[r.input] != no_position) return;
                position_[r.input] = static_cast<index_value>(found_.size());
                found_.push_back(entry_for(r.input, e.tier + 1, e.item, o, p));
            });
        };
        visit(e.offering);  // followed > 0: the chosen offering is followed
        for (const offering_index o : g_.offerings_of(e.item))
            if (o != e.offering && follows(o, e.buyer)) visit(o);
        return true;
    }

    [[nodiscard]] constexpr trace_entry entry_for(item_index x, index_value tier, item_index parent, offering_index via,
                                                  company_index buyer) const {
        trace_entry e{x, tier, parent, via, buyer, offering_index::none(), company_index::none(), std::nullopt, 0};
        const auto os = g_.offerings_of(x);
        for (const offering_index o : os) {
            if (!follows(o, buyer)) continue;
            if (e.followed++ == 0) e.offering = o;
        }
        if (e.offering.is_none() && !os.empty()) e.offering = os.front();
        if (!e.offering.is_none()) {
            e.provider = g_.offerings[e.offering].provider;
            e.provider_country = g_.companies[e.provider].location;
        }
        return e;
    }

    graph_view g_{};
    const availability_result* filter_ = nullptr;
    std::vector<trace_entry> found_;     // in breadth-first order
    static constexpr index_value no_position = static_cast<index_value>(-1);
    index_vector<item_index, index_value> position_;  // per item: its index in found_, or no_position
    std::size_t expanded_ = 0;           // found_[0, expanded_) are expanded
};

/// The structural dependency trace of item x (every offering followed);
/// `buyer` is recorded as the root's buyer.
constexpr trace_view trace(const graph_view& g, item_index x, company_index buyer = {}) { return {g, x, buyer, nullptr}; }

/// The dependency trace of item x for `buyer`, following only offerings
/// available (in r's scenario) to the buyer of each item. r must outlive the view.
constexpr trace_view trace(const availability_result& r, item_index x, company_index buyer = {}) {
    return {r.graph(), x, buyer, &r};
}
/// A filtered trace keeps a pointer to its availability result: not to a temporary.
trace_view trace(const availability_result&& r, item_index x, company_index buyer = {}) = delete;

/// The entries from the traced item to item y on one shortest path; empty if
/// y is not in the closure. Searches the trace only as far as needed.
constexpr std::vector<trace_entry> path_to(trace_view& t, item_index y) { return t.path_to(y); }

/// The same for a trace already stored (any forward range of trace_entry in
/// breadth-first order, such as `ranges::to<std::vector>(trace(...))`).
template <class R>
    requires ranges::forward_range<R> && std::is_same_v<ranges::range_value_t<R>, trace_entry>
constexpr std::vector<trace_entry> path_to(R&& entries, item_index y) {
    std::vector<trace_entry> all;
    for (auto&& e : entries) all.push_back(e);
    std::vector<trace_entry> path;
    // Index by item once, so that deep paths stay linear.
    item_index max_item{0};
    for (const auto& e : all) max_item = e.item > max_item ? e.item : max_item;
    if (all.empty() || y.is_none() || y > max_item) return path;
    constexpr index_value none = static_cast<index_value>(-1);
    index_vector<item_index, index_value> pos(std::size_t{max_item.value()} + 1, none);
    for (std::size_t i = 0; i < all.size(); ++i) pos[all[i].item] = static_cast<index_value>(i);
    for (index_value k = pos[y]; k != none; k = all[k].parent.is_none() ? none : pos[all[k].parent])
        path.push_back(all[k]);
    std::reverse(path.begin(), path.end());
    return path;
}

/// Does item x depend on company c, structurally: is c the provider of some
/// offering of an item in x's closure (x included), whatever the date?
/// (The closure is found by reachable, reach.hpp: no trace entries are made.)
/// Throws query_error if x or c is not a record of g.
constexpr bool depends_on(const graph_view& g, item_index x, company_index c) {
    g.check(c);
    reach_buffer buf;
    for (const item_index y : reachable(g, x, buf))
        for (const offering_index o : g.offerings_of(y))
            if (g.offerings[o].provider == c) return true;
    return false;
}

/// Does item x depend on country a, structurally: is some offering of an item
/// in x's closure (x included) provided by a company located in a?
constexpr bool depends_on_country(const graph_view& g, item_index x, country a) {
    reach_buffer buf;
    for (const item_index y : reachable(g, x, buf))
        for (const offering_index o : g.offerings_of(y))
            if (g.companies[g.offerings[o].provider].location == a) return true;
    return false;
}

/// Does item x, bought by `buyer`, depend on company c in r's scenario: is c
/// the provider of an offering that the filtered trace follows?
constexpr bool depends_on(const availability_result& r, item_index x, company_index buyer, company_index c) {
    const graph_view& g = r.graph();
    g.check(c);
    auto t = trace(r, x, buyer);
    for (std::size_t i = 0; const auto e = t.entry(i); ++i)
        for (const offering_index o : g.offerings_of(e->item))
            if (g.offerings[o].provider == c && t.follows(o, e->buyer)) return true;
    return false;
}

/// Does item x, bought by `buyer`, depend on country a in r's scenario: is an
/// offering that the filtered trace follows provided from a?
constexpr bool depends_on_country(const availability_result& r, item_index x, company_index buyer, country a) {
    const graph_view& g = r.graph();
    auto t = trace(r, x, buyer);
    for (std::size_t i = 0; const auto e = t.entry(i); ++i)
        for (const offering_index o : g.offerings_of(e->item))
            if (g.companies[g.offerings[o].provider].location == a && t.follows(o, e->buyer)) return true;
    return false;
}

}  // namespace semichain
