// The built-in world's chips and devices. A chip made on a known node also
// carries that node's size as its own `node_nm` attribute, and `transistors`
// where a source gives the count: the 2025-01-16 foundry rule tests both on
// the chip (16 nm or below, 30 billion transistors or more).
#pragma once

#include <semichain/core/category.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_data.hpp>

#include <array>
#include <string_view>

namespace semichain::world {

// --- Huawei --------------------------------------------------------------------------------

/// TSMC 5 nm, 15.3 billion transistors; Mate 40 series (2020-10-22).
struct kirin_9000 final : chip {
    static constexpr std::string_view id = "kirin_9000", name = "Kirin 9000";
    static constexpr transistor_count transistors{15'300'000'000};
    static constexpr std::array attributes{number_attribute("node_nm", 5)};
    using source = equalocean_kirin_9000;
    static constexpr status certainty = status::public_;
};
/// SMIC 7 nm (N+2), designed by HiSilicon (S003 says "developed by SMIC":
/// imprecise). Its transistor count is not in the sources.
struct kirin_9000s final : chip {
    static constexpr std::string_view id = "kirin_9000s", name = "Kirin 9000S";
    static constexpr std::array attributes{number_attribute("node_nm", 7)};
    using source = techinsights_kirin_9000s;
    static constexpr status certainty = status::public_;
};
/// The Mate 70 Pro's processor: SMIC 7 nm N+2, "not a major redesign" of the
/// Kirin 9000S (TechInsights teardown, 2024-12). Transistor count not found.
struct kirin_9020 final : chip {
    static constexpr std::string_view id = "kirin_9020", name = "Kirin 9020";
    static constexpr std::array attributes{number_attribute("node_nm", 7)};
    using source = scmp_2024_12_kirin_9020;
    static constexpr status certainty = status::public_;
};
/// The Pura 70's processor: SMIC 7 nm N+2 per TechInsights ("high
/// confidence", 2024-04-27). Transistor count not found.
struct kirin_9010 final : chip {
    static constexpr std::string_view id = "kirin_9010", name = "Kirin 9010";
    static constexpr std::array attributes{number_attribute("node_nm", 7)};
    using source = register_2024_04_29_pura_70;
    static constexpr status certainty = status::public_;
};
/// TSMC N7+; compute die, I/O die and four HBM stacks (2019-08-23).
struct ascend_910 final : chip {
    static constexpr std::string_view id = "ascend_910", name = "Ascend 910";
    // TPP 256 FP16 TFLOPS × 16 = 4096 (PureAI): under 4800. Its density (8.98 on
    // the 456.25 mm² compute die alone) is left out: the die area is disputed
    // and whether the I/O die counts is not known.
    static constexpr std::array attributes{number_attribute("node_nm", 7), number_attribute("tpp", 4096)};
    using source = linley_ascend_910;
    static constexpr status certainty = status::public_;
};
/// The Ascend 910B; its compute die is a separate item because who made it is
/// disputed.
struct ascend_910b final : chip {
    static constexpr std::string_view id = "ascend_910b", name = "Ascend 910B";
    // 280–400 FP16 TFLOPS (CSET via Hardwareluxx; no Huawei figure): TPP 4480 to
    // 6400, density 6.73 to 9.62 on the 665.61 mm² compute die. The attributes
    // take the low end, which 2023's density line (TPP ≥ 1600, density ≥ 5.92)
    // catches as the high end does; uncertain.
    static constexpr std::array attributes{number_attribute("tpp", 4480), number_attribute("performance_density", 6.73)};
    using source = tweakers_ascend_910b;
    static constexpr status certainty = status::public_;
};
/// The Ascend 910B's compute die: Huawei says SMIC; teardowns found TSMC 7 nm
/// dies (one matched Sophgo's TSMC order). Every offering of it is uncertain.
struct ascend_910b_die final : chip {
    static constexpr std::string_view id = "ascend_910b_die", name = "Ascend 910B compute die";
    using source = tweakers_ascend_910b;
    static constexpr status certainty = status::uncertain;
};
/// Die count and foundry disputed.
struct ascend_910c final : chip {
    static constexpr std::string_view id = "ascend_910c", name = "Ascend 910C";
    using source = semiwiki_ascend_910c;
    static constexpr status certainty = status::uncertain;
};

// --- Xiaomi ------------------------------------------------------------------------------------

/// TSMC 28 nm HPC+, eight Cortex-A53 cores; in the Mi 5c (2017-02).
struct surge_s1 final : chip {
    static constexpr std::string_view id = "surge_s1", name = "Surge S1";
    static constexpr std::array attributes{number_attribute("node_nm", 28)};
    using source = hothardware_surge_s1;
    static constexpr status certainty = status::public_;
};
/// Never shipped: an item with no offering.
struct surge_s2 final : chip {
    static constexpr std::string_view id = "surge_s2", name = "Surge S2 (never shipped)";
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// Image signal processor (2021-03).
struct surge_c1 final : chip {
    static constexpr std::string_view id = "surge_c1", name = "Surge C1";
    static constexpr std::array attributes{text_attribute("function", "image_signal_processor")};
    using source = xiaomiui_surge_c1;
    static constexpr status certainty = status::public_;
};
/// Charging chip (2021-12).
struct surge_p1 final : chip {
    static constexpr std::string_view id = "surge_p1", name = "Surge P1";
    static constexpr std::array attributes{text_attribute("function", "charging")};
    using source = press_surge_p1;
    static constexpr status certainty = status::public_;
};
/// Battery management chip (2022-07-04).
struct surge_g1 final : chip {
    static constexpr std::string_view id = "surge_g1", name = "Surge G1";
    static constexpr std::array attributes{text_attribute("function", "battery_management")};
    using source = press_surge_g1;
    static constexpr status certainty = status::public_;
};
/// TSMC N3E, 19 billion transistors, 109 mm² (unveiled 2025-05-22).
struct xring_o1 final : chip {
    static constexpr std::string_view id = "xring_o1", name = "XRING O1";
    static constexpr transistor_count transistors{19'000'000'000};
    static constexpr std::array attributes{number_attribute("node_nm", 3), number_attribute("die_area_mm2", 109)};
    using source = press_2025_05_23;
    static constexpr status certainty = status::public_;
};
/// A hypothetical 40-billion-transistor design on a 3 nm node: the example
/// that the 2025-01-16 foundry rule catches (XRING O1, at 19 billion, is not
/// caught). Not a real product.
struct hypothetical_40bn_chip final : chip {
    static constexpr std::string_view id = "hypothetical_40bn_chip", name = "Hypothetical 40 bn-transistor 3 nm design";
    static constexpr transistor_count transistors{40'000'000'000};
    static constexpr std::array attributes{number_attribute("node_nm", 3)};
    static constexpr status certainty = status::assumption;
};
/// Huami's RISC-V wearable AI chip (2018).
struct huangshan_no_1 final : chip {
    static constexpr std::string_view id = "huangshan_no_1", name = "Huangshan No. 1";
    static constexpr std::array attributes{text_attribute("isa", "risc-v")};
    using source = wareable_huangshan;
    static constexpr status certainty = status::public_;
};
/// The Xiaomi 12S's SoC. Not in facts.md: an assumption.
struct snapdragon_8_plus_gen_1 final : chip {
    static constexpr std::string_view id = "snapdragon_8_plus_gen_1", name = "Snapdragon 8+ Gen 1";
    static constexpr status certainty = status::assumption;
};

// --- chips of Xiaomi's investees ----------------------------------------------------------------

/// The main chip of Xiaomi's IoT devices (Wi-Fi/Bluetooth SoC).
struct espressif_iot_soc final : chip {
    static constexpr std::string_view id = "espressif_iot_soc", name = "Espressif IoT SoC";
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// Multimedia SoCs for set-top boxes, TVs and smart home products.
struct amlogic_media_soc final : chip {
    static constexpr std::string_view id = "amlogic_media_soc", name = "Amlogic multimedia SoC";
    using source = s000;
    static constexpr status certainty = status::seed;
};
struct cmos_image_sensor final : chip {
    static constexpr std::string_view id = "cmos_image_sensor", name = "CMOS image sensor";
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// RF front-end chips and RF SoCs (OnMicro ships about 700 million a year).
struct rf_front_end final : chip {
    static constexpr std::string_view id = "rf_front_end", name = "RF front-end chip";
    using source = s000;
    static constexpr status certainty = status::seed;
};
struct rf_filter final : chip {
    static constexpr std::string_view id = "rf_filter", name = "RF filter";
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// Lithium-battery charging, protection and power management.
struct charging_ic final : chip {
    static constexpr std::string_view id = "charging_ic", name = "Battery charging and power-management IC";
    using source = s000;
    static constexpr status certainty = status::seed;
};
struct audio_soc final : chip {
    static constexpr std::string_view id = "audio_soc", name = "Smart audio SoC";
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// Mobile communication terminal / IoT SoCs (ASR and its rival UNISOC).
struct cellular_soc final : chip {
    static constexpr std::string_view id = "cellular_soc", name = "Cellular terminal SoC";
    using source = s000;
    static constexpr status certainty = status::seed;
};

// --- Alibaba -------------------------------------------------------------------------------------

/// AI inference chip: TSMC 12 nm, 17 billion transistors (2019-09-25).
struct hanguang_800 final : chip {
    static constexpr std::string_view id = "hanguang_800", name = "Hanguang 800";
    static constexpr transistor_count transistors{17'000'000'000};
    static constexpr std::array attributes{number_attribute("node_nm", 12)};
    using source = linley_hanguang_800;
    static constexpr status certainty = status::public_;
};
/// Yitian 710: T-Head's 128-core Armv9 server CPU, 5 nm, about 60 billion
/// transistors, announced 2021-10-19; made by TSMC (reported; Alibaba did not
/// name the foundry).
struct yitian_710 final : chip {
    static constexpr std::string_view id = "yitian_710", name = "Yitian 710";
    static constexpr transistor_count transistors{60'000'000'000};
    static constexpr std::array attributes{number_attribute("node_nm", 5), number_attribute("cores", 128)};
    using source = toms_hardware_2021_10_19_yitian;
    static constexpr status certainty = status::public_;
};

// --- other Chinese designers' chips ------------------------------------------------------

/// MinerVa's Bitcoin miner SoC (4.6 × 4.2 mm): the first SMIC 7 nm product
/// TechInsights found (reported July 2022; shipping since July 2021).
struct minerva_btc_soc final : chip {
    static constexpr std::string_view id = "minerva_btc_soc", name = "MinerVa Bitcoin miner SoC";
    static constexpr std::array attributes{number_attribute("node_nm", 7)};
    using source = techinsights_minerva;
    static constexpr status certainty = status::public_;
};
/// Viewtrix's AMOLED display-driver ICs.
struct oled_display_driver_ic final : chip {
    static constexpr std::string_view id = "oled_display_driver_ic", name = "AMOLED display-driver IC";
    static constexpr std::array attributes{text_attribute("function", "display_driver")};
    using source = dealstreetasia_viewtrix;
    static constexpr status certainty = status::public_;
};
/// Lingming Photonics' single-photon (SPAD/SiPM) dToF sensors.
struct spad_dtof_sensor final : chip {
    static constexpr std::string_view id = "spad_dtof_sensor", name = "SPAD dToF sensor";
    static constexpr std::array attributes{text_attribute("function", "spad_sensor")};
    using source = naviro_2020_07_10_lingming;
    static constexpr status certainty = status::public_;
};

// --- devices ---------------------------------------------------------------------------------------

struct mate_40_pro final : device {
    static constexpr std::string_view id = "mate_40_pro", name = "Huawei Mate 40 Pro";
    using source = equalocean_kirin_9000;
    static constexpr status certainty = status::public_;
};
struct mate_60_pro final : device {
    static constexpr std::string_view id = "mate_60_pro", name = "Huawei Mate 60 Pro";
    using source = techinsights_kirin_9000s;
    static constexpr status certainty = status::public_;
};
/// Launched 2024-11-26; Huawei says all its components can be sourced in China.
struct mate_70 final : device {
    static constexpr std::string_view id = "mate_70", name = "Huawei Mate 70";
    using source = press_mate_70;
    static constexpr status certainty = status::public_;
};
/// Huawei Pura 70 series (April 2024), with the Kirin 9010.
struct pura_70 final : device {
    static constexpr std::string_view id = "pura_70", name = "Huawei Pura 70";
    using source = register_2024_04_29_pura_70;
    static constexpr status certainty = status::public_;
};
struct mi_5c final : device {
    static constexpr std::string_view id = "mi_5c", name = "Xiaomi Mi 5c";
    using source = hothardware_surge_s1;
    static constexpr status certainty = status::public_;
};
struct mi_mix_fold final : device {
    static constexpr std::string_view id = "mi_mix_fold", name = "Xiaomi Mi MIX Fold";
    using source = xiaomiui_surge_c1;
    static constexpr status certainty = status::public_;
};
struct xiaomi_12_pro final : device {
    static constexpr std::string_view id = "xiaomi_12_pro", name = "Xiaomi 12 Pro";
    using source = press_surge_p1;
    static constexpr status certainty = status::public_;
};
struct xiaomi_12s final : device {
    static constexpr std::string_view id = "xiaomi_12s", name = "Xiaomi 12S";
    using source = press_surge_g1;
    static constexpr status certainty = status::public_;
};
/// Any Xiaomi IoT device built on Espressif's chips.
struct xiaomi_iot_device final : device {
    static constexpr std::string_view id = "xiaomi_iot_device", name = "Xiaomi IoT device (Espressif-based)";
    using source = s000;
    static constexpr status certainty = status::seed;
};

/// The chips and devices, for the model's entity list.
using product_types =
    type_list<kirin_9000, kirin_9000s, kirin_9020, kirin_9010, yitian_710, minerva_btc_soc, oled_display_driver_ic,
              spad_dtof_sensor, pura_70, ascend_910, ascend_910b, ascend_910b_die, ascend_910c, surge_s1,
              surge_s2, surge_c1, surge_p1, surge_g1, xring_o1, hypothetical_40bn_chip, huangshan_no_1,
              snapdragon_8_plus_gen_1, espressif_iot_soc, amlogic_media_soc, cmos_image_sensor, rf_front_end, rf_filter,
              charging_ic, audio_soc, cellular_soc, hanguang_800, mate_40_pro, mate_60_pro, mate_70, mi_5c, mi_mix_fold,
              xiaomi_12_pro, xiaomi_12s, xiaomi_iot_device>;

}  // namespace semichain::world
