// Sources for the world's export-control facts: the rules' dates and licence
// policies, licences granted and revoked, accelerators' attributes, installed
// tools, observations. Each with its publisher, date (where the day is known)
// and URL, as the controls fact sheet (notes/controls_facts.md) gives them.
// Titles in square brackets say what a source is cited for, not its headline.
#pragma once

#include <semichain/core/date.hpp>
#include <semichain/core/entity.hpp>

#include <chrono>
#include <string_view>

namespace semichain::world {

/// The May 2020 FDP rule: effective 2020-05-15; items in production could ship until 2020-09-14.
struct thompson_hine_2020_05_20 final : semichain::source {
    static constexpr std::string_view id = "thompson_hine_2020_05_20",
        title = "Commerce Issues Interim Final Rule Addressing Foreign-Produced Direct Products and Specifically Targets Huawei Technologies Co., Ltd.",
        publisher = "Thompson Hine",
        url = "https://www.thompsonhine.com/publications/commerce-issues-interim-final-rule-addressing-foreign-produced-direct-products-and-specifically-targets-huawei-technologies";
    static constexpr date published = std::chrono::year{2020} / 5 / 20;
};

/// The August 2020 expansion: any item that is a direct product, or made by a plant that is, with Huawei a party.
struct paul_hastings_2020_08_19 final : semichain::source {
    static constexpr std::string_view id = "paul_hastings_2020_08_19",
        title = "Commerce Simplifies—but Expands—the Foreign Direct Product Rule for Huawei",
        publisher = "Paul Hastings",
        url = "https://www.paulhastings.com/insights/international-regulatory-enforcement/blog-commerce-simplifiesbut-expandsthe-foreign-direct-product-rule-for-huawei";
    static constexpr date published = std::chrono::year{2020} / 8 / 19;
};

/// The TGL extended on 2020-05-15 through 2020-08-13.
struct husch_blackwell_2020_05_tgl final : semichain::source {
    static constexpr std::string_view id = "husch_blackwell_2020_05_tgl",
        title = "BIS Extends Huawei TGL While Also Restricting Supply of Foreign-Produced Items to Huawei and Affiliated Entities",
        publisher = "Husch Blackwell (International Trade Insights)",
        url = "https://www.internationaltradeinsights.com/2020/05/bis-extends-huawei-tgl-while-also-restricting-supply-of-foreign-produced-items-to-huawei-and-affiliated-entities/";
};

/// The TGL issued for 2019-05-20 to 2019-08-19.
struct converge_digest_2019_05_tgl final : semichain::source {
    static constexpr std::string_view id = "converge_digest_2019_05_tgl",
        title = "[Commerce issues a 90-day temporary general licence for Huawei, 2019-05-20]",
        publisher = "Converge Digest",
        url = "https://www.convergedigest.com/2019/05/dept-of-commerce-issues-90-day-license.html";
};

/// The TGL expired as of 2020-08-13.
struct thompson_hine_2020_08_tgl final : semichain::source {
    static constexpr std::string_view id = "thompson_hine_2020_08_tgl",
        title = "Commerce Confirms Expiration of Temporary General License for Huawei Transactions, Adds Further Huawei Affiliates to Entity List and Amends Direct Product Rule",
        publisher = "Thompson Hine SmartTrade",
        url = "https://www.thompsonhinesmartrade.com/2020/08/commerce-confirms-expiration-of-temporary-general-license-for-huawei-transactions-adds-further-huawei-affiliates-to-entity-list-and-amends-direct-product-rule/";
};

/// SMIC: presumption of denial for items uniquely required at 10 nm and below (EUV included), case by case otherwise.
struct hughes_hubbard_2020_12_18 final : semichain::source {
    static constexpr std::string_view id = "hughes_hubbard_2020_12_18",
        title = "Commerce Adds Seventy-Seven Parties to Export Blacklist",
        publisher = "Hughes Hubbard & Reed",
        url = "https://www.hugheshubbard.com/news/commerce-adds-seventy-seven-parties-to-export-blacklist";
    static constexpr date published = std::chrono::year{2020} / 12 / 18;
};

/// 188 licences worth about $42 bn approved for SMIC's suppliers from 2020-11-09 to 2021-04-20.
struct reuters_2021_10_21_licences final : semichain::source {
    static constexpr std::string_view id = "reuters_2021_10_21_licences",
        title = "Huawei, SMIC suppliers received billions worth of licenses (Reuters, via MarketScreener)",
        publisher = "Reuters",
        url = "https://www.marketscreener.com/quote/stock/SEMICONDUCTOR-MANUFACTURI-6170774/news/Semiconductor-Manufacturing-International-Huawei-SMIC-suppliers-received-billions-worth-of-licens-36746633/";
    static constexpr date published = std::chrono::year{2021} / 10 / 21;
};

/// Chinese press: the licences cover mature processes such as 14 nm.
struct meterpreter_smic_licence final : semichain::source {
    static constexpr std::string_view id = "meterpreter_smic_licence",
        title = "[SMIC's suppliers are said to have US licences for mature processes (Global Times)]",
        publisher = "meterpreter.org",
        url = "https://meterpreter.org/smic-is-said-to-have-obtained-a-u-s-license/";
};

/// The 2022-10-07 rules: released 2022-10-07, published 2022-10-13.
struct afs_2022_10_advanced_computing final : semichain::source {
    static constexpr std::string_view id = "afs_2022_10_advanced_computing",
        title = "US Drops New Export Controls on the Chinese Semiconductor Industry",
        publisher = "Arent Fox Schiff",
        url = "https://www.afslaw.com/perspectives/national-security-counsel/us-drops-new-export-controls-the-chinese-semiconductor";
};

/// A chip was controlled in 2022 only if it met both the performance and the 600 GB/s interconnect tests.
struct epoch_ai_export_controls final : semichain::source {
    static constexpr std::string_view id = "epoch_ai_export_controls",
        title = "[The 2022 3A090 test: performance just below the A100 and 600 GB/s interconnect; the bandwidth test dropped in 2023]",
        publisher = "Epoch AI (Gradient Updates)",
        url = "https://epoch.ai/gradient-updates/us-export-controls-china-ai";
};

/// Published 2023-10-25, effective 2023-11-17.
struct federal_register_2023_23055 final : semichain::source {
    static constexpr std::string_view id = "federal_register_2023_23055",
        title = "Implementation of Additional Export Controls: Certain Advanced Computing Items; Supercomputer and Semiconductor End Use; Updates and Corrections (88 FR 73458)",
        publisher = "Federal Register (via federalstatelaw.com)",
        url = "https://federalstatelaw.com/federal-register/2023-23055";
    static constexpr date published = std::chrono::year{2023} / 10 / 25;
};

/// The current 3A090.a test.
struct lenzo_eccn_3a090 final : semichain::source {
    static constexpr std::string_view id = "lenzo_eccn_3a090",
        title = "[ECCN 3A090: TPP ≥ 4800, or TPP ≥ 1600 and performance density ≥ 5.92]",
        publisher = "lenzo.ai",
        url = "https://www.lenzo.ai/eccn/3a090/";
};

/// A100 figures from Nvidia's datasheet.
struct klockwood_a100 final : semichain::source {
    static constexpr std::string_view id = "klockwood_a100",
        title = "[Nvidia A100: 312 dense FP16 TFLOPS, 624 dense INT8 TOPS, 826 mm², TSMC 7 nm]",
        publisher = "Glenn Klockwood",
        url = "https://glennklockwood.com/garden/processors/A100";
};

/// The A100's NVLink bandwidth.
struct fudzilla_a100 final : semichain::source {
    static constexpr std::string_view id = "fudzilla_a100",
        title = "[Nvidia unveils the A100: NVLink 600 GB/s]",
        publisher = "Fudzilla",
        url = "https://fudzilla.com./news/ai/50832-nvidia-unveils-the-a100-tensor-core-gpu";
};

/// H100 figures from Nvidia's Hopper whitepaper.
struct klockwood_h100 final : semichain::source {
    static constexpr std::string_view id = "klockwood_h100",
        title = "[Nvidia H100 SXM5: 989.4 dense FP16 TFLOPS, NVLink 900 GB/s, 814 mm², TSMC 4N]",
        publisher = "Glenn Klockwood",
        url = "https://glennklockwood.com/garden/processors/h100";
};

/// The A800: the A100's compute, 400 GB/s interconnect, under the 2022 line.
struct tadviser_a800 final : semichain::source {
    static constexpr std::string_view id = "tadviser_a800",
        title = "[Nvidia confirms the A800 for China: NVLink cut from 600 to 400 GB/s (Reuters)]",
        publisher = "TAdviser (Reuters)",
        url = "https://tadviser.com/a/e.php?id=700768";
    static constexpr date published = std::chrono::year{2022} / 11 / 8;
};

/// The H800: about half the H100's interconnect (~300 GB/s; other sources say 400).
struct toms_hardware_h800 final : semichain::source {
    static constexpr std::string_view id = "toms_hardware_h800",
        title = "Nvidia gimps H100 Hopper GPU to sell as H800 to China",
        publisher = "Tom's Hardware",
        url = "https://www.tomshardware.com/news/nvidia-gimps-h100-hopper-gpu-to-sell-as-h800-to-china";
};

/// The H20: 296 INT8 TOPS, density 2.9, NVLink 900 GB/s.
struct tweaktown_h20 final : semichain::source {
    static constexpr std::string_view id = "tweaktown_h20",
        title = "Nvidia's tweaked H20 AI GPU enters mass production in Q2 2024, destined for China",
        publisher = "TweakTown",
        url = "https://www.tweaktown.com/news/95224/nvidias-tweaked-h20-ai-gpu-enters-mass-production-in-q2-2024-destined-for-china/index.html";
};

/// The Ascend 910's performance.
struct pureai_ascend_910 final : semichain::source {
    static constexpr std::string_view id = "pureai_ascend_910",
        title = "[Huawei's Ascend 910: 256 FP16 TFLOPS, 512 INT8 TOPS]",
        publisher = "PureAI",
        url = "https://pureai.com/articles/2019/09/03/nws-huawei-ascend-910-processor.aspx";
    static constexpr date published = std::chrono::year{2019} / 9 / 3;
};

/// The Ascend 910B: 280–400 FP16 TFLOPS (CSET), compute die 665.61 mm².
struct hardwareluxx_ascend_910b final : semichain::source {
    static constexpr std::string_view id = "hardwareluxx_ascend_910b",
        title = "[Huawei HiSilicon Ascend 910B: the switch to Chinese manufacturing shows clear differences]",
        publisher = "Hardwareluxx",
        url = "https://www.hardwareluxx.de/index.php/news/hardware/prozessoren/65016-huawei-hisilicon-ascend-910-b-wechsel-auf-chinesische-fertigung-zeigt-deutliche-unterschiede.html";
};

/// Effective 2024-12-02, with compliance dates; the SME and footnote-5 FDP rules.
struct justia_2024_28270 final : semichain::source {
    static constexpr std::string_view id = "justia_2024_28270",
        title = "Foreign-Produced Direct Product Rule Additions, and Refinements to Controls for Advanced Computing and Semiconductor Manufacturing Items (FR 2024-28270)",
        publisher = "Federal Register (via Justia)",
        url = "https://regulations.justia.com/regulations/fedreg/2024/12/05/2024-28270.html";
    static constexpr date published = std::chrono::year{2024} / 12 / 5;
};

/// The footnote-5 entities of 2024-12-02.
struct covington_2024_12_09 final : semichain::source {
    static constexpr std::string_view id = "covington_2024_12_09",
        title = "[16 footnote-5 entities, among them SMIC affiliates, SwaySure, PXW and JHICC; compliance by 2024-12-31]",
        publisher = "Covington (via publicnow)",
        url = "https://publicnow.com/view/E1471AA44EE099160E278FC652BDEB834AE0D385";
    static constexpr date published = std::chrono::year{2024} / 12 / 9;
};

/// Announced 2023-03-08; applications reviewed case by case.
struct nl_times_2023_03_08 final : semichain::source {
    static constexpr std::string_view id = "nl_times_2023_03_08",
        title = "Netherlands confirms it will restrict ASML exports to China",
        publisher = "NL Times",
        url = "https://nltimes.nl/2023/03/08/netherlands-confirms-will-restrict-asml-exports-china";
    static constexpr date published = std::chrono::year{2023} / 3 / 8;
};

/// ASML: the Dutch government partially revoked a licence for NXT:2050i and NXT:2100i shipments to China (statement of 2024-01-01).
struct asia_financial_2024_01_02 final : semichain::source {
    static constexpr std::string_view id = "asia_financial_2024_01_02",
        title = "Dutch block ASML from shipping top chip machines to China",
        publisher = "Asia Financial",
        url = "https://www.asiafinancial.com/dutch-block-asml-from-shipping-top-chip-machines-to-china";
    static constexpr date published = std::chrono::year{2024} / 1 / 2;
};

/// Japan's 23 items; individual licences for China, not a ban.
struct digitimes_2023_05_23 final : semichain::source {
    static constexpr std::string_view id = "digitimes_2023_05_23",
        title = "[Japan's export curbs on 23 items of chipmaking equipment: announced 2023-05-23, in force 2023-07-23]",
        publisher = "DigiTimes",
        url = "https://www.digitimes.com/news/a20230523VL209/japan.html";
    static constexpr date published = std::chrono::year{2023} / 5 / 23;
};

/// NXT:1970i/1980i under Dutch licensing from 2024-09-07, case by case, not an export ban.
struct export_compliance_daily_2024_09_10 final : semichain::source {
    static constexpr std::string_view id = "export_compliance_daily_2024_09_10",
        title = "[Netherlands expands chip equipment controls; ASML expects no impact]",
        publisher = "Export Compliance Daily",
        url = "http://stage.exportcompliancedaily.com/article/2024/09/10/netherlands-expands-chip-equipment-controls-asml-expects-no-impact-2409090024";
    static constexpr date published = std::chrono::year{2024} / 9 / 10;
};

/// Notices received 2024-05-07, effective immediately.
struct mezha_2024_05_08 final : semichain::source {
    static constexpr std::string_view id = "mezha_2024_05_08",
        title = "US revokes Qualcomm and Intel's license to sell Huawei chips",
        publisher = "Mezha (Reuters)",
        url = "https://mezha.media/en/2024/05/08/us-revokes-qualcomm-and-intel-s-license-to-sell-huawei-chips/amp/";
    static constexpr date published = std::chrono::year{2024} / 5 / 8;
};

/// MOFCOM/GAC Announcement No. 23 [2023]: licences for gallium and germanium items from 2023-08-01.
struct covington_2023_07_06 final : semichain::source {
    static constexpr std::string_view id = "covington_2023_07_06",
        title = "China Slaps Export Restrictions on Two Critical Metals",
        publisher = "Covington",
        url = "https://www.covingtonblogs.com/2023/07/06/china-slaps-export-restrictions-on-two-critical-metals/";
    static constexpr date published = std::chrono::year{2023} / 7 / 6;
};

/// Announced and effective 2024-12-03.
struct devevil_mofcom_46_2024 final : semichain::source {
    static constexpr std::string_view id = "devevil_mofcom_46_2024",
        title = "[MOFCOM Announcement No. 46 of 2024: licences for gallium, germanium, antimony and superhard materials to the US refused in principle]",
        publisher = "news.devevil.com",
        url = "https://news.devevil.com/china-bans-export-of-dual-use-metals-to-u-s-in-response-to-sanctions-563958.html";
};

/// The list updated 2025-06-10; ITA statement 2025-06-15.
struct taiwanlaw_2025_06_30 final : semichain::source {
    static constexpr std::string_view id = "taiwanlaw_2025_06_30",
        title = "[Taiwan's ITA adds 601 entities, Huawei and SMIC among them, to its Strategic High-Tech Commodities Entity List on 2025-06-10]",
        publisher = "taiwanlaw.com",
        url = "https://www.taiwanlaw.com/en/news_detail.php?serial=2622";
    static constexpr date published = std::chrono::year{2025} / 6 / 30;
};

/// N5 uses EUV lithography (ASML's).
struct tsmc_5nm_page final : semichain::source {
    static constexpr std::string_view id = "tsmc_5nm_page",
        title = "[TSMC 5 nm technology: EUV on up to 14 layers]",
        publisher = "TSMC",
        url = "https://www.tsmc.com/english/dedicatedFoundry/technology/5nm.htm";
};

/// EUV entered with N7+ in 2019; N7 ran on DUV immersion (weak: not said in TSMC's own words).
struct techspot_tsmc_7nm final : semichain::source {
    static constexpr std::string_view id = "techspot_tsmc_7nm",
        title = "[TSMC's transition to 7 nm EUV; ASML allocated 18 of 30 EUV systems built in 2019 to TSMC]",
        publisher = "TechSpot",
        url = "https://www.techspot.com/news/78706-update-tsmc-transition-7nm-euv-mass-production-future.html";
};

/// SMIC's 7 nm class is made without EUV, on DUV immersion.
struct design_reuse_2022_07_25 final : semichain::source {
    static constexpr std::string_view id = "design_reuse_2022_07_25",
        title = "[SMIC's 7 nm process found in MinerVa's miner SoC: DUV immersion with multi-patterning (ElectronicsWeekly)]",
        publisher = "Design&Reuse (ElectronicsWeekly)",
        url = "https://www.design-reuse.com/news/52387/smic-7nm-process.html";
    static constexpr date published = std::chrono::year{2022} / 7 / 25;
};

/// N+2 for the Kirin 9000S; ASML's critical immersion tools licensed to China.
struct digitimes_2023_09_07 final : semichain::source {
    static constexpr std::string_view id = "digitimes_2023_09_07",
        title = "[The Kirin 9000S on SMIC's N+2; the Dutch government licensed some NXT:2000i-plus shipments to China]",
        publisher = "DigiTimes",
        url = "https://apps.digitimes.com/news/a20230907PD204/0_2_10.html";
    static constexpr date published = std::chrono::year{2023} / 9 / 7;
};

/// Chinese chipmakers stockpiled years of US tools (Applied Materials named); SMIC's Non-A 40 nm line.
struct wita_nikkei_2020_09_09 final : semichain::source {
    static constexpr std::string_view id = "wita_nikkei_2020_09_09",
        title = "[China's chipmakers cut reliance on US equipment; stockpiles from Applied Materials and others; SMIC's 40 nm line without US tools (Nikkei Asia)]",
        publisher = "WITA (Nikkei Asia)",
        url = "https://www.wita.org/trade-news/china-chipmakers-cut-reliance/";
    static constexpr date published = std::chrono::year{2020} / 9 / 9;
};

/// The sources of this header, for the model's entity list.
using controls_source_types =
    type_list<thompson_hine_2020_05_20, paul_hastings_2020_08_19, husch_blackwell_2020_05_tgl, converge_digest_2019_05_tgl, thompson_hine_2020_08_tgl, hughes_hubbard_2020_12_18, reuters_2021_10_21_licences, meterpreter_smic_licence, afs_2022_10_advanced_computing, epoch_ai_export_controls, federal_register_2023_23055, lenzo_eccn_3a090, klockwood_a100, fudzilla_a100, klockwood_h100, tadviser_a800, toms_hardware_h800, tweaktown_h20, pureai_ascend_910, hardwareluxx_ascend_910b, justia_2024_28270, covington_2024_12_09, nl_times_2023_03_08, asia_financial_2024_01_02, digitimes_2023_05_23, export_compliance_daily_2024_09_10, mezha_2024_05_08, covington_2023_07_06, devevil_mofcom_46_2024, taiwanlaw_2025_06_30, tsmc_5nm_page, techspot_tsmc_7nm, design_reuse_2022_07_25, digitimes_2023_09_07, wita_nikkei_2020_09_09>;

}  // namespace semichain::world
