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
    index_t item = no_index, buyer = no_index;
    friend constexpr auto operator<=>(const purchase&, const purchase&) = default;
};
}  // namespace detail

/// One place where a rule blocks an offering to a buyer.
struct chain_block {
    index_t offering = no_index;
    index_t buyer = no_index;
    index_t rule = no_index;
    friend constexpr bool operator==(const chain_block&, const chain_block&) = default;
    friend constexpr auto operator<=>(const chain_block&, const chain_block&) = default;
};

/// Every block in item x's chain for `buyer`, at r's date (see the header comment).
constexpr std::vector<chain_block> blocked_in_chain(const availability_result& r, index_t x, index_t buyer) {
    const graph_view& g = r.graph();
    const day_number t = r.day();

    // The chain: items reached through offerings offered at t.
    std::vector<std::uint8_t> seen(g.items.size(), 0);
    std::vector<index_t> chain{x};
    seen[x] = 1;
    using place = detail::purchase;
    std::vector<place> places{{x, buyer}};
    for (std::size_t head = 0; head < chain.size(); ++head) {
        for (index_t o = g.item_offerings_begin[chain[head]]; o < g.item_offerings_begin[chain[head] + 1]; ++o) {
            if (!g.offerings[o].valid_at(t)) continue;
            const index_t p = g.offerings[o].provider;
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
        for (index_t q = g.item_offerings_begin[pl.item]; q < g.item_offerings_begin[pl.item + 1]; ++q) {
            if (!g.offerings[q].valid_at(t)) continue;
            if (const index_t rule = r.blocking_rule(q, pl.buyer); rule != no_index) out.push_back({q, pl.buyer, rule});
        }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace semichain
