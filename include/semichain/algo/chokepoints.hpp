// Chokepoints (DESIGN.md §5): the minimal sets of companies, or of
// countries, whose disruption makes an item unavailable to a buyer.
//
// Meaning. A query names an item x, a buyer b (or none()), a base scenario
// (date, controls, prior disruptions) and candidates. A chokepoint set is a
// set S of candidates such that x is unavailable to b under the base scenario
// with S's companies disrupted too, exactly as compute_availability decides
// (availability.hpp). The result lists every *minimal* such set with |S| ≤
// max_order, and nothing else: the minimal cut sets, truncated at that order,
// of the fault tree in which an offering fails when
//  - it is unavailable already in the base scenario, or
//  - its provider is disrupted, or
//  - a requirement checked at the date fails: every offering of the input
//    that is available at baseline and not blocked (at the date) to the
//    provider fails — an offering blocked by a control rule never counts, and
//    controls do not depend on disruptions; or
//  - a capital requirement of an offering with a `since` fails: the
//    providers of every offering of the input that was obtainable at `since`
//    (valid then, provider not disrupted at baseline, not blocked then) are
//    disrupted — the suppliers' own inputs are not re-examined;
// a capital requirement met by an input installed in the offering's line
// (graph_view::installed_covers) never fails: installed inputs keep working
// whatever happens to their maker;
// and x fails for b when every offering of x available to b at baseline
// fails. "Requires all" is an OR gate, "any of these offerings" an AND gate.
//
// Candidates. Companies (default: every company but the virtual ones), or
// countries each standing for its companies: disrupting country c disrupts
// every candidate company located in c. The filters (countries, roles, an
// explicit list) choose the candidate companies; with country candidates,
// each country stands for its companies that pass the filters (by default
// all but the virtual ones, which are modelling placeholders and never
// disrupted; residual providers without a country belong to no country).
//
// Method. Two engines give the same result (chokepoint_query::engine); by
// default sets that are listed come from the first, counts and streams from
// the second.
//  - Lists: every node of the fault tree holds its minimal cut sets as a
//    sorted list (detail/cut_sets.hpp: OR a minimised merge, AND a product
//    that joins only the pairs no set already covers), orders 1, 2, …, k
//    searched one after the other, each leaving out what the lower ones
//    found (a known single point stops being a candidate; a set containing
//    a known set is dropped everywhere); a family is freed once every node
//    that reads it is done. Fast where families are small (layered supply
//    graphs: benchmarks/RESULTS.md), but every node holds its own family.
//  - Diagrams: the families of minimal cut sets are zero-suppressed decision
//    diagrams (detail/zbdd.hpp) in one manager per query: shared between the
//    nodes of the fault tree, canonical (equal families are equal handles), and
//    combined by Minato's family algebra with Rauzy's minimal-solution
//    operators — OR: the minimal union, AND: the minimal product truncated at
//    max_order inside the recursion, so no set larger than the order is ever
//    built and the truncation is exact (a minimal set of order ≤ k of a gate
//    comes only from minimal sets of order ≤ k of its inputs).
//    The nodes of x's dependency closure (offerings; items as bought by one
//    buyer) are found once; their strongly connected components are taken
//    children first, so each node's diagram is computed once from its
//    children's. Supply cycles are settled as a least fixpoint: their families
//    start empty ("never fails") and grow, in rounds over the nodes that
//    changed (in depth-first finish order), until nothing changes — a handle
//    comparison; for each candidate set this is exactly the least fixpoint of
//    "fails", the complement of availability's greatest fixpoint. No recursion
//    follows the data: a chain 10 000 deep is fine, in memory linear in its
//    length.
//
// Variable order of the diagrams (their sizes and the gates' costs depend
// on it). Candidates are numbered in the order a depth-first walk from x first
// meets them, where meeting an item means meeting the own gates of all its
// offerings (each offering's provider, then the providers of its capital
// gates, offerings in stored order) before anything below the item; the
// walk then goes down each offering's requirements in stored order. So the
// members of a gate come before everything below it:
//  - the OR of an offering's provider with its inputs' family is a new root
//    over the shared family below (O(1) for a chain of single points of
//    failure);
//  - the AND of an item's offerings {p1} ∪ F1, {p2} ∪ F2, … splits first on
//    the providers p1, p2, … and then meets F1, F2, … — mostly one shared
//    family, F ⊗ F = F at once — instead of multiplying each F by the
//    providers below it.
//
// Results. The counts of minimal sets by order are exact (read off the
// diagram, even when the sets are not listed: count_only, or
// chokepoint_counts). The sets are listed in the result, or streamed one by
// one without listing (chokepoint_stream).
//
// Limit. `max_sets` bounds the cut sets the lists hold at once
// (intermediate products included), the sets listed in a result, and the
// nodes of the diagrams (each about one cut set's memory); default
// 10 000 000, a few hundred MB at most. Beyond it the search stops with
// search_limit_exceeded, whose message names the limit and how to raise it
// (or lower max_order, narrow the candidates, or count or stream the sets).
#pragma once

#include <semichain/algo/availability.hpp>
#include <semichain/algo/detail/cut_sets.hpp>
#include <semichain/algo/detail/zbdd.hpp>
#include <semichain/algo/scenario.hpp>
#include <semichain/core/error.hpp>
#include <semichain/graph/view.hpp>

#include <range/v3/view/filter.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace semichain {

/// What a chokepoint candidate is.
enum class candidate_kind : std::uint8_t {
    companies,  ///< each candidate company on its own
    countries,  ///< a country, standing for its candidate companies
};

/// Which companies are candidates (all filters must hold; virtual companies never are).
struct candidate_spec {
    candidate_kind by = candidate_kind::companies;
    std::optional<bloc> in_countries{};  ///< only companies located in these countries
    role_set with_roles{};               ///< only companies with one of these roles (empty: any role)
    std::vector<company_index> only{};   ///< only these companies (empty: no such restriction)
};

/// A member of a chokepoint set: a company's index value (company
/// candidates; company_index{m} gives the company back) or a country's index
/// (country candidates; country::from_index(m) gives the country back).
using candidate_member_t = index_value;
/// "Not a candidate".
inline constexpr candidate_member_t no_member = static_cast<candidate_member_t>(-1);

/// How a chokepoint search holds its families of minimal cut sets (both
/// exact, with the same result; see the header comment).
enum class chokepoint_engine : std::uint8_t {
    automatic,  ///< lists when the sets are listed, diagrams when they are only counted or streamed
    lists,      ///< bottom-up on listed families, orders one after the other (detail/cut_sets.hpp)
    diagrams,   ///< bottom-up on shared diagrams (ZBDDs, detail/zbdd.hpp), one pass at max_order
};

/// The default of chokepoint_query::max_sets.
inline constexpr std::size_t default_max_sets = 10'000'000;

/// A chokepoint question: see the header comment for the meaning.
struct chokepoint_query {
    item_index item{};                 ///< the target item x
    company_index buyer{};             ///< who buys x (none(): a buyer no control rule restricts)
    scenario base{};                   ///< date, controls and disruptions already assumed
    candidate_spec candidates{};       ///< who may be disrupted
    std::size_t max_order = 3;         ///< the largest set size reported (k)
    std::size_t max_sets = default_max_sets;  ///< the most sets listed, and of diagram nodes held (see the header comment)
    bool count_only = false;           ///< count the sets by order, list none
    chokepoint_engine engine = chokepoint_engine::automatic;  ///< how the families are held
};

/// Thrown when a chokepoint search would hold more than chokepoint_query::max_sets cut sets.
class search_limit_exceeded : public query_error {
public:
    search_limit_exceeded(std::string_view item, std::size_t order, std::size_t limit)
        : query_error("semichain: the chokepoint search for '" + std::string{item} + "' up to order " +
                             std::to_string(order) + " needs more than " + std::to_string(limit) +
                             " cut sets or diagram nodes (chokepoint_query::max_sets = " + std::to_string(limit) +
                             "); raise max_sets, or lower max_order, or narrow the candidates, or only count "
                             "(count_only) or stream (chokepoint_stream) the sets"),
          limit_{limit},
          order_{order} {}
    /// The max_sets that was exceeded.
    [[nodiscard]] std::size_t limit() const noexcept { return limit_; }
    /// The max_order of the search.
    [[nodiscard]] std::size_t order() const noexcept { return order_; }

private:
    std::size_t limit_, order_;
};

namespace detail {
/// candidate_member but for the `only` list.
constexpr candidate_member_t candidate_member_unlisted(const graph_view& g, const candidate_spec& spec, company_index company) {
    const auto& c = g.companies[company];
    if (c.roles.contains(role::virtual_)) return no_member;
    if (!spec.with_roles.empty() && (c.roles.bits() & spec.with_roles.bits()) == 0) return no_member;
    if (spec.in_countries && !(c.location && spec.in_countries->contains(*c.location))) return no_member;
    if (spec.by == candidate_kind::companies) return company.value();
    return c.location ? static_cast<candidate_member_t>(c.location->index()) : no_member;
}
}  // namespace detail

/// The member a company belongs to as a candidate: itself (companies), its
/// country's index (countries, see country::index), or no_member if it is no
/// candidate (virtual, filtered out, or a country candidate without a country).
/// Throws query_error if `company` is not a company of g.
constexpr candidate_member_t candidate_member(const graph_view& g, const candidate_spec& spec, company_index company) {
    g.check(company);
    if (!spec.only.empty() && std::find(spec.only.begin(), spec.only.end(), company) == spec.only.end()) return no_member;
    return detail::candidate_member_unlisted(g, spec, company);
}

namespace detail {
/// candidate_member of every company, in time linear in the companies and
/// the `only` list (not their product).
constexpr index_vector<company_index, candidate_member_t> candidate_members(const graph_view& g, const candidate_spec& spec) {
    index_vector<company_index, candidate_member_t> out(g.companies.size(), no_member);
    company_flags listed;
    if (!spec.only.empty()) {
        listed.assign(g.companies.size(), 0);
        for (const company_index c : spec.only)
            if (g.companies.contains(c)) listed[c] = 1;
    }
    for (const company_index c : g.companies.indices())
        if (listed.empty() || listed[c]) out[c] = candidate_member_unlisted(g, spec, c);
    return out;
}
}  // namespace detail

/// The answer to a chokepoint_query.
struct chokepoint_result {
    item_index item{};
    company_index buyer{};
    /// Is the item available to the buyer in the base scenario? If not, the
    /// only minimal set is the empty one: `sets` is {{}}.
    bool available_at_baseline = false;
    candidate_kind kind = candidate_kind::companies;
    std::size_t max_order = 0;
    /// Every candidate, ascending: company indices, or country indices
    /// (country::from_index gives the country back).
    std::vector<candidate_member_t> candidates;
    /// The minimal chokepoint sets of size ≤ max_order, each ascending by
    /// member (= by company id, or by country code); sorted by size, then
    /// lexicographically. Empty when the query asked count_only.
    std::vector<std::vector<candidate_member_t>> sets;
    /// counts[j]: the number of minimal chokepoint sets of exactly j members,
    /// for j = 0 … min(max_order, number of candidates); exact whether or not
    /// the sets are listed (saturating at UINT64_MAX).
    std::vector<std::uint64_t> counts;
    /// Were the sets listed (the query did not ask count_only)?
    bool listed = true;
    /// The nodes the search's diagrams made (its memory: about 21 bytes each).
    std::size_t diagram_nodes = 0;

    /// The number of minimal sets of exactly `order` members (0 beyond the counts).
    [[nodiscard]] constexpr std::uint64_t count(std::size_t order) const noexcept {
        return order < counts.size() ? counts[order] : 0;
    }
    /// The number of minimal sets of order ≤ max_order (saturating at UINT64_MAX).
    [[nodiscard]] constexpr std::uint64_t total() const noexcept {
        std::uint64_t n = 0;
        for (const std::uint64_t c : counts) n = n > UINT64_MAX - c ? UINT64_MAX : n + c;
        return n;
    }

    /// The sets of exactly `order` members (a lazy view; the result must
    /// outlive it, so a temporary result does not compile).
    [[nodiscard]] auto of_order(std::size_t order) const& {
        return ranges::views::filter(sets, [order](const std::vector<candidate_member_t>& s) { return s.size() == order; });
    }
    auto of_order(std::size_t) const&& = delete;
    /// The members of the sets of size 1: the single points of failure.
    [[nodiscard]] constexpr std::vector<candidate_member_t> single_points() const {
        std::vector<candidate_member_t> out;
        for (const auto& s : sets)
            if (s.size() == 1) out.push_back(s.front());
        return out;
    }
    /// Is `members` (ascending) one of the minimal sets?
    [[nodiscard]] constexpr bool has_set(const std::vector<candidate_member_t>& members) const {
        return std::find(sets.begin(), sets.end(), members) != sets.end();
    }
    /// The sets as companies (for company candidates; throws query_error otherwise).
    [[nodiscard]] constexpr std::vector<std::vector<company_index>> company_sets() const {
        if (kind != candidate_kind::companies) detail::fail_query("semichain: chokepoint_result::company_sets: the candidates are countries");
        std::vector<std::vector<company_index>> out;
        for (const auto& s : sets) {
            auto& cs = out.emplace_back();
            for (const candidate_member_t m : s) cs.push_back(company_index{m});
        }
        return out;
    }
    /// The sets as countries (for country candidates; throws query_error otherwise).
    [[nodiscard]] constexpr std::vector<std::vector<country>> country_sets() const {
        if (kind != candidate_kind::countries) detail::fail_query("semichain: chokepoint_result::country_sets: the candidates are companies");
        std::vector<std::vector<country>> out;
        for (const auto& s : sets) {
            auto& cs = out.emplace_back();
            for (const candidate_member_t m : s) cs.push_back(country::from_index(m));
        }
        return out;
    }
    /// A member's name: the company id, or the country code.
    [[nodiscard]] constexpr std::string_view name(const graph_view& g, candidate_member_t member) const {
        return kind == candidate_kind::companies ? g.companies[company_index{member}].id : country::from_index(member).code();
    }
};


namespace detail {
[[noreturn]] inline void chokepoint_search_needs_more_than_max_sets(std::string_view item, std::size_t order, std::size_t limit) {
    throw search_limit_exceeded(item, order, limit);
}

/// The cut sets a search holds, checked against the query's max_sets.
struct cut_budget {
    std::size_t max_sets = default_max_sets;
    std::size_t held = 0;
    std::size_t order = 0;
    std::string_view item;

    constexpr void check(std::size_t extra) const {
        if (held + extra > max_sets) chokepoint_search_needs_more_than_max_sets(item, order, max_sets);
    }
};

/// One chokepoint search (see the header comment).
class chokepoint_search {
public:
    /// `known`: minimal sets of the root already found (canonical); sets
    /// containing one of them are left out everywhere, for no minimal set of
    /// the root can contain them.
    /// `asked_order`: the order the caller asked for (for the limit's message).
    constexpr chokepoint_search(const graph_view& g, const chokepoint_query& q, const availability_result& base,
                                const cut_family& known, std::size_t asked_order)
        : g_{g}, q_{q}, base_{base}, k_{q.max_order},
          base_disrupted_{disrupted_companies(g, q.base)},
          member_{candidate_members(g, q.candidates)},
          offering_node_(g.offerings.size(), no_node),
          item_node_(g.items.size(), no_node),
          restricted_(g.items.size(), {}) {
        budget_.max_sets = q.max_sets;
        budget_.order = asked_order;
        budget_.item = g.items[q.item].id;
        // A known single point is no longer a member at all; larger known sets block.
        std::vector<member_t> singles;
        for (std::size_t i = 0; i < known.size(); ++i) {
            if (known[i].size() == 1) singles.push_back(known[i].front());
            else blockers_.push(known[i]);
        }
        for (candidate_member_t& m : member_)
            if (m != no_member && std::binary_search(singles.begin(), singles.end(), m)) m = no_member;
    }

    /// The minimal cut sets of the query's item for its buyer.
    constexpr cut_family run() {
        const node_t root = item_node_for(q_.item, q_.buyer);
        discover();
        evaluate(root);
        return std::move(family_[root]);
    }

private:
    // --- the fault tree ------------------------------------------------------
    // Nodes of the fault tree are numbered as they are found.
    using node_t = index_value;
    static constexpr node_t no_node = static_cast<node_t>(-1);
    struct node {
        offering_index offering{};  // offering node
        item_index item{};          // item node
        company_index buyer{};      // item node: whose controls filter the offerings
        bool is_item = false;
    };

    constexpr node_t add_node(node n) {
        nodes_.push_back(n);
        family_.emplace_back();
        base_family_.emplace_back();
        return static_cast<node_t>(nodes_.size() - 1);
    }
    constexpr node_t offering_node(offering_index o) {
        if (offering_node_[o] == no_node) offering_node_[o] = add_node({o, {}, {}, false});
        return offering_node_[o];
    }
    // Item y as bought by buyer p: its offerings available at baseline and
    // not blocked to p. Buyers that no rule restricts, and restricted buyers
    // to whom nothing of y is blocked, share one node per item.
    constexpr node_t item_node_for(item_index y, company_index p) {
        if (base_.controls().buyer_is_restricted(p)) {
            for (const auto& [buyer, n] : restricted_[y])
                if (buyer == p) return n;
            const auto os = g_.offerings_of(y);
            const bool blocked = std::any_of(os.begin(), os.end(), [&](offering_index o) {
                return base_.available(o) && !base_.blocking_rule(o, p).is_none();
            });
            const node_t n = blocked ? add_node({{}, y, p, true}) : plain_item_node(y);
            restricted_[y].push_back({p, n});
            return n;
        }
        return plain_item_node(y);
    }
    constexpr node_t plain_item_node(item_index y) {
        if (item_node_[y] == no_node) item_node_[y] = add_node({{}, y, {}, true});
        return item_node_[y];
    }

    // Breadth-first over the closure; children of node n are
    // children_[child_begin_[n] .. child_begin_[n + 1]).
    constexpr void discover() {
        std::vector<node_t> kids;
        std::vector<member_t> gate;
        const auto blocked = [&](offering_index q, company_index b, day_number d) {
            return !base_.controls().blocking_rule(q, b, d).is_none();
        };
        for (node_t n = 0; n < nodes_.size(); ++n) {
            kids.clear();
            const node nd = nodes_[n];
            if (nd.is_item) {
                for (const offering_index o : g_.offerings_of(nd.item))
                    if (base_.available(o) && base_.blocking_rule(o, nd.buyer).is_none())
                        kids.push_back(offering_node(o));
                if (kids.empty()) base_family_[n] = always_fails();
            } else {
                const offering_index o = nd.offering;
                const auto& off = g_.offerings[o];
                cut_family consts;
                if (member_[off.provider] != no_member) consts.push(std::span<const member_t>{&member_[off.provider], 1});
                g_.for_each_requirement(o, [&](const requirement_record& r) {
                    if (r.capital && g_.installed_covers(o, r.input, base_.day())) return;  // installed: cannot fail
                    if (!(r.capital && off.since != since_always)) {
                        kids.push_back(item_node_for(r.input, off.provider));
                        return;
                    }
                    // Capital: every offering obtainable at `since` must lose its provider.
                    gate.clear();
                    for (const offering_index q : g_.offerings_of(r.input)) {
                        if (!obtainable(g_, q, off.provider, off.since, base_disrupted_, blocked)) continue;
                        const auto& qo = g_.offerings[q];
                        if (member_[qo.provider] == no_member) return;  // this gate cannot fail
                        gate.push_back(member_[qo.provider]);
                    }
                    std::sort(gate.begin(), gate.end());
                    gate.erase(std::unique(gate.begin(), gate.end()), gate.end());
                    if (gate.size() <= k_) consts.push(gate);
                });
                minimize(consts, false, base_family_[n]);
                drop_blocked(base_family_[n]);
            }
            std::sort(kids.begin(), kids.end());
            kids.erase(std::unique(kids.begin(), kids.end()), kids.end());
            children_.insert(children_.end(), kids.begin(), kids.end());
            child_begin_.push_back(static_cast<node_t>(children_.size()));
        }
    }

    [[nodiscard]] constexpr std::span<const node_t> children_of(node_t n) const {
        return std::span<const node_t>{children_}.subspan(child_begin_[n], child_begin_[n + 1] - child_begin_[n]);
    }

    // --- evaluation ------------------------------------------------------------
    // Strongly connected components (Tarjan, iterative), children first; each
    // evaluated once, or to a fixpoint if it is a cycle.
    constexpr void evaluate(node_t root) {
        const auto nn = static_cast<node_t>(nodes_.size());
        std::vector<node_t> order(nn, no_node), low(nn, 0), comp(nn, no_node), finish(nn, 0);
        std::vector<std::uint8_t> on_stack(nn, 0);
        std::vector<node_t> stack, members;
        struct frame {
            node_t n, next;
        };
        std::vector<frame> calls;
        node_t counter = 0, finished = 0, comps = 0;

        std::vector<node_t> parents_begin(nn + 1, 0), parents;  // reverse edges
        for (const node_t c : children_) ++parents_begin[c + 1];
        for (node_t n = 0; n < nn; ++n) parents_begin[n + 1] += parents_begin[n];
        parents.resize(children_.size(), 0);
        {
            std::vector<node_t> fill(parents_begin.begin(), parents_begin.end() - 1);
            for (node_t n = 0; n < nn; ++n)
                for (const node_t c : children_of(n)) parents[fill[c]++] = n;
        }
        // How many parents still have to read each family.
        readers_.assign(nn, 0);
        for (node_t n = 0; n < nn; ++n) readers_[n] = parents_begin[n + 1] - parents_begin[n];

        const auto visit = [&](node_t n) {
            order[n] = low[n] = counter++;
            stack.push_back(n);
            on_stack[n] = 1;
            calls.push_back({n, child_begin_[n]});
        };
        visit(root);
        while (!calls.empty()) {
            frame& f = calls.back();
            if (f.next < child_begin_[f.n + 1]) {
                const node_t c = children_[f.next++];
                if (order[c] == no_node) visit(c);
                else if (on_stack[c]) low[f.n] = std::min(low[f.n], order[c]);
                continue;
            }
            const node_t n = f.n;
            calls.pop_back();
            finish[n] = finished++;
            if (!calls.empty()) low[calls.back().n] = std::min(low[calls.back().n], low[n]);
            if (low[n] != order[n]) continue;
            members.clear();
            node_t m = no_node;
            do {
                m = stack.back();
                stack.pop_back();
                on_stack[m] = 0;
                comp[m] = comps;
                members.push_back(m);
            } while (m != n);
            // Children before parents, as far as the cycle allows (depth-first finish order).
            std::sort(members.begin(), members.end(), [&](node_t a, node_t b) { return finish[a] < finish[b]; });
            settle(members, comp, comps, finish, parents_begin, parents);
            // Children's families that no one else reads are freed.
            for (const node_t u : members)
                for (const node_t c : children_of(u))
                    if (--readers_[c] == 0 && c != root) {
                        budget_.held -= family_[c].size();
                        family_[c].release();
                    }
            ++comps;
        }
    }

    // Evaluates one component: once if acyclic, else a work list from empty
    // families, always taking the waiting node that finished first in the
    // depth-first search (children before parents, as far as the cycle allows).
    constexpr void settle(const std::vector<node_t>& members, const std::vector<node_t>& comp, node_t id,
                          const std::vector<node_t>& finish, const std::vector<node_t>& parents_begin,
                          const std::vector<node_t>& parents) {
        bool cyclic = members.size() > 1;
        if (!cyclic)
            for (const node_t c : children_of(members.front())) cyclic = cyclic || c == members.front();
        if (!cyclic) {
            update(members.front(), true);
            return;
        }
        const auto later = [&](node_t a, node_t b) { return finish[a] > finish[b]; };  // a min-heap by finish
        std::vector<node_t> heap(members.begin(), members.end()), next_round;
        std::make_heap(heap.begin(), heap.end(), later);
        queued_.resize(nodes_.size(), 0);
        for (const node_t m : members) queued_[m] = 1;
        while (!heap.empty()) {
            while (!heap.empty()) {
                std::pop_heap(heap.begin(), heap.end(), later);
                const node_t n = heap.back();
                heap.pop_back();
                queued_[n] = 0;
                if (!update(n, false)) continue;
                for (node_t k = parents_begin[n]; k < parents_begin[n + 1]; ++k) {
                    const node_t p = parents[k];
                    if (comp[p] != id || queued_[p]) continue;
                    queued_[p] = 1;
                    if (finish[p] > finish[n]) {
                        heap.push_back(p);
                        std::push_heap(heap.begin(), heap.end(), later);
                    } else {
                        next_round.push_back(p);
                    }
                }
            }
            std::swap(heap, next_round);
            std::make_heap(heap.begin(), heap.end(), later);
        }
    }

    // Leaves out the sets of f that contain a blocker.
    constexpr void drop_blocked(cut_family& f) {
        if (blockers_.empty() || f.empty()) return;
        subset_lookup blocks{blockers_};
        cut_family kept;
        for (std::size_t i = 0; i < f.size(); ++i)
            if (!blocks.covers(f[i], true)) kept.push(f[i]);
        if (kept.size() != f.size()) f = std::move(kept);
    }

    // Recomputes node n's family from its children's; true if it changed.
    // Outside cycles, a child's family read by n alone is taken, not copied.
    constexpr bool update(node_t n, bool acyclic) {
        cut_family next;
        const auto kids = children_of(n);
        if (!nodes_[n].is_item) {
            std::vector<const cut_family*> parts{&base_family_[n]};
            for (const node_t c : kids) parts.push_back(&family_[c]);
            unite(std::span<const cut_family* const>{parts}, next, budget_);
        } else if (kids.empty()) {
            next = base_family_[n];
        } else {
            // AND over the offerings, smallest families first.
            std::vector<node_t> by_size(kids.begin(), kids.end());
            std::sort(by_size.begin(), by_size.end(), [&](node_t a, node_t b) {
                return family_[a].size() != family_[b].size() ? family_[a].size() < family_[b].size() : a < b;
            });
            if (!family_[by_size.front()].empty()) {
                if (const node_t c = by_size.front(); by_size.size() == 1 && acyclic && readers_[c] == 1) {
                    budget_.held -= family_[c].size();
                    next = std::move(family_[c]);
                    family_[c].release();
                } else if (by_size.size() == 1) {
                    budget_.check(family_[c].size());
                    next = family_[c];
                } else {
                    cut_family tmp;
                    product(family_[by_size[0]], family_[by_size[1]], k_, next, budget_);
                    for (std::size_t i = 2; i < by_size.size() && !next.empty(); ++i) {
                        product(next, family_[by_size[i]], k_, tmp, budget_);
                        std::swap(next, tmp);
                    }
                }
            }
        }
        drop_blocked(next);
        if (!acyclic && next == family_[n]) return false;
        budget_.held = budget_.held - family_[n].size() + next.size();
        budget_.check(0);
        family_[n] = std::move(next);
        return true;
    }

    const graph_view& g_;
    const chokepoint_query& q_;
    const availability_result& base_;
    std::size_t k_;
    company_flags base_disrupted_;
    index_vector<company_index, candidate_member_t> member_;
    index_vector<offering_index, node_t> offering_node_;
    index_vector<item_index, node_t> item_node_;
    index_vector<item_index, std::vector<std::pair<company_index, node_t>>> restricted_;  // per item: (buyer, node)
    std::vector<node> nodes_;
    std::vector<cut_family> family_, base_family_;
    std::vector<node_t> children_, child_begin_ = std::vector<node_t>(1, 0);
    std::vector<node_t> readers_;       // per node: parents that have yet to read its family
    std::vector<std::uint8_t> queued_;  // per node: waiting in a cycle's work list
    cut_budget budget_;
    cut_family blockers_;  // known sets of two or more members
};


/// The minimal sets of order ≤ out's order by the listed-families search:
/// orders 1, 2, …, k one after the other, each leaving out what the lower
/// ones found (a set containing a known chokepoint set is not minimal).
constexpr void listed_sets(const graph_view& g, const chokepoint_query& q, const availability_result& base, std::size_t k,
                           chokepoint_result& out) {
    cut_family f;
    for (std::size_t order = 1; order <= k; ++order) {
        chokepoint_query stage = q;
        stage.max_order = order;
        cut_family found = chokepoint_search{g, stage, base, f, q.max_order}.run();
        cut_family both;
        const cut_family* parts[] = {&f, &found};
        unite(std::span<const cut_family* const>{parts}, both, cut_budget{q.max_sets, 0, q.max_order, g.items[q.item].id});
        f = std::move(both);
    }
    out.counts.assign(k + 1, 0);
    for (std::size_t i = 0; i < f.size(); ++i) {
        ++out.counts[f[i].size()];
        if (out.listed) out.sets.emplace_back(f[i].begin(), f[i].end());
    }
}

/// The fault tree of one chokepoint query and its families of minimal cut
/// sets as diagrams (see the header comment): build() once, then family(k)
/// for an order k, in the manager given.
class chokepoint_tree {
public:
    constexpr chokepoint_tree(const graph_view& g, const chokepoint_query& q, const availability_result& base)
        : g_{g}, q_{q}, base_{base},
          base_disrupted_{disrupted_companies(g, q.base)},
          member_{candidate_members(g, q.candidates)},
          offering_node_(g.offerings.size(), no_node),
          item_node_(g.items.size(), no_node),
          restricted_(g.items.size(), {}) {
        root_ = item_node_for(q_.item, q_.buyer);
        discover();
        number_variables();
    }

    /// The diagram of the item's minimal cut sets of order ≤ k, made in m
    /// (whose variables are this tree's: see member_of). Throws
    /// zbdd_node_limit beyond m's budget.
    constexpr zbdd family(zbdd_manager& m, std::uint32_t k) {
        m_ = &m;
        k_ = k;
        family_.assign(nodes_.size(), zbdd_manager::bottom);
        base_family_.assign(nodes_.size(), zbdd_manager::bottom);
        for (node_t n = 0; n < nodes_.size(); ++n) base_family_[n] = base_of(n);
        evaluate();
        return family_[root_];
    }
    /// The candidate member of a diagram variable.
    [[nodiscard]] constexpr candidate_member_t member_of(zvar v) const { return var_member_[v]; }
    /// The diagram variable of a member, or no_var if no node of the tree has it.
    [[nodiscard]] constexpr zvar var_of(candidate_member_t m) const {
        return m < member_var_.size() ? member_var_[m] : no_var;
    }
    /// The member of every variable, by variable (the candidates met in the closure).
    [[nodiscard]] constexpr const std::vector<candidate_member_t>& variable_members() const noexcept { return var_member_; }
    static constexpr zvar no_var = static_cast<zvar>(-1);

private:
    using node_t = index_value;
    static constexpr node_t no_node = static_cast<node_t>(-1);
    struct node {
        offering_index offering{};  // offering node
        item_index item{};          // item node
        company_index buyer{};      // item node: whose controls filter the offerings
        bool is_item = false;
        bool always_fails = false;  // item node without any offering
    };

    constexpr node_t add_node(node n) {
        nodes_.push_back(n);
        return static_cast<node_t>(nodes_.size() - 1);
    }
    constexpr node_t offering_node(offering_index o) {
        if (offering_node_[o] == no_node) offering_node_[o] = add_node({o, {}, {}, false, false});
        return offering_node_[o];
    }
    // Item y as bought by buyer p: its offerings available at baseline and
    // not blocked to p. Buyers that no rule restricts, and restricted buyers
    // to whom nothing of y is blocked, share one node per item.
    constexpr node_t item_node_for(item_index y, company_index p) {
        if (base_.controls().buyer_is_restricted(p)) {
            for (const auto& [buyer, n] : restricted_[y])
                if (buyer == p) return n;
            const auto os = g_.offerings_of(y);
            const bool blocked = std::any_of(os.begin(), os.end(), [&](offering_index o) {
                return base_.available(o) && !base_.blocking_rule(o, p).is_none();
            });
            const node_t n = blocked ? add_node({{}, y, p, true, false}) : plain_item_node(y);
            restricted_[y].push_back({p, n});
            return n;
        }
        return plain_item_node(y);
    }
    constexpr node_t plain_item_node(item_index y) {
        if (item_node_[y] == no_node) item_node_[y] = add_node({{}, y, {}, true, false});
        return item_node_[y];
    }

    // Breadth-first over the closure; children of node n are
    // children_[child_begin_[n] .. child_begin_[n + 1]); an offering node's
    // own gates (its provider, its capital gates) are sets of members,
    // gates_[gate_begin_[n] .. gate_begin_[n + 1]), each
    // gate_members_[gate_at_[i] .. gate_at_[i + 1]).
    constexpr void discover() {
        std::vector<node_t> kids;
        std::vector<candidate_member_t> gate;
        const auto blocked = [&](offering_index q, company_index b, day_number d) {
            return !base_.controls().blocking_rule(q, b, d).is_none();
        };
        const auto push_gate = [&](std::span<const candidate_member_t> ms) {
            gate_members_.insert(gate_members_.end(), ms.begin(), ms.end());
            gate_at_.push_back(static_cast<index_value>(gate_members_.size()));
        };
        for (node_t n = 0; n < nodes_.size(); ++n) {
            kids.clear();
            const node nd = nodes_[n];
            if (nd.is_item) {
                for (const offering_index o : g_.offerings_of(nd.item))
                    if (base_.available(o) && base_.blocking_rule(o, nd.buyer).is_none())
                        kids.push_back(offering_node(o));
                if (kids.empty()) nodes_[n].always_fails = true;
            } else {
                const offering_index o = nd.offering;
                const auto& off = g_.offerings[o];
                if (member_[off.provider] != no_member) push_gate(std::span<const candidate_member_t>{&member_[off.provider], 1});
                g_.for_each_requirement(o, [&](const requirement_record& r) {
                    if (r.capital && g_.installed_covers(o, r.input, base_.day())) return;  // installed: cannot fail
                    if (!(r.capital && off.since != since_always)) {
                        kids.push_back(item_node_for(r.input, off.provider));
                        return;
                    }
                    // Capital: every offering obtainable at `since` must lose its provider.
                    gate.clear();
                    for (const offering_index q : g_.offerings_of(r.input)) {
                        if (!obtainable(g_, q, off.provider, off.since, base_disrupted_, blocked)) continue;
                        const auto& qo = g_.offerings[q];
                        if (member_[qo.provider] == no_member) return;  // this gate cannot fail
                        gate.push_back(member_[qo.provider]);
                    }
                    std::sort(gate.begin(), gate.end());
                    gate.erase(std::unique(gate.begin(), gate.end()), gate.end());
                    push_gate(gate);
                });
            }
            gate_begin_.push_back(static_cast<index_value>(gate_at_.size() - 1));
            std::sort(kids.begin(), kids.end());
            kids.erase(std::unique(kids.begin(), kids.end()), kids.end());
            children_.insert(children_.end(), kids.begin(), kids.end());
            child_begin_.push_back(static_cast<node_t>(children_.size()));
        }
    }

    [[nodiscard]] constexpr std::span<const node_t> children_of(node_t n) const {
        return std::span<const node_t>{children_}.subspan(child_begin_[n], child_begin_[n + 1] - child_begin_[n]);
    }
    [[nodiscard]] constexpr std::span<const candidate_member_t> gate(index_value i) const {
        return std::span<const candidate_member_t>{gate_members_}.subspan(gate_at_[i], gate_at_[i + 1] - gate_at_[i]);
    }

    // The variable order of the header comment: members numbered as a
    // depth-first walk from the root meets them, an item's offerings' own
    // gates all before anything below the item (iterative: no recursion).
    constexpr void number_variables() {
        std::vector<std::uint8_t> seen(nodes_.size(), 0);
        std::vector<node_t> todo{root_};
        const auto number_gates_of = [&](node_t n) {
            for (index_value i = gate_begin_[n]; i < gate_begin_[n + 1]; ++i)
                for (const candidate_member_t m : gate(i)) {
                    if (m >= member_var_.size()) member_var_.resize(m + 1, no_var);
                    if (member_var_[m] == no_var) {
                        member_var_[m] = static_cast<zvar>(var_member_.size());
                        var_member_.push_back(m);
                    }
                }
        };
        while (!todo.empty()) {
            const node_t n = todo.back();
            todo.pop_back();
            if (seen[n]) continue;
            seen[n] = 1;
            number_gates_of(n);
            const auto kids = children_of(n);
            if (nodes_[n].is_item)
                for (const node_t c : kids) number_gates_of(c);
            for (auto it = kids.rbegin(); it != kids.rend(); ++it)
                if (!seen[*it]) todo.push_back(*it);
        }
    }

    // An offering node's own gates as a diagram: the OR of its provider and
    // of its capital gates (each the AND of its members: one set).
    constexpr zbdd base_of(node_t n) {
        if (nodes_[n].always_fails) return zbdd_manager::top;
        zbdd f = zbdd_manager::bottom;
        std::vector<zvar> vs;
        for (index_value i = gate_begin_[n]; i < gate_begin_[n + 1]; ++i) {
            const auto ms = gate(i);
            if (ms.size() > k_) continue;
            vs.clear();
            for (const candidate_member_t m : ms) vs.push_back(member_var_[m]);
            f = m_->gate_or(f, m_->make_set(vs));
        }
        return f;
    }

    // Strongly connected components (Tarjan, iterative), children first; each
    // evaluated once, or to a fixpoint if it is a cycle.
    constexpr void evaluate() {
        const auto nn = static_cast<node_t>(nodes_.size());
        std::vector<node_t> order(nn, no_node), low(nn, 0), comp(nn, no_node), finish(nn, 0);
        std::vector<std::uint8_t> on_stack(nn, 0);
        std::vector<node_t> stack, members;
        struct frame {
            node_t n, next;
        };
        std::vector<frame> calls;
        node_t counter = 0, finished = 0, comps = 0;

        std::vector<node_t> parents_begin(nn + 1, 0), parents;  // reverse edges
        for (const node_t c : children_) ++parents_begin[c + 1];
        for (node_t n = 0; n < nn; ++n) parents_begin[n + 1] += parents_begin[n];
        parents.resize(children_.size(), 0);
        {
            std::vector<node_t> fill(parents_begin.begin(), parents_begin.end() - 1);
            for (node_t n = 0; n < nn; ++n)
                for (const node_t c : children_of(n)) parents[fill[c]++] = n;
        }
        const auto visit = [&](node_t n) {
            order[n] = low[n] = counter++;
            stack.push_back(n);
            on_stack[n] = 1;
            calls.push_back({n, child_begin_[n]});
        };
        visit(root_);
        while (!calls.empty()) {
            frame& f = calls.back();
            if (f.next < child_begin_[f.n + 1]) {
                const node_t c = children_[f.next++];
                if (order[c] == no_node) visit(c);
                else if (on_stack[c]) low[f.n] = std::min(low[f.n], order[c]);
                continue;
            }
            const node_t n = f.n;
            calls.pop_back();
            finish[n] = finished++;
            if (!calls.empty()) low[calls.back().n] = std::min(low[calls.back().n], low[n]);
            if (low[n] != order[n]) continue;
            members.clear();
            node_t m = no_node;
            do {
                m = stack.back();
                stack.pop_back();
                on_stack[m] = 0;
                comp[m] = comps;
                members.push_back(m);
            } while (m != n);
            // Children before parents, as far as the cycle allows (depth-first finish order).
            std::sort(members.begin(), members.end(), [&](node_t a, node_t b) { return finish[a] < finish[b]; });
            settle(members, comp, comps, finish, parents_begin, parents);
            ++comps;
        }
    }

    // Evaluates one component: once if acyclic, else a work list from empty
    // families, always taking the waiting node that finished first in the
    // depth-first search (children before parents, as far as the cycle allows).
    constexpr void settle(const std::vector<node_t>& members, const std::vector<node_t>& comp, node_t id,
                          const std::vector<node_t>& finish, const std::vector<node_t>& parents_begin,
                          const std::vector<node_t>& parents) {
        bool cyclic = members.size() > 1;
        if (!cyclic)
            for (const node_t c : children_of(members.front())) cyclic = cyclic || c == members.front();
        if (!cyclic) {
            update(members.front());
            return;
        }
        const auto later = [&](node_t a, node_t b) { return finish[a] > finish[b]; };  // a min-heap by finish
        std::vector<node_t> heap(members.begin(), members.end()), next_round;
        std::make_heap(heap.begin(), heap.end(), later);
        queued_.resize(nodes_.size(), 0);
        for (const node_t m : members) queued_[m] = 1;
        while (!heap.empty()) {
            while (!heap.empty()) {
                std::pop_heap(heap.begin(), heap.end(), later);
                const node_t n = heap.back();
                heap.pop_back();
                queued_[n] = 0;
                if (!update(n)) continue;
                for (node_t k = parents_begin[n]; k < parents_begin[n + 1]; ++k) {
                    const node_t p = parents[k];
                    if (comp[p] != id || queued_[p]) continue;
                    queued_[p] = 1;
                    if (finish[p] > finish[n]) {
                        heap.push_back(p);
                        std::push_heap(heap.begin(), heap.end(), later);
                    } else {
                        next_round.push_back(p);
                    }
                }
            }
            std::swap(heap, next_round);
            std::make_heap(heap.begin(), heap.end(), later);
        }
    }

    // Recomputes node n's family from its children's; true if it changed
    // (a handle comparison).
    constexpr bool update(node_t n) {
        zbdd next = base_family_[n];
        const auto kids = children_of(n);
        if (!nodes_[n].is_item) {
            // The inputs first (in node order), the offering's own gates
            // last: offerings of one item with the same requirements then
            // make the same unions, which the manager's memo answers at once.
            zbdd inputs = zbdd_manager::bottom;
            for (const node_t c : kids) {
                if (inputs == zbdd_manager::top) break;
                inputs = m_->gate_or(inputs, family_[c]);
            }
            next = m_->gate_or(inputs, next);
        } else if (!kids.empty()) {
            // AND over the offerings; ⊥ ("never fails") ends it.
            next = family_[kids.front()];
            for (std::size_t i = 1; i < kids.size() && next != zbdd_manager::bottom; ++i)
                next = m_->gate_and(next, family_[kids[i]], k_);
        }
        if (next == family_[n]) return false;
        family_[n] = next;
        return true;
    }

    const graph_view& g_;
    const chokepoint_query& q_;
    const availability_result& base_;
    company_flags base_disrupted_;
    index_vector<company_index, candidate_member_t> member_;
    index_vector<offering_index, node_t> offering_node_;
    index_vector<item_index, node_t> item_node_;
    index_vector<item_index, std::vector<std::pair<company_index, node_t>>> restricted_;  // per item: (buyer, node)
    node_t root_ = 0;
    std::vector<node> nodes_;
    std::vector<node_t> children_, child_begin_ = std::vector<node_t>(1, 0);
    std::vector<candidate_member_t> gate_members_;
    std::vector<index_value> gate_at_ = std::vector<index_value>(1, 0), gate_begin_ = std::vector<index_value>(1, 0);
    std::vector<zvar> member_var_;                 // member → variable
    std::vector<candidate_member_t> var_member_;  // variable → member
    std::vector<std::uint8_t> queued_;            // per node: waiting in a cycle's work list
    zbdd_manager* m_ = nullptr;
    std::uint32_t k_ = 0;
    std::vector<zbdd> family_, base_family_;
};

/// chokepoint_result's header fields and candidates for q (no search).
constexpr chokepoint_result chokepoint_header(const graph_view& g, const chokepoint_query& q) {
    g.check(q.item);
    g.check_buyer(q.buyer);
    q.base.check(g);
    for (const company_index c : q.candidates.only) g.check(c);
    chokepoint_result out;
    out.item = q.item;
    out.buyer = q.buyer;
    out.kind = q.candidates.by;
    out.max_order = q.max_order;
    out.listed = !q.count_only;
    for (const candidate_member_t m : candidate_members(g, q.candidates))
        if (m != no_member) out.candidates.push_back(m);
    std::sort(out.candidates.begin(), out.candidates.end());
    out.candidates.erase(std::unique(out.candidates.begin(), out.candidates.end()), out.candidates.end());
    return out;
}

/// Runs the search of `tree` at order k in `m`; the node budget becomes search_limit_exceeded.
constexpr zbdd chokepoint_family(const graph_view& g, const chokepoint_query& q, chokepoint_tree& tree, zbdd_manager& m,
                                 std::uint32_t k) {
    try {
        return tree.family(m, k);
    } catch (const zbdd_node_limit&) {
        chokepoint_search_needs_more_than_max_sets(g.items[q.item].id, q.max_order, q.max_sets);
    }
}

/// The order actually searched: q.max_order, at most the number of candidates.
constexpr std::uint32_t searched_order(const chokepoint_query& q, const chokepoint_result& out) {
    return static_cast<std::uint32_t>(std::min({q.max_order, out.candidates.size(), std::size_t{zbdd_no_limit - 1}}));
}

/// The counts of the result: of the empty set alone (unavailable at
/// baseline), or read off the family f.
constexpr void set_counts(chokepoint_result& out, std::uint32_t k, const zbdd_manager* m, zbdd f) {
    out.counts.assign(std::size_t{k} + 1, 0);
    if (!out.available_at_baseline) {
        out.counts[0] = 1;
        return;
    }
    if (m == nullptr) return;
    const auto c = m->count_by_order(f);
    for (std::size_t j = 0; j < c.size() && j <= k; ++j) out.counts[j] = c[j];
}
}  // namespace detail

/// The minimal chokepoint sets of q.item for q.buyer (see the header comment),
/// listed (unless q.count_only) and counted by order.
/// Throws search_limit_exceeded beyond q.max_sets, query_error for an item,
/// buyer, candidate or scenario record that is not in the graph.
constexpr chokepoint_result chokepoint_sets(const graph_view& g, const chokepoint_query& q) {
    chokepoint_result out = detail::chokepoint_header(g, q);
    const availability_result base = compute_availability(g, q.base);
    out.available_at_baseline = base.item_available_to(q.item, q.buyer);
    const std::uint32_t k = detail::searched_order(q, out);
    if (!out.available_at_baseline || k == 0) {
        detail::set_counts(out, k, nullptr, {});
        if (!out.available_at_baseline && out.listed) out.sets.emplace_back();
        return out;
    }
    if (q.engine == chokepoint_engine::lists || (q.engine == chokepoint_engine::automatic && out.listed)) {
        detail::listed_sets(g, q, base, k, out);
        return out;
    }
    detail::chokepoint_tree tree{g, q, base};
    detail::zbdd_manager m{q.max_sets};
    const detail::zbdd f = detail::chokepoint_family(g, q, tree, m, k);
    detail::set_counts(out, k, &m, f);
    out.diagram_nodes = m.size();
    if (!out.listed) return out;
    if (out.total() > q.max_sets) detail::chokepoint_search_needs_more_than_max_sets(g.items[q.item].id, q.max_order, q.max_sets);
    out.sets.reserve(static_cast<std::size_t>(out.total()));
    m.for_each_set(f, [&](std::span<const detail::zvar> s) {
        auto& set = out.sets.emplace_back();
        for (const detail::zvar v : s) set.push_back(tree.member_of(v));
        std::sort(set.begin(), set.end());
    });
    std::sort(out.sets.begin(), out.sets.end(), [](const auto& a, const auto& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return out;
}

/// The single points of failure: chokepoint_sets with max_order 1.
constexpr chokepoint_result single_points_of_failure(const graph_view& g, chokepoint_query q) {
    q.max_order = 1;
    return chokepoint_sets(g, q);
}

/// The counts of the minimal chokepoint sets by order, none listed:
/// chokepoint_sets with count_only.
constexpr chokepoint_result chokepoint_counts(const graph_view& g, chokepoint_query q) {
    q.count_only = true;
    return chokepoint_sets(g, q);
}

/// The minimal chokepoint sets one at a time, never all held as lists: by
/// size, then in the diagram's variable order (see the header comment);
/// each set ascending by member. The memory is the diagram's, whatever the
/// number of sets (q.max_sets bounds the diagram's nodes only).
///
///     auto s = chokepoint_stream(v, q);
///     for (; s.next();) use(s.current());
class chokepoint_stream {
public:
    /// Searches (as chokepoint_sets does) without listing.
    chokepoint_stream(const graph_view& g, const chokepoint_query& q) : result_{detail::chokepoint_header(g, q)} {
        result_.listed = false;
        const availability_result base = compute_availability(g, q.base);
        result_.available_at_baseline = base.item_available_to(q.item, q.buyer);
        const std::uint32_t k = detail::searched_order(q, result_);
        if (!result_.available_at_baseline || k == 0) {
            detail::set_counts(result_, k, nullptr, {});
            empty_left_ = !result_.available_at_baseline;
            return;
        }
        detail::chokepoint_tree tree{g, q, base};
        manager_ = std::make_unique<detail::zbdd_manager>(q.max_sets);
        const detail::zbdd f = detail::chokepoint_family(g, q, tree, *manager_, k);
        members_ = tree.variable_members();
        detail::set_counts(result_, k, manager_.get(), f);
        result_.diagram_nodes = manager_->size();
        cursor_ = std::make_unique<detail::zbdd_cursor>(manager_->sets(f));
    }
    /// The result without its sets: counts by order, candidates, baseline.
    [[nodiscard]] const chokepoint_result& summary() const noexcept { return result_; }
    /// Moves to the next minimal set; false when there is none left.
    bool next() {
        current_.clear();
        if (empty_left_) {
            empty_left_ = false;
            return true;
        }
        if (!cursor_ || !cursor_->next()) return false;
        for (const detail::zvar v : cursor_->current()) current_.push_back(members_[v]);
        std::sort(current_.begin(), current_.end());
        return true;
    }
    /// The current set, ascending by member (valid until the next call of next()).
    [[nodiscard]] std::span<const candidate_member_t> current() const noexcept { return current_; }

private:
    chokepoint_result result_;
    std::vector<candidate_member_t> members_;  // by diagram variable
    std::unique_ptr<detail::zbdd_manager> manager_;
    std::unique_ptr<detail::zbdd_cursor> cursor_;
    std::vector<candidate_member_t> current_;
    bool empty_left_ = false;
};

}  // namespace semichain
