#include "headline.hpp"

#include <string>

namespace semichain::cli {

const std::vector<headline_case>& headline_cases() {
    static const std::vector<headline_case> cases{
        {"mate_60_pro", "", "", {"CHN"}, {},
         "Huawei Mate 60 Pro (Kirin 9000S on SMIC N+2), today",
         "Huawei's 2023 flagship phone runs on the Kirin 9000S, designed by HiSilicon and made by SMIC on its 7 nm N+2 "
         "node, a node built on DUV immersion scanners. Which controls bite where in its chain today, what does it "
         "depend on, and how much of it can China supply alone?"},
        {"kirin_9000", "huawei", "2020-09-14", {"CHN"}, {},
         "Kirin 9000 for Huawei, the day before the US foreign-direct-product rule",
         "TSMC made HiSilicon's Kirin 9000 on its 5 nm N5 node. The report is dated 2020-09-14; its timeline crosses "
         "the 2019-05-16 Entity List listing and the foreign-direct-product rule in force from 2020-09-15, which cut "
         "HiSilicon off from TSMC."},
        {"xring_o1", "xiaomi", "", {"CHN"}, {"2025-05-22"},
         "XRING O1 for Xiaomi under the 2025 foundry rule",
         "Xiaomi's XRING O1 (unveiled 2025-05-22), designed by its subsidiary XRING and made by TSMC on N3E, has 19 "
         "billion transistors. The US foundry rule in force from 2025-01-16 reaches chips of 16 nm or below with 30 "
         "billion transistors or more, for buyers in China."},
        {"hypothetical_40bn_chip", "xiaomi", "", {"CHN"}, {},
         "A hypothetical 40-billion-transistor 3 nm design for Xiaomi (contrast case)",
         "Not a product: the same kind of design as the XRING O1 with 40 billion transistors, to show the foundry "
         "rule's threshold at work."},
    };
    return cases;
}

std::string headline_title() { return "semichain: chokepoints in the Huawei and Xiaomi chip supply chains"; }

std::vector<std::string> headline_intro(const graph_view& g, const std::string& as_of) {
    return {
        "Computed by `semichain report` on the built-in world: " + std::to_string(g.companies.size()) + " companies, " +
            std::to_string(g.items.size()) + " items, " + std::to_string(g.offerings.size()) + " offerings, " +
            std::to_string(g.rules.size()) + " export-control rules and " + std::to_string(g.sources.size()) +
            " sources. Cases without a date of their own are evaluated on " + as_of +
            " (a fixed date, so that the report is the same every day; change it with --as-of).",
        "Available means: some offering of the item can be had by the buyer on that date, every input of that "
        "offering can be had by its provider (recursively), and no control rule in force blocks any of them. Capital "
        "equipment is checked when the offering began: tools installed before a rule keep working, and the offering "
        "is reported as capacity frozen. Chokepoint sets are the minimal sets of companies (or countries) whose "
        "disruption would make the item unavailable; single points of failure are the sets of one.",
        "Every fact carries its status: seed (the case articles), public (a named public source), uncertain "
        "(sources disagree) or assumption (a modelling choice nobody published). Uncertain facts and assumptions are "
        "flagged with ⚠ wherever they are used, and listed at the end of each case with every source.",
    };
}

}  // namespace semichain::cli
