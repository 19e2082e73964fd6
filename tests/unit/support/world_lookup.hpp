// Lookups by id on the built-in world for the unit tests: each REQUIREs that
// the id exists, naming it when it does not.
#pragma once

#include <semichain/world.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

namespace test_support {

inline constexpr semichain::graph_view world_view = semichain::world::view();
// The name the tests that read the world throughout give it.
inline constexpr const semichain::graph_view& v = world_view;

inline semichain::company_index world_company(std::string_view id) {
    const auto c = world_view.find_company(id);
    INFO(std::string{id});
    REQUIRE(c.has_value());
    return *c;
}
inline semichain::item_index world_item(std::string_view id) {
    const auto x = world_view.find_item(id);
    INFO(std::string{id});
    REQUIRE(x.has_value());
    return *x;
}
inline semichain::rule_index world_rule(std::string_view id) {
    const auto r = world_view.find_rule(id);
    INFO(std::string{id});
    REQUIRE(r.has_value());
    return *r;
}
inline semichain::offering_index world_offering(std::string_view provider, std::string_view made) {
    const semichain::offering_index o = world_view.find_offering(world_company(provider), world_item(made));
    INFO(std::string{provider} + " provides " + std::string{made});
    REQUIRE(!o.is_none());
    return o;
}

}  // namespace test_support
