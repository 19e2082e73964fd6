// The minimal model (minimal_model.hpp) with a buyer x (CHN) and two listings of m:
//   usa_list_m  USA  2024-01-01  (blocks a's wafer to m)
//   jpn_list_m  JPN  2025-01-01  (blocks b's wafer to m: the chip is lost)
// and provenance: a source behind the US listing, the Japanese one uncertain.
#pragma once

#include "minimal_model.hpp"

#include <semichain/graph/graph.hpp>

namespace test_support {

inline semichain::graph_builder controlled_builder() {
    using namespace semichain;
    using namespace semichain::countries;
    using namespace std::chrono;
    graph_builder b = minimal_model();
    b.add(company_input{.id = "x", .name = "X", .location = CHN, .roles = {role::device_maker}});
    b.add(source_input{.id = "s1", .title = "A \"quoted\" title, with a comma", .publisher = "P", .published = 2024y / 2 / 1,
                       .url = "https://example.org/s1"});
    b.add(rule_input{.id = "usa_list_m", .kind = rule_kind::entity_listing, .authority = USA, .effective = 2024y / 1 / 1,
                     .targets = {"m"}, .source = "s1", .certainty = status::public_});
    b.add(rule_input{.id = "jpn_list_m", .kind = rule_kind::entity_listing, .authority = JPN, .effective = 2025y / 1 / 1,
                     .targets = {"m"}, .certainty = status::uncertain});
    return b;
}

inline semichain::graph controlled_model() { return controlled_builder().build(); }

}  // namespace test_support
