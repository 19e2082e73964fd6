// The built-in world's product-side supply relations: chips offered by their
// designers, what each chip needs (its node, IP, packaging, memory), devices
// and their bills of materials (coarse: SoC and memory), design software and
// IP. Value weights are derived in the assumption records of
// sources_data.hpp (assumption_weight_*); the record a weight comes from is
// named beside it. Capital inputs carry none.
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
#include <semichain/world/sources_data.hpp>
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
        provides<synopsys, eda_software, assumption_design_eda>{.certainty = assumption},
        provides<cadence, eda_software, assumption_design_eda>{.certainty = assumption},
        provides<siemens_eda, eda_software, assumption_design_eda>{.certainty = assumption},
        provides<arm, arm_cortex_ip, iphoneglance_2020_10_27>{.certainty = public_},
        provides<t_head, xuantie_910, taipei_times_xuantie>{.since = 2019y / 7 / 25, .certainty = public_},
        provides<nuclei, nuclei_riscv_ip, s000>{.certainty = seed},
        provides<verisilicon, chip_design_services, s000>{.certainty = seed},

        // --- Huawei's chips. The Kirin 9000 launched with the Mate 40 on
        //     2020-10-22, but its chips were made before TSMC's cut-off: its
        //     offering has no start date.
        provides<hisilicon, kirin_9000, equalocean_kirin_9000>{.certainty = public_},
        requires_<kirin_9000, tsmc_n5, equalocean_kirin_9000>{.weight = weight{0.35}, .certainty = public_},  // assumption_weight_chip
        requires_<kirin_9000, arm_cortex_ip, iphoneglance_2020_10_27>{.weight = weight{0.015},  // assumption_weight_chip
                                                                  .certainty = public_},
        provides<hisilicon, kirin_9000s, techinsights_kirin_9000s>{.since = 2023y / 8 / 29, .certainty = public_},
        requires_<kirin_9000s, smic_n_plus_2, techinsights_kirin_9000s>{.weight = weight{0.35},  // assumption_weight_chip
                                                                       .certainty = public_},
        provides<hisilicon, kirin_9020, scmp_2024_12_kirin_9020>{.since = 2024y / 11 / 26, .certainty = public_},
        requires_<kirin_9020, smic_n_plus_2, scmp_2024_12_kirin_9020>{.weight = weight{0.35},  // assumption_weight_chip
                                                                      .certainty = public_},
        provides<hisilicon, kirin_9010, register_2024_04_29_pura_70>{.certainty = public_},
        requires_<kirin_9010, smic_n_plus_2, register_2024_04_29_pura_70>{.weight = weight{0.35},  // assumption_weight_chip
                                                                          .certainty = public_},
        provides<hisilicon, ascend_910, linley_ascend_910>{.since = 2019y / 8 / 23, .certainty = public_},
        requires_<ascend_910, tsmc_n7_plus, linley_ascend_910>{.weight = weight{0.13},  // assumption_weight_accelerator
                                                               .certainty = public_},
        requires_<ascend_910, hbm, linley_ascend_910>{.weight = weight{0.52}, .certainty = public_},  // assumption_weight_accelerator
        // Ascend 910B: the compute die from SMIC (Huawei's word) or from TSMC
        // (TechInsights found a TSMC die; Sophgo, a designer, had ordered
        // matching dies from TSMC): both uncertain. A die is its node's value.
        provides<hisilicon, ascend_910b, tweakers_ascend_910b>{.certainty = public_},
        requires_<ascend_910b, ascend_910b_die, tweakers_ascend_910b>{.weight = weight{0.13},  // assumption_weight_accelerator
                                                                      .certainty = public_},
        requires_<ascend_910b, hbm, assumption_ascend_hbm>{.weight = weight{0.52},  // assumption_weight_accelerator
                                                       .certainty = assumption},
        requires_<ascend_910b, interposer_packaging, s004>{.weight = weight{0.19},  // assumption_weight_accelerator
                                                            .certainty = seed},
        provides<smic, ascend_910b_die, tweakers_ascend_910b>{.certainty = uncertain},
        provides<tsmc, ascend_910b_die, reuters_2024_10_27_sophgo>{.certainty = uncertain},
        offering_requires<smic, ascend_910b_die, smic_n_plus_2, csis_ascend_910b>{.weight = weight{1.0},  // assumption_weight_die
                                                                                  .certainty = uncertain},
        offering_requires<tsmc, ascend_910b_die, tsmc_n7, reuters_2024_10_27_sophgo>{.weight = weight{1.0},  // assumption_weight_die
                                                                                     .certainty = uncertain},
        provides<hisilicon, ascend_910c, semiwiki_ascend_910c>{.certainty = uncertain},
        requires_<ascend_910c, tsmc_n7, notebookcheck_ascend_910c>{.weight = weight{0.13},  // assumption_weight_accelerator
                                                                   .certainty = uncertain},
        requires_<ascend_910c, hbm2e, notebookcheck_ascend_910c>{.weight = weight{0.52},  // assumption_weight_accelerator
                                                                 .certainty = uncertain},

        // --- Xiaomi's chips
        provides<pinecone, surge_s1, hothardware_surge_s1>{.certainty = public_},
        requires_<surge_s1, tsmc_28hpc_plus, hothardware_surge_s1>{.weight = weight{0.35},  // assumption_weight_chip
                                                                   .certainty = public_},
        requires_<surge_s1, arm_cortex_ip, hothardware_surge_s1>{.weight = weight{0.015},  // assumption_weight_chip
                                                                 .certainty = public_},
        provides<xiaomi, surge_c1, xiaomiui_surge_c1>{.certainty = public_},
        provides<xiaomi, surge_p1, press_surge_p1>{.certainty = public_},
        provides<xiaomi, surge_g1, press_surge_g1>{.since = 2022y / 7 / 4, .certainty = public_},
        provides<xring, xring_o1, press_2025_05_23>{.since = 2025y / 5 / 22, .certainty = public_},
        requires_<xring_o1, tsmc_n3e, press_2025_05_23>{.weight = weight{0.35}, .certainty = public_},  // assumption_weight_chip
        requires_<xring_o1, eda_software, assumption_design_eda>{.weight = weight{0.025},  // assumption_weight_chip
                                                                 .certainty = assumption},
        provides<xring, hypothetical_40bn_chip, assumption_hypothetical>{.certainty = assumption},
        requires_<hypothetical_40bn_chip, tsmc_n3e, assumption_hypothetical>{.weight = weight{0.35},  // assumption_weight_chip
                                                                             .certainty = assumption},
        requires_<hypothetical_40bn_chip, eda_software, assumption_hypothetical>{.weight = weight{0.025},  // assumption_weight_chip
                                                                                 .certainty = assumption},
        provides<huami, huangshan_no_1, wareable_huangshan>{.certainty = public_},
        provides<qualcomm, snapdragon_8_plus_gen_1, assumption_snapdragon>{.certainty = assumption},
        requires_<snapdragon_8_plus_gen_1, arm_cortex_ip, assumption_snapdragon>{.weight = weight{0.015},  // assumption_weight_chip
                                                                                 .certainty = assumption},

        // --- chips of Xiaomi's (and Huawei's, Alibaba's) investees, and others
        provides<espressif, espressif_iot_soc, s000>{.certainty = seed},
        provides<amlogic, amlogic_media_soc, s000>{.certainty = seed},
        provides<smartsens, cmos_image_sensor, s000>{.certainty = seed},
        provides<onmicro, rf_front_end, s000>{.certainty = seed},
        provides<wuxi_haoda, rf_filter, s000>{.certainty = seed},
        provides<southchip, charging_ic, s000>{.certainty = seed},
        provides<bestechnic, audio_soc, s000>{.certainty = seed},
        provides<asr, cellular_soc, s000>{.certainty = seed},
        provides<unisoc, cellular_soc, s000>{.certainty = seed},
        provides<viewtrix, oled_display_driver_ic, dealstreetasia_viewtrix>{.certainty = public_},
        provides<lingming_photonics, spad_dtof_sensor, naviro_2020_07_10_lingming>{.certainty = public_},
        // MinerVa's miner SoC: SMIC 7 nm, N+1 or N+2 not stated (uncertain).
        provides<minerva_semiconductor, minerva_btc_soc, zeusbtc_minerva>{.since = 2021y / 7 / 31, .certainty = public_},
        requires_<minerva_btc_soc, smic_n_plus_2, techinsights_minerva>{.weight = weight{0.35},  // assumption_weight_chip
                                                                        .certainty = uncertain},

        // --- Alibaba's chips
        provides<t_head, hanguang_800, linley_hanguang_800>{.since = 2019y / 9 / 25, .certainty = public_},
        requires_<hanguang_800, tsmc_12nm, linley_hanguang_800>{.weight = weight{0.35}, .certainty = public_},  // assumption_weight_chip
        requires_<hanguang_800, eda_software, assumption_design_eda>{.weight = weight{0.025},  // assumption_weight_chip
                                                                     .certainty = assumption},
        provides<t_head, yitian_710, toms_hardware_2021_10_19_yitian>{.since = 2021y / 10 / 19, .certainty = public_},
        requires_<yitian_710, tsmc_n5, hardwareluxx_yitian>{.weight = weight{0.35}, .certainty = public_},  // assumption_weight_chip
        requires_<yitian_710, arm_cortex_ip, toms_hardware_2021_10_19_yitian>{.weight = weight{0.015},  // assumption_weight_chip
                                                                              .certainty = public_},

        // --- devices: SoC (sourced) and memory (every phone has DRAM and
        //     NAND: assumption). Weights: assumption_weight_phone. The Surge
        //     C1, P1 and G1 are companion chips (ISP, charging, battery): no
        //     cost figure is published; their weight 0 counts them in
        //     Xiaomi's own share (assumption_weight_companion).
        provides<huawei, mate_40_pro, equalocean_kirin_9000>{.since = 2020y / 10 / 22, .certainty = public_},
        requires_<mate_40_pro, kirin_9000, equalocean_kirin_9000>{.weight = weight{0.248}, .certainty = public_},
        requires_<mate_40_pro, lpddr_dram, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        requires_<mate_40_pro, nand_flash, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        provides<huawei, mate_60_pro, techinsights_kirin_9000s>{.since = 2023y / 8 / 29, .certainty = public_},
        requires_<mate_60_pro, kirin_9000s, techinsights_kirin_9000s>{.weight = weight{0.248}, .certainty = public_},
        requires_<mate_60_pro, lpddr_dram, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        requires_<mate_60_pro, nand_flash, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        provides<huawei, mate_70, press_mate_70>{.since = 2024y / 11 / 26, .certainty = public_},
        requires_<mate_70, kirin_9020, scmp_2024_12_kirin_9020>{.weight = weight{0.248}, .certainty = public_},
        requires_<mate_70, lpddr_dram, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        requires_<mate_70, nand_flash, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        provides<huawei, pura_70, register_2024_04_29_pura_70>{.certainty = public_},
        requires_<pura_70, kirin_9010, register_2024_04_29_pura_70>{.weight = weight{0.248}, .certainty = public_},
        requires_<pura_70, lpddr_dram, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        requires_<pura_70, nand_flash, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        provides<xiaomi, mi_5c, hothardware_surge_s1>{.certainty = public_},
        requires_<mi_5c, surge_s1, hothardware_surge_s1>{.weight = weight{0.248}, .certainty = public_},
        requires_<mi_5c, lpddr_dram, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        requires_<mi_5c, nand_flash, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        provides<xiaomi, mi_mix_fold, xiaomiui_surge_c1>{.certainty = public_},
        requires_<mi_mix_fold, surge_c1, xiaomiui_surge_c1>{.weight = weight{0.0},  // assumption_weight_companion
                                                            .certainty = public_},
        requires_<mi_mix_fold, lpddr_dram, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        requires_<mi_mix_fold, nand_flash, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        provides<xiaomi, xiaomi_12_pro, press_surge_p1>{.certainty = public_},
        requires_<xiaomi_12_pro, surge_p1, press_surge_p1>{.weight = weight{0.0},  // assumption_weight_companion
                                                           .certainty = public_},
        requires_<xiaomi_12_pro, lpddr_dram, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        requires_<xiaomi_12_pro, nand_flash, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        provides<xiaomi, xiaomi_12s, press_surge_g1>{.since = 2022y / 7 / 4, .certainty = public_},
        requires_<xiaomi_12s, surge_g1, press_surge_g1>{.weight = weight{0.0},  // assumption_weight_companion
                                                        .certainty = public_},
        requires_<xiaomi_12s, lpddr_dram, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        requires_<xiaomi_12s, nand_flash, assumption_weight_phone>{.weight = weight{0.056}, .certainty = assumption},
        requires_<xiaomi_12s, snapdragon_8_plus_gen_1, assumption_snapdragon>{.weight = weight{0.248},  // assumption_weight_phone
                                                                             .certainty = assumption},
        provides<xiaomi, xiaomi_iot_device, s000>{.certainty = seed},
        requires_<xiaomi_iot_device, espressif_iot_soc, s000>{.certainty = seed});
}

}  // namespace semichain::world
