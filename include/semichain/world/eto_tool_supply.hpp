// ETO-DERIVED FIGURES — licence CC BY-NC 4.0, not BSL-1.0.
//
// Every figure in this header comes from the Emerging Technology Observatory's
// Chip Explorer data set (ETO, Center for Security and Emerging Technology,
// Georgetown University; georgetown-cset/eto-chip-explorer, commit
// 46e010644c2399c812fd89c62cd6297e9cf58525), licensed under Creative Commons
// Attribution-NonCommercial 4.0 (https://creativecommons.org/licenses/by-nc/4.0/).
// The rows cited here all carry the source text "CSET analysis of TechInsights
// data (2025). Data used for analysis were published by TechInsights on July 3,
// 2026." Only the figures used are cited, one offering at a time; the data set
// itself is not copied. See NOTICE.
//
// The header gives the world's fab-tool offerings with the providers' shares of
// the ETO input each tool item names (its `eto_input` attribute), the latest
// year of each row, and the companies that ETO lists with 2 % or more of such
// an input and that the world has no other source for. Define
// SEMICHAIN_WORLD_WITHOUT_ETO (CMake: -DSEMICHAIN_WORLD_WITHOUT_ETO=ON) to build
// the world without this header: world/tool_supply.hpp then gives the same tool
// offerings without shares, sourced as before, and these companies are absent.
//
// ETO splits no tool class by grade. A share on an "advanced" or "mature" item
// is the provider's share of the whole class; whether a provider offers the
// advanced grade is the row's status: public where a source says so, otherwise
// assumption (assumption_tool_grade) or uncertain. Two world items span two ETO
// inputs; their shares are the inputs' shares weighted by the inputs' market
// sizes (derived; the arithmetic is beside the rows).
#pragma once

#include <semichain/core/country.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/core/role.hpp>
#include <semichain/model/relations.hpp>
#include <semichain/world/companies.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_data.hpp>
#include <semichain/world/tools.hpp>

#include <string_view>

namespace semichain::world {

// --- the ETO inputs cited ------------------------------------------------------------------

struct eto_n20 final : semichain::source {
    static constexpr std::string_view id = "eto_n20",
                                      title = "ETO Chip Explorer, input N20 EUV lithography tools: provider shares, market $13 billion "
                                              "(2025). Row source: CSET analysis of TechInsights data (2025). Data used for analysis "
                                              "were published by TechInsights on July 3, 2026. Licence CC BY-NC 4.0",
                                      publisher = "Emerging Technology Observatory (CSET, Georgetown University)",
                                      url = "https://chipexplorer.eto.tech/";
};
struct eto_n22 final : semichain::source {
    static constexpr std::string_view id = "eto_n22",
                                      title = "ETO Chip Explorer, input N22 ArF immersion (DUV) lithography tools: provider shares, "
                                              "market $11.7 billion (2025). Row source: CSET analysis of TechInsights data (2025). Data "
                                              "used for analysis were published by TechInsights on July 3, 2026. Licence CC BY-NC 4.0",
                                      publisher = "Emerging Technology Observatory (CSET, Georgetown University)",
                                      url = "https://chipexplorer.eto.tech/";
};
struct eto_n21_n105 final : semichain::source {
    static constexpr std::string_view id = "eto_n21_n105",
                                      title = "ETO Chip Explorer, input N21 + N105 ArF dry (DUV) lithography tools ($508 million) and "
                                              "KrF (DUV) lithography tools ($1.7 billion), 2025: provider shares. Row source: CSET "
                                              "analysis of TechInsights data (2025). Data used for analysis were published by "
                                              "TechInsights on July 3, 2026. Licence CC BY-NC 4.0",
                                      publisher = "Emerging Technology Observatory (CSET, Georgetown University)",
                                      url = "https://chipexplorer.eto.tech/";
};
struct eto_n103 final : semichain::source {
    static constexpr std::string_view id = "eto_n103",
                                      title = "ETO Chip Explorer, input N103 Dry etch tools: provider shares, market $21.9 billion "
                                              "(2025). Row source: CSET analysis of TechInsights data (2025). Data used for analysis "
                                              "were published by TechInsights on July 3, 2026. Licence CC BY-NC 4.0",
                                      publisher = "Emerging Technology Observatory (CSET, Georgetown University)",
                                      url = "https://chipexplorer.eto.tech/";
};
struct eto_n36 final : semichain::source {
    static constexpr std::string_view id = "eto_n36",
                                      title = "ETO Chip Explorer, input N36 Deposition tools: provider shares, market $26.2 billion "
                                              "(2025). Row source: CSET analysis of TechInsights data (2025). Data used for analysis "
                                              "were published by TechInsights on July 3, 2026. Licence CC BY-NC 4.0",
                                      publisher = "Emerging Technology Observatory (CSET, Georgetown University)",
                                      url = "https://chipexplorer.eto.tech/";
};
struct eto_n60 final : semichain::source {
    static constexpr std::string_view id = "eto_n60",
                                      title = "ETO Chip Explorer, input N60 Process control tools: provider shares, market $15.7 billion "
                                              "(2025). Row source: CSET analysis of TechInsights data (2025). Data used for analysis "
                                              "were published by TechInsights on July 3, 2026. Licence CC BY-NC 4.0",
                                      publisher = "Emerging Technology Observatory (CSET, Georgetown University)",
                                      url = "https://chipexplorer.eto.tech/";
};
struct eto_n49_n102 final : semichain::source {
    static constexpr std::string_view id = "eto_n49_n102",
                                      title = "ETO Chip Explorer, input N49 + N102 Wet etching and cleaning tools ($7.1 billion) and dry "
                                              "clean tools ($432.6 million), 2025: provider shares. Row source: CSET analysis of "
                                              "TechInsights data (2025). Data used for analysis were published by TechInsights on July "
                                              "3, 2026. Licence CC BY-NC 4.0",
                                      publisher = "Emerging Technology Observatory (CSET, Georgetown University)",
                                      url = "https://chipexplorer.eto.tech/";
};
struct eto_n86 final : semichain::source {
    static constexpr std::string_view id = "eto_n86",
                                      title = "ETO Chip Explorer, input N86 CMP tools: provider shares, market $3.1 billion (2025). Row "
                                              "source: CSET analysis of TechInsights data (2025). Data used for analysis were published "
                                              "by TechInsights on July 3, 2026. Licence CC BY-NC 4.0",
                                      publisher = "Emerging Technology Observatory (CSET, Georgetown University)",
                                      url = "https://chipexplorer.eto.tech/";
};

// --- companies ETO lists with 2 % or more of a mapped input ------------------------------
// Headquarters: ETO providers.csv.

/// wet etching and cleaning tools.
struct screen_holdings final : company {
    static constexpr std::string_view id = "screen_holdings", name = "Screen Holdings";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::equipment};
    using source = eto_n49_n102;
    static constexpr status certainty = status::public_;
};
/// CMP tools.
struct ebara final : company {
    static constexpr std::string_view id = "ebara", name = "EBARA";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::equipment};
    using source = eto_n86;
    static constexpr status certainty = status::public_;
};
/// dry clean and dry strip tools.
struct psk final : company {
    static constexpr std::string_view id = "psk", name = "PSK";
    static constexpr country headquarters = countries::KOR;
    static constexpr role_set roles{role::equipment};
    using source = eto_n49_n102;
    static constexpr status certainty = status::public_;
};
/// deposition (ALD, epitaxy) tools.
struct asm_international final : company {
    static constexpr std::string_view id = "asm_international", name = "ASM International";
    static constexpr country headquarters = countries::NLD;
    static constexpr role_set roles{role::equipment};
    using source = eto_n36;
    static constexpr status certainty = status::public_;
};
/// photomask inspection tools.
struct lasertec final : company {
    static constexpr std::string_view id = "lasertec", name = "Lasertec";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::equipment};
    using source = eto_n60;
    static constexpr status certainty = status::public_;
};
/// metrology (CD-SEM) and etch tools.
struct hitachi_high_tech final : company {
    static constexpr std::string_view id = "hitachi_high_tech", name = "Hitachi High-Tech";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::equipment};
    using source = eto_n60;
    static constexpr status certainty = status::public_;
};
/// cleaning tools.
struct semes final : company {
    static constexpr std::string_view id = "semes", name = "SEMES";
    static constexpr country headquarters = countries::KOR;
    static constexpr role_set roles{role::equipment};
    using source = eto_n49_n102;
    static constexpr status certainty = status::public_;
};
/// film and shape metrology tools.
struct nova final : company {
    static constexpr std::string_view id = "nova", name = "Nova";
    static constexpr country headquarters = countries::ISR;
    static constexpr role_set roles{role::equipment};
    using source = eto_n60;
    static constexpr status certainty = status::public_;
};
/// deposition (batch furnace) tools.
struct kokusai_electric final : company {
    static constexpr std::string_view id = "kokusai_electric", name = "Kokusai Electric";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::equipment};
    using source = eto_n36;
    static constexpr status certainty = status::public_;
};
/// metrology and inspection tools.
struct onto_innovation final : company {
    static constexpr std::string_view id = "onto_innovation", name = "Onto Innovation";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::equipment};
    using source = eto_n60;
    static constexpr status certainty = status::public_;
};

/// The tool supply's sources, companies and items beyond those of the rest of
/// the world (for the model's entity list).
using eto_tool_supply_source_types = type_list<eto_n20, eto_n22, eto_n21_n105, eto_n103, eto_n36, eto_n60, eto_n49_n102, eto_n86>;
using eto_tool_supply_company_types = type_list<screen_holdings, ebara, psk, asm_international, lasertec, hitachi_high_tech,
                                                semes, nova, kokusai_electric, onto_innovation>;

/// Calls `f` with every fab-tool offering of the world, with ETO shares; returns its result.
template <class F>
constexpr auto with_eto_tool_supply(F&& f) {
    using enum semichain::status;
    return f(
        // --- lithography. N20 EUV: ASML 100.0 %.
        provides<asml, euv_scanner, eto_n20>{.share = share{1.0}, .certainty = public_},
        // N22 ArF immersion: ASML 99.3 %, "Various companies" 0.7 % (JPN 0.7 %).
        // The three immersion items are slices of N22 by model; the share is
        // ASML's share of all ArF immersion scanners.
        provides<asml, duv_immersion_critical, eto_n22>{.share = share{0.993}, .certainty = public_},
        provides<asml, duv_immersion_1980i, eto_n22>{.share = share{0.993}, .certainty = public_},
        provides<asml, duv_immersion_mature, eto_n22>{.share = share{0.993}, .certainty = assumption},
        // DUV dry = N21 ArF dry ($508 m: ASML 94.4, Nikon 5.6 %) + N105 KrF
        // ($1.7 bn: ASML 66.0, Canon 31.0, Nikon 3.0 %), by market size
        // (derived): ASML (0.944·508 + 0.66·1700)/2208 = 0.725, Canon
        // 0.31·1700/2208 = 0.239, Nikon (0.056·508 + 0.03·1700)/2208 = 0.036.
        // SMEE is in neither input (its share is unknown).
        provides<asml, duv_dry_scanner, eto_n21_n105>{.share = share{0.725}, .certainty = public_},
        provides<canon, duv_dry_scanner, eto_n21_n105>{.share = share{0.239}, .certainty = public_},
        provides<nikon, duv_dry_scanner, eto_n21_n105>{.share = share{0.036}, .certainty = public_},
        provides<smee, duv_dry_scanner, reuters_factbox_equipment>{.certainty = public_},

        // --- N103 dry etch: Lam 41.1, TEL 23.4, Applied 17.4, AMEC 6.3, NAURA
        //     5.9, Hitachi 2.3, KLA 1.2 (below 2 %: not given), various 2.5 %.
        //     Advanced grade: AMEC public (5 nm at TSMC), TEL as before
        //     (Reuters), Lam and Applied an assumption; NAURA's etch is for
        //     55/28 nm (Reuters factbox): mature only.
        provides<lam_research, etch_advanced, eto_n103>{.share = share{0.411}, .certainty = assumption},
        provides<tokyo_electron, etch_advanced, eto_n103>{.share = share{0.234}, .certainty = public_},
        provides<applied_materials, etch_advanced, eto_n103>{.share = share{0.174}, .certainty = assumption},
        provides<amec, etch_advanced, eto_n103>{.share = share{0.063}, .certainty = public_},
        provides<lam_research, etch_mature, eto_n103>{.share = share{0.411}, .certainty = public_},
        provides<tokyo_electron, etch_mature, eto_n103>{.share = share{0.234}, .certainty = public_},
        provides<applied_materials, etch_mature, eto_n103>{.share = share{0.174}, .certainty = public_},
        provides<amec, etch_mature, eto_n103>{.share = share{0.063}, .certainty = public_},
        provides<naura, etch_mature, eto_n103>{.share = share{0.059}, .certainty = public_},
        provides<hitachi_high_tech, etch_mature, eto_n103>{.share = share{0.023}, .certainty = public_},

        // --- N36 deposition: Applied 41.2, Lam 16.9, ASM International 10.9,
        //     TEL 9.7, NAURA 6.3, Kokusai 3.3, Piotech 2.6 % (Wonik 1.6,
        //     Veeco 1.3, Aixtron 1.1: below 2 %), various 5.1 %. Advanced
        //     grade: NAURA's "14–28 nm" could not be read in full (uncertain),
        //     Piotech uncertain as before, the others an assumption.
        provides<applied_materials, deposition_advanced, eto_n36>{.share = share{0.412}, .certainty = assumption},
        provides<lam_research, deposition_advanced, eto_n36>{.share = share{0.169}, .certainty = assumption},
        provides<asm_international, deposition_advanced, eto_n36>{.share = share{0.109}, .certainty = assumption},
        provides<tokyo_electron, deposition_advanced, eto_n36>{.share = share{0.097}, .certainty = assumption},
        provides<naura, deposition_advanced, eto_n36>{.share = share{0.063}, .certainty = uncertain},
        provides<kokusai_electric, deposition_advanced, eto_n36>{.share = share{0.033}, .certainty = assumption},
        provides<piotech, deposition_advanced, eto_n36>{.share = share{0.026}, .certainty = uncertain},
        provides<applied_materials, deposition_mature, eto_n36>{.share = share{0.412}, .certainty = public_},
        provides<lam_research, deposition_mature, eto_n36>{.share = share{0.169}, .certainty = public_},
        provides<asm_international, deposition_mature, eto_n36>{.share = share{0.109}, .certainty = public_},
        provides<tokyo_electron, deposition_mature, eto_n36>{.share = share{0.097}, .certainty = public_},
        provides<naura, deposition_mature, eto_n36>{.share = share{0.063}, .certainty = public_},
        provides<kokusai_electric, deposition_mature, eto_n36>{.share = share{0.033}, .certainty = public_},
        provides<piotech, deposition_mature, eto_n36>{.share = share{0.026}, .certainty = public_},

        // --- N60 process control: KLA 56.8, Applied 11.2, Lasertec 6.4,
        //     Hitachi 6.2, ASML 5.9, Nova 4.3, Onto 2.6 % (CAMTEK 1.6, Rigaku
        //     1.2: below 2 %), various 3.8 %. Advanced grade: an assumption for
        //     all; Skyverse (no ETO share) is in fab_supply.hpp.
        provides<kla, metrology_advanced, eto_n60>{.share = share{0.568}, .certainty = assumption},
        provides<applied_materials, metrology_advanced, eto_n60>{.share = share{0.112}, .certainty = assumption},
        provides<lasertec, metrology_advanced, eto_n60>{.share = share{0.064}, .certainty = assumption},
        provides<hitachi_high_tech, metrology_advanced, eto_n60>{.share = share{0.062}, .certainty = assumption},
        provides<asml, metrology_advanced, eto_n60>{.share = share{0.059}, .certainty = assumption},
        provides<nova, metrology_advanced, eto_n60>{.share = share{0.043}, .certainty = assumption},
        provides<onto_innovation, metrology_advanced, eto_n60>{.share = share{0.026}, .certainty = assumption},
        provides<kla, metrology_mature, eto_n60>{.share = share{0.568}, .certainty = public_},
        provides<applied_materials, metrology_mature, eto_n60>{.share = share{0.112}, .certainty = public_},
        provides<lasertec, metrology_mature, eto_n60>{.share = share{0.064}, .certainty = public_},
        provides<hitachi_high_tech, metrology_mature, eto_n60>{.share = share{0.062}, .certainty = public_},
        provides<asml, metrology_mature, eto_n60>{.share = share{0.059}, .certainty = public_},
        provides<nova, metrology_mature, eto_n60>{.share = share{0.043}, .certainty = public_},
        provides<onto_innovation, metrology_mature, eto_n60>{.share = share{0.026}, .certainty = public_},

        // --- cleaning = N49 wet etching and cleaning ($7.1 bn: Screen 32.0,
        //     Lam 22.1, TEL 19.1, ACM 9.8, SEMES 5.5, NAURA 3.5 %) + N102 dry
        //     clean ($432.6 m: Lam 74.8, PSK 22.3, SEMES 2.9 %), by market size
        //     (derived, over $7,532.6 m): Screen 0.302, Lam 0.251, TEL 0.180,
        //     ACM 0.092, SEMES 0.054, NAURA 0.033, PSK 0.013. ETO lists ACM
        //     Research's US parent; the world's offering is its Shanghai
        //     subsidiary's, which makes the tools. Advanced grade: ACM
        //     uncertain as before; the others an assumption.
        provides<screen_holdings, cleaning_advanced, eto_n49_n102>{.share = share{0.302}, .certainty = assumption},
        provides<lam_research, cleaning_advanced, eto_n49_n102>{.share = share{0.251}, .certainty = assumption},
        provides<tokyo_electron, cleaning_advanced, eto_n49_n102>{.share = share{0.180}, .certainty = assumption},
        provides<acm_research, cleaning_advanced, eto_n49_n102>{.share = share{0.092}, .certainty = uncertain},
        provides<semes, cleaning_advanced, eto_n49_n102>{.share = share{0.054}, .certainty = assumption},
        provides<psk, cleaning_advanced, eto_n49_n102>{.share = share{0.013}, .certainty = assumption},
        provides<screen_holdings, cleaning_mature, eto_n49_n102>{.share = share{0.302}, .certainty = public_},
        provides<lam_research, cleaning_mature, eto_n49_n102>{.share = share{0.251}, .certainty = public_},
        provides<tokyo_electron, cleaning_mature, eto_n49_n102>{.share = share{0.180}, .certainty = public_},
        provides<acm_research, cleaning_mature, eto_n49_n102>{.share = share{0.092}, .certainty = public_},
        provides<semes, cleaning_mature, eto_n49_n102>{.share = share{0.054}, .certainty = public_},
        provides<naura, cleaning_mature, eto_n49_n102>{.share = share{0.033}, .certainty = public_},
        provides<psk, cleaning_mature, eto_n49_n102>{.share = share{0.013}, .certainty = public_},

        // --- N86 CMP: Applied 48.8, EBARA 36.1, Hwatsing 12.3 % (KCTech 1.5:
        //     below 2 %), various 1.3 %.
        provides<applied_materials, cmp_tool, eto_n86>{.share = share{0.488}, .certainty = public_},
        provides<ebara, cmp_tool, eto_n86>{.share = share{0.361}, .certainty = public_},
        provides<hwatsing, cmp_tool, eto_n86>{.share = share{0.123}, .certainty = public_});
}

}  // namespace semichain::world
