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
// Method. The nodes of x's dependency closure (offerings; items as bought by
// one buyer) are found once; their strongly connected components are taken
// children first, so each node's family of minimal cut sets is computed once
// from its children's (OR: union; AND: pairwise product truncated at the
// order; both minimised, see detail/cut_sets.hpp). Supply cycles are settled
// as a least fixpoint: their families start empty ("never fails") and grow,
// in rounds over the nodes that changed (in depth-first finish order), until
// nothing changes — for each candidate set this is exactly the least fixpoint
// of "fails", the complement of availability's greatest fixpoint. A family is
// freed once every node that reads it is done. The orders are searched one
// after the other (1, 2, …, max_order), each leaving out what the lower ones
// found: a known single point of failure stops being a candidate, and a set
// containing a known chokepoint set is dropped at every node, for no minimal
// set of x can contain it. No recursion follows the data: a chain 10 000
// deep is fine.
//
// Limit. The families held at once may hold at most `max_sets` cut sets in
// total (intermediate products included; default 10 000 000, a few hundred
// MB at most). A cycle's families are all held until it is settled, so large
// strongly connected graphs need more than acyclic ones. Beyond the limit the
// search stops with search_limit_exceeded, whose message names the limit and
// how to raise it (or lower max_order, or narrow the candidates).
#pragma once

#include <semichain/algo/availability.hpp>
#include <semichain/algo/detail/cut_sets.hpp>
#include <semichain/algo/scenario.hpp>
#include <semichain/core/error.hpp>
#include <semichain/graph/view.hpp>

#include <range/v3/view/filter.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
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

/// The default of chokepoint_query::max_sets.
inline constexpr std::size_t default_max_sets = 10'000'000;

/// A chokepoint question: see the header comment for the meaning.
struct chokepoint_query {
    item_index item{};                 ///< the target item x
    company_index buyer{};             ///< who buys x (none(): a buyer no control rule restricts)
    scenario base{};                   ///< date, controls and disruptions already assumed
    candidate_spec candidates{};       ///< who may be disrupted
    std::size_t max_order = 3;         ///< the largest set size reported (k)
    std::size_t max_sets = default_max_sets;  ///< the most cut sets held at once during the search
};

/// Thrown when a chokepoint search would hold more than chokepoint_query::max_sets cut sets.
class search_limit_exceeded : public query_error {
public:
    search_limit_exceeded(std::string_view item, std::size_t order, std::size_t limit)
        : query_error("semichain: the chokepoint search for '" + std::string{item} + "' up to order " +
                             std::to_string(order) + " needs more than " + std::to_string(limit) +
                             " cut sets at once (chokepoint_query::max_sets = " + std::to_string(limit) +
                             "); raise max_sets, or lower max_order, or narrow the candidates"),
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
    /// lexicographically.
    std::vector<std::vector<candidate_member_t>> sets;

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

}  // namespace detail

/// The minimal chokepoint sets of q.item for q.buyer (see the header comment).
/// Throws search_limit_exceeded beyond q.max_sets, query_error for an item,
/// buyer, candidate or scenario record that is not in the graph.
constexpr chokepoint_result chokepoint_sets(const graph_view& g, const chokepoint_query& q) {
    g.check(q.item);
    g.check_buyer(q.buyer);
    q.base.check(g);
    for (const company_index c : q.candidates.only) g.check(c);

    chokepoint_result out;
    out.item = q.item;
    out.buyer = q.buyer;
    out.kind = q.candidates.by;
    out.max_order = q.max_order;
    for (const candidate_member_t m : detail::candidate_members(g, q.candidates))
        if (m != no_member) out.candidates.push_back(m);
    std::sort(out.candidates.begin(), out.candidates.end());
    out.candidates.erase(std::unique(out.candidates.begin(), out.candidates.end()), out.candidates.end());

    const availability_result base = compute_availability(g, q.base);
    out.available_at_baseline = base.item_available_to(q.item, q.buyer);
    if (!out.available_at_baseline) {
        out.sets.emplace_back();
        return out;
    }
    // No set can be larger than the candidates.
    chokepoint_query bounded = q;
    bounded.max_order = std::min(q.max_order, out.candidates.size());
    if (bounded.max_order == 0) return out;
    // Iterative deepening: each order's search leaves out what the lower
    // orders found (a set containing a known chokepoint set is not minimal).
    detail::cut_family f;
    for (std::size_t order = 1; order <= bounded.max_order; ++order) {
        chokepoint_query stage = bounded;
        stage.max_order = order;
        detail::cut_family found = detail::chokepoint_search{g, stage, base, f, q.max_order}.run();
        detail::cut_family both;
        const detail::cut_family* parts[] = {&f, &found};
        detail::unite(std::span<const detail::cut_family* const>{parts}, both, detail::cut_budget{q.max_sets, 0, q.max_order, g.items[q.item].id});
        f = std::move(both);
    }
    for (std::size_t i = 0; i < f.size(); ++i) out.sets.emplace_back(f[i].begin(), f[i].end());
    return out;
}

/// The single points of failure: chokepoint_sets with max_order 1.
constexpr chokepoint_result single_points_of_failure(const graph_view& g, chokepoint_query q) {
    q.max_order = 1;
    return chokepoint_sets(g, q);
}

}  // namespace semichain
