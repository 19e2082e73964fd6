// The built-in world's sources: the five seed articles (S000–S004) and every
// public source that the reference facts (shared/reference/facts.md) or this
// world name. Publishers and dates are as facts.md gives them; where it names
// only a publisher, the title says what the source is cited for (in square
// brackets) rather than guessing the real headline. No URL is given: facts.md
// gives none. A date is given only where the day is known.
#pragma once

#include <semichain/core/date.hpp>
#include <semichain/core/entity.hpp>

#include <chrono>
#include <string_view>

namespace semichain::world {

// --- the seed articles -------------------------------------------------------------

/// S000: Xiaomi's and Alibaba's chip strategies (machine translated).
struct s000 final : semichain::source {
    static constexpr std::string_view id = "s000",
                                      title = "The AB side of domestic semiconductor development, Xiaomi goes to the "
                                              "left, Ali goes to the right";
};
/// S001: a forum thread quoting a Nikkei summary.
struct s001 final : semichain::source {
    static constexpr std::string_view id = "s001", title = "Chinese semiconductor industry (forum thread)";
};
/// S002: a generic Huawei/SMIC piece without checkable specifics.
struct s002 final : semichain::source {
    static constexpr std::string_view id = "s002", title = "Huawei & SMIC: China's Chipmaking Duo";
};
/// S003: an untitled piece on Huawei's and Xiaomi's chips.
struct s003 final : semichain::source {
    static constexpr std::string_view id = "s003",
                                      title = "[untitled] China's biggest tech giants, Huawei and Xiaomi, have set the "
                                              "stage for a dramatic shift in the global semiconductor race";
};
/// S004: KrASIA's republication of a Nikkei Asia article (no date in the seed).
struct s004 final : semichain::source {
    static constexpr std::string_view id = "s004", title = "Inside Huawei's mission to boost China's tech prowess",
                                      publisher = "KrASIA (Nikkei Asia)";
};
/// The reference facts themselves, for facts marked public whose source
/// facts.md does not name (#75, #82, #84, #86, #96, #98, #108).
struct facts_md final : semichain::source {
    static constexpr std::string_view id = "facts_md", title = "Reference facts for the built-in world (facts.md)",
                                      publisher = "semichain project";
};

// --- export controls (facts.md §1) ---------------------------------------------------

struct thompson_hine_2019_05 final : semichain::source {
    static constexpr std::string_view id = "thompson_hine_2019_05",
                                      title = "[Huawei and 68 affiliates added to the Entity List, May 2019]",
                                      publisher = "Thompson Hine SmartTrade";
};
struct reuters_2019_05_15 final : semichain::source {
    static constexpr std::string_view id = "reuters_2019_05_15", title = "[US adds Huawei to the Entity List]",
                                      publisher = "Reuters";
    static constexpr date published = std::chrono::year{2019} / 5 / 15;
};
struct evertiq_2019 final : semichain::source {
    static constexpr std::string_view id = "evertiq_2019", title = "[46 more Huawei affiliates listed, 2019-08-19]",
                                      publisher = "evertiq";
};
struct mayer_brown_2020_05 final : semichain::source {
    static constexpr std::string_view id = "mayer_brown_2020_05",
                                      title = "[Foreign direct product rule change aimed at Huawei and HiSilicon, "
                                              "May 2020]",
                                      publisher = "Mayer Brown";
};
struct thompson_hine_2020_05 final : semichain::source {
    static constexpr std::string_view id = "thompson_hine_2020_05",
                                      title = "[The interim final rule of 2020-05-20 on the foreign direct product rule]",
                                      publisher = "Thompson Hine";
};
struct mayer_brown_2020_08 final : semichain::source {
    static constexpr std::string_view id = "mayer_brown_2020_08",
                                      title = "[FDPR expansion to any item made with US technology where Huawei is a "
                                              "party; 38 more affiliates, August 2020]",
                                      publisher = "Mayer Brown";
};
struct toms_hardware_tsmc_huawei final : semichain::source {
    static constexpr std::string_view id = "toms_hardware_tsmc_huawei",
                                      title = "[TSMC took no new Huawei orders after 2020-05-15 and shipped none after "
                                              "2020-09-14]",
                                      publisher = "Tom's Hardware";
};
struct thompson_hine_2020_12 final : semichain::source {
    static constexpr std::string_view id = "thompson_hine_2020_12",
                                      title = "[SMIC and 10 related companies added to the Entity List, December 2020]",
                                      publisher = "Thompson Hine";
};
struct federal_register_2022_10_13 final : semichain::source {
    static constexpr std::string_view id = "federal_register_2022_10_13",
                                      title = "[Advanced computing and semiconductor manufacturing items rule of "
                                              "2022-10-07]",
                                      publisher = "Federal Register";
    static constexpr date published = std::chrono::year{2022} / 10 / 13;
};
struct deloitte_unverified_list final : semichain::source {
    static constexpr std::string_view id = "deloitte_unverified_list",
                                      title = "[YMTC placed on the Unverified List, 2022-10-07]", publisher = "Deloitte";
};
struct iti_2022_12 final : semichain::source {
    static constexpr std::string_view id = "iti_2022_12",
                                      title = "[36 entities added to the Entity List incl. YMTC, SMEE, PXW; Cambricon "
                                              "under the footnote-4 FDPR, December 2022]",
                                      publisher = "International Trade Insights";
};
struct asml_statement_2023_03 final : semichain::source {
    static constexpr std::string_view id = "asml_statement_2023_03",
                                      title = "[Dutch licence for critical immersion scanners, NXT:2000i and later]",
                                      publisher = "ASML";
};
struct export_compliance_daily_2023_07_03 final : semichain::source {
    static constexpr std::string_view id = "export_compliance_daily_2023_07_03",
                                      title = "[Dutch DUV immersion licensing effective 2023-09-01]",
                                      publisher = "Export Compliance Daily";
    static constexpr date published = std::chrono::year{2023} / 7 / 3;
};
struct bits_chips_2020_01_20 final : semichain::source {
    static constexpr std::string_view id = "bits_chips_2020_01_20",
                                      title = "[No Dutch EUV licence for China; licence not renewed in 2019]",
                                      publisher = "Bits&Chips";
    static constexpr date published = std::chrono::year{2020} / 1 / 20;
};
struct bits_chips_2023_10_23 final : semichain::source {
    static constexpr std::string_view id = "bits_chips_2023_10_23",
                                      title = "[US rule reaches NXT:1970i/1980i; overlay lines 1.5 nm (NL) and 2.4 nm "
                                              "(US)]",
                                      publisher = "Bits&Chips";
    static constexpr date published = std::chrono::year{2023} / 10 / 23;
};
struct dutchnews_2024_01 final : semichain::source {
    static constexpr std::string_view id = "dutchnews_2024_01",
                                      title = "[ASML's licence for NXT:2050i/2100i to some Chinese customers partly "
                                              "revoked]",
                                      publisher = "DutchNews";
};
struct nl_times_2024_09_06 final : semichain::source {
    static constexpr std::string_view id = "nl_times_2024_09_06",
                                      title = "[Dutch licensing extended to NXT:1970i/1980i from 2024-09-07]",
                                      publisher = "NL Times";
    static constexpr date published = std::chrono::year{2024} / 9 / 6;
};
struct japan_times_2023_07_23 final : semichain::source {
    static constexpr std::string_view id = "japan_times_2023_07_23",
                                      title = "[Japan: licences for 23 chipmaking equipment items]",
                                      publisher = "The Japan Times";
    static constexpr date published = std::chrono::year{2023} / 7 / 23;
};
struct thompson_hine_2024_12 final : semichain::source {
    static constexpr std::string_view id = "thompson_hine_2024_12",
                                      title = "[December 2024 package: 140 listings, equipment, HBM, new FDPRs]",
                                      publisher = "Thompson Hine";
};
struct morgan_lewis_2024_12 final : semichain::source {
    static constexpr std::string_view id = "morgan_lewis_2024_12",
                                      title = "[December 2024 package: HBM under 3A090.c]", publisher = "Morgan Lewis";
};
struct yicai_global_2024_12 final : semichain::source {
    static constexpr std::string_view id = "yicai_global_2024_12",
                                      title = "[Naura, Piotech, Empyrean units, Skyverse, ACM Research Korea among the "
                                              "140 listings]",
                                      publisher = "Yicai Global";
};
struct federal_register_2025_00711 final : semichain::source {
    static constexpr std::string_view id = "federal_register_2025_00711",
                                      title = "[Foundry due-diligence rule, Federal Register document 2025-00711]",
                                      publisher = "Federal Register";
    static constexpr date published = std::chrono::year{2025} / 1 / 16;
};
struct taiwan_news_2025_01 final : semichain::source {
    static constexpr std::string_view id = "taiwan_news_2025_01",
                                      title = "[Below 30 billion transistors escapes the foundry presumption]",
                                      publisher = "Taiwan News (Nikkei)";
};
struct dcd_sophgo_2025_01 final : semichain::source {
    static constexpr std::string_view id = "dcd_sophgo_2025_01",
                                      title = "[Sophgo among 16 Entity List additions; its TSMC order matched a die "
                                              "found in Ascend 910B]",
                                      publisher = "DatacenterDynamics";
};

// --- Huawei (facts.md §2) ----------------------------------------------------------------

struct scmp_hisilicon final : semichain::source {
    static constexpr std::string_view id = "scmp_hisilicon",
                                      title = "[HiSilicon, Huawei's chip-design unit; Kirin 9000 on TSMC 5 nm]",
                                      publisher = "South China Morning Post";
};
struct equalocean_kirin_9000 final : semichain::source {
    static constexpr std::string_view id = "equalocean_kirin_9000",
                                      title = "[Kirin 9000: TSMC 5 nm, 15.3 billion transistors, Mate 40 series]",
                                      publisher = "EqualOcean";
};
struct techinsights_kirin_9000s final : semichain::source {
    static constexpr std::string_view id = "techinsights_kirin_9000s",
                                      title = "[Kirin 9000S in the Mate 60 Pro made on SMIC 7 nm (N+2)]",
                                      publisher = "TechInsights";
};
struct press_mate_70 final : semichain::source {
    static constexpr std::string_view id = "press_mate_70", title = "[Mate 70 series launched 2024-11-26]",
                                      publisher = "press reports (unnamed in facts.md)";
};
struct smic_press_sj final : semichain::source {
    static constexpr std::string_view id = "smic_press_sj",
                                      title = "[SJ Semiconductor founded 2014 in Jiangyin as a SMIC–JCET joint venture]",
                                      publisher = "SMIC (press release)";
};
struct scmp_2021_08_05 final : semichain::source {
    static constexpr std::string_view id = "scmp_2021_08_05",
                                      title = "[SiEn (Qingdao), founded 2018 by Richard Chang; 8-inch production from "
                                              "2021]",
                                      publisher = "South China Morning Post";
    static constexpr date published = std::chrono::year{2021} / 8 / 5;
};
struct bloomberg_2022_10_pxw final : semichain::source {
    static constexpr std::string_view id = "bloomberg_2022_10_pxw",
                                      title = "[PengXinWei: a Shenzhen fab whose output Huawei is expected to buy]",
                                      publisher = "Bloomberg";
};
struct advisor_perspectives_pxw final : semichain::source {
    static constexpr std::string_view id = "advisor_perspectives_pxw",
                                      title = "[PXW on the Entity List, 2022-12-16]",
                                      publisher = "Advisor Perspectives (Bloomberg)";
};
struct nikkei_asia_2022_12_29 final : semichain::source {
    static constexpr std::string_view id = "nikkei_asia_2022_12_29", title = "[Fujian Jinhua's DRAM fab restarted]",
                                      publisher = "Nikkei Asia";
    static constexpr date published = std::chrono::year{2022} / 12 / 29;
};
struct linley_ascend_910 final : semichain::source {
    static constexpr std::string_view id = "linley_ascend_910",
                                      title = "[Ascend 910: TSMC N7+, compute die, I/O die and four HBM stacks]",
                                      publisher = "The Linley Group";
};
struct tweakers_ascend_910b final : semichain::source {
    static constexpr std::string_view id = "tweakers_ascend_910b",
                                      title = "[Ascend 910B: Huawei says SMIC; teardowns found TSMC 7 nm dies]",
                                      publisher = "Tweakers";
};
struct csis_ascend_910b final : semichain::source {
    static constexpr std::string_view id = "csis_ascend_910b", title = "[Ascend 910B foundry disputed]",
                                      publisher = "CSIS";
};
struct semiwiki_ascend_910c final : semichain::source {
    static constexpr std::string_view id = "semiwiki_ascend_910c",
                                      title = "[Ascend 910C: die count and foundry disputed]", publisher = "SemiWiki";
};
struct notebookcheck_ascend_910c final : semichain::source {
    static constexpr std::string_view id = "notebookcheck_ascend_910c",
                                      title = "[Ascend 910C teardown: TSMC dies, HBM2E from Samsung and SK Hynix]",
                                      publisher = "Notebookcheck";
};

// --- Xiaomi and Alibaba (facts.md §3–4) --------------------------------------------------

struct engadget_2017_02_20 final : semichain::source {
    static constexpr std::string_view id = "engadget_2017_02_20",
                                      title = "[Pinecone, created 2014; Leadcore technology and team]",
                                      publisher = "Engadget";
    static constexpr date published = std::chrono::year{2017} / 2 / 20;
};
struct hothardware_surge_s1 final : semichain::source {
    static constexpr std::string_view id = "hothardware_surge_s1",
                                      title = "[Surge S1: TSMC 28 nm HPC+, eight Cortex-A53 cores, Mi 5c]",
                                      publisher = "HotHardware";
};
struct wareable_huangshan final : semichain::source {
    static constexpr std::string_view id = "wareable_huangshan",
                                      title = "[Huami Huangshan No. 1, a RISC-V wearable AI chip]", publisher = "Wareable";
};
struct xiaomiui_surge_c1 final : semichain::source {
    static constexpr std::string_view id = "xiaomiui_surge_c1",
                                      title = "[Surge C1 image signal processor in the Mi MIX Fold]", publisher = "xiaomiui";
};
struct press_surge_p1 final : semichain::source {
    static constexpr std::string_view id = "press_surge_p1", title = "[Surge P1 charging chip in the Xiaomi 12 Pro]",
                                      publisher = "press reports (unnamed in facts.md)";
};
struct press_surge_g1 final : semichain::source {
    static constexpr std::string_view id = "press_surge_g1",
                                      title = "[Surge G1 battery management chip in the Xiaomi 12S, 2022-07-04]",
                                      publisher = "press reports (unnamed in facts.md)";
};
struct trendforce_2023_11_02 final : semichain::source {
    static constexpr std::string_view id = "trendforce_2023_11_02",
                                      title = "[XRING (Shanghai Xuanjie) founded December 2021]", publisher = "TrendForce";
    static constexpr date published = std::chrono::year{2023} / 11 / 2;
};
struct press_2025_05_23 final : semichain::source {
    static constexpr std::string_view id = "press_2025_05_23",
                                      title = "[XRING O1: TSMC N3E, 19 billion transistors, 109 mm², unveiled 2025-05-22]",
                                      publisher = "press reports (unnamed in facts.md)";
    static constexpr date published = std::chrono::year{2025} / 5 / 23;
};
struct pandaily_fund final : semichain::source {
    static constexpr std::string_view id = "pandaily_fund",
                                      title = "[Changjiang Xiaomi Industry Fund, RMB 12 bn, registered 2017-12-07]",
                                      publisher = "Pandaily";
};
struct technode_c_sky final : semichain::source {
    static constexpr std::string_view id = "technode_c_sky", title = "[Alibaba acquires C-SKY, 2018-04-20]",
                                      publisher = "TechNode";
};
struct digitimes_t_head final : semichain::source {
    static constexpr std::string_view id = "digitimes_t_head",
                                      title = "[T-Head formed from C-SKY and the DAMO Academy chip team, 2018-09-19]",
                                      publisher = "DigiTimes";
};
struct taipei_times_xuantie final : semichain::source {
    static constexpr std::string_view id = "taipei_times_xuantie",
                                      title = "[XuanTie 910, a 16-core RISC-V processor, 2019-07-25]",
                                      publisher = "Taipei Times";
};
struct linley_hanguang_800 final : semichain::source {
    static constexpr std::string_view id = "linley_hanguang_800",
                                      title = "[Hanguang 800: AI inference chip, TSMC 12 nm, 17 billion transistors]",
                                      publisher = "The Linley Group";
};
struct semimedia_alibaba final : semichain::source {
    static constexpr std::string_view id = "semimedia_alibaba",
                                      title = "[Alibaba's chip investments: Cambricon, Barefoot, DeePhi, Kneron, ASR]",
                                      publisher = "SemiMedia";
};

// --- lithography, packaging, memory (facts.md §5) -----------------------------------------

struct tsmc_3dfabric final : semichain::source {
    static constexpr std::string_view id = "tsmc_3dfabric", title = "[3DFabric: CoWoS-S, CoWoS-R, CoWoS-L, InFO, SoIC]",
                                      publisher = "TSMC";
};
struct yole_2016_info final : semichain::source {
    static constexpr std::string_view id = "yole_2016_info",
                                      title = "[InFO-PoP's first high-volume use in Apple's A10, 2016]",
                                      publisher = "Yole Développement";
};
struct anandtech_soic final : semichain::source {
    static constexpr std::string_view id = "anandtech_soic", title = "[SoIC: TSMC's hybrid-bonded 3D stacking]",
                                      publisher = "AnandTech";
};
struct trendforce_hbm final : semichain::source {
    static constexpr std::string_view id = "trendforce_hbm",
                                      title = "[HBM: JEDEC standard 2013; HBM3E sampled 2023; HBM4 standard 2025-04]",
                                      publisher = "TrendForce";
};

// --- public sources this world adds (not in facts.md) -------------------------------------

struct laser_focus_world_2012_10_17 final : semichain::source {
    static constexpr std::string_view id = "laser_focus_world_2012_10_17",
                                      title = "ASML to buy extreme-UV light-source maker Cymer",
                                      publisher = "Laser Focus World";
    static constexpr date published = std::chrono::year{2012} / 10 / 17;
};
struct lithoguru_2012_cymer final : semichain::source {
    static constexpr std::string_view id = "lithoguru_2012_cymer",
                                      title = "ASML to Buy Cymer (Cymer and Gigaphoton each supply about half of "
                                              "ASML's 193 nm lasers)",
                                      publisher = "lithoguru.com (Chris Mack)";
};
struct asml_zeiss_2016_11_03 final : semichain::source {
    static constexpr std::string_view id = "asml_zeiss_2016_11_03",
                                      title = "ZEISS and ASML Strengthen Partnership for Next Generation of EUV "
                                              "Lithography Due in Early 2020s",
                                      publisher = "ASML and ZEISS (press release)";
    static constexpr date published = std::chrono::year{2016} / 11 / 3;
};
struct svbj_toolmakers final : semichain::source {
    static constexpr std::string_view id = "svbj_toolmakers",
                                      title = "[Applied Materials (Santa Clara), KLA (Milpitas) and Lam Research "
                                              "(Fremont) and the Dutch/Japanese tool curbs]",
                                      publisher = "Silicon Valley Business Journal";
};
struct reuters_factbox_equipment final : semichain::source {
    static constexpr std::string_view id = "reuters_factbox_equipment",
                                      title = "[Factbox: Chinese chipmaking equipment makers fill the gap left by US "
                                              "curbs (SMEE 90 nm scanners; Naura etch 55/28 nm, deposition 14–28 nm)]",
                                      publisher = "Reuters (via MarketScreener)";
};
struct trendforce_2025_06_03_amec final : semichain::source {
    static constexpr std::string_view id = "trendforce_2025_06_03_amec",
                                      title = "China's AMEC Reportedly Saw Plasma Etching Grow at 50% CAGR, Backs 5nm "
                                              "Without EUV",
                                      publisher = "TrendForce";
    static constexpr date published = std::chrono::year{2025} / 6 / 3;
};
struct evertiq_2020_07_10_acm final : semichain::source {
    static constexpr std::string_view id = "evertiq_2020_07_10_acm",
                                      title = "ACM Research starts construction of new facility in Shanghai",
                                      publisher = "evertiq";
    static constexpr date published = std::chrono::year{2020} / 7 / 10;
};
struct japan_times_2019_10_09 final : semichain::source {
    static constexpr std::string_view id = "japan_times_2019_10_09",
                                      title = "Japanese manufacturers use decades of experience to dominate key "
                                              "chemical market for cutting-edge chips",
                                      publisher = "The Japan Times";
    static constexpr date published = std::chrono::year{2019} / 10 / 9;
};
struct iphoneglance_2020_10_27 final : semichain::source {
    static constexpr std::string_view id = "iphoneglance_2020_10_27",
                                      title = "Huawei Officially Announces Kirin 9000 and Kirin 9000E SoCs "
                                              "(Cortex-A77/A55 cores)",
                                      publisher = "iPhoneGlance";
    static constexpr date published = std::chrono::year{2020} / 10 / 27;
};
struct io_tech_kirin_9000 final : semichain::source {
    static constexpr std::string_view id = "io_tech_kirin_9000",
                                      title = "[Kirin 9000 announced: 15.3 billion transistors on a 5 nm EUV process]",
                                      publisher = "io-tech.fi";
};

/// Every source of the world, for the model's entity list.
using source_types =
    type_list<s000, s001, s002, s003, s004, facts_md, thompson_hine_2019_05, reuters_2019_05_15, evertiq_2019,
              mayer_brown_2020_05, thompson_hine_2020_05, mayer_brown_2020_08, toms_hardware_tsmc_huawei,
              thompson_hine_2020_12, federal_register_2022_10_13, deloitte_unverified_list, iti_2022_12,
              asml_statement_2023_03, export_compliance_daily_2023_07_03, bits_chips_2020_01_20, bits_chips_2023_10_23,
              dutchnews_2024_01, nl_times_2024_09_06, japan_times_2023_07_23, thompson_hine_2024_12,
              morgan_lewis_2024_12, yicai_global_2024_12, federal_register_2025_00711, taiwan_news_2025_01,
              dcd_sophgo_2025_01, scmp_hisilicon, equalocean_kirin_9000, techinsights_kirin_9000s, press_mate_70,
              smic_press_sj, scmp_2021_08_05, bloomberg_2022_10_pxw, advisor_perspectives_pxw, nikkei_asia_2022_12_29,
              linley_ascend_910, tweakers_ascend_910b, csis_ascend_910b, semiwiki_ascend_910c,
              notebookcheck_ascend_910c, engadget_2017_02_20, hothardware_surge_s1, wareable_huangshan,
              xiaomiui_surge_c1, press_surge_p1, press_surge_g1, trendforce_2023_11_02, press_2025_05_23,
              pandaily_fund, technode_c_sky, digitimes_t_head, taipei_times_xuantie, linley_hanguang_800,
              semimedia_alibaba, tsmc_3dfabric, yole_2016_info, anandtech_soic, trendforce_hbm,
              laser_focus_world_2012_10_17, lithoguru_2012_cymer, asml_zeiss_2016_11_03, svbj_toolmakers,
              reuters_factbox_equipment, trendforce_2025_06_03_amec, evertiq_2020_07_10_acm, japan_times_2019_10_09,
              iphoneglance_2020_10_27, io_tech_kirin_9000>;

}  // namespace semichain::world
