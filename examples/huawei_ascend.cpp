// Huawei's AI chips on the built-in world: the Ascend path.
//
//  1. The Ascend 910 (2019, TSMC N7+): cut off with TSMC in September 2020.
//  2. The Ascend 910B for HiSilicon: every offering of its three inputs — the
//     compute die (whose foundry is uncertain), 2.5D packaging (TSMC's CoWoS
//     or SJ Semiconductor) and HBM (before and after the 2024-12-02 rule).
//  3. The uncertainties as alternative scenarios, and the chokepoint sets
//     that sum them up.
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
const company_index hisilicon = w.company("hisilicon");

std::string str(std::string_view s) { return std::string{s}; }

// One offering's state for a buyer: available, blocked by a rule, or why not.
std::string state(const availability_result& r, offering_index o, company_index buyer) {
    if (const rule_index rule = r.blocking_rule(o, buyer); !rule.is_none()) return "blocked by " + str(w.rules[rule].id);
    if (!r.available(o)) {
        const item_index input = r.reason_input(o);
        return str(to_string(r.reason(o))) + (input.is_none() ? "" : ": " + str(w.items[input].name));
    }
    return r.capacity_frozen(o) ? "available, capacity frozen" : "available";
}

void print_offerings(const availability_result& r, std::string_view item_id, company_index buyer) {
    const item_index x = w.item(item_id);
    std::printf("  %s\n", str(w.items[x].name).c_str());
    for (const offering_index o : w.offerings_of(x)) {
        const auto& off = w.offerings[o];
        std::printf("    %-24s %-10s  %s\n", str(w.companies[off.provider].name).c_str(),
                    str(to_string(off.origin.certainty)).c_str(), state(r, o, buyer).c_str());
    }
}

void print_ascend_910() {
    const item_index chip = w.item("ascend_910");
    std::printf("Ascend 910 (TSMC N7+) for HiSilicon\n");
    for (const date d : {2020y / 9 / 14, 2020y / 9 / 15}) {
        const auto r = compute_availability(w, {.as_of = d});
        const offering_index n7 = w.find_offering(w.company("tsmc"), w.item("tsmc_n7_plus"));
        std::printf("  %s  %-11s  TSMC N7+: %s\n", format_date(d).c_str(),
                    r.item_available_to(chip, hisilicon) ? "available" : "UNAVAILABLE", state(r, n7, hisilicon).c_str());
    }
}

void print_ascend_910b_inputs() {
    std::printf("\nAscend 910B inputs for HiSilicon, offering by offering\n");
    const auto r = compute_availability(w, {.as_of = 2025y / 6 / 30});
    std::printf(" on 2025-06-30\n");
    print_offerings(r, "ascend_910b_die", hisilicon);
    print_offerings(r, "interposer_packaging", hisilicon);
    print_offerings(r, "hbm", hisilicon);
    std::printf(" HBM on 2024-12-01, the day before the US rule\n");
    print_offerings(compute_availability(w, {.as_of = 2024y / 12 / 1}), "hbm", hisilicon);
}

std::vector<company_index> companies(std::initializer_list<std::string_view> ids) {
    std::vector<company_index> out;
    for (const auto id : ids) out.push_back(w.company(id));
    return out;
}

// The rules' legal reach leaves TSMC's N7 open to HiSilicon: each of its tool
// classes has a maker outside the US, so the 2020 rule's "cannot be made
// without US inputs" does not reach it. TSMC itself shipped Huawei nothing
// after 2020-09-14 (facts.md #5) and in 2024 stopped customers suspected of
// routing chips to Huawei (#25): TSMC out is the realistic base.
const std::vector<company_index> tsmc_out = companies({"tsmc"});

void print_scenarios() {
    struct what_if {
        const char* label;
        date on;
        std::vector<company_index> disrupted;
    };
    const item_index chip = w.item("ascend_910b");
    const auto plus = [](std::initializer_list<std::string_view> ids) {
        auto out = tsmc_out;
        for (const company_index c : companies(ids)) out.push_back(c);
        return out;
    };
    std::printf("\nAscend 910B for HiSilicon under alternative scenarios\n");
    std::printf("  (No source names the tools installed in TSMC's N7, so the 2020 rule's direct-product reach\n"
                "  falls back to \"cannot be made without US inputs\", and each of N7's tool classes has a maker\n"
                "  outside the US: it stays open; TSMC shipped Huawei nothing after 2020-09-14.)\n");
    for (const auto& s : {
             what_if{"the rules' legal reach only", 2025y / 6 / 30, {}},
             what_if{"TSMC ships nothing for Huawei", 2025y / 6 / 30, tsmc_out},
             what_if{"  and SMIC does not make the die", 2025y / 6 / 30, plus({"smic"})},
             what_if{"  and no SJ Semiconductor packaging", 2025y / 6 / 30, plus({"sj_semiconductor"})},
             what_if{"  and no Chinese HBM (CXMT, SwaySure)", 2025y / 6 / 30, plus({"cxmt", "swaysure"})},
             what_if{"  and no Chinese HBM, before the HBM rule", 2024y / 12 / 1, plus({"cxmt", "swaysure"})},
         }) {
        const bool ok = is_available(w, chip, hisilicon, {.as_of = s.on, .disrupted = s.disrupted});
        std::printf("  %-42s %s  %s\n", s.label, format_date(s.on).c_str(), ok ? "available" : "UNAVAILABLE");
    }
}

void print_chokepoints() {
    const auto cp = chokepoint_sets(w, {.item = w.item("ascend_910b"), .buyer = hisilicon,
                                        .base = {.as_of = 2025y / 6 / 30, .disrupted = tsmc_out}, .max_order = 2});
    std::printf("\nChokepoint sets of the Ascend 910B for HiSilicon on 2025-06-30, TSMC out (companies, up to 2)\n ");
    for (const auto& set : cp.sets) {
        std::string members;
        for (const candidate_member_t m : set) members += (members.empty() ? "" : " + ") + str(cp.name(w, m));
        std::printf(" {%s}", members.c_str());
    }
    std::printf("\n");
}

}  // namespace

int main() {
    print_ascend_910();
    print_ascend_910b_inputs();
    print_scenarios();
    print_chokepoints();
}
