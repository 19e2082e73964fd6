// The minimal model of FORMAT.md, built through the run-time builder:
// a chip made by m (TWN) from a wafer that a (USA, 60%) or b (JPN, 40%) provide.
#pragma once

#include <semichain/graph/graph.hpp>

namespace test_support {

inline semichain::graph_builder minimal_model() {
    using namespace semichain;
    using namespace semichain::countries;
    graph_builder b;
    b.add(company_input{.id = "a", .name = "A", .location = USA, .roles = {role::materials}});
    b.add(company_input{.id = "b", .name = "B", .location = JPN, .roles = {role::materials}});
    b.add(company_input{.id = "m", .name = "M", .location = TWN, .roles = {role::foundry}});
    b.add(item_input{.id = "wafer", .name = "Wafer", .kind = category::material});
    b.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    b.add(provides_input{.provider = "a", .item = "wafer", .share = 0.6});
    b.add(provides_input{.provider = "b", .item = "wafer", .share = 0.4});
    b.add(provides_input{.provider = "m", .item = "chip", .share = 1.0});
    b.add(requires_input{.item = "chip", .input = "wafer", .weight = 0.3});
    return b;
}

}  // namespace test_support
