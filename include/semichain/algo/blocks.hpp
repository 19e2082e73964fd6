// Where control rules bite in an item's chain: every offering that a rule in
// force blocks to the company that would buy it.
//
// For item x and buyer b in an availability result (date t, scenario s):
//  - the chain is x's closure over offerings *offered at t* (valid_at(t)),
//    followed whatever their availability, disruption or blocks — a block
//    behind another block is still reported;
//  - the places are (x, b) and every (y, p) where an offering of p offered at
//    t, of an item in the chain, requires y (p buys y);
//  - at each place (y, p), every offering q of y offered at t that a rule
//    blocks to p is reported as {q, p, rule}, with the rule that began the block
//    (in force longest; as availability_result::blocking_rule reports).
// A block on a capital input is reported too: at t it does not stop an
// offering that began before, but it freezes its capacity.
// The list is sorted by (offering, buyer, rule) and free of duplicates.
#pragma once

#include <semichain/algo/availability.hpp>
#include <semichain/graph/view.hpp>

#include <algorithm>
#include <compare>
#include <cstdint>
#include <vector>

namespace semichain {

namespace detail {
/// Item `item` bought by company `buyer`.
struct purchase {
    item_index item{};
    company_index buyer{};
    friend constexpr auto operator<=>(const purchase&, const purchase&) = default;
};
}  // namespace detail

/// One place where a rule blocks an offering to a buyer.
struct chain_block {
    offering_index offering{};
    company_index buyer{};
    rule_index rule{};
    friend constexpr bool operator==(const chain_block&, const chain_block&) = default;
    friend constexpr auto operator<=>(const chain_block&, const chain_block&) = default;
};

/// Every block in item x's chain for `buyer`, at r's date (see the header
/// comment). Throws query_error if x or buyer is not a record of r's graph.
constexpr std::vector<chain_block> blocked_in_chain(const availability_result& r, item_index x, company_index buyer) {
    const graph_view& g = r.graph();
    g.check(x);
    g.check_buyer(buyer);
    const day_number t = r.day();

    // The chain: items reached through offerings offered at t.
    index_vector<item_index, std::uint8_t> seen(g.items.size(), 0);
    std::vector<item_index> chain{x};
    seen[x] = 1;
    using place = detail::purchase;
    std::vector<place> places{{x, buyer}};
    for (std::size_t head = 0; head < chain.size(); ++head) {
        for (const offering_index o : g.offerings_of(chain[head])) {
            if (!g.offerings[o].valid_at(t)) continue;
            const company_index p = g.offerings[o].provider;
            g.for_each_requirement(o, [&](const requirement_record& req) {
                places.push_back({req.input, p});
                if (!seen[req.input]) {
                    seen[req.input] = 1;
                    chain.push_back(req.input);
                }
            });
        }
    }
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());

    std::vector<chain_block> out;
    for (const place& pl : places)
        for (const offering_index q : g.offerings_of(pl.item)) {
            if (!g.offerings[q].valid_at(t)) continue;
            if (const rule_index rule = r.blocking_rule(q, pl.buyer); !rule.is_none()) out.push_back({q, pl.buyer, rule});
        }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// An offering that the rules block to a buyer and that a source
/// nevertheless saw in production for that buyer (DESIGN.md §5: legal reach
/// against observed supply).
struct enforcement_gap {
    offering_index offering{};
    company_index buyer{};
    rule_index rule{};             ///< the rule that blocks it (the one that began the block)
    observation_record observed{};  ///< the first observation on or before the date
    friend constexpr bool operator==(const enforcement_gap&, const enforcement_gap&) = default;
};

/// The blocks of item x's chain for `buyer` at r's date (blocked_in_chain)
/// whose offering was observed in production for the blocked buyer (or for
/// any buyer) on or before that date: the enforcement gaps. Under
/// enforcement_mode::observed such offerings are not blocked, so the list is
/// empty; compute r under the rules to list them.
constexpr std::vector<enforcement_gap> enforcement_gaps(const availability_result& r, item_index x, company_index buyer) {
    std::vector<enforcement_gap> out;
    for (const chain_block& b : blocked_in_chain(r, x, buyer))
        if (const auto ob = r.controls().observation(b.offering, b.buyer, r.day())) out.push_back({b.offering, b.buyer, b.rule, *ob});
    return out;
}

}  // namespace semichain
