// More sources of the built-in world: the documents behind the corrections
// and additions of the world-data issue (#11), and the world's assumption
// records. Publishers and dates are as the documents give them; a URL is
// given where the document was read there ("via" names a re-publication).
//
// An assumption record is a source with status assumption: a modelling
// choice nobody published, stated in a sentence (its title) so that every
// row of the world names where it comes from. A value weight's record gives
// its derivation.
#pragma once

#include <semichain/core/date.hpp>
#include <semichain/core/entity.hpp>

#include <chrono>
#include <string_view>

namespace semichain::world {

// --- corrections -----------------------------------------------------------------------------

struct technode_2018_02_09_huami final : semichain::source {
    static constexpr std::string_view id = "technode_2018_02_09_huami", title = "Huami IPO",
                                      publisher = "TechNode", url = "https://technode.com/2018/02/09/huami-ipo/";
    static constexpr date published = std::chrono::year{2018} / 2 / 9;
};
struct reuters_2024_10_27_sophgo final : semichain::source {
    static constexpr std::string_view id = "reuters_2024_10_27_sophgo",
                                      title = "TSMC halts shipments to Sophgo after chip found on Huawei product, "
                                              "Reuters says",
                                      publisher = "Reuters (via Nasdaq)",
                                      url = "https://www.nasdaq.com/articles/"
                                            "tsmc-halts-shipments-sophgo-after-chip-found-huawei-product-reuters-says";
    static constexpr date published = std::chrono::year{2024} / 10 / 27;
};
/// TechInsights found SMIC 7 nm in the MinerVa Bitcoin miner SoC (reported
/// July 2022; shipping since July 2021). N+1 or N+2: not stated.
struct techinsights_minerva final : semichain::source {
    static constexpr std::string_view id = "techinsights_minerva",
                                      title = "How SMIC joined the ranks of Intel, TSMC, and Samsung",
                                      publisher = "TechInsights",
                                      url = "https://www.techinsights.com/blog/how-smic-joined-ranks-intel-tsmc-and-samsung";
};
struct zeusbtc_minerva final : semichain::source {
    static constexpr std::string_view id = "zeusbtc_minerva", title = "SMIC launches 7-nanometer bitcoin mining chip",
                                      publisher = "ZEUS Mining (reporting TechInsights, July 2022)",
                                      url = "https://www.zeusbtc.com/articles/information/"
                                            "3517-smic-launches-7-nanometer-bitcoin-mining-chip";
};
struct trendforce_2024_08_06_cxmt final : semichain::source {
    static constexpr std::string_view id = "trendforce_2024_08_06_cxmt",
                                      title = "ChangXin Memory Technologies in China Has Reportedly Begun Mass "
                                              "Production of HBM2",
                                      publisher = "TrendForce",
                                      url = "https://trendforce.com/news/2024/08/06/"
                                            "news-changxin-memory-technologies-has-reportedly-begun-mass-production-of-hbm2";
    static constexpr date published = std::chrono::year{2024} / 8 / 6;
};
struct digitimes_2025_10_23_cxmt final : semichain::source {
    static constexpr std::string_view id = "digitimes_2025_10_23_cxmt",
                                      title = "CXMT, Huawei align on HBM3 ahead of China's 2026 AI memory leap",
                                      publisher = "DigiTimes",
                                      url = "https://www.digitimes.com/news/a20251023PD208/cxmt-hbm3-2026-dram-huawei.html";
    static constexpr date published = std::chrono::year{2025} / 10 / 23;
};
struct register_2022_06_23_swaysure final : semichain::source {
    static constexpr std::string_view id = "register_2022_06_23_swaysure",
                                      title = "Chinese startup hires chip godfather and TSMC vet to break into DRAM biz",
                                      publisher = "The Register",
                                      url = "https://www.theregister.com/2022/06/23/swaysure_hires_yukio_sakamoto/";
    static constexpr date published = std::chrono::year{2022} / 6 / 23;
};
struct reuters_2023_03_06_factbox final : semichain::source {
    static constexpr std::string_view id = "reuters_2023_03_06_factbox",
                                      title = "Factbox: Chinese chipmaking equipment makers fill gap left by US curbs "
                                              "(stored copy truncated before Naura's deposition node)",
                                      publisher = "Reuters";
    static constexpr date published = std::chrono::year{2023} / 3 / 6;
};
struct joongang_2025_09_24_hbm final : semichain::source {
    static constexpr std::string_view id = "joongang_2025_09_24_hbm",
                                      title = "Samsung slips to 3rd place in global HBM market share in Q2 "
                                              "(Counterpoint Research, by shipments)",
                                      publisher = "Korea JoongAng Daily (Yonhap)";
    static constexpr date published = std::chrono::year{2025} / 9 / 24;
};

// --- additions --------------------------------------------------------------------------------

struct toms_hardware_2021_10_19_yitian final : semichain::source {
    static constexpr std::string_view id = "toms_hardware_2021_10_19_yitian",
                                      title = "Alibaba Develops Its Own 5nm 128-Core Arm-Based Server Chip",
                                      publisher = "Tom's Hardware",
                                      url = "https://www.tomshardware.com/news/alibaba-unveils-128-core-server-cpu";
    static constexpr date published = std::chrono::year{2021} / 10 / 19;
};
/// Alibaba never named the foundry; the press reports TSMC.
struct hardwareluxx_yitian final : semichain::source {
    static constexpr std::string_view id = "hardwareluxx_yitian",
                                      title = "Yitian 710: Alibaba lässt 128 ARM-Kerne in 5 nm fertigen",
                                      publisher = "Hardwareluxx";
};
struct register_2024_04_29_pura_70 final : semichain::source {
    static constexpr std::string_view id = "register_2024_04_29_pura_70",
                                      title = "Teardown confirms Huawei's Pura 70 contains SMIC 7nm process node",
                                      publisher = "The Register",
                                      url = "https://www.theregister.com/2024/04/29/teardown_confirms_huaweis_pura_70/";
    static constexpr date published = std::chrono::year{2024} / 4 / 29;
};
struct scmp_2024_12_kirin_9020 final : semichain::source {
    static constexpr std::string_view id = "scmp_2024_12_kirin_9020",
                                      title = "Huawei's new Mate 70 smartphone chip is 'not a major redesign', "
                                              "teardown report finds (TechInsights: SMIC N+2)",
                                      publisher = "South China Morning Post";
};
struct dealstreetasia_viewtrix final : semichain::source {
    static constexpr std::string_view id = "dealstreetasia_viewtrix",
                                      title = "China's Goodix to acquire chip design unicorn Viewtrix",
                                      publisher = "DealStreetAsia",
                                      url = "https://dealstreetasia.com/stories/"
                                            "chinas-goodix-to-acquire-chip-design-unicorn-viewtrix-422692";
};
struct netease_2026_02_lingming final : semichain::source {
    static constexpr std::string_view id = "netease_2026_02_lingming",
                                      title = "[Zhiyang Innovation's planned takeover of Lingming Photonics; its "
                                              "investors include the Xiaomi Changjiang Industry Fund]",
                                      publisher = "NetEase (163.com)", url = "https://c.m.163.com/news/a/KL1CSF2Q05118O92.html";
};
struct naviro_2020_07_10_lingming final : semichain::source {
    static constexpr std::string_view id = "naviro_2020_07_10_lingming",
                                      title = "[Interview: Lingming Photonics, founded May 2018, ships SiPM and dToF "
                                              "SPAD sensors]",
                                      publisher = "MEMS Consulting", url = "http://www.naviro.net/yejiefangtan/469.html";
    static constexpr date published = std::chrono::year{2020} / 7 / 10;
};
struct bits_chips_2023_04_05_nikon final : semichain::source {
    static constexpr std::string_view id = "bits_chips_2023_04_05_nikon",
                                      title = "Japan's export restrictions threaten to marginalize Nikon in top litho "
                                              "segment (NSR-S636E ArF immersion)",
                                      publisher = "Bits&Chips",
                                      url = "https://bits-chips.nl/artikel/"
                                            "japans-export-restrictions-threaten-to-marginalize-nikon-in-top-litho-segment/";
    static constexpr date published = std::chrono::year{2023} / 4 / 5;
};
struct technode_2022_11_16_canon final : semichain::source {
    static constexpr std::string_view id = "technode_2022_11_16_canon",
                                      title = "Canon exec shares progress in lithography and views on the Chinese chip "
                                              "market (KrF and i-line scanners)",
                                      publisher = "TechNode",
                                      url = "https://technode.com/2022/11/16/"
                                            "canon-exec-shares-progress-in-lithography-and-views-on-the-chinese-chip-market/";
    static constexpr date published = std::chrono::year{2022} / 11 / 16;
};
struct semiengineering_wafers final : semichain::source {
    static constexpr std::string_view id = "semiengineering_wafers", title = "More Silicon Wafer Consolidation",
                                      publisher = "Semiconductor Engineering",
                                      url = "https://semiengineering.com/more-silicon-wafer-consolidation";
};
struct sumitomo_chemical_2021_08_31 final : semichain::source {
    static constexpr std::string_view id = "sumitomo_chemical_2021_08_31",
                                      title = "Sumitomo Chemical to Enhance Global Production Capacity for Photoresists for "
                                              "Advanced Semiconductor Processes",
                                      publisher = "Sumitomo Chemical",
                                      url = "https://www.sumitomo-chem.co.jp/english/news/detail/20210831e.html";
    static constexpr date published = std::chrono::year{2021} / 8 / 31;
};
struct dupont_2019_04_15_litho final : semichain::source {
    static constexpr std::string_view id = "dupont_2019_04_15_litho",
                                      title = "A diverse materials portfolio is key to supporting customers in a changing "
                                              "environment",
                                      publisher = "DuPont Electronics & Imaging",
                                      url = "https://www.dupont.com/electronic-materials/blog/viewpoints/diverse-materials-portfolio.html";
    static constexpr date published = std::chrono::year{2019} / 4 / 15;
};
struct etnews_2022_12_02_dongjin final : semichain::source {
    static constexpr std::string_view id = "etnews_2022_12_02_dongjin",
                                      title = "[Samsung Electronics puts Dongjin Semichem's EUV photoresist into a mass-production line]",
                                      publisher = "ETNews", url = "https://english.etnews.com/20221202200001";
    static constexpr date published = std::chrono::year{2022} / 12 / 2;
};
struct techpowerup_fujifilm_materials final : semichain::source {
    static constexpr std::string_view id = "techpowerup_fujifilm_materials",
                                      title = "Fujifilm Pumps ¥100 Billion in Semiconductor Material Expansion to Meet Chip Demand",
                                      publisher = "TechPowerUp",
                                      url = "https://techpowerup.com/forums/threads/"
                                            "fujifilm-pumps-%C2%A5100-billion-in-semiconductor-material-expansion-to-meet-chip-demand.331656";
};
struct evertiq_2024_06_19_nsig final : semichain::source {
    static constexpr std::string_view id = "evertiq_2024_06_19_nsig",
                                      title = "[NSIG to double its 300 mm wafer capacity to 1.2 million a month]",
                                      publisher = "evertiq", url = "https://evertiq.com/news/55922";
    static constexpr date published = std::chrono::year{2024} / 6 / 19;
};

// --- value weights ------------------------------------------------------------------------------

/// Value added by activity, 2019 (rounded): EDA & core IP 4 %, design 55 %
/// (logic 29, DAO 17, memory 9), equipment 11 %, materials 5 %, wafer
/// fabrication 19 %, assembly, packaging and test 6 %. Read in a rounded
/// secondary transcription, not in the report's exhibit: status uncertain.
struct sia_bcg_2021 final : semichain::source {
    static constexpr std::string_view id = "sia_bcg_2021",
                                      title = "Strengthening the Global Semiconductor Supply Chain in an Uncertain Era "
                                              "(value added by activity, 2019)",
                                      publisher = "SIA and BCG",
                                      url = "https://www.semiconductors.org/"
                                            "strengthening-the-global-semiconductor-supply-chain-in-an-uncertain-era/";
};
/// Mate 60 Pro parts cost $422, Chinese parts 47 % by value (Nikkei Asia with
/// Fomalhaut Techno Solutions, 2023-11-13).
struct nikkei_2023_11_13_mate_60 final : semichain::source {
    static constexpr std::string_view id = "nikkei_2023_11_13_mate_60",
                                      title = "Huawei Mate 60 Pro teardown (Fomalhaut): $422 of parts, 47 % Chinese by "
                                              "value",
                                      publisher = "Nikkei Asia (via JW Insights)",
                                      url = "https://xixihai.com/huawei-mate-60-pro-teardown-reveals-47-chinese-parts-in-phone.html";
    static constexpr date published = std::chrono::year{2023} / 11 / 13;
};
/// Xiaomi 12S Ultra (8+256 GB) bill of materials about $516; processor $128,
/// memory $58 (per-part figures read in a secondary report of it).
struct counterpoint_2022_07_15_bom final : semichain::source {
    static constexpr std::string_view id = "counterpoint_2022_07_15_bom",
                                      title = "BoM Analysis: Xiaomi's 12S Ultra Costs $516",
                                      publisher = "Counterpoint Research",
                                      url = "https://counterpointresearch.com/insight/bom-analysis-xiaomi-12s-ultra";
    static constexpr date published = std::chrono::year{2022} / 7 / 15;
};

/// AI-chip component costs weighted by production volume (Nvidia, AMD, Google,
/// Amazon), Q1 2024: HBM 52 %, advanced packaging 19 %, auxiliary 15 %,
/// logic dies about 13 % (Epoch AI, 2026-05-21, read in press reports of it).
struct epoch_ai_2026_05_21_components final : semichain::source {
    static constexpr std::string_view id = "epoch_ai_2026_05_21_components",
                                      title = "AI Chip Component Explorer: HBM's share of AI-chip component costs "
                                              "(52 % in Q1 2024, 63 % in Q4 2025)",
                                      publisher = "Epoch AI (via C114)", url = "https://www.c114pro.com/ainews/166997.html";
    static constexpr date published = std::chrono::year{2026} / 5 / 21;
};

// --- assumption records -------------------------------------------------------------------------

/// A process node needs the tools of its class and wafers and photoresist.
struct assumption_node_recipe final : semichain::source {
    static constexpr std::string_view id = "assumption_node_recipe",
                                      title = "Assumption: a process node needs the usual tools for its size (scanners "
                                              "of its class, etch, deposition, metrology, cleaning, CMP, ion "
                                              "implantation, resist processing) and wafers and photoresist; no source "
                                              "lists a fab's tools",
                                      publisher = "semichain (assumption record)";
};
/// A vendor of a tool class offers its mature grade.
struct assumption_tool_grade final : semichain::source {
    static constexpr std::string_view id = "assumption_tool_grade",
                                      title = "Assumption: a maker of a tool class offers the grade given, although its "
                                              "source names the class only (no grade split is published)",
                                      publisher = "semichain (assumption record)";
};
struct assumption_memory_makers final : semichain::source {
    static constexpr std::string_view id = "assumption_memory_makers",
                                      title = "Assumption: the large DRAM and NAND makers sell mobile DRAM and NAND "
                                              "flash (common knowledge; no source in the world names it)",
                                      publisher = "semichain (assumption record)";
};
struct assumption_phone_memory final : semichain::source {
    static constexpr std::string_view id = "assumption_phone_memory",
                                      title = "Assumption: every smartphone has mobile DRAM and NAND flash",
                                      publisher = "semichain (assumption record)";
};
struct assumption_memory_tools final : semichain::source {
    static constexpr std::string_view id = "assumption_memory_tools",
                                      title = "Assumption: the HBM of the three leaders is made with advanced etch "
                                              "tools (the reason the 2024 FDP rule covers it)",
                                      publisher = "semichain (assumption record)";
};
struct assumption_design_eda final : semichain::source {
    static constexpr std::string_view id = "assumption_design_eda",
                                      title = "Assumption: a leading-node chip is designed with a digital full-flow EDA "
                                              "suite and the big three sell one",
                                      publisher = "semichain (assumption record)";
};
struct assumption_unsourced_node final : semichain::source {
    static constexpr std::string_view id = "assumption_unsourced_node",
                                      title = "Assumption: the foundry offers this node (no source in the world dates "
                                              "or confirms it)",
                                      publisher = "semichain (assumption record)";
};
struct assumption_hypothetical final : semichain::source {
    static constexpr std::string_view id = "assumption_hypothetical",
                                      title = "Assumption: a hypothetical 40 bn-transistor 3 nm design, to test the "
                                              "2025 foundry rule's thresholds",
                                      publisher = "semichain (assumption record)";
};
struct assumption_snapdragon final : semichain::source {
    static constexpr std::string_view id = "assumption_snapdragon",
                                      title = "Assumption: the Xiaomi 12S uses Qualcomm's Snapdragon 8+ Gen 1 with Arm "
                                              "Cortex cores (launch coverage, not a source in the world)",
                                      publisher = "semichain (assumption record)";
};
struct assumption_ascend_hbm final : semichain::source {
    static constexpr std::string_view id = "assumption_ascend_hbm",
                                      title = "Assumption: the Ascend 910B carries HBM like the Ascend 910",
                                      publisher = "semichain (assumption record)";
};

/// Value weights of a chip's inputs (SIA/BCG 2019 value added, uncertain):
/// wafer fabrication with its equipment and materials is 19 + 11 + 5 = 35 of
/// 100; assembly, packaging and test 6; EDA and core IP 4, split by the ETO
/// market sizes (EDA $6.8 bn, core IP $3.9 bn, both 2019) into 2.5 and 1.5.
/// So a chip's process node carries 0.35, its IP 0.015, its EDA 0.025 and its
/// packaging 0.06; the rest (0.55) is the designer's. An HBM stack of an
/// accelerator: no published cost split; the same record gives it no share.
struct assumption_weight_chip final : semichain::source {
    static constexpr std::string_view id = "assumption_weight_chip",
                                      title = "Assumption (value weight): a chip's process node 0.35 = wafer fabrication "
                                              "19 + equipment 11 + materials 5 of 100 (SIA/BCG 2019 value added); its "
                                              "packaging 0.06 (assembly, packaging, test 6); its EDA 0.025 and its core "
                                              "IP 0.015 (EDA & core IP 4, split 6.8 : 3.9 by ETO's 2019 market sizes)",
                                      publisher = "semichain (assumption record)";
};
/// A node's materials: materials are 5 of the node's 35 (SIA/BCG); of the
/// $40 bn fabrication-materials market (2022), wafers are $10.9 bn and
/// photoresists $3.3 bn (ETO, 2019): 5/35 × 10.9/40 = 0.039 and
/// 5/35 × 3.3/40 = 0.012 (years differ; the rest of the materials is not in
/// the world and counts as the foundry's). The photoresist's 0.012 is split
/// between ArF and the other resists (photoresist.hpp).
struct assumption_weight_node final : semichain::source {
    static constexpr std::string_view id = "assumption_weight_node",
                                      title = "Assumption (value weight): a node's wafers 0.039 = 5/35 × 10.9/40 and "
                                              "photoresist 0.012 = 5/35 × 3.3/40 (materials' share of fabrication "
                                              "value, SIA/BCG 2019; wafer and photoresist markets of ETO's $40 bn "
                                              "fabrication materials); the photoresist weight is split between ArF "
                                              "and other resists (assumption_weight_resist)",
                                      publisher = "semichain (assumption record)";
};
/// A phone's SoC and memory: Counterpoint's 12S Ultra BOM ($516): processor
/// $128 → 0.248, memory $58 → 0.112, split evenly between DRAM and NAND
/// (0.056 each: no split published). Used for every phone of the world (the
/// only published per-part BOM at hand); the Mate 60 Pro's $422 has no SoC
/// figure.
struct assumption_weight_phone final : semichain::source {
    static constexpr std::string_view id = "assumption_weight_phone",
                                      title = "Assumption (value weight): a phone's SoC 0.248 = $128/$516 and memory "
                                              "0.112 = $58/$516 (Counterpoint, Xiaomi 12S Ultra BOM), DRAM and NAND "
                                              "0.056 each (even split: none published); every phone of the world",
                                      publisher = "semichain (assumption record)";
};
/// An HBM accelerator's inputs, as fractions of its component cost (Epoch AI,
/// Q1 2024, the quarter nearest the Ascend chips): HBM 0.52, packaging 0.19,
/// logic die (or the node it is made on) 0.13; the auxiliary 15 % is not in
/// the world and counts as the designer's. Measured on US designs; applied to
/// Huawei's.
struct assumption_weight_accelerator final : semichain::source {
    static constexpr std::string_view id = "assumption_weight_accelerator",
                                      title = "Assumption (value weight): an HBM accelerator's HBM 0.52, packaging 0.19 "
                                              "and logic die or node 0.13 (Epoch AI, component costs of US AI chips, "
                                              "Q1 2024), applied to Huawei's Ascend",
                                      publisher = "semichain (assumption record)";
};
/// Xiaomi's companion chips (Surge C1 ISP, P1 charging, G1 battery
/// management) in its phones: no cost figure is published for any of them,
/// and Counterpoint's 12S Ultra BOM (the only per-part BOM at hand) does not
/// itemise them. Their weight is 0: the chip's value counts in the phone
/// maker's own share. The phone's maker designs the chip and the world models
/// no input of the chip, so the phone's domestic value share is the same for
/// every bloc whatever the chip's weight; only the value-weighted coverage
/// counts the chip as 0.
struct assumption_weight_companion final : semichain::source {
    static constexpr std::string_view id = "assumption_weight_companion",
                                      title = "Assumption (value weight): a Xiaomi companion chip (Surge C1, P1, G1) "
                                              "in a Xiaomi phone 0, its value counted in the maker's own share: no cost "
                                              "figure is published, and the maker's own chip with no modelled inputs "
                                              "leaves the domestic value share unchanged for any weight",
                                      publisher = "semichain (assumption record)";
};
/// A die bought from a foundry is the fabricated wafer's value.
struct assumption_weight_die final : semichain::source {
    static constexpr std::string_view id = "assumption_weight_die",
                                      title = "Assumption (value weight): a compute die bought from a foundry (or "
                                              "through an intermediary) is its process node's value: weight 1",
                                      publisher = "semichain (assumption record)";
};
/// A scanner's optics and light source: no published cost split; Zeiss SMT
/// and Cymer figures are not in the world. Weight left unknown → 0.
struct assumption_weight_unknown final : semichain::source {
    static constexpr std::string_view id = "assumption_weight_unknown",
                                      title = "Assumption (value weight): no published cost split; the weight is left "
                                              "unknown and counts 0",
                                      publisher = "semichain (assumption record)";
};

/// The sources of this header, for the model's entity list.
using data_source_types =
    type_list<technode_2018_02_09_huami, reuters_2024_10_27_sophgo, techinsights_minerva, zeusbtc_minerva,
              trendforce_2024_08_06_cxmt, digitimes_2025_10_23_cxmt, register_2022_06_23_swaysure,
              reuters_2023_03_06_factbox, joongang_2025_09_24_hbm, toms_hardware_2021_10_19_yitian, hardwareluxx_yitian,
              register_2024_04_29_pura_70, scmp_2024_12_kirin_9020, dealstreetasia_viewtrix, netease_2026_02_lingming,
              naviro_2020_07_10_lingming, bits_chips_2023_04_05_nikon, technode_2022_11_16_canon, semiengineering_wafers, evertiq_2024_06_19_nsig,
              sumitomo_chemical_2021_08_31, dupont_2019_04_15_litho, etnews_2022_12_02_dongjin, techpowerup_fujifilm_materials,
              sia_bcg_2021, nikkei_2023_11_13_mate_60, counterpoint_2022_07_15_bom, epoch_ai_2026_05_21_components, assumption_node_recipe,
              assumption_tool_grade, assumption_memory_makers, assumption_phone_memory, assumption_memory_tools,
              assumption_design_eda, assumption_unsourced_node, assumption_hypothetical, assumption_snapdragon,
              assumption_ascend_hbm, assumption_weight_chip, assumption_weight_node, assumption_weight_phone,
              assumption_weight_accelerator, assumption_weight_die, assumption_weight_companion,
              assumption_weight_unknown>;

}  // namespace semichain::world
