// The built-in world's export-control rules (facts.md §1), each with its
// authority, effective date, scope, source and status; where the controls fact
// sheet (notes/controls_facts.md) gives them, the date it was announced, the
// end of its savings clause and its licence policy (a rule without `policy`
// reads as a presumption of denial). Then the licences known to have been
// granted or revoked under the rules, the tools sources report installed in
// fabs' lines, what teardowns saw in production, and who assisted whom
// (with_controls_relations).
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
//   NXT:2050i/2100i licences (now a licence revocation under the 2023-09-01
//   rule, which itself only requires a licence),
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
#include <semichain/model/relations.hpp>
#include <semichain/world/controlled_items.hpp>
#include <semichain/world/designers.hpp>
#include <semichain/world/nodes.hpp>
#include <semichain/world/products.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_controls.hpp>
#include <semichain/world/tools.hpp>

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
    static constexpr licence_policy policy = licence_policy::presumption_of_denial;
    using targets = type_list<huawei, hisilicon>;
    using source = thompson_hine_2019_05;
    static constexpr status certainty = status::public_;
};
/// The foreign-direct-product rules aimed at Huawei, as one rule: the
/// interim final rule announced and effective 2020-05-15 (published
/// 2020-05-19), whose savings clause let items already in production ship
/// until 2020-09-14, and its expansion of 2020-08-17 (published 2020-08-20),
/// which dropped the test that Huawei produced or designed the item.
/// One rule, not two: the world's offerings to Huawei and HiSilicon are
/// foundry work on HiSilicon designs (the May rule's target) and parts that
/// only the August rule reaches; the August rule's own savings clause has no
/// end date in any source read, and a second rule in force from 2020-08-17
/// without one would cut TSMC off a month before it stopped (its last
/// shipments were on 2020-09-14). So the August reach is read from 2020-05-15
/// under the May savings clause. `savings_until` is the first day the clause
/// no longer covers (shipments until 2020-09-14 inclusive). The review
/// policy for these items was not found; the listing's presumption of denial
/// applies.
struct us_fdp_huawei_2020 final : entity_listing {
    static constexpr std::string_view id = "us_fdp_huawei_2020",
                                      name = "US foreign-direct-product rules on Huawei (2020-05-15, expanded "
                                             "2020-08-17; savings clause to 2020-09-14)";
    static constexpr country authority = countries::USA;
    static constexpr date announced = std::chrono::year{2020} / 5 / 15;
    static constexpr date effective = std::chrono::year{2020} / 5 / 15;
    static constexpr date savings_until = std::chrono::year{2020} / 9 / 15;
    static constexpr rule_scope scope = rule_scope::direct_product;
    static constexpr licence_policy policy = licence_policy::presumption_of_denial;
    using targets = type_list<huawei, hisilicon>;
    using source = thompson_hine_2020_05_20;
    static constexpr status certainty = status::public_;
};

// --- SMIC and China's fabs ----------------------------------------------------------------------

/// SMIC and 10 related companies, announced and effective 2020-12-18:
/// presumption of denial for items "uniquely required" for 10 nm and below
/// (EUV included), case by case for everything else. The rule does not define
/// "uniquely required"; the world's nearest line is the tools' `grade`
/// "advanced" (tools.hpp: the kind a 16/14 nm logic fab needs, EUV
/// included), so the denial reads on advanced tools, slightly wider than
/// 10 nm (an assumption).
struct us_entity_list_smic_2020 final : entity_listing {
    static constexpr std::string_view id = "us_entity_list_smic_2020", name = "US Entity List: SMIC (2020-12-18)";
    static constexpr country authority = countries::USA;
    static constexpr date announced = std::chrono::year{2020} / 12 / 18;
    static constexpr date effective = std::chrono::year{2020} / 12 / 18;
    static constexpr licence_policy policy = licence_policy::case_by_case;
    static constexpr std::array policies{
        item_policy{category::tool, equals("grade", "advanced"), licence_policy::presumption_of_denial}};
    using targets = type_list<smic, sj_semiconductor, ningbo_semiconductor>;
    using source = hughes_hubbard_2020_12_18;
    static constexpr status certainty = status::public_;
};
/// Tools for fabs making logic at 16/14 nm or below (announced 2022-10-07;
/// parts effective 2022-10-12 and 2022-10-21). Licences: presumption of denial
/// for fabs owned by Chinese entities, case by case for multinationals' fabs;
/// the world's Chinese buyers are Chinese-owned, so the rule keeps the
/// denial (a policy per buyer is not modelled).
struct us_logic_tools_2022 final : threshold_rule {
    static constexpr std::string_view id = "us_logic_tools_2022",
                                      name = "US fab-tool controls: logic at 16/14 nm or below (2022-10-07)";
    static constexpr country authority = countries::USA;
    static constexpr date announced = std::chrono::year{2022} / 10 / 7;
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
    static constexpr date announced = std::chrono::year{2022} / 10 / 7;
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
    static constexpr date announced = std::chrono::year{2022} / 10 / 7;
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
/// 2023-03-08, published 2023-06-30, in force 2023-09-01. A licence
/// requirement reviewed case by case, not a ban: it blocks nothing by itself;
/// the partial revocation of 2024 is a licence row (with_controls_relations).
struct nl_critical_immersion_2023 final : threshold_rule {
    static constexpr std::string_view id = "nl_critical_immersion_2023",
                                      name = "Netherlands: critical DUV immersion scanners, NXT:2000i and later "
                                             "(2023-09-01)";
    static constexpr country authority = countries::NLD;
    static constexpr date announced = std::chrono::year{2023} / 3 / 8;
    static constexpr date effective = std::chrono::year{2023} / 9 / 1;
    static constexpr licence_policy policy = licence_policy::case_by_case;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{equals("scanner_class", "nxt_2000i_plus")};
    using source = nl_times_2023_03_08;
    static constexpr status certainty = status::public_;
};
/// Japan: 23 equipment items (cleaning, deposition, lithography, etching, heat
/// treatment, inspection); 42 friendly countries get simpler licensing (only
/// China is modelled as a buyer country). Announced 2023-05-23, in force
/// 2023-07-23: individual licences for China, reviewed case by case.
struct jp_equipment_2023 final : threshold_rule {
    static constexpr std::string_view id = "jp_equipment_2023", name = "Japan: 23 chipmaking equipment items (2023-07-23)";
    static constexpr country authority = countries::JPN;
    static constexpr date announced = std::chrono::year{2023} / 5 / 23;
    static constexpr date effective = std::chrono::year{2023} / 7 / 23;
    static constexpr licence_policy policy = licence_policy::case_by_case;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{equals("grade", "advanced")};
    using source = digitimes_2023_05_23;
    static constexpr status certainty = status::public_;
};
/// The US reaches ASML's NXT:1970i/1980i (de minimis 0% for scanners with
/// overlay ≤ 2.4 nm) through any US content in their chain: de minimis scope.
/// Applied to every Chinese buyer, not only the "limited number of advanced
/// fabs" of the rule. Released 2023-10-17 with the advanced-computing rule,
/// whose Federal Register entry gives 2023-11-17 as the effective date; the
/// equipment rule's own effective-date line was not read (uncertain).
struct us_nxt_1980i_2023 final : threshold_rule {
    static constexpr std::string_view id = "us_nxt_1980i_2023", name = "US: NXT:1970i/1980i scanners (2023-10-17)";
    static constexpr country authority = countries::USA;
    static constexpr date announced = std::chrono::year{2023} / 10 / 17;
    static constexpr date effective = std::chrono::year{2023} / 11 / 17;
    static constexpr rule_scope scope = rule_scope::de_minimis;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{equals("scanner_class", "nxt_1970i_1980i")};
    using source = bits_chips_2023_10_23;
    static constexpr status certainty = status::public_;
};
/// Dutch licensing extended to NXT:1970i/1980i: announced 2024-09-06, in
/// force 2024-09-07, case by case ("not an export ban").
struct nl_nxt_1980i_2024 final : threshold_rule {
    static constexpr std::string_view id = "nl_nxt_1980i_2024", name = "Netherlands: NXT:1970i/1980i scanners (2024-09-07)";
    static constexpr country authority = countries::NLD;
    static constexpr date announced = std::chrono::year{2024} / 9 / 6;
    static constexpr date effective = std::chrono::year{2024} / 9 / 7;
    static constexpr licence_policy policy = licence_policy::case_by_case;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::tool;
    static constexpr std::array conditions{equals("scanner_class", "nxt_1970i_1980i")};
    using source = export_compliance_daily_2024_09_10;
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
    static constexpr date announced = std::chrono::year{2025} / 1 / 15;
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

// --- advanced computing (ECCN 3A090) ---------------------------------------------------------------

/// The 2022-10-07 rule's chip control (3A090 chips, 4A090 computers): a chip
/// is controlled only if it meets both lines, TPP ≥ 4800 and bidirectional
/// chip-to-chip transfer ≥ 600 GB/s. Effective date: the rule was released
/// and partly in force on 2022-10-07 (other parts 2022-10-12 and 2022-10-21;
/// which date applied to 3A090 is not in the fact sheet: uncertain). Scope
/// origin: Nvidia is a US provider. The licence policy for the chips was not
/// found; the presumption of denial (the default) matches Nvidia's account of
/// its China sales being cut.
struct us_advanced_computing_2022 final : threshold_rule {
    static constexpr std::string_view id = "us_advanced_computing_2022",
                                      name = "US advanced computing: 3A090 chips, TPP ≥ 4800 and 600 GB/s interconnect "
                                             "(2022-10-07)";
    static constexpr country authority = countries::USA;
    static constexpr date announced = std::chrono::year{2022} / 10 / 7;
    static constexpr date effective = std::chrono::year{2022} / 10 / 7;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::chip;
    static constexpr std::array conditions{at_least("tpp", 4800), at_least("interconnect_gbps", 600)};
    using source = afs_2022_10_advanced_computing;
    static constexpr status certainty = status::uncertain;
};
/// The 2023-10-17 update, first line of 3A090.a: TPP ≥ 4800 (the interconnect
/// test dropped). Released 2023-10-17, published 2023-10-25, effective
/// 2023-11-17. (Nvidia was told on 2023-10-23 that the requirement applied to
/// its data-centre products at once: licence history, not modelled.)
struct us_advanced_computing_2023 final : threshold_rule {
    static constexpr std::string_view id = "us_advanced_computing_2023",
                                      name = "US advanced computing update: 3A090.a, TPP ≥ 4800 (2023-11-17)";
    static constexpr country authority = countries::USA;
    static constexpr date announced = std::chrono::year{2023} / 10 / 17;
    static constexpr date effective = std::chrono::year{2023} / 11 / 17;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::chip;
    static constexpr std::array conditions{at_least("tpp", 4800)};
    using source = federal_register_2023_23055;
    static constexpr status certainty = status::public_;
};
/// The second line of 3A090.a: TPP ≥ 1600 and performance density ≥ 5.92 (a
/// rule of its own, since a rule's conditions all must hold). The numbers of
/// 3A090.b were not found, so the gray zone is not modelled.
struct us_advanced_computing_2023_density final : threshold_rule {
    static constexpr std::string_view id = "us_advanced_computing_2023_density",
                                      name = "US advanced computing update: 3A090.a, TPP ≥ 1600 and density ≥ 5.92 "
                                             "(2023-11-17)";
    static constexpr country authority = countries::USA;
    static constexpr date announced = std::chrono::year{2023} / 10 / 17;
    static constexpr date effective = std::chrono::year{2023} / 11 / 17;
    static constexpr bloc buyer_countries{countries::CHN};
    static constexpr category match = category::chip;
    static constexpr std::array conditions{at_least("tpp", 1600), at_least("performance_density", 5.92)};
    using source = lenzo_eccn_3a090;
    static constexpr status certainty = status::public_;
};

// --- the 2024-12-02 package's foreign-direct-product rules ------------------------------------------

/// The footnote-5 FDP rule: 16 entities, among them SMIC affiliates (not named
/// in the sources read), SwaySure, PXW and JHICC, reached by foreign items
/// that are direct products of US technology. Announced and effective
/// 2024-12-02; its licence requirements apply from the compliance date
/// 2024-12-31, taken as the effective date here. The review policy was not
/// found: presumption of denial, the Entity List's default. The SME FDP rule
/// of the same package controls 24 tool types the fact sheet does not list
/// one by one: not modelled.
struct us_fn5_fdp_2024 final : entity_listing {
    static constexpr std::string_view id = "us_fn5_fdp_2024",
                                      name = "US footnote-5 foreign-direct-product rule: SwaySure, PXW, JHICC "
                                             "(2024-12-02; compliance 2024-12-31)";
    static constexpr country authority = countries::USA;
    static constexpr date announced = std::chrono::year{2024} / 12 / 2;
    static constexpr date effective = std::chrono::year{2024} / 12 / 31;
    static constexpr rule_scope scope = rule_scope::direct_product;
    using targets = type_list<swaysure, pxw, jhicc>;
    using source = covington_2024_12_09;
    static constexpr status certainty = status::public_;
};

// --- China and Taiwan ---------------------------------------------------------------------------------

/// MOFCOM/GAC Announcement No. 23 [2023]: gallium- and germanium-related items
/// need an export licence from 2023-08-01 (announced 2023-07-03); "not a
/// ban", licences granted if compliant: case by case. For buyers in every
/// country but China.
struct cn_gallium_germanium_2023 final : threshold_rule {
    static constexpr std::string_view id = "cn_gallium_germanium_2023",
                                      name = "China: export licences for gallium and germanium (2023-08-01)";
    static constexpr country authority = countries::CHN;
    static constexpr date announced = std::chrono::year{2023} / 7 / 3;
    static constexpr date effective = std::chrono::year{2023} / 8 / 1;
    static constexpr licence_policy policy = licence_policy::case_by_case;
    static constexpr bloc buyer_countries = bloc::world() - bloc{countries::CHN};
    static constexpr category match = category::material;
    static constexpr std::array conditions{equals("cn_dual_use", "gallium_germanium")};
    using source = covington_2023_07_06;
    static constexpr status certainty = status::public_;
};
/// MOFCOM Announcement No. 46 of 2024, announced and effective 2024-12-03:
/// licences for gallium and germanium items to the US are refused "in
/// principle". (Clause 2 was later suspended until 2026-11-27; the date of the
/// suspension was not found, so it is not modelled.)
struct cn_gallium_germanium_us_2024 final : threshold_rule {
    static constexpr std::string_view id = "cn_gallium_germanium_us_2024",
                                      name = "China: gallium and germanium to the US refused (2024-12-03)";
    static constexpr country authority = countries::CHN;
    static constexpr date announced = std::chrono::year{2024} / 12 / 3;
    static constexpr date effective = std::chrono::year{2024} / 12 / 3;
    static constexpr licence_policy policy = licence_policy::presumption_of_denial;
    static constexpr bloc buyer_countries{countries::USA};
    static constexpr category match = category::material;
    static constexpr std::array conditions{equals("cn_dual_use", "gallium_germanium")};
    using source = devevil_mofcom_46_2024;
    static constexpr status certainty = status::public_;
};
/// Taiwan's Strategic High-Tech Commodities Entity List: 601 entities added
/// on 2025-06-10, Huawei and SMIC among them (ITA statement 2025-06-15).
/// Exports of strategic high-tech commodities to them need an ITA permit; the
/// review policy was not found, so the rule requires a licence without
/// blocking (case by case: an assumption — a denial would also stop items
/// that are no strategic commodity, which the listing does not).
struct tw_entity_list_2025 final : entity_listing {
    static constexpr std::string_view id = "tw_entity_list_2025",
                                      name = "Taiwan: Huawei and SMIC on the strategic high-tech entity list "
                                             "(2025-06-10)";
    static constexpr country authority = countries::TWN;
    static constexpr date announced = std::chrono::year{2025} / 6 / 15;
    static constexpr date effective = std::chrono::year{2025} / 6 / 10;
    static constexpr licence_policy policy = licence_policy::case_by_case;
    using targets = type_list<huawei, smic>;
    using source = taiwanlaw_2025_06_30;
    static constexpr status certainty = status::public_;
};

/// The control rules, for the model's entity list.
using rule_types =
    type_list<us_entity_list_huawei_2019, us_fdp_huawei_2020, us_entity_list_smic_2020, us_logic_tools_2022,
              us_dram_tools_2022, us_nand_tools_2022, us_entity_list_2022_12, us_entity_list_cambricon_2022,
              us_entity_list_icrd_2022, nl_euv_2019, nl_critical_immersion_2023, jp_equipment_2023, us_nxt_1980i_2023,
              nl_nxt_1980i_2024, us_entity_list_2024_12, us_entity_list_sien_swaysure_2024, us_hbm_2024,
              us_foundry_rule_2025, us_entity_list_sophgo_2025, us_advanced_computing_2022,
              us_advanced_computing_2023, us_advanced_computing_2023_density, us_fn5_fdp_2024,
              cn_gallium_germanium_2023, cn_gallium_germanium_us_2024, tw_entity_list_2025>;

/// Calls `f` with the world's licences, installed inputs, observations,
/// accelerator offerings and assists; returns its result.
template <class F>
constexpr auto with_controls_relations(F&& f) {
    using enum semichain::status;
    using namespace std::chrono_literals;
    return f(
        // --- licences. Huawei's temporary general licence: 2019-05-20, extended
        //     five times, expired 2020-08-13. It authorised only some
        //     transactions with Huawei (their list is not in the fact sheet), so
        //     a grant for every purchase by Huawei itself overstates it:
        //     uncertain. HiSilicon is left out (the TGL did not serve its chip
        //     supply).
        licence<us_entity_list_huawei_2019, converge_digest_2019_05_tgl, for_buyer<huawei>>{
            .granted = 2019y / 5 / 20, .revoked = 2020y / 8 / 13, .certainty = uncertain},
        // Qualcomm's licence for Huawei revoked on 2024-05-07 (Intel's too; Intel
        // is not a company of this world). When it was granted is not known.
        licence<us_entity_list_huawei_2019, mezha_2024_05_08, from_provider<qualcomm>, for_buyer<huawei>>{
            .revoked = 2024y / 5 / 7, .certainty = public_},
        // The Dutch partial revocation for NXT:2050i/2100i to China, stated by
        // ASML on 2024-01-01 (the revocation's own date was not found). The
        // world's critical-immersion item also stands for the NXT:2000i, whose
        // licences were not revoked: uncertain.
        licence<nl_critical_immersion_2023, asia_financial_2024_01_02, of_item<duv_immersion_critical>>{
            .revoked = 2024y / 1 / 1, .certainty = uncertain},
        // Licences for SMIC's suppliers: 188 approved from 2020-11-09 to
        // 2021-04-20 (no nodes in the data); that they cover mature processes
        // comes from Chinese press only. Mature tools, granted by 2021-04-20:
        // uncertain.
        licence<us_entity_list_smic_2020, meterpreter_smic_licence, for_buyer<smic>, of_item<etch_mature>>{
            .granted = 2021y / 4 / 20, .certainty = uncertain},
        licence<us_entity_list_smic_2020, meterpreter_smic_licence, for_buyer<smic>, of_item<deposition_mature>>{
            .granted = 2021y / 4 / 20, .certainty = uncertain},
        licence<us_entity_list_smic_2020, meterpreter_smic_licence, for_buyer<smic>, of_item<metrology_mature>>{
            .granted = 2021y / 4 / 20, .certainty = uncertain},

        // --- installed tools, as sources report them (maker and tool class; no
        //     scanner model is sourced). TSMC's N5 runs on ASML's EUV scanners.
        installed<tsmc, tsmc_n5, euv_scanner, asml, tsmc_5nm_page>{.certainty = public_},
        // N7 ran on ASML's DUV immersion scanners without EUV (a weak source,
        // techspot_tsmc_7nm). No row for it: a line whose installed rows name
        // no US maker escapes the direct-product rules (the Non-A reading),
        // and no source names N7's other tools, so a scanner row alone would
        // claim more than is known. Without rows the line is decided by the
        // cannot-be-made-without test, flagged uncertain.
        // SMIC's 7 nm class (N+1, N+2): ASML DUV immersion, bought among
        // US$1.2 bn of ASML products ordered 2020-03-16 to 2021-03-02 and
        // licensed as NXT:2000i-plus shipments.
        installed<smic, smic_n_plus_1, duv_immersion_critical, asml, design_reuse_2022_07_25>{.certainty = public_},
        installed<smic, smic_n_plus_2, duv_immersion_critical, asml, digitimes_2023_09_07>{.certainty = public_},
        // US tools bought before the 2020 listing: Nikkei names Applied
        // Materials among the makers China's chipmakers stockpiled from, not
        // SMIC's 7 nm lines by name, nor the tool class: uncertain. Etch and
        // deposition are the classes Applied offers in this world for them.
        installed<smic, smic_n_plus_1, etch_advanced, applied_materials, wita_nikkei_2020_09_09>{.certainty = uncertain},
        installed<smic, smic_n_plus_2, etch_advanced, applied_materials, wita_nikkei_2020_09_09>{.certainty = uncertain},
        installed<smic, smic_n_plus_1, deposition_advanced, applied_materials, wita_nikkei_2020_09_09>{
            .certainty = uncertain},
        installed<smic, smic_n_plus_2, deposition_advanced, applied_materials, wita_nikkei_2020_09_09>{
            .certainty = uncertain},
        // SMIC's Non-A 40 nm line (its own item here, smic_40nm_non_a) is free of
        // US tools, but its makers are not in any source read, and SiEn's tools
        // neither: no installed rows for either.

        // --- observations: the Kirin 9000S on SMIC's N+2 for HiSilicon, on sale
        //     in the Mate 60 Pro from 2023-08-29 (TechInsights' teardown).
        observed<smic, smic_n_plus_2, techinsights_kirin_9000s, for_buyer<hisilicon>>{.on = 2023y / 8 / 29,
                                                                                      .certainty = public_},

        // --- Nvidia's accelerators (no start dates: the sources give
        //     announcement and launch dates only as secondary or approximate).
        //     A100 and A800 on TSMC 7 nm; the H100, H800 and H20 on TSMC 4N, a
        //     node this world does not have.
        provides<nvidia, nvidia_a100, klockwood_a100>{.certainty = public_},
        provides<nvidia, nvidia_h100, klockwood_h100>{.certainty = public_},
        provides<nvidia, nvidia_a800, tadviser_a800>{.certainty = public_},
        provides<nvidia, nvidia_h800, toms_hardware_h800>{.certainty = public_},
        provides<nvidia, nvidia_h20, tweaktown_h20>{.certainty = public_},
        requires_<nvidia_a100, tsmc_n7, klockwood_a100>{.certainty = public_},
        requires_<nvidia_a800, tsmc_n7, tadviser_a800>{.certainty = public_},

        // --- assists: S004 reports Huawei task forces at SJ Semiconductor and
        //     SiEn (no dates).
        assists<huawei, sj_semiconductor, s004>{.certainty = seed},
        assists<huawei, sien, s004>{.certainty = seed});
}

}  // namespace semichain::world
