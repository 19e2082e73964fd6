// The built-in world's process recipes: what each process node needs.
//
// A node requires its tools as *capital* requirements (checked at the
// offering's `since`: tools installed before a rule keep working) and its
// materials as ordinary ones. The tool mix is the usual one for the node's
// size, by grade (tools.hpp), and is marked assumption: no source lists a
// fab's tools. The materials carry value weights derived in
// assumption_weight_node (sources_data.hpp): wafers 0.039, photoresist 0.012,
// of which the ArF (193 nm) resists every node here needs take 0.0048
// (photoresist.hpp, assumption_weight_resist) and the other resists 0.0072.
#pragma once

#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/model/relations.hpp>
#include <semichain/world/nodes.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_data.hpp>
#include <semichain/world/tools.hpp>

namespace semichain::world {

/// Calls `f` with every requirement of the world's process nodes; returns its result.
template <class F>
constexpr auto with_node_recipes(F&& f) {
    using enum semichain::status;
    return f(
        // 7 nm and below: critical immersion scanners (NXT:2000i and later), advanced tools.
        requires_<tsmc_n7, duv_immersion_critical, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7, etch_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7, deposition_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7, metrology_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7, cleaning_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7, cmp_tool, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7, photoresist, assumption_node_recipe>{.weight = weight{0.0072}, .certainty = assumption},
        requires_<tsmc_n7, silicon_wafer, assumption_node_recipe>{.weight = weight{0.039}, .certainty = assumption},
        requires_<tsmc_n7_plus, duv_immersion_critical, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7_plus, etch_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7_plus, deposition_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7_plus, metrology_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7_plus, cleaning_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7_plus, cmp_tool, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n7_plus, photoresist, assumption_node_recipe>{.weight = weight{0.0072}, .certainty = assumption},
        requires_<tsmc_n7_plus, silicon_wafer, assumption_node_recipe>{.weight = weight{0.039}, .certainty = assumption},
        requires_<tsmc_n5, duv_immersion_critical, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n5, etch_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n5, deposition_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n5, metrology_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n5, cleaning_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n5, cmp_tool, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n5, photoresist, assumption_node_recipe>{.weight = weight{0.0072}, .certainty = assumption},
        requires_<tsmc_n5, silicon_wafer, assumption_node_recipe>{.weight = weight{0.039}, .certainty = assumption},
        requires_<tsmc_n3e, duv_immersion_critical, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n3e, etch_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n3e, deposition_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n3e, metrology_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n3e, cleaning_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n3e, cmp_tool, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n3e, photoresist, assumption_node_recipe>{.weight = weight{0.0072}, .certainty = assumption},
        requires_<tsmc_n3e, silicon_wafer, assumption_node_recipe>{.weight = weight{0.039}, .certainty = assumption},
        requires_<smic_n_plus_1, duv_immersion_critical, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_1, etch_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_1, deposition_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_1, metrology_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_1, cleaning_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_1, cmp_tool, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_1, photoresist, assumption_node_recipe>{.weight = weight{0.0072}, .certainty = assumption},
        requires_<smic_n_plus_1, silicon_wafer, assumption_node_recipe>{.weight = weight{0.039}, .certainty = assumption},
        requires_<smic_n_plus_2, duv_immersion_critical, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_2, etch_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_2, deposition_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_2, metrology_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_2, cleaning_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_2, cmp_tool, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_n_plus_2, photoresist, assumption_node_recipe>{.weight = weight{0.0072}, .certainty = assumption},
        requires_<smic_n_plus_2, silicon_wafer, assumption_node_recipe>{.weight = weight{0.039}, .certainty = assumption},
        // 12–16 nm: NXT:1970i/1980i-class scanners, advanced tools.
        requires_<tsmc_12nm, duv_immersion_1980i, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_12nm, etch_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_12nm, deposition_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_12nm, metrology_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_12nm, cleaning_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_12nm, cmp_tool, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_12nm, photoresist, assumption_node_recipe>{.weight = weight{0.0072}, .certainty = assumption},
        requires_<tsmc_12nm, silicon_wafer, assumption_node_recipe>{.weight = weight{0.039}, .certainty = assumption},
        requires_<sien_14nm, duv_immersion_1980i, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<sien_14nm, etch_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<sien_14nm, deposition_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<sien_14nm, metrology_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<sien_14nm, cleaning_advanced, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<sien_14nm, cmp_tool, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<sien_14nm, photoresist, assumption_node_recipe>{.weight = weight{0.0072}, .certainty = assumption},
        requires_<sien_14nm, silicon_wafer, assumption_node_recipe>{.weight = weight{0.039}, .certainty = assumption},
        // 28 nm and above: older immersion scanners, mature tools.
        requires_<tsmc_28hpc_plus, duv_immersion_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_28hpc_plus, etch_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_28hpc_plus, deposition_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_28hpc_plus, metrology_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_28hpc_plus, cleaning_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_28hpc_plus, cmp_tool, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_28hpc_plus, photoresist, assumption_node_recipe>{.weight = weight{0.0072}, .certainty = assumption},
        requires_<tsmc_28hpc_plus, silicon_wafer, assumption_node_recipe>{.weight = weight{0.039}, .certainty = assumption},
        requires_<smic_28nm, duv_immersion_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_28nm, etch_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_28nm, deposition_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_28nm, metrology_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_28nm, cleaning_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_28nm, cmp_tool, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_28nm, photoresist, assumption_node_recipe>{.weight = weight{0.0072}, .certainty = assumption},
        requires_<smic_28nm, silicon_wafer, assumption_node_recipe>{.weight = weight{0.039}, .certainty = assumption},
        requires_<smic_40nm_non_a, duv_immersion_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_40nm_non_a, etch_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_40nm_non_a, deposition_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_40nm_non_a, metrology_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_40nm_non_a, cleaning_mature, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_40nm_non_a, cmp_tool, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<smic_40nm_non_a, photoresist, assumption_node_recipe>{.weight = weight{0.0072}, .certainty = assumption},
        requires_<smic_40nm_non_a, silicon_wafer, assumption_node_recipe>{.weight = weight{0.039}, .certainty = assumption},
        // EUV on top of the DUV recipe for TSMC's EUV nodes (N5: io-tech).
        requires_<tsmc_n7_plus, euv_scanner, assumption_node_recipe>{.capital = true, .certainty = assumption},
        requires_<tsmc_n5, euv_scanner, io_tech_kirin_9000>{.capital = true, .certainty = public_},
        requires_<tsmc_n3e, euv_scanner, assumption_node_recipe>{.capital = true, .certainty = assumption});
}

}  // namespace semichain::world
