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
inline std::size_t baseline_reachable(const semichain::graph_view& g, semichain::item_index root) {
    using semichain::item_index;
    using semichain::offering_index;
    semichain::index_vector<item_index, std::uint8_t> seen(g.items.size(), 0);
    std::vector<item_index> queue{root};
    seen[root] = 1;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const item_index x = queue[head];
        if (g.offerings_of(x).empty()) continue;  // a dead end, as in the trace
        for (const auto& r : g.requirements_of_item(x))
            if (!seen[r.input]) { seen[r.input] = 1; queue.push_back(r.input); }
        for (const offering_index o : g.offerings_of(x))
            for (const auto& r : g.requirements_of_offering(o))
                if (!seen[r.input]) { seen[r.input] = 1; queue.push_back(r.input); }
    }
    return queue.size();
}

}  // namespace bench
