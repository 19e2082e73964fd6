// Control rules: which rule, if any, blocks an offering to a buyer at a date,
// and which rules require a licence that does not block (DESIGN.md §5).
//
// A rule *reaches* offering o sold to buyer b at date d when it is switched
// on and in force at d, its kind matches (an entity listing lists b; a
// threshold's item conditions hold for o's item and b is located in one of
// its buyer countries) and its scope covers o's provider:
//  - origin: the provider is located in the authority's country;
//  - direct_product (the foreign-direct-product rules as written): o is a
//    direct product of the authority's technology — a design input (software
//    or IP) of o is of its origin (an installed maker located there or,
//    without installed rows for the input, no provider of it outside), or
//    o's line has installed capital inputs made there, or installed inputs
//    that are themselves such direct products (through the makers' own
//    offerings, as far as the model knows them). A line without any
//    installed row is decided by the cannot_be_made_without test, and the
//    reach is flagged uncertain;
//  - cannot_be_made_without: o would be unavailable at the scenario's date,
//    with no rule, if every provider located in the authority's country were
//    gone (capital counted as if it had to be bought again);
//  - de_minimis: some requirement of o, at any depth and whatever the dates,
//    can be met by an offering provided from the authority's country.
// An entity listing governs transfers to a listed company: it never blocks a
// provider's own offering to itself.
//
// A reached offering is *blocked* unless:
//  - the scenario's enforcement is `observed` and a source saw o in
//    production for b (or any buyer) on or before d;
//  - d falls before the rule's savings_until and o began before the rule's
//    effective date (supply already under way);
//  - the licence decision lets it pass: with licence_mode::all_granted every
//    licence is granted, with all_denied none is; with presumed (the
//    default) a dated revocation that matches denies from its date, else a
//    matching grant in force lets it pass, else the rule's policy for o's
//    item decides — presumption of denial blocks, case by case and approval
//    do not (a licence is required: licence_required names the rule).
// A block names the rule that began it: the one in force longest (ties by id).
#pragma once

#include <semichain/algo/detail/greatest_fixpoint.hpp>
#include <semichain/algo/scenario.hpp>
#include <semichain/graph/view.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace semichain {

/// Does item x meet every condition in [first, last) of the conditions array
/// (and the category, if any)?
constexpr bool item_meets(const graph_view& g, item_index x, std::optional<category> match, index_value first,
                          index_value last) {
    if (match && *match != g.items[x].kind) return false;
    for (const auto& c : g.conditions.subspan(first, last - first)) {
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

/// Does item x meet every condition of threshold rule r (category and attributes)?
constexpr bool rule_matches_item(const graph_view& g, rule_index r, item_index x) {
    const auto& rule = g.rules[r];
    return item_meets(g, x, rule.match_category, rule.conditions_begin, rule.conditions_end);
}

/// The licence policy rule r applies to item x: its first per-item policy
/// whose conditions x meets, else the rule's own.
constexpr licence_policy policy_for(const graph_view& g, rule_index r, item_index x) {
    const auto& rule = g.rules[r];
    for (const auto& p : g.rule_policies.subspan(rule.policies_begin, rule.policies_end - rule.policies_begin))
        if (item_meets(g, x, p.match_category, p.conditions_begin, p.conditions_end)) return p.policy;
    return rule.policy;
}

/// How a reached offering fares under a rule at a date.
enum class licence_outcome : std::uint8_t {
    denied,      ///< the rule blocks
    required,    ///< a licence is required and the policy does not block (case by case, approval)
    granted,     ///< a known licence, or the scenario, grants it
    not_yet,     ///< a savings clause still lets supply under way pass
    observed,    ///< enforcement = observed: seen in production despite the rule
};

/// Everything needed to answer "does a rule block offering o to buyer b at
/// date d?" quickly, prepared once for a scenario.
class controls_context {
public:
    constexpr controls_context(const graph_view& g, const scenario& s)
        : g_{g}, licences_{s.licences}, enforcement_{s.enforcement} {
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
            if (!rule.authority) continue;
            if (rule.scope == rule_scope::cannot_be_made_without || rule.scope == rule_scope::direct_product)
                add_dependence(*rule.authority, t);
            if (rule.scope == rule_scope::direct_product) add_direct_product(*rule.authority, t);
            if (rule.scope == rule_scope::de_minimis) add_content(*rule.authority);
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
    [[nodiscard]] constexpr rule_index blocking_rule(offering_index o, company_index b, day_number at) const {
        if (!buyer_is_restricted(b)) return rule_index::none();
        for (const rule_index r : rules_hitting(b))
            if (reaches(r, o, b, at) && outcome(r, o, b, at) == licence_outcome::denied) return r;
        return rule_index::none();
    }

    /// The first rule (in the order blocking_rule tries them) that reaches o
    /// sold to b at `at` without blocking it, and its outcome; none() if
    /// there is none. Shown as "licence required", "licence granted",
    /// "savings clause" or "observed despite the rule".
    [[nodiscard]] constexpr std::pair<rule_index, licence_outcome> passing_rule(offering_index o, company_index b,
                                                                               day_number at) const {
        if (!buyer_is_restricted(b)) return {rule_index::none(), licence_outcome::denied};
        for (const rule_index r : rules_hitting(b)) {
            if (!reaches(r, o, b, at)) continue;
            if (const auto out = outcome(r, o, b, at); out != licence_outcome::denied) return {r, out};
        }
        return {rule_index::none(), licence_outcome::denied};
    }

    /// Does rule r reach offering o sold to buyer b at `at` (in force, kind
    /// and scope; licences, savings and observations aside)?
    [[nodiscard]] constexpr bool reaches(rule_index r, offering_index o, company_index b, day_number at) const {
        const auto& rule = g_.rules[r];
        if (!rule.in_force_at(at)) return false;
        if (rule.kind == rule_kind::entity_listing && b == g_.offerings[o].provider) return false;
        return rule_covers(r, o);
    }

    /// Is rule r's reach of offering o only the fallback of a direct-product
    /// rule for a line without installed rows (DESIGN.md §5: flagged uncertain)?
    [[nodiscard]] constexpr bool reach_is_uncertain(rule_index r, offering_index o) const {
        const auto& rule = g_.rules[r];
        if (rule.scope != rule_scope::direct_product || !rule.authority) return false;
        if (g_.companies[g_.offerings[o].provider].location == rule.authority) return false;
        for (const auto& d : direct_product_)
            if (d.authority == *rule.authority) return d.tainted[o] == 2;
        return false;
    }

    /// How rule r, which reaches o sold to b at `at`, decides.
    [[nodiscard]] constexpr licence_outcome outcome(rule_index r, offering_index o, company_index b, day_number at) const {
        const auto& rule = g_.rules[r];
        const auto& off = g_.offerings[o];
        if (enforcement_ == enforcement_mode::observed && observed(o, b, at)) return licence_outcome::observed;
        if (rule.savings_until != since_always && at < rule.savings_until && off.since < rule.effective)
            return licence_outcome::not_yet;
        if (licences_ == licence_mode::all_granted) return licence_outcome::granted;
        if (licences_ == licence_mode::all_denied) return licence_outcome::denied;
        bool granted = false;
        for (const auto& l : licences_of(r)) {
            if (!l.buyer.is_none() && l.buyer != b) continue;
            if (!l.provider.is_none() && l.provider != off.provider) continue;
            if (!l.item.is_none() && l.item != off.item) continue;
            if (l.revoked <= at) return licence_outcome::denied;  // a revocation in force denies
            if (l.is_grant() && l.granted <= at) granted = true;
        }
        if (granted) return licence_outcome::granted;
        return policy_for(g_, r, off.item) == licence_policy::presumption_of_denial ? licence_outcome::denied
                                                                                      : licence_outcome::required;
    }

    /// Was offering o seen in production for buyer b (or any buyer) on or
    /// before `at`? The first such observation, or nothing.
    [[nodiscard]] constexpr std::optional<observation_record> observation(offering_index o, company_index b,
                                                                          day_number at) const {
        const auto obs = g_.observations;
        auto it = std::lower_bound(obs.begin(), obs.end(), o,
                                   [](const observation_record& r, offering_index x) { return r.offering < x; });
        for (; it != obs.end() && it->offering == o; ++it)
            if ((it->buyer.is_none() || it->buyer == b) && it->date <= at) return *it;
        return std::nullopt;
    }
    [[nodiscard]] constexpr bool observed(offering_index o, company_index b, day_number at) const {
        return observation(o, b, at).has_value();
    }

    /// Could any rule in force at t block some purchase by b?
    [[nodiscard]] constexpr bool buyer_is_restricted(company_index b) const noexcept {
        return !b.is_none() && buyer_rules_begin_[b.value()] != buyer_rules_begin_[b.value() + 1];
    }

    /// The rules switched on and in force at t that can hit buyer b, in the
    /// order blocking_rule tries them.
    [[nodiscard]] constexpr std::span<const rule_index> rules_hitting(company_index b) const noexcept {
        if (b.is_none()) return {};
        const auto first = buyer_rules_begin_[b.value()];
        return std::span<const rule_index>{buyer_rules_}.subspan(first, buyer_rules_begin_[b.value() + 1] - first);
    }

    /// Does offering o depend on country a (it could not be made without the
    /// providers located there)? Known for the authorities of the
    /// cannot_be_made_without and direct_product rules in force; false otherwise.
    [[nodiscard]] constexpr bool depends_on_country(offering_index o, country a) const { return marked(dependence_, o, a); }
    /// Is offering o a direct product of country a's technology (DESIGN.md §5)?
    /// Known for the authorities of the direct_product rules in force; false otherwise.
    [[nodiscard]] constexpr bool direct_product_of(offering_index o, country a) const {
        return marked(direct_product_, o, a);
    }
    /// Has offering o an input from country a anywhere in its chain? Known for
    /// the authorities of the de minimis rules in force; false otherwise.
    [[nodiscard]] constexpr bool has_content_from(offering_index o, country a) const { return marked(content_, o, a); }

    [[nodiscard]] constexpr licence_mode licences() const noexcept { return licences_; }
    [[nodiscard]] constexpr enforcement_mode enforcement() const noexcept { return enforcement_; }

private:
    struct taint {
        country authority;
        index_vector<offering_index, std::uint8_t> tainted;  // 0 no; 1 yes; 2 yes, by a fallback
    };

    [[nodiscard]] constexpr std::span<const licence_record> licences_of(rule_index r) const {
        const auto ls = g_.licences;
        const auto lo = std::lower_bound(ls.begin(), ls.end(), r, [](const licence_record& l, rule_index x) { return l.rule < x; });
        const auto hi = std::upper_bound(lo, ls.end(), r, [](rule_index x, const licence_record& l) { return x < l.rule; });
        return ls.subspan(static_cast<std::size_t>(lo - ls.begin()), static_cast<std::size_t>(hi - lo));
    }

    // The buyer-independent part: for thresholds, the item crossing the
    // threshold; then the rule's scope.
    [[nodiscard]] constexpr bool rule_covers(rule_index r, offering_index o) const {
        const auto& rule = g_.rules[r];
        const auto& off = g_.offerings[o];
        if (rule.kind == rule_kind::threshold && !rule_matches_item(g_, r, off.item)) return false;
        if (!rule.authority) return false;
        if (g_.companies[off.provider].location == rule.authority) return true;
        switch (rule.scope) {
            case rule_scope::origin: return false;
            case rule_scope::direct_product: return direct_product_of(o, *rule.authority);
            case rule_scope::cannot_be_made_without: return depends_on_country(o, *rule.authority);
            case rule_scope::de_minimis: return has_content_from(o, *rule.authority);
        }
        return false;
    }

    static constexpr bool marked(const std::vector<taint>& ts, offering_index o, country a) {
        for (const auto& t : ts)
            if (t.authority == a) return t.tainted[o] != 0;
        return false;
    }
    static constexpr bool known(const std::vector<taint>& ts, country a) {
        for (const auto& t : ts)
            if (t.authority == a) return true;
        return false;
    }

    // Availability at t with no rules and every provider located in a gone.
    constexpr void add_dependence(country a, day_number t) {
        if (known(dependence_, a)) return;
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

    // Direct products of a's technology (see the header comment): evidence
    // from installed rows and design inputs, the fallback for lines without
    // installed rows, then propagation through installed inputs whose makers'
    // offerings are themselves direct products, to a least fixpoint (a
    // certain mark wins over an uncertain one).
    constexpr void add_direct_product(country a, day_number t) {
        if (known(direct_product_, a)) return;
        const auto& dep = dependence_of(a);
        index_vector<offering_index, std::uint8_t> dp(g_.offerings.size(), 0);
        const auto from_a = [&](company_index c) { return g_.companies[c].location == a; };
        const auto is_design = [&](item_index y) {
            return g_.items[y].kind == category::software || g_.items[y].kind == category::ip;
        };
        for (const offering_index o : g_.offerings.indices()) {
            const auto& off = g_.offerings[o];
            const auto inst = g_.installed_of(o);
            if (from_a(off.provider)) { dp[o] = 1; continue; }
            for (const auto& row : inst)
                if (from_a(row.maker)) dp[o] = 1;
            if (dp[o] != 0) continue;
            // Design inputs without installed rows: of a's origin when no
            // provider outside a offers them at t.
            g_.for_each_requirement(o, [&](const requirement_record& r) {
                if (dp[o] != 0 || !is_design(r.input)) return;
                for (const auto& row : inst)
                    if (row.input == r.input) return;  // as installed: decided above
                const auto qs = g_.offerings_of(r.input);
                const bool elsewhere = std::any_of(qs.begin(), qs.end(), [&](offering_index q) {
                    return g_.offerings[q].valid_at(t) && !from_a(g_.offerings[q].provider);
                });
                if (!qs.empty() && !elsewhere) dp[o] = 1;
            });
            if (dp[o] == 0 && inst.empty() && dep[o] != 0) dp[o] = 2;  // no installed rows: the fallback
        }
        // Installed inputs that are direct products themselves.
        for (bool changed = true; changed;) {
            changed = false;
            for (const offering_index o : g_.offerings.indices()) {
                if (dp[o] == 1) continue;
                for (const auto& row : g_.installed_of(o)) {
                    std::uint8_t via = 0;
                    for (const offering_index q : g_.offerings_of(row.input))
                        if (g_.offerings[q].provider == row.maker && dp[q] != 0) via = via == 1 || dp[q] == 1 ? 1 : 2;
                    if (via != 0 && (dp[o] == 0 || via < dp[o])) {
                        dp[o] = via;
                        changed = true;
                    }
                }
            }
        }
        direct_product_.push_back({a, std::move(dp)});
    }

    [[nodiscard]] constexpr const index_vector<offering_index, std::uint8_t>& dependence_of(country a) const {
        for (const auto& d : dependence_)
            if (d.authority == a) return d.tainted;
        return dependence_.front().tainted;  // add_dependence(a) always runs first
    }

    // Reverse breadth-first search from the offerings provided from a: every
    // offering that requires an item with such an offering, or with one
    // already marked, has content from a.
    constexpr void add_content(country a) {
        if (known(content_, a)) return;
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
    licence_mode licences_ = licence_mode::presumed;
    enforcement_mode enforcement_ = enforcement_mode::rules;
    std::vector<index_value> buyer_rules_begin_;
    std::vector<rule_index> buyer_rules_;
    std::vector<taint> dependence_, direct_product_, content_;
};

}  // namespace semichain
