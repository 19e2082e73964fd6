// The built-in world's fab-side supply relations: who offers each process
// node, tool, material, packaging technology and memory, and what ASML's
// scanners need (what a node needs is in node_recipes.hpp). Which tool
// classes each toolmaker offers is sourced where a named source says so and
// an assumption otherwise. Market shares: HBM (Counterpoint) and wafers (Semiconductor Engineering);
// the tools' shares are in eto_tool_supply.hpp.
#pragma once

#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/model/relations.hpp>
#include <semichain/world/companies.hpp>
#include <semichain/world/memory.hpp>
#include <semichain/world/nodes.hpp>
#include <semichain/world/packaging.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_data.hpp>
#include <semichain/world/tools.hpp>

#include <chrono>

namespace semichain::world {

/// Calls `f` with every fab-side supply relation of the world; returns its result.
template <class F>
constexpr auto with_fab_supply(F&& f) {
    using enum semichain::status;
    using namespace std::chrono_literals;
    return f(
        // --- foundry offerings. SMIC's 7 nm begins with the first product
        //     TechInsights found on it: MinerVa's Bitcoin miner SoC, reported
        //     July 2022 and shipping since July 2021 (the month's last day
        //     stands for it; the day is not given). Whether that chip is N+1
        //     or N+2 is not stated: the chip's requirement is uncertain. The
        //     node's tools are checked at that date. The other nodes have no
        //     sourced start date.
        provides<tsmc, tsmc_n7, tweakers_ascend_910b>{.certainty = public_},
        provides<tsmc, tsmc_n7_plus, linley_ascend_910>{.certainty = public_},
        provides<tsmc, tsmc_n5, equalocean_kirin_9000>{.certainty = public_},
        provides<tsmc, tsmc_n3e, press_2025_05_23>{.certainty = public_},
        provides<tsmc, tsmc_28hpc_plus, hothardware_surge_s1>{.certainty = public_},
        provides<tsmc, tsmc_12nm, linley_hanguang_800>{.certainty = public_},
        provides<smic, smic_n_plus_1, assumption_unsourced_node>{.certainty = assumption},
        provides<smic, smic_n_plus_2, techinsights_minerva>{.since = 2021y / 7 / 31, .certainty = public_},
        provides<smic, smic_28nm, assumption_unsourced_node>{.certainty = assumption},
        provides<smic, smic_40nm_non_a, s001>{.certainty = seed},
        provides<sien, sien_14nm, s004>{.certainty = seed},

        // --- lithography (the scanners' offerings are in the tool supply:
        //     eto_tool_supply.hpp, or tool_supply.hpp without ETO figures).
        //     Nikon's ArF immersion scanners (NSR-S636E its top model): which
        //     of the world's classes they match is not stated (uncertain).
        provides<nikon, duv_immersion_mature, bits_chips_2023_04_05_nikon>{.certainty = uncertain},
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

        // --- Skyverse (metrology): no ETO share; its grade as before.
        provides<skyverse, metrology_advanced, assumption_tool_grade>{.certainty = uncertain},
        provides<skyverse, metrology_mature, assumption_tool_grade>{.certainty = assumption},

        // --- materials
        provides<jsr, photoresist, japan_times_2019_10_09>{.certainty = public_},
        provides<tokyo_ohka_kogyo, photoresist, japan_times_2019_10_09>{.certainty = public_},
        provides<shin_etsu, photoresist, japan_times_2019_10_09>{.certainty = public_},
        //     Photoresist makers beyond the three of the Japan Times; ETO lists
        //     each as a provider of N31 (no shares): Sumitomo Chemical's ArF
        //     immersion and EUV resists, Fujifilm's EUV resists (TSMC, Samsung),
        //     DuPont's from 128 nm down to 7 nm, Dongjin Semichem's EUV resist
        //     in a Samsung mass-production line from 2022.
        provides<sumitomo_chemical, photoresist, sumitomo_chemical_2021_08_31>{.certainty = public_},
        provides<fujifilm, photoresist, techpowerup_fujifilm_materials>{.certainty = public_},
        provides<dupont, photoresist, dupont_2019_04_15_litho>{.certainty = public_},
        provides<dongjin_semichem, photoresist, etnews_2022_12_02_dongjin>{.certainty = public_},
        // Wafers: company shares of all wafers by revenue (Semiconductor
        //     Engineering quoting GlobalWafers, about 2021; no 300 mm split is
        //     published). ETO (N26) gives country shares only, for 2019. NSIG
        //     makes 300 mm wafers; its share is not given.
        provides<shin_etsu, silicon_wafer, semiengineering_wafers>{.share = share{0.294}, .certainty = public_},
        provides<sumco, silicon_wafer, semiengineering_wafers>{.share = share{0.219}, .certainty = public_},
        provides<globalwafers, silicon_wafer, semiengineering_wafers>{.share = share{0.152}, .certainty = public_},
        provides<siltronic, silicon_wafer, semiengineering_wafers>{.share = share{0.115}, .certainty = public_},
        provides<sk_siltron, silicon_wafer, semiengineering_wafers>{.share = share{0.114}, .certainty = public_},
        provides<nsig, silicon_wafer, evertiq_2024_06_19_nsig>{.certainty = public_},

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
        provides<sk_hynix, hbm, joongang_2025_09_24_hbm>{.share = share{0.62}, .certainty = public_},
        provides<micron, hbm, joongang_2025_09_24_hbm>{.share = share{0.21}, .certainty = public_},
        provides<samsung, hbm, joongang_2025_09_24_hbm>{.share = share{0.17}, .certainty = public_},
        // CXMT (HBM2): mass production "reportedly" begun (TrendForce,
        // 2024-08-06; yield unknown, no customer qualification found). HBM3
        // only as samples to Huawei (DigiTimes, 2025-10-23; volume planned
        // for 2026): not an offering. SwaySure is only "exploring" HBM (S004):
        // no offering.
        provides<cxmt, hbm, trendforce_2024_08_06_cxmt>{.since = 2024y / 8 / 6, .certainty = uncertain},
        provides<samsung, hbm2e, notebookcheck_ascend_910c>{.certainty = uncertain},
        provides<sk_hynix, hbm2e, notebookcheck_ascend_910c>{.certainty = uncertain},
        variant_of<hbm2e, hbm, trendforce_hbm>{.certainty = public_},
        variant_of<hbm3, hbm, trendforce_hbm>{.certainty = public_},
        variant_of<hbm3e, hbm, trendforce_hbm>{.certainty = public_},
        // The HBM of the three leaders is made with advanced (US-made among
        // others) fab tools: what puts it under the 2024 FDP rule.
        offering_requires<sk_hynix, hbm, etch_advanced, assumption_memory_tools>{.capital = true, .certainty = assumption},
        offering_requires<micron, hbm, etch_advanced, assumption_memory_tools>{.capital = true, .certainty = assumption},
        offering_requires<samsung, hbm, etch_advanced, assumption_memory_tools>{.capital = true, .certainty = assumption},
        offering_requires<samsung, hbm2e, etch_advanced, assumption_memory_tools>{.capital = true, .certainty = assumption},
        offering_requires<sk_hynix, hbm2e, etch_advanced, assumption_memory_tools>{.capital = true, .certainty = assumption},
        provides<samsung, lpddr_dram, assumption_memory_makers>{.certainty = assumption},
        provides<sk_hynix, lpddr_dram, assumption_memory_makers>{.certainty = assumption},
        provides<micron, lpddr_dram, assumption_memory_makers>{.certainty = assumption},
        provides<cxmt, lpddr_dram, assumption_memory_makers>{.certainty = assumption},
        provides<nanya, lpddr_dram, s004>{.certainty = seed},
        provides<jhicc, lpddr_dram, nikkei_asia_2022_12_29>{.certainty = public_},
        provides<swaysure, lpddr_dram, s001>{.certainty = seed},
        provides<samsung, nand_flash, assumption_memory_makers>{.certainty = assumption},
        provides<sk_hynix, nand_flash, assumption_memory_makers>{.certainty = assumption},
        provides<micron, nand_flash, assumption_memory_makers>{.certainty = assumption},
        provides<ymtc, nand_flash, assumption_memory_makers>{.certainty = assumption});
}

}  // namespace semichain::world
