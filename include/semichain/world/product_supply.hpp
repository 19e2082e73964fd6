// The built-in world's product-side supply relations: chips offered by their
// designers, what each chip needs (its node, IP, packaging, memory), devices
// and their bills of materials (coarse: SoC and memory), design software and
// IP. No value weight is given: none is published.
//
// HiSilicon's chips are given no EDA requirement. US EDA vendors could not
// serve HiSilicon after the 2019-05-16 listing, yet the Kirin 9000 shipped in
// 2020 on licences already held; the model could express that only as a
// capital requirement checked at the offering's start, and no source dates
// the start of the Kirin 9000's design. An empty cell beats a wrong one.
#pragma once

#include <semichain/core/provenance.hpp>
#include <semichain/model/relations.hpp>
#include <semichain/world/companies.hpp>
#include <semichain/world/designers.hpp>
#include <semichain/world/memory.hpp>
#include <semichain/world/nodes.hpp>
#include <semichain/world/packaging.hpp>
#include <semichain/world/products.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/tools.hpp>

#include <chrono>

namespace semichain::world {

/// Calls `f` with every product-side supply relation of the world; returns its result.
template <class F>
constexpr auto with_product_supply(F&& f) {
    using enum semichain::status;
    using namespace std::chrono_literals;
    return f(
        // --- design software and IP
        provides<synopsys, eda_software>{.certainty = assumption},
        provides<cadence, eda_software>{.certainty = assumption},
        provides<siemens_eda, eda_software>{.certainty = assumption},
        provides<arm, arm_cortex_ip, iphoneglance_2020_10_27>{.certainty = public_},
        provides<t_head, xuantie_910, taipei_times_xuantie>{.since = 2019y / 7 / 25, .certainty = public_},
        provides<nuclei, nuclei_riscv_ip, s000>{.certainty = seed},
        provides<verisilicon, chip_design_services, s000>{.certainty = seed},

        // --- Huawei's chips. The Kirin 9000 launched with the Mate 40 on
        //     2020-10-22, but its chips were made before TSMC's cut-off: its
        //     offering has no start date.
        provides<hisilicon, kirin_9000, equalocean_kirin_9000>{.certainty = public_},
        requires_<kirin_9000, tsmc_n5, equalocean_kirin_9000>{.certainty = public_},
        requires_<kirin_9000, arm_cortex_ip, iphoneglance_2020_10_27>{.certainty = public_},
        provides<hisilicon, kirin_9000s, techinsights_kirin_9000s>{.since = 2023y / 8 / 29, .certainty = public_},
        requires_<kirin_9000s, smic_n_plus_2, techinsights_kirin_9000s>{.certainty = public_},
        provides<hisilicon, kirin_9020, facts_md>{.certainty = uncertain},
        provides<hisilicon, ascend_910, linley_ascend_910>{.since = 2019y / 8 / 23, .certainty = public_},
        requires_<ascend_910, tsmc_n7_plus, linley_ascend_910>{.certainty = public_},
        requires_<ascend_910, hbm, linley_ascend_910>{.certainty = public_},
        // Ascend 910B: the compute die from SMIC (Huawei's word), from TSMC
        // (teardowns), or from TSMC through Sophgo's order: all uncertain.
        provides<hisilicon, ascend_910b, tweakers_ascend_910b>{.certainty = public_},
        requires_<ascend_910b, ascend_910b_die, tweakers_ascend_910b>{.certainty = public_},
        requires_<ascend_910b, hbm>{.certainty = assumption},
        requires_<ascend_910b, interposer_packaging, s004>{.certainty = seed},
        provides<smic, ascend_910b_die, tweakers_ascend_910b>{.certainty = uncertain},
        provides<tsmc, ascend_910b_die, tweakers_ascend_910b>{.certainty = uncertain},
        provides<sophgo, ascend_910b_die, dcd_sophgo_2025_01>{.certainty = uncertain},
        offering_requires<smic, ascend_910b_die, smic_n_plus_2, csis_ascend_910b>{.certainty = uncertain},
        offering_requires<tsmc, ascend_910b_die, tsmc_n7, tweakers_ascend_910b>{.certainty = uncertain},
        offering_requires<sophgo, ascend_910b_die, tsmc_n7, dcd_sophgo_2025_01>{.certainty = uncertain},
        provides<hisilicon, ascend_910c, semiwiki_ascend_910c>{.certainty = uncertain},
        requires_<ascend_910c, tsmc_n7, notebookcheck_ascend_910c>{.certainty = uncertain},
        requires_<ascend_910c, hbm2e, notebookcheck_ascend_910c>{.certainty = uncertain},

        // --- Xiaomi's chips
        provides<pinecone, surge_s1, hothardware_surge_s1>{.certainty = public_},
        requires_<surge_s1, tsmc_28hpc_plus, hothardware_surge_s1>{.certainty = public_},
        requires_<surge_s1, arm_cortex_ip, hothardware_surge_s1>{.certainty = public_},
        provides<xiaomi, surge_c1, xiaomiui_surge_c1>{.certainty = public_},
        provides<xiaomi, surge_p1, press_surge_p1>{.certainty = public_},
        provides<xiaomi, surge_g1, press_surge_g1>{.since = 2022y / 7 / 4, .certainty = public_},
        provides<xring, xring_o1, press_2025_05_23>{.since = 2025y / 5 / 22, .certainty = public_},
        requires_<xring_o1, tsmc_n3e, press_2025_05_23>{.certainty = public_},
        requires_<xring_o1, eda_software>{.certainty = assumption},
        provides<xring, hypothetical_40bn_chip>{.certainty = assumption},
        requires_<hypothetical_40bn_chip, tsmc_n3e>{.certainty = assumption},
        requires_<hypothetical_40bn_chip, eda_software>{.certainty = assumption},
        provides<huami, huangshan_no_1, wareable_huangshan>{.certainty = public_},
        provides<qualcomm, snapdragon_8_plus_gen_1>{.certainty = assumption},
        requires_<snapdragon_8_plus_gen_1, arm_cortex_ip>{.certainty = assumption},

        // --- chips of Xiaomi's (and Huawei's, Alibaba's) investees
        provides<espressif, espressif_iot_soc, s000>{.certainty = seed},
        provides<amlogic, amlogic_media_soc, s000>{.certainty = seed},
        provides<smartsens, cmos_image_sensor, s000>{.certainty = seed},
        provides<onmicro, rf_front_end, s000>{.certainty = seed},
        provides<wuxi_haoda, rf_filter, s000>{.certainty = seed},
        provides<southchip, charging_ic, s000>{.certainty = seed},
        provides<bestechnic, audio_soc, s000>{.certainty = seed},
        provides<asr, cellular_soc, s000>{.certainty = seed},
        provides<unisoc, cellular_soc, s000>{.certainty = seed},

        // --- Alibaba's chips
        provides<t_head, hanguang_800, linley_hanguang_800>{.since = 2019y / 9 / 25, .certainty = public_},
        requires_<hanguang_800, tsmc_12nm, linley_hanguang_800>{.certainty = public_},
        requires_<hanguang_800, eda_software>{.certainty = assumption},

        // --- devices: SoC (sourced) and memory (every phone has DRAM and NAND: assumption)
        provides<huawei, mate_40_pro, equalocean_kirin_9000>{.since = 2020y / 10 / 22, .certainty = public_},
        requires_<mate_40_pro, kirin_9000, equalocean_kirin_9000>{.certainty = public_},
        requires_<mate_40_pro, lpddr_dram>{.certainty = assumption},
        requires_<mate_40_pro, nand_flash>{.certainty = assumption},
        provides<huawei, mate_60_pro, techinsights_kirin_9000s>{.since = 2023y / 8 / 29, .certainty = public_},
        requires_<mate_60_pro, kirin_9000s, techinsights_kirin_9000s>{.certainty = public_},
        requires_<mate_60_pro, lpddr_dram>{.certainty = assumption},
        requires_<mate_60_pro, nand_flash>{.certainty = assumption},
        provides<huawei, mate_70, press_mate_70>{.since = 2024y / 11 / 26, .certainty = public_},
        requires_<mate_70, kirin_9020>{.certainty = uncertain},
        requires_<mate_70, lpddr_dram>{.certainty = assumption},
        requires_<mate_70, nand_flash>{.certainty = assumption},
        provides<xiaomi, mi_5c, hothardware_surge_s1>{.certainty = public_},
        requires_<mi_5c, surge_s1, hothardware_surge_s1>{.certainty = public_},
        requires_<mi_5c, lpddr_dram>{.certainty = assumption},
        requires_<mi_5c, nand_flash>{.certainty = assumption},
        provides<xiaomi, mi_mix_fold, xiaomiui_surge_c1>{.certainty = public_},
        requires_<mi_mix_fold, surge_c1, xiaomiui_surge_c1>{.certainty = public_},
        requires_<mi_mix_fold, lpddr_dram>{.certainty = assumption},
        requires_<mi_mix_fold, nand_flash>{.certainty = assumption},
        provides<xiaomi, xiaomi_12_pro, press_surge_p1>{.certainty = public_},
        requires_<xiaomi_12_pro, surge_p1, press_surge_p1>{.certainty = public_},
        requires_<xiaomi_12_pro, lpddr_dram>{.certainty = assumption},
        requires_<xiaomi_12_pro, nand_flash>{.certainty = assumption},
        provides<xiaomi, xiaomi_12s, press_surge_g1>{.since = 2022y / 7 / 4, .certainty = public_},
        requires_<xiaomi_12s, surge_g1, press_surge_g1>{.certainty = public_},
        requires_<xiaomi_12s, snapdragon_8_plus_gen_1>{.certainty = assumption},
        requires_<xiaomi_12s, lpddr_dram>{.certainty = assumption},
        requires_<xiaomi_12s, nand_flash>{.certainty = assumption},
        provides<xiaomi, xiaomi_iot_device, s000>{.certainty = seed},
        requires_<xiaomi_iot_device, espressif_iot_soc, s000>{.certainty = seed});
}

}  // namespace semichain::world
