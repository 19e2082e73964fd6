// Control rules: which rule, if any, blocks an offering to a buyer at a date.
//
// An entity listing blocks offerings to its listed companies; a threshold
// blocks offerings of items that cross its attribute conditions to buyers
// located in its buyer countries. Either reaches providers located in the
// authority's country (origin scope) and, with foreign-direct-product scope,
// also providers whose offering depends on an input from that country.
//
// "Depends on" means "cannot be made without": offering o depends on
// country A at t when o would be unavailable at t, with no control rule in
// force, if every provider located in A were gone — capital equipment
// counted as if it had to be bought again, so tools made with A's inputs
// count too. TSMC's N5 in 2020 depends on the United States (its EUV
// scanners need a US light source); a line whose every input has a source
// outside A does not. Disruptions of a scenario play no part, so a rule
// blocks the same offerings whatever is disrupted.
//
// De minimis scope (a 0 % de minimis rule, such as the 2023 US rule on
// NXT:1980i scanners) reaches further: offering o has content from A when
// some requirement of o, at any depth and whatever the dates, can be met by
// an offering provided from A — one path through an A-made input is enough.
#pragma once

#include <semichain/algo/detail/greatest_fixpoint.hpp>
#include <semichain/algo/scenario.hpp>
#include <semichain/graph/view.hpp>

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace semichain {

/// Does item x meet every condition of threshold rule r (category and attributes)?
constexpr bool rule_matches_item(const graph_view& g, rule_index r, item_index x) {
    const auto& rule = g.rules[r];
    if (rule.match_category && *rule.match_category != g.items[x].kind) return false;
    for (const auto& c : g.conditions_of(r)) {
        bool met = false;
        for (const auto& a : g.attributes_of(x)) {
            if (a.key != c.key) continue;
            if (c.is_number && a.is_number) {
                met = c.op == condition_op::at_most ? a.number <= c.number
                    : c.op == condition_op::at_least ? a.number >= c.number
                                                      : a.number == c.number;
            } else if (!c.is_number && !a.is_number) {
                met = c.op == condition_op::equals && a.text == c.text;
            }
            if (met) break;
        }
        if (!met) return false;
    }
    return true;
}

/// Everything needed to answer "does a rule block offering o to buyer b at
/// date d?" quickly, prepared once for a scenario.
class controls_context {
public:
    constexpr controls_context(const graph_view& g, const scenario& s) : g_{g} {
        const day_number t = s.day();
        const auto nc = g.companies.size();
        // The rules switched on and in force at t, per buyer they can hit.
        index_vector<company_index, std::vector<rule_index>> per_buyer(nc, {});
        for (const rule_index r : g.rules.indices()) {
            const auto& rule = g.rules[r];
            if (!s.uses_rule(r) || !rule.in_force_at(t)) continue;
            if (rule.kind == rule_kind::entity_listing) {
                for (const company_index c : g.targets_of(r)) per_buyer[c].push_back(r);
            } else {
                for (const company_index c : g.companies.indices())
                    if (g.companies[c].location && rule.buyer_countries.contains(*g.companies[c].location))
                        per_buyer[c].push_back(r);
            }
            if (rule.scope == rule_scope::foreign_direct_product && rule.authority) add_dependence(*rule.authority, t);
            if (rule.scope == rule_scope::de_minimis && rule.authority) add_content(*rule.authority);
        }
        buyer_rules_begin_.assign(nc + 1, 0);
        for (const company_index c : g.companies.indices()) {
            auto& rs = per_buyer[c];
            // The rule in force longest first (ties: id order), so that the
            // rule reported for a block is the one that began it.
            std::sort(rs.begin(), rs.end(), [&](rule_index a, rule_index b) {
                return g.rules[a].effective != g.rules[b].effective ? g.rules[a].effective < g.rules[b].effective
                                                                    : a < b;
            });
            rs.erase(std::unique(rs.begin(), rs.end()), rs.end());
            buyer_rules_begin_[c.value() + 1] = buyer_rules_begin_[c.value()] + static_cast<index_value>(rs.size());
            buyer_rules_.insert(buyer_rules_.end(), rs.begin(), rs.end());
        }
    }

    /// The rule in force at day `at` that blocks offering o to buyer b and has
    /// been in force longest (ties: the smaller id), i.e. the rule that began
    /// the block; none() if none does, or if b is none() (no buyer).
    /// An entity listing governs transfers to a listed company, so it never
    /// blocks a provider's own offering to itself; a threshold describes the
    /// item, so it does (a designer's own chip over the line cannot be made
    /// for a buyer in a target country).
    [[nodiscard]] constexpr rule_index blocking_rule(offering_index o, company_index b, day_number at) const {
        if (!buyer_is_restricted(b)) return rule_index::none();
        const bool own = b == g_.offerings[o].provider;
        for (const rule_index r : rules_hitting(b)) {
            if (own && g_.rules[r].kind == rule_kind::entity_listing) continue;
            if (g_.rules[r].in_force_at(at) && rule_blocks(r, o)) return r;
        }
        return rule_index::none();
    }

    /// The rules switched on and in force at t that can hit buyer b, in the
    /// order blocking_rule tries them.
    [[nodiscard]] constexpr std::span<const rule_index> rules_hitting(company_index b) const noexcept {
        if (b.is_none()) return {};
        const auto first = buyer_rules_begin_[b.value()];
        return std::span<const rule_index>{buyer_rules_}.subspan(first, buyer_rules_begin_[b.value() + 1] - first);
    }

    /// Could any rule in force at t block some purchase by b?
    [[nodiscard]] constexpr bool buyer_is_restricted(company_index b) const noexcept {
        return !b.is_none() && buyer_rules_begin_[b.value()] != buyer_rules_begin_[b.value() + 1];
    }

    /// Does offering o depend on country a (it could not be made without the
    /// providers located there)? Known for the authorities of the
    /// foreign-direct-product rules in force; false for any other country.
    [[nodiscard]] constexpr bool depends_on_country(offering_index o, country a) const { return marked(dependence_, o, a); }
    /// Has offering o an input from country a anywhere in its chain? Known for
    /// the authorities of the de minimis rules in force; false otherwise.
    [[nodiscard]] constexpr bool has_content_from(offering_index o, country a) const { return marked(content_, o, a); }

private:
    struct taint {
        country authority;
        index_vector<offering_index, std::uint8_t> tainted;
    };

    // The buyer-independent part: provider under the rule's authority, and
    // for thresholds, the item crossing the threshold.
    [[nodiscard]] constexpr bool rule_blocks(rule_index r, offering_index o) const {
        const auto& rule = g_.rules[r];
        const auto& off = g_.offerings[o];
        if (rule.kind == rule_kind::threshold && !rule_matches_item(g_, r, off.item)) return false;
        if (!rule.authority) return false;
        if (g_.companies[off.provider].location == rule.authority) return true;
        switch (rule.scope) {
            case rule_scope::origin: return false;
            case rule_scope::foreign_direct_product: return depends_on_country(o, *rule.authority);
            case rule_scope::de_minimis: return has_content_from(o, *rule.authority);
        }
        return false;
    }

    static constexpr bool marked(const std::vector<taint>& ts, offering_index o, country a) {
        for (const auto& t : ts)
            if (t.authority == a) return t.tainted[o] != 0;
        return false;
    }

    // Availability at t with no rules and every provider located in a gone.
    constexpr void add_dependence(country a, day_number t) {
        for (const auto& d : dependence_)
            if (d.authority == a) return;
        index_vector<company_index, std::uint8_t> gone(g_.companies.size(), 0);
        for (const company_index c : g_.companies.indices()) gone[c] = g_.companies[c].location == a ? 1 : 0;
        const auto never = [](offering_index, company_index, day_number) { return false; };
        auto st = detail::greatest_fixpoint(g_, t, gone, never, [](company_index) { return false; },
                                            /*capital_at_start=*/false);
        // Offerings not offered at t are not said to depend on anything.
        for (const offering_index o : st.alive.indices())
            st.alive[o] = !st.alive[o] && st.reason[o] != unavailability::not_offered ? 1 : 0;
        dependence_.push_back({a, std::move(st.alive)});
    }

    // Reverse breadth-first search from the offerings provided from a: every
    // offering that requires an item with such an offering, or with one
    // already marked, has content from a.
    constexpr void add_content(country a) {
        for (const auto& d : content_)
            if (d.authority == a) return;
        const auto no = g_.offerings.size();
        index_vector<offering_index, std::uint8_t> marked_offering(no, 0);
        index_vector<item_index, std::uint8_t> item_done(g_.items.size(), 0);
        std::vector<item_index> queue;
        for (const offering_index o : g_.offerings.indices()) {
            const item_index x = g_.offerings[o].item;
            if (g_.companies[g_.offerings[o].provider].location == a && !item_done[x]) {
                item_done[x] = 1;
                queue.push_back(x);
            }
        }
        for (std::size_t head = 0; head < queue.size(); ++head) {
            for (const offering_index d : g_.dependents_of(queue[head])) {
                if (marked_offering[d]) continue;
                marked_offering[d] = 1;
                const item_index x = g_.offerings[d].item;
                if (!item_done[x]) {
                    item_done[x] = 1;
                    queue.push_back(x);
                }
            }
        }
        content_.push_back({a, std::move(marked_offering)});
    }

    graph_view g_;
    std::vector<index_value> buyer_rules_begin_;
    std::vector<rule_index> buyer_rules_;
    std::vector<taint> dependence_, content_;
};

}  // namespace semichain
