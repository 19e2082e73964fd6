// The built-in world: the Huawei, Xiaomi and Alibaba cases as one
// compile-time model, lowered once into a static constexpr graph.
//
//     #include <semichain/world.hpp>
//     constexpr semichain::graph_view v = semichain::world::view();
//     static_assert(v.find_item("kirin_9000s").has_value());
//
// The entity types live in the headers beside this one (sources, companies,
// designers, nodes, packaging, tools, memory, products, controlled items,
// controls, photoresist) and the relations in fab_supply, node_recipes,
// photoresist, product_supply, investments and controls (licences, installed
// tools, observations). Every entity and relation carries its source and its
// status (seed, public, uncertain, assumption) as shared/reference/facts.md
// gives them.
//
// The fab-tool offerings carry market shares from the ETO Chip Explorer data
// (CC BY-NC 4.0, not BSL-1.0: see NOTICE), kept in eto_tool_supply.hpp. Define
// SEMICHAIN_WORLD_WITHOUT_ETO (CMake option of the same name) to build the
// world without them: tool_supply.hpp then gives the same tool offerings
// without shares, and the companies only ETO names are absent.
#pragma once

#include <semichain/core/entity.hpp>
#include <semichain/graph/view.hpp>
#include <semichain/model/lower.hpp>
#include <semichain/model/model.hpp>
#include <semichain/world/companies.hpp>
#include <semichain/world/controlled_items.hpp>
#include <semichain/world/controls.hpp>
#include <semichain/world/designers.hpp>
#include <semichain/world/fab_supply.hpp>
#include <semichain/world/investments.hpp>
#include <semichain/world/memory.hpp>
#include <semichain/world/node_recipes.hpp>
#include <semichain/world/nodes.hpp>
#include <semichain/world/packaging.hpp>
#include <semichain/world/photoresist.hpp>
#include <semichain/world/product_supply.hpp>
#include <semichain/world/products.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_controls.hpp>
#include <semichain/world/sources_data.hpp>
#include <semichain/world/tools.hpp>
#if defined(SEMICHAIN_WORLD_WITHOUT_ETO)
#include <semichain/world/tool_supply.hpp>
#else
#include <semichain/world/eto_tool_supply.hpp>
#endif

namespace semichain::world {
#if defined(SEMICHAIN_WORLD_WITHOUT_ETO)
using tool_supply_source_types = sourced_tool_supply_source_types;
using tool_supply_company_types = sourced_tool_supply_company_types;
/// The world's fab-tool offerings (without ETO figures).
template <class F>
constexpr auto with_tool_supply(F&& f) {
    return with_sourced_tool_supply(static_cast<F&&>(f));
}
#else
using tool_supply_source_types = eto_tool_supply_source_types;
using tool_supply_company_types = eto_tool_supply_company_types;
/// The world's fab-tool offerings (with ETO shares).
template <class F>
constexpr auto with_tool_supply(F&& f) {
    return with_eto_tool_supply(static_cast<F&&>(f));
}
#endif
}  // namespace semichain::world

namespace semichain::world {

namespace detail {
template <class... Lists>
struct joined_entities;
template <class... As>
struct joined_entities<type_list<As...>> {
    using type = entity_list<As...>;
};
template <class... As, class... Bs, class... Rest>
struct joined_entities<type_list<As...>, type_list<Bs...>, Rest...> : joined_entities<type_list<As..., Bs...>, Rest...> {};

/// Every entity type of the world.
using world_entities =
    typename joined_entities<source_types, data_source_types, controls_source_types, tool_supply_source_types,
                             photoresist_source_types, supply_company_types, tool_supply_company_types,
                             photoresist_company_types, demand_company_types, node_types, packaging_types, tool_types,
                             photoresist_item_types, memory_types, product_types, controlled_item_types,
                             rule_types>::type;
}  // namespace detail

/// The built-in world as a compile-time model.
inline constexpr auto model = with_fab_supply([](const auto&... fab) {
    return with_tool_supply([&](const auto&... tools) {
        return with_node_recipes([&](const auto&... recipes) {
            return with_photoresist_supply([&](const auto&... resists) {
                return with_product_supply([&](const auto&... products) {
                    return with_investments([&](const auto&... investments) {
                        return with_controls_relations([&](const auto&... controls) {
                            return make_model(detail::world_entities{}, fab..., tools..., recipes..., resists...,
                                              products..., investments..., controls...);
                        });
                    });
                });
            });
        });
    });
});

/// The built-in world lowered once: a static constexpr graph in std::array storage.
inline constexpr auto graph = semichain::lower(model);

/// The view every algorithm takes, on the built-in world's graph.
constexpr graph_view view() noexcept { return graph.view(); }

}  // namespace semichain::world
