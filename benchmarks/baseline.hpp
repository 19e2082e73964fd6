// The baseline of the reachability comparisons: a plain breadth-first search
// over semichain's CSR arrays, written by hand as a user would. Like the
// trace, it does not expand an item without offerings (a dead end).
#pragma once

#include <semichain/graph/view.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bench {

/// How many items are reachable from `root` (root included).
inline std::size_t baseline_reachable(const semichain::graph_view& g, semichain::index_t root) {
    using semichain::index_t;
    std::vector<std::uint8_t> seen(g.items.size(), 0);
    std::vector<index_t> queue{root};
    seen[root] = 1;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const index_t x = queue[head];
        if (g.offerings_of(x).empty()) continue;  // a dead end, as in the trace
        for (const auto& r : g.requirements_of_item(x))
            if (!seen[r.input]) { seen[r.input] = 1; queue.push_back(r.input); }
        for (index_t o = g.item_offerings_begin[x]; o < g.item_offerings_begin[x + 1]; ++o)
            for (const auto& r : g.requirements_of_offering(o))
                if (!seen[r.input]) { seen[r.input] = 1; queue.push_back(r.input); }
    }
    return queue.size();
}

}  // namespace bench
