// The Huawei case on the built-in world, from 2019 to 2025.
//
//  1. The Kirin 9000 (TSMC N5) and the Kirin 9000S (SMIC N+2) for HiSilicon at
//     every control date: which offerings a rule blocks, and why; the Kirin
//     9000S both under the rules as written and as observed in production.
//  2. The Mate 60 Pro in September 2023: denied under the rules, made as
//     observed; SMIC's N+2 capacity frozen when the Dutch licence was revoked.
//  3. China's capability, coverage and domestic value share for the Mate 40
//     Pro, the Mate 60 Pro and the Mate 70, each at its launch.
//  4. The chokepoints that remain for the Mate 60 Pro.
//
// Output: examples/README.md. The test tests/unit/test_cases.cpp asserts the
// same conclusions.
#include <semichain/algo.hpp>
#include <semichain/world.hpp>

#include <cstdio>
#include <string>
#include <vector>

using namespace semichain;
using namespace std::chrono;

namespace {

const graph_view w = world::view();

std::string name_of_offering(offering_index o) {
    const auto& off = w.offerings[o];
    return std::string{w.companies[off.provider].name} + "'s " + std::string{w.items[off.item].name};
}

std::string buyer_name(company_index c) { return c.is_none() ? "anyone" : std::string{w.companies[c].name}; }

// Why a rule reaches an offering: the rule's own reach; for a direct-product
// rule, whether the reach rests on the line's installed tools or only on the
// cannot-be-made-without fallback (a line with no installed tools known).
std::string why(const availability_result& r, const chain_block& b) {
    const auto& rule = w.rules[b.rule];
    if (!rule.authority) return "reached by the rule";
    const std::string who{rule.authority->code()};
    switch (rule.scope) {
    case rule_scope::origin:
        return "made by a " + who + " company";
    case rule_scope::direct_product:
        return r.controls().reach_is_uncertain(b.rule, b.offering)
                   ? "reached through a line with no installed tools known, which cannot be made without " + who +
                         " inputs (uncertain)"
                   : "a direct product of " + who + " technology";
    case rule_scope::cannot_be_made_without:
        return r.controls().depends_on_country(b.offering, *rule.authority) ? "cannot be made without " + who + " inputs"
                                                                           : "reached by the rule";
    case rule_scope::de_minimis:
        return "contains " + who + " content";
    }
    return {};
}

void print_timeline(std::string_view item_id, std::string_view buyer_id,
                    enforcement_mode enforcement = enforcement_mode::rules) {
    const item_index item = w.item(item_id);
    const company_index buyer = w.company(buyer_id);
    // Every control date, the day each offering of the item began, the end of
    // each savings clause and each licence grant and revocation.
    std::vector<date> starts;
    for (const offering_index o : w.offerings_of(item))
        if (w.offerings[o].since != since_always) starts.push_back(to_date(w.offerings[o].since));
    for (const auto& rule : w.rules)
        if (rule.savings_until != since_always) starts.push_back(to_date(rule.savings_until));
    for (const auto& l : w.licences) {
        if (l.granted != since_always) starts.push_back(to_date(l.granted));
        if (l.revoked != until_forever) starts.push_back(to_date(l.revoked));
    }
    scenario base{};
    base.enforcement = enforcement;
    const auto series = availability_timeline_at(w, item, buyer, base, bloc{countries::CHN}, timeline_dates(w, starts));
    std::printf("\n%s for %s%s\n", std::string{w.items[item].name}.c_str(), buyer_name(buyer).c_str(),
                enforcement == enforcement_mode::observed ? ", as observed in production" : ", under the rules");
    for (std::size_t i = 0; i < series.points.size(); ++i) {
        const auto& [on, snap] = series.points[i];
        if (on < 2019y / 1 / 1 || on > 2025y / 12 / 31) continue;
        std::printf("  %s  %-11s", format_date(on).c_str(), snap.available ? "available" : "UNAVAILABLE");
        const auto& blocked = i == 0 ? snap.blocked : series.steps[i - 1].change.newly_blocked;
        if (blocked.empty()) std::printf(i == 0 ? "  (nothing blocked in its chain)" : "  (no change in its chain)");
        std::printf("\n");
        const auto r = compute_availability(w, {.as_of = on, .enforcement = enforcement});
        for (const auto& b : blocked)
            std::printf("      blocks %s to %s: %s (%s)\n", name_of_offering(b.offering).c_str(),
                        buyer_name(b.buyer).c_str(), std::string{w.rules[b.rule].id}.c_str(), why(r, b).c_str());
    }
}

void print_mate_60_pro() {
    const auto r = compute_availability(w, {.as_of = 2023y / 9 / 15});
    const auto seen = compute_availability(w, {.as_of = 2023y / 9 / 15, .enforcement = enforcement_mode::observed});
    const company_index smic = w.company("smic");
    const offering_index n2 = w.find_offering(smic, w.item("smic_n_plus_2"));
    std::printf("\nThe Mate 60 Pro on 2023-09-15\n");
    std::printf("  available under the rules: %s (SMIC's N+2 to HiSilicon: %s)\n",
                r.item_available_to(w.item("mate_60_pro"), company_index::none()) ? "yes" : "no",
                std::string{w.rules[r.blocking_rule(n2, w.company("hisilicon"))].id}.c_str());
    std::printf("  available as observed: %s\n",
                seen.item_available_to(w.item("mate_60_pro"), company_index::none()) ? "yes" : "no");
    std::printf("  SMIC N+2 capacity frozen: %s\n", seen.capacity_frozen(n2) ? "yes" : "no");
    const auto later = compute_availability(w, {.as_of = 2024y / 1 / 1, .enforcement = enforcement_mode::observed});
    const item_index scanner = later.frozen_by(n2);
    const offering_index asml_scanner = w.find_offering(w.company("asml"), scanner);
    std::printf("  on 2024-01-01, frozen: %s, by the %s that %s stops (licence revoked)\n",
                later.capacity_frozen(n2) ? "yes" : "no", std::string{w.items[scanner].name}.c_str(),
                std::string{w.rules[later.blocking_rule(asml_scanner, smic)].id}.c_str());
}

void print_scores() {
    const bloc china{countries::CHN};
    // The Mate 40 Pro launched after the cut-off on Kirin 9000 chips TSMC made
    // before it. The model holds no stock, so that question is asked with the
    // 2020 rule switched off.
    const std::vector<rule_index> stock{w.rule("us_fdp_huawei_2020")};
    // The Mate 60 Pro's and the Mate 70's chips are denied under the rules as
    // written (the 2020 rule reaches SMIC's N+2), so their questions are asked
    // of supply as observed.
    struct question {
        const char* device;
        date on;
        std::vector<rule_index> ignored;
        enforcement_mode enforcement = enforcement_mode::rules;
    };
    std::printf("\nChina alone, each phone at its launch\n");
    std::printf("  %-18s %-10s  %-7s  %-8s  %-11s  %s\n", "device", "date", "capable", "coverage", "value share",
                "missing (root causes)");
    for (const auto& q : {question{"mate_40_pro", 2020y / 10 / 22, stock}, question{"mate_60_pro", 2023y / 8 / 29, {}, enforcement_mode::observed},
                          question{"mate_70", 2024y / 11 / 26, {}, enforcement_mode::observed}}) {
        const item_index x = w.item(q.device);
        const auto s = self_sufficiency(w, x, company_index::none(), china, {.as_of = q.on, .ignored_rules = q.ignored, .enforcement = q.enforcement});
        std::string missing;
        for (const item_index m : s.capability.missing) missing += (missing.empty() ? "" : ", ") + std::string{w.items[m].id};
        std::printf("  %-18s %s  %-7s  %2zu / %-3zu  %.3f%-6s  %s\n", std::string{w.items[x].name}.c_str(),
                    format_date(q.on).c_str(), s.capability.capable ? "yes" : "no", s.coverage.covered,
                    s.coverage.items, s.value_share.share, s.coverage.weights_complete ? "" : " (a)",
                    missing.empty() ? "-" : missing.c_str());
    }
    std::printf("  (a) some value weights are unknown: an input without one counts as 0.\n");
    std::printf("  The Mate 60 Pro and the Mate 70 as observed: their Kirin chips on SMIC N+2 are denied under the\n"
                "  rules (an enforcement gap); the scanners N+2 has installed keep working, and the ArF photoresist\n"
                "  comes from Nata and Sinyang, both uncertain: the capability rests on those two offerings.\n");
}

void print_chokepoints() {
    const item_index mate = w.item("mate_60_pro");
    std::printf("\nChokepoints of the Mate 60 Pro on 2025-06-30 (supply as observed)\n");
    for (const auto by : {candidate_kind::companies, candidate_kind::countries}) {
        const auto cp = chokepoint_sets(w, {.item = mate, .base = {.as_of = 2025y / 6 / 30, .enforcement = enforcement_mode::observed},
                                            .candidates = {.by = by}, .max_order = 2});
        std::printf("  by %s:", by == candidate_kind::companies ? "company" : "country");
        for (const auto& set : cp.sets) {
            std::string members;
            for (const candidate_member_t m : set) members += (members.empty() ? "" : " + ") + std::string{cp.name(w, m)};
            std::printf(" {%s}", members.c_str());
        }
        std::printf("\n");
    }
}

}  // namespace

int main() {
    std::printf("Huawei on the built-in world: %zu companies, %zu items, %zu rules\n", w.companies.size(),
                w.items.size(), w.rules.size());
    print_timeline("kirin_9000", "hisilicon");
    print_timeline("kirin_9000s", "hisilicon");
    print_timeline("kirin_9000s", "hisilicon", enforcement_mode::observed);
    print_mate_60_pro();
    print_scores();
    print_chokepoints();
}
