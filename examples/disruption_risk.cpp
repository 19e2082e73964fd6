// Disruption risk and repair sets on the built-in world.
//
//  1. The Kirin 9000 for Huawei on 2020-09-14 (the day before the US
//     foreign-direct-product rule), countries as candidates, each disrupted
//     independently: the exact probability that the chip becomes unavailable,
//     the rare-event approximation and the min-cut upper bound, and each
//     country's importance.
//  2. The Mate 60 Pro as observed in production (enforcement = observed), the
//     same question.
//  3. Repair sets: what China on its own would have to build for the Mate 60
//     Pro (as observed) and for Xiaomi's XRING O1.
//
// The probabilities are ILLUSTRATIVE, NOT SOURCED: a scenario chosen to show
// the measures — every country disrupted with probability 1 % over the
// horizon, Taiwan with 5 % (a strait crisis weighed more heavily). They are
// no estimate of any real risk; only the structure (the chokepoint sets) comes
// from the model's sourced facts.
//
// Output: examples/README.md.
#include <semichain/algo.hpp>
#include <semichain/algo/repair.hpp>
#include <semichain/algo/risk.hpp>
#include <semichain/world.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

using namespace semichain;
using namespace std::chrono;

namespace {

const graph_view w = world::view();

std::string str(std::string_view s) { return std::string{s}; }

/// The illustrative scenario: Taiwan 5 %, every other country 1 %.
risk_query illustrative(chokepoint_query q) {
    q.candidates.by = candidate_kind::countries;
    risk_query rq{.chokepoints = q};
    rq.probabilities[static_cast<candidate_member_t>(country::parse("TWN")->index())] = 0.05;
    rq.default_probability = 0.01;
    return rq;
}

void print_risk(const char* title, const risk_query& rq) {
    const risk_result r = disruption_risk(w, rq);
    std::printf("%s\n", title);
    std::printf("  P(unavailable)           %.6f  (exact)\n", r.probability);
    std::printf("  rare-event approximation %.6f  (%s)\n", r.rare_event, r.truncated ? "truncated" : "every minimal set");
    std::printf("  min-cut upper bound      %.6f\n", r.mcub);
    std::printf("  country  p     Birnbaum  criticality  Fussell-Vesely  RAW     RRW\n");
    // An undefined measure (RRW when the item is lost whenever i is not) is "-".
    const auto measure = [](const std::optional<double>& m, const char* format) {
        char buffer[32] = "-";
        if (m) std::snprintf(buffer, sizeof buffer, format, *m);
        return std::string{buffer};
    };
    for (const importance_row& i : r.importance) {
        if (i.birnbaum == 0) continue;  // in no minimal set
        std::printf("  %-7s  %.2f  %.4f    %-6s       %-6s          %6s  %s\n", str(r.sets.name(w, i.member)).c_str(),
                    i.probability, i.birnbaum, measure(i.criticality, "%.4f").c_str(),
                    measure(i.fussell_vesely, "%.4f").c_str(), measure(i.raw, "%.2f").c_str(), measure(i.rrw, "%.4f").c_str());
    }
}

void print_repair(const char* title, const repair_query& q) {
    const repair_result r = repair_sets(w, q);
    std::printf("%s\n  missing:", title);
    for (const item_index y : r.missing) std::printf(" %s", str(w.items[y].id).c_str());
    std::printf("\n");
    if (!r.repairable) std::printf("  nothing repairs it\n");
    for (const auto& s : r.sets) {
        if (s.empty()) {
            std::printf("  build: nothing (available as it is)\n");
            continue;
        }
        std::printf("  build:");
        for (const item_index y : s) std::printf(" %s", str(w.items[y].id).c_str());
        std::printf("\n");
    }
}

}  // namespace

int main() {
    std::printf("Illustrative probabilities (not sourced): TWN 0.05, every other country 0.01\n\n");
    print_risk("Kirin 9000 for Huawei on 2020-09-14",
               illustrative({.item = w.item("kirin_9000"), .buyer = w.company("huawei"), .base = {.as_of = 2020y / 9 / 14},
                             .max_order = 8}));
    std::printf("\n");
    print_risk("Mate 60 Pro on 2025-06-30, as observed",
               illustrative({.item = w.item("mate_60_pro"),
                             .base = {.as_of = 2025y / 6 / 30, .enforcement = enforcement_mode::observed},
                             .max_order = 8}));
    std::printf("\n");

    bloc china;
    china.insert(*country::parse("CHN"));
    const scenario observed{.as_of = 2025y / 6 / 30, .enforcement = enforcement_mode::observed};
    print_repair("China on its own: Mate 60 Pro, as observed",
                 {.item = w.item("mate_60_pro"), .members = china, .base = isolated_scenario(w, china, observed), .max_order = 3});
    print_repair("China on its own: XRING O1 for Xiaomi",
                 {.item = w.item("xring_o1"), .buyer = w.company("xiaomi"), .members = china,
                  .base = isolated_scenario(w, china, {.as_of = 2025y / 6 / 30}), .max_order = 3});
    return 0;
}
