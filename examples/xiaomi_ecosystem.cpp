// Xiaomi on the built-in world: a device maker that invests.
//
//  1. The Xiaomi group (Xiaomi and what it owns, the Changjiang Xiaomi fund
//     among them), its chip investees, what they make, and who else invested:
//     Huawei's and Alibaba's groups.
//  2. Each Xiaomi device's modelled bill of materials against that portfolio.
//  3. The Surge S1 at TSMC, and the XRING O1 on TSMC N3E under the 2025
//     foundry rule beside a hypothetical 40-billion-transistor design.
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

std::string str(std::string_view s) { return std::string{s}; }

// The company at the top of c's ownership chain (its parent, or an owner
// named by an ownership relation).
company_index owner_of(company_index c) {
    if (!w.companies[c].parent.is_none()) return w.companies[c].parent;
    for (const auto& own : w.owns)
        if (own.company == c) return own.parent;
    return company_index::none();
}
company_index group_of(company_index c) {
    for (company_index up = owner_of(c); !up.is_none(); up = owner_of(c)) c = up;
    return c;
}

const company_index xiaomi = w.company("xiaomi");

bool in_xiaomi_group(company_index c) { return group_of(c) == xiaomi; }

bool is_investee(company_index c) {
    for (const auto& inv : w.invests)
        if (inv.company == c && in_xiaomi_group(inv.investor)) return true;
    return false;
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out.empty() ? "-" : out;
}

void print_portfolio() {
    std::printf("The Xiaomi group's chip investees\n");
    std::printf("  %-22s %-32s %-24s %s\n", "investee", "investors in the group", "makes", "other investors");
    for (const company_index c : w.companies.indices()) {
        if (!is_investee(c)) continue;
        std::vector<std::string> ours, others, makes;
        for (const auto& inv : w.invests) {
            if (inv.company != c) continue;
            const auto& investor = w.companies[inv.investor];
            const company_index g = group_of(inv.investor);
            if (g == xiaomi) ours.push_back(str(investor.id));
            else others.push_back(str(investor.id) + (g != inv.investor ? " (" + str(w.companies[g].id) + ")" : ""));
        }
        for (const auto& off : w.offerings)
            if (off.provider == c) makes.push_back(str(w.items[off.item].id));
        std::printf("  %-22s %-32s %-24s %s\n", str(w.companies[c].id).c_str(), join(ours).c_str(),
                    join(makes).c_str(), join(others).c_str());
    }
}

void print_bills_of_materials() {
    std::printf("\nXiaomi devices: each part of the modelled bill of materials, and who in the portfolio makes it\n");
    for (const auto* id : {"mi_5c", "xiaomi_12s", "xiaomi_iot_device"}) {
        const item_index device = w.item(id);
        std::printf("  %s\n", str(w.items[device].name).c_str());
        for (const auto& req : w.requirements_of_item(device)) {
            std::vector<std::string> ours;
            for (const offering_index o : w.offerings_of(req.input)) {
                const company_index p = w.offerings[o].provider;
                if (in_xiaomi_group(p)) ours.push_back(str(w.companies[p].id) + " (group)");
                else if (is_investee(p)) ours.push_back(str(w.companies[p].id) + " (investee)");
            }
            std::printf("    %-26s %s\n", str(w.items[req.input].name).c_str(), join(ours).c_str());
        }
    }
    // Parts the investees make that no modelled bill of materials lists: the
    // world's bills stop at what sources give (SoC, and memory as an assumption).
    std::vector<std::string> unused;
    for (const auto& off : w.offerings) {
        if (is_investee(off.provider) && w.dependents_of(off.item).empty()) unused.push_back(str(w.items[off.item].id));
    }
    std::printf("  investees' parts in no modelled bill of materials: %s\n", join(unused).c_str());
}

void print_surge_s1() {
    const item_index s1 = w.item("surge_s1");
    const company_index pinecone = w.company("pinecone");
    const auto cp = single_points_of_failure(w, {.item = s1, .buyer = pinecone, .base = {.as_of = 2025y / 6 / 30}});
    std::vector<std::string> names;
    for (const candidate_member_t c : cp.single_points()) names.push_back(str(cp.name(w, c)));
    std::printf("\nSurge S1 (TSMC 28 nm HPC+) for Pinecone on 2025-06-30: %s; single points of failure: %s\n",
                is_available(w, s1, pinecone, {.as_of = 2025y / 6 / 30}) ? "available" : "UNAVAILABLE",
                join(names).c_str());
}

void print_foundry_rule() {
    const company_index xring = w.company("xring");
    std::printf("\nThe US foundry rule of 2025-01-16 (16/14 nm or below, 30 bn transistors or more, buyers in China)\n");
    for (const auto* id : {"xring_o1", "hypothetical_40bn_chip"}) {
        const item_index chip = w.item(id);
        const offering_index own = w.find_offering(xring, chip);
        std::printf("  %-44s %2.0f nm  %4.0f bn transistors  %s\n", str(w.items[chip].name).c_str(),
                    w.number_attribute(chip, "node_nm").value_or(0),
                    w.number_attribute(chip, "transistors").value_or(0) / 1e9,
                    to_string(w.items[chip].origin.certainty).data());
        for (const date d : {2025y / 1 / 15, 2025y / 6 / 1}) {
            const auto r = compute_availability(w, {.as_of = d});
            const rule_index rule = r.blocking_rule(own, xring);
            const std::string why = !rule.is_none()     ? "blocked by " + str(w.rules[rule].id)
                                    : !r.available(own) ? str(to_string(r.reason(own)))
                                                        : "";
            std::printf("    %s  %-11s  %s\n", format_date(d).c_str(),
                        r.item_available_to(chip, xring) ? "available" : "UNAVAILABLE", why.c_str());
        }
    }
}

}  // namespace

int main() {
    print_portfolio();
    print_bills_of_materials();
    print_surge_s1();
    print_foundry_rule();
}
