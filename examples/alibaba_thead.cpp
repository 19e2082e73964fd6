// Alibaba's T-Head on the built-in world: the third path, in brief.
//
// Huawei designs and was cut off from its foundry; Xiaomi designs and
// invests. Alibaba's chip arm T-Head designs in-house (the Hanguang 800 AI
// chip, the XuanTie 910 RISC-V core) and has its chips made abroad, at TSMC.
// What does that path depend on, and which rule could reach it?
//
// Output: examples/README.md. The test tests/unit/test_cases.cpp asserts the
// same conclusions.
#include <semichain/algo.hpp>
#include <semichain/world.hpp>

#include <cstdio>
#include <string>

using namespace semichain;
using namespace std::chrono;

int main() {
    const graph_view w = world::view();
    const company_index t_head = w.company("t_head");
    const item_index chip = w.item("hanguang_800");
    const scenario today{.as_of = 2025y / 6 / 30};

    std::printf("Hanguang 800 (T-Head, 2019): %.0f nm, %.0f bn transistors\n", *w.number_attribute(chip, "node_nm"),
                *w.number_attribute(chip, "transistors") / 1e9);

    // What it depends on, tier by tier (the first offering of each item).
    std::printf("\nIts chain, breadth first\n");
    for (const auto& e : trace(w, chip, t_head)) {
        if (e.tier > 2) break;
        std::printf("  tier %u  %-50s %s\n", static_cast<unsigned>(e.tier), std::string{w.items[e.item].name}.c_str(),
                    e.provider.is_none() ? "-" : std::string{w.companies[e.provider].name}.c_str());
    }

    // No listing names Alibaba or T-Head, and 12 nm with 17 bn transistors is
    // below the 2025 foundry rule's 30 bn line: nothing blocks it.
    const auto r = compute_availability(w, today);
    std::printf("\nOn %s: %s to T-Head\n", format_date(today.as_of).c_str(),
                r.item_available_to(chip, t_head) ? "available" : "UNAVAILABLE");

    // Where it could break: companies and countries whose loss stops it.
    for (const auto by : {candidate_kind::companies, candidate_kind::countries}) {
        const auto cp = single_points_of_failure(w, {.item = chip, .buyer = t_head, .base = today,
                                                     .candidates = {.by = by}});
        std::printf("  single points of failure (%s):", by == candidate_kind::companies ? "companies" : "countries");
        for (const candidate_member_t m : cp.single_points()) std::printf(" %s", std::string{cp.name(w, m)}.c_str());
        std::printf("\n");
    }

    // And what China alone could do: the design is Chinese, the node is not.
    const auto s = self_sufficiency(w, chip, t_head, bloc{countries::CHN}, today);
    std::printf("  China alone: %s; covers %zu of %zu items of its chain; missing:", s.capability.capable ? "capable" : "not capable",
                s.coverage.covered, s.coverage.items);
    for (const item_index m : s.capability.missing) std::printf(" %s", std::string{w.items[m].id}.c_str());
    std::printf("\n");
}
