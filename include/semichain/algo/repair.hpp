// Repair sets (DESIGN.md §5): what a bloc would have to be able to supply
// itself for an item to become available to a buyer under a scenario.
//
// Meaning. A query names a bloc B, an item x, a buyer b (or none()) and a
// scenario s: today's rules (the date, controls and licences of s), or
// `isolated_scenario` — s with every company not located in B disrupted
// ("…with no foreign input at all?", the scenario of capability in
// self_sufficiency.hpp). The *missing* items are the items of x's dependency
// closure (every item reached from x through the requirements of any of its
// offerings), x left out, that have no B-located offering available under s
// (compute_availability's `available`, before buyer-specific controls). A
// *repair set* is a set R of missing items such that adding, for every item
// of R, an offering by a new B-located provider that needs no inputs (the
// capability, assumed built) makes x available to b under s. Such an
// offering is valid at every date, its provider is never disrupted and no
// control rule reaches it (it has no inputs and no maker outside B); the
// rules' reach over the existing offerings is decided on the model as it is
// (a new domestic supply does not change which existing offerings a rule
// reaches). The result lists every *minimal* repair set of at most
// max_order items, and nothing else.
//
// Adding supply never makes anything unavailable (availability is the
// greatest fixpoint of a monotone system), so "R repairs x" is monotone in
// R: the minimal repair sets are the minimal path sets of that function.
//
// Method. Exhaustive by order, with the lower orders' sets pruned: for j = 1,
// 2, …, max_order every j-subset of the missing items that contains no set
// already found is tried, by one availability fixpoint with those items
// supplied (detail::greatest_fixpoint with `forced` items: one counter per
// requirement, linear in the graph). If even all missing items together do
// not repair x, no set does, and the search stops there. The cost is at most
// Σ_j C(m, j) fixpoints for m missing items; `max_evaluations` bounds it
// (repair_search_too_large names the limit and how to raise it).
#pragma once

#include <semichain/algo/availability.hpp>
#include <semichain/algo/detail/greatest_fixpoint.hpp>
#include <semichain/algo/scenario.hpp>
#include <semichain/algo/self_sufficiency.hpp>
#include <semichain/core/bloc.hpp>
#include <semichain/core/error.hpp>
#include <semichain/graph/view.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace semichain {

/// The default of repair_query::max_evaluations.
inline constexpr std::size_t default_max_repair_evaluations = 2'000'000;

/// A repair question: see the header comment for the meaning.
struct repair_query {
    item_index item{};          ///< the target item x
    company_index buyer{};      ///< who buys x (none(): a buyer no control rule restricts)
    bloc members{};             ///< the bloc B
    scenario base{};            ///< the scenario s (isolated_scenario for "no foreign input")
    std::size_t max_order = 3;  ///< the largest repair set reported (k)
    std::size_t max_evaluations = default_max_repair_evaluations;  ///< the most fixpoints the search may run
};

/// The answer to a repair_query.
struct repair_result {
    item_index item{};
    company_index buyer{};
    std::size_t max_order = 0;
    /// Is x available to b under s as it is? Then the only minimal set is the empty one: `sets` is {{}}.
    bool available_at_baseline = false;
    /// The missing items (the candidates of a repair set), ascending by index.
    std::vector<item_index> missing;
    /// Does supplying every missing item make x available? If not, no repair set exists at any order.
    bool repairable = false;
    /// The minimal repair sets of at most max_order items, each ascending;
    /// sorted by size, then lexicographically (by index).
    std::vector<std::vector<item_index>> sets;
    /// counts[j]: the minimal repair sets of exactly j items, j = 0 … min(max_order, missing.size()).
    std::vector<std::uint64_t> counts;
    /// The availability fixpoints the search ran.
    std::size_t evaluations = 0;
};

/// Thrown when a repair search would run more than repair_query::max_evaluations fixpoints.
class repair_search_too_large : public query_error {
public:
    repair_search_too_large(std::string_view item, std::size_t missing, std::size_t order, std::size_t limit)
        : query_error("semichain: the repair search for '" + std::string{item} + "' over " + std::to_string(missing) +
                      " missing items up to order " + std::to_string(order) + " needs more than " + std::to_string(limit) +
                      " availability fixpoints (repair_query::max_evaluations = " + std::to_string(limit) +
                      "); raise max_evaluations or lower max_order") {}
};

/// s with every company not located in B disrupted: the bloc on its own.
constexpr scenario isolated_scenario(const graph_view& g, const bloc& B, scenario s) {
    for (const company_index c : g.companies.indices())
        if (!detail::located_in(g, c, B)) s.disrupted.push_back(c);
    return s;
}

namespace detail {
/// The items reached from x through the requirements of any of its offerings (x included), ascending.
constexpr std::vector<item_index> requirement_closure(const graph_view& g, item_index x) {
    index_vector<item_index, std::uint8_t> seen(g.items.size(), 0);
    std::vector<item_index> todo{x}, out;
    seen[x] = 1;
    while (!todo.empty()) {
        const item_index y = todo.back();
        todo.pop_back();
        out.push_back(y);
        for (const offering_index o : g.offerings_of(y))
            g.for_each_requirement(o, [&](const requirement_record& r) {
                if (!seen[r.input]) {
                    seen[r.input] = 1;
                    todo.push_back(r.input);
                }
            });
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// Is x available to b with the items marked in `forced` supplied (see the header comment)?
constexpr bool available_with(const graph_view& g, const availability_result& base, const company_flags& disrupted,
                              item_index x, company_index b, const index_vector<item_index, std::uint8_t>& forced) {
    const auto& ctl = base.controls();
    const auto blocked = [&ctl](offering_index q, company_index p, day_number d) { return !ctl.blocking_rule(q, p, d).is_none(); };
    const auto st = greatest_fixpoint(g, base.day(), disrupted, blocked,
                                      [&ctl](company_index p) { return ctl.buyer_is_restricted(p); },
                                      /*capital_at_start=*/true, &forced);
    const auto os = g.offerings_of(x);
    return std::any_of(os.begin(), os.end(), [&](offering_index o) { return st.alive[o] && !blocked(o, b, base.day()); });
}
}  // namespace detail

/// The minimal repair sets of q.item for q.buyer and bloc q.members under
/// q.base (see the header comment). Throws repair_search_too_large beyond
/// q.max_evaluations, query_error for an item, buyer or scenario record that
/// is not in the graph.
constexpr repair_result repair_sets(const graph_view& g, const repair_query& q) {
    g.check(q.item);
    g.check_buyer(q.buyer);
    q.base.check(g);
    repair_result out;
    out.item = q.item;
    out.buyer = q.buyer;
    out.max_order = q.max_order;
    const availability_result base = compute_availability(g, q.base);
    out.available_at_baseline = base.item_available_to(q.item, q.buyer);

    for (const item_index y : detail::requirement_closure(g, q.item)) {
        if (y == q.item) continue;
        const auto os = g.offerings_of(y);
        if (std::none_of(os.begin(), os.end(), [&](offering_index o) {
                return base.available(o) && detail::located_in(g, g.offerings[o].provider, q.members);
            }))
            out.missing.push_back(y);
    }
    const std::size_t m = out.missing.size();
    const std::size_t k = std::min(q.max_order, m);
    out.counts.assign(k + 1, 0);
    if (out.available_at_baseline) {
        out.repairable = true;
        out.counts[0] = 1;
        out.sets.emplace_back();
        return out;
    }

    const auto disrupted = detail::disrupted_companies(g, q.base);
    index_vector<item_index, std::uint8_t> forced(g.items.size(), 0);
    const auto tried = [&] {
        if (out.evaluations >= q.max_evaluations) throw repair_search_too_large(g.items[q.item].id, m, q.max_order, q.max_evaluations);
        ++out.evaluations;
        return detail::available_with(g, base, disrupted, q.item, q.buyer, forced);
    };
    for (const item_index y : out.missing) forced[y] = 1;
    out.repairable = m > 0 && tried();
    for (const item_index y : out.missing) forced[y] = 0;
    if (!out.repairable) return out;

    // Positions into `missing` of the sets found so far, each ascending.
    std::vector<std::vector<std::size_t>> found;
    std::vector<std::size_t> pick;
    for (std::size_t j = 1; j <= k; ++j) {
        pick.resize(j);
        for (std::size_t i = 0; i < j; ++i) pick[i] = i;
        while (true) {
            const bool covers_found = std::any_of(found.begin(), found.end(), [&](const std::vector<std::size_t>& f) {
                return std::includes(pick.begin(), pick.end(), f.begin(), f.end());
            });
            if (!covers_found) {
                for (const std::size_t i : pick) forced[out.missing[i]] = 1;
                const bool repairs = tried();
                for (const std::size_t i : pick) forced[out.missing[i]] = 0;
                if (repairs) {
                    found.push_back(pick);
                    ++out.counts[j];
                }
            }
            // The next j-subset in lexicographic order.
            std::size_t i = j;
            while (i > 0 && pick[i - 1] == m - j + (i - 1)) --i;
            if (i == 0) break;
            ++pick[i - 1];
            for (std::size_t l = i; l < j; ++l) pick[l] = pick[l - 1] + 1;
        }
    }
    for (const auto& f : found) {
        auto& set = out.sets.emplace_back();
        for (const std::size_t i : f) set.push_back(out.missing[i]);
    }
    return out;
}

}  // namespace semichain
