// The built-in world's export-control rules (facts.md §1), each with its
// authority, effective date, scope, source and status.
//
// Modelling choices:
// - Entity listings block offerings *to* the listed companies from providers
//   in the authority's country (origin) or, with foreign-direct-product
//   scope, also from providers whose offering depends on an input from it.
// - Thresholds act on the items they control, sold to buyers located in
//   China. The 2022 US fab-tool rules control tools for fabs making advanced
//   chips; here they match the "advanced" grade of tools (tools.hpp), which
//   carries the rules' lines (node_nm 16, dram_half_pitch_nm 18, nand_layers
//   128). Japan's 23 items match the same grade from Japanese providers.
// - The 2025 foundry rule matches chips (node_nm ≤ 16 and transistors ≥ 30
//   billion) under foreign-direct-product scope: a chip whose making depends
//   on US tools or software may not go to a Chinese buyer.
// - Not modelled: the 2019-08-19 listing of 46 Huawei affiliates and the
//   2020-08 listing of 38 more (none of them is a company of this world), the
//   YMTC Unverified List entry of 2022-10-07 (it does not block; the listing
//   of 2022-12-16 does), the 2024-01 partial revocation of ASML's
//   NXT:2050i/2100i licences (already covered by the 2023-09-01 rule here),
//   TSMC's 2024-10 halt to two unnamed design customers, and the uncertain
//   35/40 billion transistor lines of 2027/2029.
#pragma once

#include <semichain/core/bloc.hpp>
#include <semichain/core/category.hpp>
#include <semichain/core/control.hpp>
#include <semichain/core/country.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/world/companies.hpp>
#include <semichain/world/designers.hpp>
#include <semichain/world/sources.hpp>

#include <array>
#include <chrono>
#include <string_view>

namespace semichain::world {

// --- Huawei ------------------------------------------------------------------------------------

/// Huawei and affiliates on the Entity List: a licence for every EAR item.
struct us_entity_list_huawei_2019 final : entity_listing {
    static constexpr std::string_view id = "us_entity_list_huawei_2019", name = "US Entity List: Huawei (2019-05-16)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2019} / 5 / 16;
    using targets = type_list<huawei, hisilicon>;
    using source = thompson_hine_2019_05;
    static constexpr status certainty = status::public_;
};
/// The foreign-direct-product rules aimed at Huawei: in force from 2020-05-15
/// (items in production could ship until 2020-09-14) and expanded on
/// 2020-08-17. The effective date here is 2020-09-15, the first day TSMC
/// shipped nothing more to Huawei (facts #3–#5): the date that reproduces when
/// supply actually stopped.
struct us_fdp_huawei_2020 final : entity_listing {
    static constexpr std::string_view id = "us_fdp_huawei_2020",
                                      name = "US foreign-direct-product rules on Huawei (2020-05-15, 2020-08-17; "
                                             "shipments stopped 2020-09-15)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2020} / 9 / 15;
    static constexpr rule_scope scope = rule_scope::direct_product;
    using targets = type_list<huawei, hisilicon>;
    using source = mayer_brown_2020_08;
    static constexpr status certainty = status::public_;
};

// --- SMIC and China's fabs ----------------------------------------------------------------------

/// SMIC and 10 related companies (presumption of denial for items uniquely
/// required at 10 nm and below; case by case above; modelled as a listing).
struct us_entity_list_smic_2020 final : entity_listing {
    static constexpr std::string_view id = "us_entity_list_smic_2020", name = "US Entity List: SMIC (2020-12-18)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2020} / 12 / 18;
    using targets = type_list<smic, sj_semiconductor, ningbo_semiconductor>;
    using source = thompson_hine_2020_12;
    static constexpr status certainty = status::public_;
};
/// Tools for fabs making logic at 16/14 nm or below (announced 2022-10-07;
/// parts effective 2022-10-12 and 2022-10-21).
struct us_logic_tools_2022 final : threshold_rule {
    static constexpr std::string_view id = "us_logic_tools_2022",
                                      name = "US fab-tool controls: logic at 16/14 nm or below (2022-10-07)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2022} / 10 / 7;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{at_most("node_nm", 16)};
    using source = federal_register_2022_10_13;
    static constexpr status certainty = status::public_;
};
/// Tools for fabs making DRAM at 18 nm half-pitch or below.
struct us_dram_tools_2022 final : threshold_rule {
    static constexpr std::string_view id = "us_dram_tools_2022",
                                      name = "US fab-tool controls: DRAM at 18 nm half-pitch or below (2022-10-07)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2022} / 10 / 7;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{at_most("dram_half_pitch_nm", 18)};
    using source = federal_register_2022_10_13;
    static constexpr status certainty = status::public_;
};
/// Tools for fabs making NAND with 128 layers or more.
struct us_nand_tools_2022 final : threshold_rule {
    static constexpr std::string_view id = "us_nand_tools_2022",
                                      name = "US fab-tool controls: NAND with 128 layers or more (2022-10-07)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2022} / 10 / 7;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{at_least("nand_layers", 128)};
    using source = federal_register_2022_10_13;
    static constexpr status certainty = status::public_;
};
/// 36 entities incl. YMTC, SMEE, PXW, Hefei Core Storage and CETC units
/// (announced 2022-12-15).
struct us_entity_list_2022_12 final : entity_listing {
    static constexpr std::string_view id = "us_entity_list_2022_12",
                                      name = "US Entity List: YMTC, SMEE, PXW and others (2022-12-16)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2022} / 12 / 16;
    using targets = type_list<ymtc, smee, pxw, hefei_core_storage, cetc>;
    using source = iti_2022_12;
    static constexpr status certainty = status::public_;
};
/// Cambricon's entities, listed with the footnote-4 foreign-direct-product rule.
struct us_entity_list_cambricon_2022 final : entity_listing {
    static constexpr std::string_view id = "us_entity_list_cambricon_2022",
                                      name = "US Entity List with footnote-4 FDPR: Cambricon (2022-12-16)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2022} / 12 / 16;
    static constexpr rule_scope scope = rule_scope::direct_product;
    using targets = type_list<cambricon>;
    using source = iti_2022_12;
    static constexpr status certainty = status::public_;
};
/// ICRD among the December 2022 additions: S001 only, unconfirmed.
struct us_entity_list_icrd_2022 final : entity_listing {
    static constexpr std::string_view id = "us_entity_list_icrd_2022",
                                      name = "US Entity List: ICRD (2022-12, unconfirmed)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2022} / 12 / 16;
    using targets = type_list<icrd>;
    using source = s001;
    static constexpr status certainty = status::uncertain;
};

// --- lithography ---------------------------------------------------------------------------------

/// No Dutch EUV licence for China since the licence was not renewed in 2019.
/// Only the year is known: the rule takes 2019-01-01, hence status uncertain.
struct nl_euv_2019 final : threshold_rule {
    static constexpr std::string_view id = "nl_euv_2019",
                                      name = "Netherlands: no EUV licence for China (2019; day unknown)";
    static constexpr country authority = countries::NLD;
    static constexpr date effective = std::chrono::year{2019} / 1 / 1;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{equals("scanner_class", "euv")};
    using source = bits_chips_2020_01_20;
    static constexpr status certainty = status::uncertain;
};
/// Licence for critical immersion scanners (NXT:2000i and later); announced
/// 2023-03-08.
struct nl_critical_immersion_2023 final : threshold_rule {
    static constexpr std::string_view id = "nl_critical_immersion_2023",
                                      name = "Netherlands: critical DUV immersion scanners, NXT:2000i and later "
                                             "(2023-09-01)";
    static constexpr country authority = countries::NLD;
    static constexpr date effective = std::chrono::year{2023} / 9 / 1;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{equals("scanner_class", "nxt_2000i_plus")};
    using source = export_compliance_daily_2023_07_03;
    static constexpr status certainty = status::public_;
};
/// Japan: 23 equipment items (cleaning, deposition, lithography, etching, heat
/// treatment, inspection); 42 friendly countries exempt (only China is
/// modelled as a buyer country).
struct jp_equipment_2023 final : threshold_rule {
    static constexpr std::string_view id = "jp_equipment_2023", name = "Japan: 23 chipmaking equipment items (2023-07-23)";
    static constexpr country authority = countries::JPN;
    static constexpr date effective = std::chrono::year{2023} / 7 / 23;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{equals("grade", "advanced")};
    using source = japan_times_2023_07_23;
    static constexpr status certainty = status::public_;
};
/// The US reaches ASML's NXT:1970i/1980i (de minimis 0% for scanners with
/// overlay ≤ 2.4 nm) through any US content in their chain: de minimis scope.
/// Applied to every Chinese buyer, not only the "limited number of advanced
/// fabs" of the rule.
struct us_nxt_1980i_2023 final : threshold_rule {
    static constexpr std::string_view id = "us_nxt_1980i_2023", name = "US: NXT:1970i/1980i scanners (2023-10-17)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2023} / 10 / 17;
    static constexpr rule_scope scope = rule_scope::de_minimis;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{equals("scanner_class", "nxt_1970i_1980i")};
    using source = bits_chips_2023_10_23;
    static constexpr status certainty = status::public_;
};
/// Dutch licensing extended to NXT:1970i/1980i.
struct nl_nxt_1980i_2024 final : threshold_rule {
    static constexpr std::string_view id = "nl_nxt_1980i_2024", name = "Netherlands: NXT:1970i/1980i scanners (2024-09-07)";
    static constexpr country authority = countries::NLD;
    static constexpr date effective = std::chrono::year{2024} / 9 / 7;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{equals("scanner_class", "nxt_1970i_1980i")};
    using source = nl_times_2024_09_06;
    static constexpr status certainty = status::public_;
};

// --- December 2024 and January 2025 ------------------------------------------------------------

/// Among the 140 additions of 2024-12-02: Naura, Piotech, Empyrean units, Skyverse.
struct us_entity_list_2024_12 final : entity_listing {
    static constexpr std::string_view id = "us_entity_list_2024_12",
                                      name = "US Entity List: Naura, Piotech, Empyrean, Skyverse (2024-12-02)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2024} / 12 / 2;
    using targets = type_list<naura, piotech, empyrean, skyverse>;
    using source = yicai_global_2024_12;
    static constexpr status certainty = status::public_;
};
/// SiEn and SwaySure: S004 says they were listed in December 2024 "as part of
/// the latest US move", which S004 dates December 2; public material only
/// shows them under consideration (2024-03). Status seed.
struct us_entity_list_sien_swaysure_2024 final : entity_listing {
    static constexpr std::string_view id = "us_entity_list_sien_swaysure_2024",
                                      name = "US Entity List: SiEn and SwaySure (2024-12, per S004)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2024} / 12 / 2;
    using targets = type_list<sien, swaysure>;
    using source = s004;
    static constexpr status certainty = status::seed;
};
/// Every HBM stack in production crosses the 3A090.c density line; reached
/// abroad through a new foreign-direct-product rule, modelled with de minimis
/// scope (any US content in the chain): a stack made with US tools is
/// caught even where another toolmaker could in principle replace them.
struct us_hbm_2024 final : threshold_rule {
    static constexpr std::string_view id = "us_hbm_2024", name = "US: high-bandwidth memory to China (2024-12-02)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2024} / 12 / 2;
    static constexpr rule_scope scope = rule_scope::de_minimis;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::chip;
    static constexpr std::array conditions{equals("memory_type", "hbm")};
    using source = thompson_hine_2024_12;
    static constexpr status certainty = status::public_;
};
/// Foundry due diligence (released 2025-01-15): logic at 16/14 nm or below is
/// presumed controlled unless the transistor count stays under 30 billion.
/// Modelled on the chip: node_nm ≤ 16 and transistors ≥ 30e9, reached through
/// US content (foreign-direct-product scope), for buyers in China.
struct us_foundry_rule_2025 final : threshold_rule {
    static constexpr std::string_view id = "us_foundry_rule_2025",
                                      name = "US foundry due-diligence rule: ≤16/14 nm logic with ≥30 bn transistors "
                                             "(2025-01-16)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2025} / 1 / 16;
    static constexpr rule_scope scope = rule_scope::direct_product;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::chip;
    static constexpr std::array conditions{at_most("node_nm", 16), at_least("transistors", 30e9)};
    using source = federal_register_2025_00711;
    static constexpr status certainty = status::public_;
};
/// Sophgo among 16 additions: its TSMC order matched a die in an Ascend 910B.
/// facts.md gives no foreign-direct-product footnote for it: origin scope.
struct us_entity_list_sophgo_2025 final : entity_listing {
    static constexpr std::string_view id = "us_entity_list_sophgo_2025", name = "US Entity List: Sophgo (2025-01-15)";
    static constexpr country authority = countries::USA;
    static constexpr date effective = std::chrono::year{2025} / 1 / 15;
    using targets = type_list<sophgo>;
    using source = dcd_sophgo_2025_01;
    static constexpr status certainty = status::public_;
};

/// The control rules, for the model's entity list.
using rule_types =
    type_list<us_entity_list_huawei_2019, us_fdp_huawei_2020, us_entity_list_smic_2020, us_logic_tools_2022,
              us_dram_tools_2022, us_nand_tools_2022, us_entity_list_2022_12, us_entity_list_cambricon_2022,
              us_entity_list_icrd_2022, nl_euv_2019, nl_critical_immersion_2023, jp_equipment_2023, us_nxt_1980i_2023,
              nl_nxt_1980i_2024, us_entity_list_2024_12, us_entity_list_sien_swaysure_2024, us_hbm_2024,
              us_foundry_rule_2025, us_entity_list_sophgo_2025>;

}  // namespace semichain::world
