// Self-sufficiency of a bloc B for an item x, bought by b, at the date and
// under the controls and disruptions of a scenario (DESIGN.md §5): three
// numbers, each defined here.
//
// "Located in B": the provider's location is a member of B. A residual
// provider (an aggregate without a location) is located in no bloc.
//
// 1. Capability — can x be made with every offering in its chain restricted
//    to providers located in B?  capable == x is available to b in the
//    scenario in which, in addition, every company not located in B is
//    disrupted (compute_availability; capital inputs checked at their
//    offering's start, as always).
//    `missing`: when not capable, the root causes, sorted by item index. The
//    search starts at (x, b) and, for a place (y, p) — item y bought by p at
//    day d (t, or the offering's `since` for a capital input) — looks at the
//    B-located offerings of y usable by p at d (offered at d, provider not
//    disrupted, no rule in force at d blocking it to p). None: y is a root
//    cause. Otherwise each of them is unavailable under the restriction, and
//    the search continues only into the requirements that fail (no input
//    offering available under the restriction and usable by the offering's
//    provider; for a capital input, none obtainable at the start). So an item
//    that has a usable B-located offering is never listed (it fails only
//    because an input fails), items on routes that work are never visited,
//    and `missing` is empty exactly when x is capable.
//
// 2. Coverage — the closure is the set of places (y, β) reached from
//    (x, class(b)) through offerings available in the (unrestricted) scenario
//    to the place's buyer: x itself is included, and an input y of offering p
//    is bought by p's provider. class(c) is c for a buyer some rule in force
//    can restrict (controls().buyer_is_restricted), and one shared class
//    "unrestricted" otherwise. A place is covered when y has an offering
//    located in B, available and usable by its buyer. An item is covered when
//    all its places are.
//      plain    = covered items / items in the closure (x included);
//      weighted = Σ λ(n)·[n covered] / Σ λ(n) over the places n, where λ are
//                 the total requirement coefficients of the input–output
//                 system of (3): λ(root) = 1, λ(n) = Σ λ(m)·ŝ_p·w_i over the
//                 purchases of n by m (the Leontief inverse's row of x), so
//                 λ(n) is the share of x's value that flows through n.
//    An unknown weight counts as 0, so an input reached only through unknown
//    weights carries λ = 0; `weights_complete` says whether every non-capital
//    requirement of a place reached from x through non-capital requirements
//    has a known weight (capital inputs carry no weight, and what lies below
//    them carries no value into x), and `weighted` is nothing when there are
//    such requirements but none with a known weight (no value data).
//    If x is unavailable to b its closure is {x} and both numbers are 0.
//
// 3. Domestic value share (input–output, OECD TiVA style) over the same
//    places: v(n) = Σ_p ŝ_p·((1 − Σ_i w_i)·[p located in B] + Σ_i w_i·v(y_i, class(provider p)))
//    over the offerings p of y available to n's buyer; w_i the known weights
//    of p's requirements (unknown: 0). ŝ are the shares renormalised over
//    those offerings: all known — s_p / Σ s (equal split if they sum to 0);
//    all unknown — equal split; mixed — the unknown ones split the remainder
//    max(0, 1 − Σ known) equally, then all are divided by their sum.
//    Written v = a + W v: exact (topological order) for the acyclic part,
//    Gauss–Seidel from 0 for the rest until a sweep changes no value by more
//    than the tolerance (1e-12), at most max_sweeps sweeps; `converged` says
//    whether it got there. From 0 the sweeps rise monotonically to the least
//    solution, which exists because v ≡ 1 bounds it (each row of W sums to at
//    most 1 − the value added). A capital input is valued as it can be bought
//    at t (if it no longer can — capacity frozen — its value counts 0).
#pragma once

#include <semichain/algo/availability.hpp>
#include <semichain/algo/detail/linear_fixed_point.hpp>
#include <semichain/algo/scenario.hpp>
#include <semichain/core/bloc.hpp>
#include <semichain/graph/view.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace semichain {

namespace detail {

/// The buyer class of company c: itself if a rule in force can restrict it,
/// else none() (every unrestricted buyer faces the same offerings).
constexpr company_index buyer_class(const availability_result& r, company_index c) {
    return r.controls().buyer_is_restricted(c) ? c : company_index::none();
}

/// ŝ: the shares of the given offerings renormalised (see the header comment).
constexpr std::vector<double> split_shares(const graph_view& g, const std::vector<offering_index>& offerings) {
    std::vector<double> s(offerings.size(), 0.0);
    if (offerings.empty()) return s;
    double known = 0.0;
    std::size_t unknown = 0;
    for (const offering_index o : offerings) {
        if (g.offerings[o].has_share()) known += g.offerings[o].share;
        else ++unknown;
    }
    const double rest = unknown == 0 ? 0.0 : (known < 1.0 ? 1.0 - known : 0.0) / static_cast<double>(unknown);
    double total = 0.0;
    for (std::size_t i = 0; i < offerings.size(); ++i) {
        const auto& off = g.offerings[offerings[i]];
        s[i] = off.has_share() ? off.share : rest;
        total += s[i];
    }
    for (auto& v : s) v = total > 0.0 ? v / total : 1.0 / static_cast<double>(s.size());
    return s;
}

/// A place of the value system: an item bought by a buyer class.
struct value_place {
    item_index item{};
    company_index buyer{};  ///< buyer class (none(): the unrestricted buyers)
};

/// The input–output system of item x for buyer b and bloc B: v = a + W v.
struct value_system {
    std::vector<value_place> places;     ///< places[0] is (x, class(b)); breadth-first order
    std::vector<double> added;           ///< a: value added by B-located providers
    std::vector<linear_term> terms;      ///< W: one per requirement of an available offering (coef 0 if the weight is unknown)
    std::vector<std::uint8_t> covered;   ///< the place has an available B-located offering usable by its buyer
    std::size_t requirements = 0, known_weights = 0;  ///< non-capital requirements on value-bearing paths
};

constexpr bool located_in(const graph_view& g, company_index company, const bloc& B) {
    const auto& loc = g.companies[company].location;
    return loc && B.contains(*loc);
}

constexpr value_system build_value_system(const availability_result& r, item_index x, company_index b, const bloc& B) {
    const graph_view& g = r.graph();
    g.check(x);
    g.check_buyer(b);
    value_system sys;
    // Places per item: (buyer class, place index); few classes per item.
    index_vector<item_index, std::vector<std::pair<company_index, index_value>>> place_of(g.items.size(), {});
    const auto place = [&](item_index y, company_index cls) {
        for (const auto& [c, k] : place_of[y])
            if (c == cls) return k;
        const auto k = static_cast<index_value>(sys.places.size());
        place_of[y].push_back({cls, k});
        sys.places.push_back({y, cls});
        return k;
    };
    place(x, buyer_class(r, b));
    std::vector<offering_index> offers;
    struct edge {
        index_value from, to;
        bool capital, weighted;
    };
    std::vector<edge> edges;
    for (std::size_t head = 0; head < sys.places.size(); ++head) {
        const value_place pl = sys.places[head];
        offers.clear();
        for (const offering_index o : g.offerings_of(pl.item))
            if (r.available_to(o, pl.buyer)) offers.push_back(o);
        const auto shares = split_shares(g, offers);
        double added = 0.0;
        bool covered = false;
        for (std::size_t i = 0; i < offers.size(); ++i) {
            const offering_index o = offers[i];
            const company_index p = g.offerings[o].provider;
            const company_index cls = buyer_class(r, p);
            double inputs = 0.0;
            g.for_each_requirement(o, [&](const requirement_record& req) {
                const index_value k = place(req.input, cls);
                edges.push_back({static_cast<index_value>(head), k, req.capital, req.has_weight()});
                const double w = req.has_weight() ? req.weight : 0.0;
                inputs += w;
                sys.terms.push_back({static_cast<index_value>(head), k, shares[i] * w});
            });
            if (located_in(g, p, B)) {
                covered = true;
                added += shares[i] * (1.0 - inputs);
            }
        }
        sys.added.push_back(added);
        sys.covered.push_back(covered ? 1 : 0);
    }
    // Requirements that need a weight: the non-capital ones of the places
    // reached from x through non-capital requirements only. A capital input
    // carries no weight (equipment is not an intermediate input), and nothing
    // below it carries value into x.
    std::vector<std::uint8_t> valued(sys.places.size(), 0);
    valued[0] = 1;
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& e : edges)
            if (!e.capital && valued[e.from] && !valued[e.to]) valued[e.to] = 1, grew = true;
    }
    for (const auto& e : edges)
        if (!e.capital && valued[e.from]) {
            ++sys.requirements;
            if (e.weighted) ++sys.known_weights;
        }
    return sys;
}

}  // namespace detail

/// Measure 1: can x be made by B alone? (see the header comment)
struct capability_result {
    bool capable = false;
    std::vector<item_index> missing;  ///< root causes: items without a usable B-located offering, sorted
};

/// Measure 2: the share of x's closure that B can supply (see the header comment).
struct coverage_result {
    std::size_t items = 0;     ///< items in the closure, x included
    std::size_t covered = 0;   ///< of which covered
    double plain = 0.0;        ///< covered / items
    std::optional<double> weighted;  ///< λ-weighted; nothing without any known weight
    bool weights_complete = true;    ///< every non-capital requirement on a value path has a known weight
    bool converged = true;           ///< λ solved (false: the iteration bound was reached)
    std::vector<item_index> uncovered;  ///< items of the closure not covered, sorted
};

/// Measure 3: the domestic value share v(x) (see the header comment).
struct value_share_result {
    double share = 0.0;         ///< v(x) for the buyer, in [0, 1]
    bool converged = true;      ///< false: the iteration bound was reached first
    std::size_t sweeps = 0;     ///< Gauss–Seidel sweeps (0: exact, no cycle)
    std::size_t places = 0;     ///< size of the linear system
};

/// Capability of bloc B for item x bought by b in scenario s. Throws
/// query_error if x, b or the scenario names a record not in g.
constexpr capability_result capability(const graph_view& g, item_index x, company_index b, const bloc& B, const scenario& s) {
    g.check(x);
    g.check_buyer(b);
    scenario restricted = s;
    for (const company_index c : g.companies.indices())
        if (!detail::located_in(g, c, B)) restricted.disrupted.push_back(c);
    const auto r = compute_availability(g, restricted);
    capability_result out;
    out.capable = r.item_available_to(x, b);
    if (out.capable) return out;

    const day_number t = r.day();
    const auto disrupted = detail::disrupted_companies(g, restricted);
    const auto blocked = [&](offering_index q, company_index p, day_number d) {
        return !r.controls().blocking_rule(q, p, d).is_none();
    };
    const auto usable = [&](offering_index q, company_index p, day_number d) {
        return detail::obtainable(g, q, p, d, disrupted, blocked);
    };
    struct place {
        item_index item;
        company_index buyer;
        day_number day;
        bool capital;
    };
    std::vector<place> work{{x, b, t, false}};
    index_vector<item_index, std::vector<std::pair<company_index, day_number>>> seen(g.items.size(), {});
    seen[x].push_back({b, t});
    const auto push = [&](item_index y, company_index p, day_number d, bool capital) {
        for (const auto& [sb, sd] : seen[y])
            if (sb == p && sd == d) return;
        seen[y].push_back({p, d});
        work.push_back({y, p, d, capital});
    };
    for (std::size_t head = 0; head < work.size(); ++head) {
        const place pl = work[head];
        bool any_usable = false, any_available = false;
        for (const offering_index q : g.offerings_of(pl.item)) {
            if (!usable(q, pl.buyer, pl.day)) continue;
            any_usable = true;
            any_available = any_available || r.available(q);
        }
        if (!any_usable) {
            out.missing.push_back(pl.item);
            continue;
        }
        if (pl.capital || any_available) continue;  // installed equipment is not re-examined
        for (const offering_index q : g.offerings_of(pl.item)) {
            if (!usable(q, pl.buyer, pl.day)) continue;
            const auto& off = g.offerings[q];
            g.for_each_requirement(q, [&](const requirement_record& req) {
                if (req.capital && g.installed_covers(q, req.input, t)) return;  // installed inputs keep working
                const bool at_start = req.capital && off.since != since_always;
                const day_number d = at_start ? off.since : t;
                const auto q2s = g.offerings_of(req.input);
                const bool met = std::any_of(q2s.begin(), q2s.end(), [&](offering_index q2) {
                    return at_start ? usable(q2, off.provider, d) : r.available_to(q2, off.provider);
                });
                if (!met) push(req.input, off.provider, d, at_start);
            });
        }
    }
    std::sort(out.missing.begin(), out.missing.end());
    out.missing.erase(std::unique(out.missing.begin(), out.missing.end()), out.missing.end());
    return out;
}

/// Coverage of item x's closure by bloc B, for buyer b, in r's scenario.
constexpr coverage_result coverage(const availability_result& r, item_index x, company_index b, const bloc& B,
                                   const solver_options& opt = {}) {
    const auto sys = detail::build_value_system(r, x, b, B);
    coverage_result out;
    // Items: covered when every place of the item is.
    std::vector<item_index> items;
    index_vector<item_index, std::uint8_t> item_state(r.graph().items.size(), 0);  // 1: covered so far, 2: not covered
    for (std::size_t k = 0; k < sys.places.size(); ++k) {
        const item_index y = sys.places[k].item;
        if (item_state[y] == 0) items.push_back(y);
        if (!sys.covered[k]) item_state[y] = 2;
        else if (item_state[y] == 0) item_state[y] = 1;
    }
    std::sort(items.begin(), items.end());
    out.items = items.size();
    for (const item_index y : items) {
        if (item_state[y] == 1) ++out.covered;
        else out.uncovered.push_back(y);
    }
    out.plain = static_cast<double>(out.covered) / static_cast<double>(out.items);
    out.weights_complete = sys.known_weights == sys.requirements;
    // λ = e_root + Wᵀ λ.
    std::vector<double> e(sys.places.size(), 0.0);
    e[0] = 1.0;
    std::vector<detail::linear_term> transposed;
    transposed.reserve(sys.terms.size());
    for (const auto& t : sys.terms) transposed.push_back({t.col, t.row, t.coef});
    const auto lambda = detail::solve_fixed_point(e, transposed, opt);
    out.converged = lambda.converged;
    if (sys.requirements > 0 && sys.known_weights == 0) return out;
    double total = 0.0, inside = 0.0;
    for (std::size_t k = 0; k < sys.places.size(); ++k) {
        total += lambda.x[k];
        if (sys.covered[k]) inside += lambda.x[k];
    }
    out.weighted = total > 0.0 ? inside / total : 0.0;
    return out;
}

/// Domestic value share of bloc B in item x bought by b, in r's scenario.
constexpr value_share_result domestic_value_share(const availability_result& r, item_index x, company_index b, const bloc& B,
                                                  const solver_options& opt = {}) {
    const auto sys = detail::build_value_system(r, x, b, B);
    const auto v = detail::solve_fixed_point(sys.added, sys.terms, opt);
    return {v.x[0], v.converged, v.sweeps, sys.places.size()};
}

/// Domestic value share of bloc B in item x bought by b in scenario s.
constexpr value_share_result domestic_value_share(const graph_view& g, item_index x, company_index b, const bloc& B,
                                                  const scenario& s, const solver_options& opt = {}) {
    return domestic_value_share(compute_availability(g, s), x, b, B, opt);
}

/// All three measures of bloc B for item x bought by b in scenario s.
struct self_sufficiency_result {
    capability_result capability;
    coverage_result coverage;
    value_share_result value_share;
};

constexpr self_sufficiency_result self_sufficiency(const graph_view& g, item_index x, company_index b, const bloc& B,
                                                   const scenario& s, const solver_options& opt = {}) {
    const auto r = compute_availability(g, s);
    return {capability(g, x, b, B, s), coverage(r, x, b, B, opt), domestic_value_share(r, x, b, B, opt)};
}

}  // namespace semichain
