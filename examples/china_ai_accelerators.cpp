// Which AI accelerators a Chinese buyer can get, rule date by rule date:
// Nvidia's parts (A100, H100, and the A800, H800 and H20 made for China)
// against Huawei's Ascend 910 and 910B, for Alibaba, a buyer located in
// China, on the built-in world. Each cell says whether the chip is available
// to the buyer and, if not, which rule blocks it; a rule that reaches a chip
// without blocking it (a licence reviewed case by case) is named too.
#include <semichain/algo/availability.hpp>
#include <semichain/world.hpp>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace semichain;
using namespace std::chrono;

namespace {

const graph_view w = world::view();

/// "available", "blocked by R", "licence required by R", "not offered".
std::string state(const availability_result& r, item_index x, company_index buyer) {
    if (r.item_available_to(x, buyer)) {
        for (const offering_index o : w.offerings_of(x))
            if (r.available_to(o, buyer))
                if (const auto [rule, why] = r.passing_rule(o, buyer); !rule.is_none() && why == licence_outcome::required)
                    return "licence required (" + std::string{w.rules[rule].id} + ")";
        return "available";
    }
    for (const offering_index o : w.offerings_of(x))
        if (const rule_index rule = r.blocking_rule(o, buyer); !rule.is_none())
            return "blocked by " + std::string{w.rules[rule].id};
    return "unavailable (its chain)";
}

}  // namespace

int main() {
    const company_index buyer = w.company("alibaba");
    const std::vector<const char*> chips{"nvidia_a100", "nvidia_h100", "nvidia_a800", "nvidia_h800",
                                         "nvidia_h20",  "ascend_910",  "ascend_910b"};
    // The day before the 2022 rules, the rules' dates, and today.
    const std::vector<date> dates{2022y / 10 / 6, 2022y / 10 / 7, 2023y / 11 / 16, 2023y / 11 / 17, 2025y / 6 / 30};
    std::printf("AI accelerators for Alibaba (located in CHN), under the rules as written\n");
    for (const date d : dates) {
        const auto r = compute_availability(w, {.as_of = d});
        std::printf("\n%s\n", format_date(d).c_str());
        for (const char* id : chips) {
            const item_index x = w.item(id);
            const auto tpp = w.number_attribute(x, "tpp");
            std::printf("  %-12s TPP %5s  %s\n", std::string{w.items[x].name}.c_str(),
                        tpp ? std::to_string(static_cast<int>(*tpp)).c_str() : "?", state(r, x, buyer).c_str());
        }
    }
    return 0;
}
