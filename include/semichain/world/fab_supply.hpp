// The built-in world's fab-side supply relations: who offers each process
// node, tool, material, packaging technology and memory, and what ASML's
// scanners need (what a node needs is in node_recipes.hpp). Which tool
// classes each toolmaker offers is sourced where a named source says so and
// an assumption otherwise. No market share is given unless facts.md gives it.
#pragma once

#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/model/relations.hpp>
#include <semichain/world/companies.hpp>
#include <semichain/world/memory.hpp>
#include <semichain/world/nodes.hpp>
#include <semichain/world/packaging.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/tools.hpp>

#include <chrono>

namespace semichain::world {

/// Calls `f` with every fab-side supply relation of the world; returns its result.
template <class F>
constexpr auto with_fab_supply(F&& f) {
    using enum semichain::status;
    using namespace std::chrono_literals;
    return f(
        // --- foundry offerings. SMIC's N+2 begins with the first product on
        //     sale (Mate 60 Pro, 2023-08-29): its tools are checked then. The
        //     other nodes have no sourced start date.
        provides<tsmc, tsmc_n7, tweakers_ascend_910b>{.certainty = public_},
        provides<tsmc, tsmc_n7_plus, linley_ascend_910>{.certainty = public_},
        provides<tsmc, tsmc_n5, equalocean_kirin_9000>{.certainty = public_},
        provides<tsmc, tsmc_n3e, press_2025_05_23>{.certainty = public_},
        provides<tsmc, tsmc_28hpc_plus, hothardware_surge_s1>{.certainty = public_},
        provides<tsmc, tsmc_12nm, linley_hanguang_800>{.certainty = public_},
        provides<smic, smic_n_plus_1>{.certainty = assumption},
        provides<smic, smic_n_plus_2, techinsights_kirin_9000s>{.since = 2023y / 8 / 29, .certainty = public_},
        provides<smic, smic_28nm>{.certainty = assumption},
        provides<smic, smic_40nm_non_a, s001>{.certainty = seed},
        provides<sien, sien_14nm, s004>{.certainty = seed},

        // --- lithography
        provides<asml, euv_scanner, bits_chips_2020_01_20>{.certainty = public_},
        provides<asml, duv_immersion_critical, asml_statement_2023_03>{.certainty = public_},
        provides<asml, duv_immersion_1980i, bits_chips_2023_10_23>{.certainty = public_},
        provides<asml, duv_immersion_mature>{.certainty = assumption},
        provides<asml, duv_dry_scanner>{.certainty = assumption},
        provides<nikon, duv_dry_scanner>{.certainty = assumption},
        provides<canon, duv_dry_scanner>{.certainty = assumption},
        provides<smee, duv_dry_scanner, reuters_factbox_equipment>{.certainty = public_},
        // ASML's recipe: Zeiss optics and a light source (Cymer in the USA, or
        // Gigaphoton in Japan for DUV).
        offering_requires<asml, euv_scanner, lithography_optics, asml_zeiss_2016_11_03>{.certainty = public_},
        offering_requires<asml, duv_immersion_critical, lithography_optics, asml_zeiss_2016_11_03>{.certainty = public_},
        offering_requires<asml, duv_immersion_1980i, lithography_optics, asml_zeiss_2016_11_03>{.certainty = public_},
        offering_requires<asml, duv_immersion_mature, lithography_optics, asml_zeiss_2016_11_03>{.certainty = public_},
        offering_requires<asml, duv_dry_scanner, lithography_optics, asml_zeiss_2016_11_03>{.certainty = public_},
        offering_requires<asml, euv_scanner, euv_light_source, laser_focus_world_2012_10_17>{.certainty = public_},
        offering_requires<asml, duv_immersion_critical, duv_light_source, lithoguru_2012_cymer>{.certainty = public_},
        offering_requires<asml, duv_immersion_1980i, duv_light_source, lithoguru_2012_cymer>{.certainty = public_},
        offering_requires<asml, duv_immersion_mature, duv_light_source, lithoguru_2012_cymer>{.certainty = public_},
        offering_requires<asml, duv_dry_scanner, duv_light_source, lithoguru_2012_cymer>{.certainty = public_},
        provides<zeiss, lithography_optics, asml_zeiss_2016_11_03>{.certainty = public_},
        provides<cymer, euv_light_source, laser_focus_world_2012_10_17>{.certainty = public_},
        provides<cymer, duv_light_source, laser_focus_world_2012_10_17>{.certainty = public_},
        provides<gigaphoton, duv_light_source, lithoguru_2012_cymer>{.certainty = public_},

        // --- other fab tools
        provides<applied_materials, etch_advanced>{.certainty = assumption},
        provides<applied_materials, etch_mature>{.certainty = assumption},
        provides<applied_materials, deposition_advanced>{.certainty = assumption},
        provides<applied_materials, deposition_mature>{.certainty = assumption},
        provides<applied_materials, metrology_advanced>{.certainty = assumption},
        provides<applied_materials, cmp_tool>{.certainty = assumption},
        provides<lam_research, etch_advanced>{.certainty = assumption},
        provides<lam_research, etch_mature>{.certainty = assumption},
        provides<lam_research, deposition_advanced>{.certainty = assumption},
        provides<lam_research, deposition_mature>{.certainty = assumption},
        provides<lam_research, cleaning_advanced>{.certainty = assumption},
        provides<kla, metrology_advanced>{.certainty = assumption},
        provides<kla, metrology_mature>{.certainty = assumption},
        provides<tokyo_electron, etch_advanced, reuters_factbox_equipment>{.certainty = public_},
        provides<tokyo_electron, etch_mature, reuters_factbox_equipment>{.certainty = public_},
        provides<tokyo_electron, deposition_advanced>{.certainty = assumption},
        provides<tokyo_electron, deposition_mature>{.certainty = assumption},
        provides<tokyo_electron, cleaning_advanced>{.certainty = assumption},
        provides<tokyo_electron, cleaning_mature>{.certainty = assumption},
        // AMEC's advanced-logic etchers passed validation (5 nm at TSMC, 2018).
        provides<amec, etch_advanced, trendforce_2025_06_03_amec>{.certainty = public_},
        provides<amec, etch_mature, trendforce_2025_06_03_amec>{.certainty = public_},
        // Naura: etch for 55/28 nm, deposition for 14–28 nm.
        provides<naura, etch_mature, reuters_factbox_equipment>{.certainty = public_},
        provides<naura, deposition_advanced, reuters_factbox_equipment>{.certainty = public_},
        provides<naura, deposition_mature, reuters_factbox_equipment>{.certainty = public_},
        provides<naura, cleaning_mature>{.certainty = assumption},
        provides<piotech, deposition_advanced>{.certainty = uncertain},
        provides<piotech, deposition_mature>{.certainty = assumption},
        provides<acm_research, cleaning_mature, evertiq_2020_07_10_acm>{.certainty = public_},
        provides<acm_research, cleaning_advanced>{.certainty = uncertain},
        provides<hwatsing, cmp_tool>{.certainty = assumption},
        provides<skyverse, metrology_advanced>{.certainty = uncertain},
        provides<skyverse, metrology_mature>{.certainty = assumption},

        // --- materials
        provides<jsr, photoresist, japan_times_2019_10_09>{.certainty = public_},
        provides<tokyo_ohka_kogyo, photoresist, japan_times_2019_10_09>{.certainty = public_},
        provides<shin_etsu, photoresist, japan_times_2019_10_09>{.certainty = public_},
        provides<shin_etsu, silicon_wafer>{.certainty = assumption},
        provides<sumco, silicon_wafer>{.certainty = assumption},

        // --- packaging. "2.5D interposer packaging" from TSMC (CoWoS) or from
        //     SJ Semiconductor (its CoWoS alternative, S004).
        provides<tsmc, cowos_s, tsmc_3dfabric>{.certainty = public_},
        provides<tsmc, cowos_r, tsmc_3dfabric>{.certainty = public_},
        provides<tsmc, cowos_l, tsmc_3dfabric>{.certainty = public_},
        provides<tsmc, info, yole_2016_info>{.certainty = public_},
        provides<tsmc, soic, anandtech_soic>{.certainty = public_},
        provides<sj_semiconductor, sj_2_5d, s004>{.certainty = seed},
        provides<tsmc, interposer_packaging, tsmc_3dfabric>{.certainty = public_},
        provides<sj_semiconductor, interposer_packaging, s004>{.certainty = seed},
        variant_of<cowos_s, interposer_packaging, tsmc_3dfabric>{.certainty = public_},
        variant_of<cowos_r, interposer_packaging, tsmc_3dfabric>{.certainty = public_},
        variant_of<cowos_l, interposer_packaging, tsmc_3dfabric>{.certainty = public_},
        variant_of<sj_2_5d, interposer_packaging, s004>{.certainty = seed},

        // --- memory. HBM shares are Q2 2025 (facts #108).
        provides<sk_hynix, hbm, facts_md>{.share = share{0.62}, .certainty = public_},
        provides<micron, hbm, facts_md>{.share = share{0.21}, .certainty = public_},
        provides<samsung, hbm, facts_md>{.share = share{0.17}, .certainty = public_},
        provides<cxmt, hbm>{.certainty = uncertain},
        provides<swaysure, hbm, s004>{.certainty = seed},  // "exploring HBM"
        provides<samsung, hbm2e, notebookcheck_ascend_910c>{.certainty = uncertain},
        provides<sk_hynix, hbm2e, notebookcheck_ascend_910c>{.certainty = uncertain},
        variant_of<hbm2e, hbm, trendforce_hbm>{.certainty = public_},
        variant_of<hbm3, hbm, trendforce_hbm>{.certainty = public_},
        variant_of<hbm3e, hbm, trendforce_hbm>{.certainty = public_},
        // The HBM of the three leaders is made with advanced (US-made among
        // others) fab tools: what puts it under the 2024 FDP rule.
        offering_requires<sk_hynix, hbm, etch_advanced>{.capital = true, .certainty = assumption},
        offering_requires<micron, hbm, etch_advanced>{.capital = true, .certainty = assumption},
        offering_requires<samsung, hbm, etch_advanced>{.capital = true, .certainty = assumption},
        offering_requires<samsung, hbm2e, etch_advanced>{.capital = true, .certainty = assumption},
        offering_requires<sk_hynix, hbm2e, etch_advanced>{.capital = true, .certainty = assumption},
        provides<samsung, lpddr_dram>{.certainty = assumption},
        provides<sk_hynix, lpddr_dram>{.certainty = assumption},
        provides<micron, lpddr_dram>{.certainty = assumption},
        provides<cxmt, lpddr_dram>{.certainty = assumption},
        provides<nanya, lpddr_dram, s004>{.certainty = seed},
        provides<jhicc, lpddr_dram, nikkei_asia_2022_12_29>{.certainty = public_},
        provides<swaysure, lpddr_dram, s001>{.certainty = seed},
        provides<samsung, nand_flash>{.certainty = assumption},
        provides<sk_hynix, nand_flash>{.certainty = assumption},
        provides<micron, nand_flash>{.certainty = assumption},
        provides<ymtc, nand_flash>{.certainty = assumption});
}

}  // namespace semichain::world
