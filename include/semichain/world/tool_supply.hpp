// The built-in world's fab-tool offerings without the ETO figures: the world
// built with SEMICHAIN_WORLD_WITHOUT_ETO. The same tool items as
// eto_tool_supply.hpp, offered by the providers a BSL-compatible source (or an
// assumption record) names, without market shares. ETO-only companies (Screen,
// EBARA, ASM International, ...) are absent from this world.
#pragma once

#include <semichain/core/provenance.hpp>
#include <semichain/model/relations.hpp>
#include <semichain/world/companies.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_data.hpp>
#include <semichain/world/tools.hpp>

namespace semichain::world {

/// The tool supply's sources and companies beyond those of the rest of the world: none.
using sourced_tool_supply_source_types = type_list<>;
using sourced_tool_supply_company_types = type_list<>;

/// Calls `f` with every fab-tool offering of the world, without shares; returns its result.
template <class F>
constexpr auto with_sourced_tool_supply(F&& f) {
    using enum semichain::status;
    return f(
        // --- lithography
        provides<asml, euv_scanner, bits_chips_2020_01_20>{.certainty = public_},
        provides<asml, duv_immersion_critical, asml_statement_2023_03>{.certainty = public_},
        provides<asml, duv_immersion_1980i, bits_chips_2023_10_23>{.certainty = public_},
        provides<asml, duv_immersion_mature, assumption_tool_grade>{.certainty = assumption},
        provides<asml, duv_dry_scanner, assumption_tool_grade>{.certainty = assumption},
        provides<nikon, duv_dry_scanner, assumption_tool_grade>{.certainty = assumption},
        provides<canon, duv_dry_scanner, technode_2022_11_16_canon>{.certainty = public_},
        provides<smee, duv_dry_scanner, reuters_factbox_equipment>{.certainty = public_},

        // --- other fab tools
        provides<applied_materials, etch_advanced, assumption_tool_grade>{.certainty = assumption},
        provides<applied_materials, etch_mature, assumption_tool_grade>{.certainty = assumption},
        provides<applied_materials, deposition_advanced, assumption_tool_grade>{.certainty = assumption},
        provides<applied_materials, deposition_mature, assumption_tool_grade>{.certainty = assumption},
        provides<applied_materials, metrology_advanced, assumption_tool_grade>{.certainty = assumption},
        provides<applied_materials, cmp_tool, assumption_tool_grade>{.certainty = assumption},
        provides<lam_research, etch_advanced, assumption_tool_grade>{.certainty = assumption},
        provides<lam_research, etch_mature, assumption_tool_grade>{.certainty = assumption},
        provides<lam_research, deposition_advanced, assumption_tool_grade>{.certainty = assumption},
        provides<lam_research, deposition_mature, assumption_tool_grade>{.certainty = assumption},
        provides<lam_research, cleaning_advanced, assumption_tool_grade>{.certainty = assumption},
        provides<kla, metrology_advanced, assumption_tool_grade>{.certainty = assumption},
        provides<kla, metrology_mature, assumption_tool_grade>{.certainty = assumption},
        provides<tokyo_electron, etch_advanced, reuters_factbox_equipment>{.certainty = public_},
        provides<tokyo_electron, etch_mature, reuters_factbox_equipment>{.certainty = public_},
        provides<tokyo_electron, deposition_advanced, assumption_tool_grade>{.certainty = assumption},
        provides<tokyo_electron, deposition_mature, assumption_tool_grade>{.certainty = assumption},
        provides<tokyo_electron, cleaning_advanced, assumption_tool_grade>{.certainty = assumption},
        provides<tokyo_electron, cleaning_mature, assumption_tool_grade>{.certainty = assumption},
        // AMEC's advanced-logic etchers passed validation (5 nm at TSMC, 2018).
        provides<amec, etch_advanced, trendforce_2025_06_03_amec>{.certainty = public_},
        provides<amec, etch_mature, trendforce_2025_06_03_amec>{.certainty = public_},
        // Naura: etch for 55/28 nm (public); its deposition node could not be
        // read in full (the stored factbox stops there): uncertain.
        provides<naura, etch_mature, reuters_2023_03_06_factbox>{.certainty = public_},
        provides<naura, deposition_advanced, reuters_2023_03_06_factbox>{.certainty = uncertain},
        provides<naura, deposition_mature, reuters_2023_03_06_factbox>{.certainty = uncertain},
        provides<naura, cleaning_mature, assumption_tool_grade>{.certainty = assumption},
        provides<piotech, deposition_advanced, assumption_tool_grade>{.certainty = uncertain},
        provides<piotech, deposition_mature, assumption_tool_grade>{.certainty = assumption},
        provides<acm_research, cleaning_mature, evertiq_2020_07_10_acm>{.certainty = public_},
        provides<acm_research, cleaning_advanced, assumption_tool_grade>{.certainty = uncertain},
        provides<hwatsing, cmp_tool, assumption_tool_grade>{.certainty = assumption});
}

}  // namespace semichain::world
