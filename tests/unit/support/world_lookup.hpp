// Lookups by id on the built-in world for the unit tests: each REQUIREs that
// the id exists, naming it when it does not.
#pragma once

#include <semichain/world.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

namespace test_support {

inline constexpr semichain::graph_view world_view = semichain::world::view();

inline semichain::index_t company_index(std::string_view id) {
    const semichain::index_t c = world_view.find_company(id);
    INFO(std::string{id});
    REQUIRE(c != semichain::no_index);
    return c;
}
inline semichain::index_t item_index(std::string_view id) {
    const semichain::index_t x = world_view.find_item(id);
    INFO(std::string{id});
    REQUIRE(x != semichain::no_index);
    return x;
}
inline semichain::index_t rule_index(std::string_view id) {
    const semichain::index_t r = world_view.find_rule(id);
    INFO(std::string{id});
    REQUIRE(r != semichain::no_index);
    return r;
}
inline semichain::index_t offering_index(std::string_view provider, std::string_view made) {
    const semichain::index_t o = world_view.find_offering(company_index(provider), item_index(made));
    INFO(std::string{provider} + " provides " + std::string{made});
    REQUIRE(o != semichain::no_index);
    return o;
}

}  // namespace test_support
