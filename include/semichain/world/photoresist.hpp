// The built-in world's ArF photoresist: the 193 nm resists (dry and
// immersion) that the critical layers of every node exposed on ArF immersion
// scanners need, their makers and the sources for each.
//
// Photoresists are specific to the lithography process they are exposed in
// (ETO's description of input N31): a node printed on 193 nm immersion
// scanners needs 193 nm (ArF) resists for those layers, whatever resists
// (KrF, i-line, EUV) its other layers use. The `photoresist` item of tools.hpp
// stands for the latter; `arf_photoresist` is the 193 nm grade. The node
// recipes' photoresist weight (0.012, assumption_weight_node) is split
// between the two by the ArF resists' share of resist revenue
// (assumption_weight_resist).
//
// Each offering is graded by what its source says: a maker that a source
// names for ArF resists is public; a maker whose ArF resist has only passed a
// customer's qualification at an older node, or is still awaiting it, is
// uncertain; a maker whose ArF resist is only in research is no offering.
#pragma once

#include <semichain/core/country.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/core/role.hpp>
#include <semichain/model/relations.hpp>
#include <semichain/world/companies.hpp>
#include <semichain/world/nodes.hpp>
#include <semichain/world/sources_data.hpp>
#include <semichain/world/tools.hpp>

#include <array>
#include <chrono>
#include <string_view>

namespace semichain::world {

// --- sources -------------------------------------------------------------------------------

/// TOK's shares of 2022 (Fuji Chimera, 2023, as cited on TOK's website):
/// photoresists overall 26.1 %, ArF 16.2 %, KrF 36.6 %, g-/i-line 22.8 %.
struct digitimes_2024_03_28_tok final : semichain::source {
    static constexpr std::string_view id = "digitimes_2024_03_28_tok",
                                      title = "AI chip boom to drive sales surge for TOK's ArF and EUV photoresists "
                                              "(TOK: 16.2 % of ArF photoresists in 2022, Fuji Chimera)",
                                      publisher = "DIGITIMES Asia", url = "http://www.digitimes.com/news/a20240328PD201.html";
    static constexpr date published = std::chrono::year{2024} / 3 / 28;
};
/// Gartner on 2007: the migration to 193 nm ArF resists (dry and immersion)
/// drove the market; JSR's share grew on its focus on 193 nm ArF resists.
struct fabtech_2008_06_23_gartner final : semichain::source {
    static constexpr std::string_view id = "fabtech_2008_06_23_gartner",
                                      title = "Photoresist sales continue growth: JSR grows market share leadership, says "
                                              "Gartner",
                                      publisher = "Fabtech",
                                      url = "http://www.fabtech.org/news/_a/"
                                            "photoresist_sales_continue_growth_jsr_grows_market_share_leadership_says_ga/";
    static constexpr date published = std::chrono::year{2008} / 6 / 23;
};
/// Gartner on 2007: Shin-Etsu's near-exclusive focus on 193 nm resists.
struct sst_2008_06_24_gartner final : semichain::source {
    static constexpr std::string_view id = "sst_2008_06_24_gartner",
                                      title = "Analyst: Photoresist market still growing, thanks to 193nm DUV",
                                      publisher = "Solid State Technology",
                                      url = "https://sst.semiconductor-digest.com/2008/06/"
                                            "analyst-photoresist-market-still-growing-thanks-to-193nm-duv/";
    static constexpr date published = std::chrono::year{2008} / 6 / 24;
};
/// Techcet: about 40 % of semiconductor resist revenue is for 193 nm (ArF)
/// dry and immersion patterning (2010 sales).
struct sst_2011_06_23_techcet final : semichain::source {
    static constexpr std::string_view id = "sst_2011_06_23_techcet",
                                      title = "Photoresist market snapshot for semiconductor fab (Techcet: about 40 % of "
                                              "resist revenue is for 193 nm dry and immersion patterning)",
                                      publisher = "Solid State Technology",
                                      url = "https://sst.semiconductor-digest.com/2011/06/photoresist-market-snapshot-for-semiconductor-fab";
    static constexpr date published = std::chrono::year{2011} / 6 / 23;
};
/// Techcet: ArF (193 nm) resists already comprise over 40 % of the market (2015).
struct techcet_2016_07_08 final : semichain::source {
    static constexpr std::string_view id = "techcet_2016_07_08",
                                      title = "TECHCET 2016 Forecast: $1.39B in Photoresists, $680M in Extensions",
                                      publisher = "TECHCET",
                                      url = "http://techcet.com/techcet-2016-forecast-1-39b-in-photoresists-680m-in-extensions-2/";
    static constexpr date published = std::chrono::year{2016} / 7 / 8;
};
/// Nata Opto-electronic's subsidiary Ningbo Nata: its ArF photoresist passed a
/// customer's certification on a 50 nm flash-memory product (announced
/// 2020-12-17), the first Chinese ArF resist to do so.
struct smm_2020_12_nata_arf final : semichain::source {
    static constexpr std::string_view id = "smm_2020_12_nata_arf",
                                      title = "Great breakthrough in semiconductor materials: the first domestic ArF "
                                              "photoresist passed the verification",
                                      publisher = "SMM (Shanghai Metals Market)",
                                      url = "https://news.metal.com/newscontent/101348668/"
                                            "great-breakthrough-in-semiconductor-materials-the-first-domestic-arf-photoresist-passed-the-verification";
};
/// Sinyang: substantial KrF photoresist orders from major Chinese foundries in
/// 2021; its ArF photoresists pending validation at clients.
struct digitimes_2021_12_28_sinyang final : semichain::source {
    static constexpr std::string_view id = "digitimes_2021_12_28_sinyang",
                                      title = "[Sinyang and Heraeus to develop photoresists; Sinyang's KrF resists in "
                                              "foundry orders, its ArF resists pending validation at clients]",
                                      publisher = "DIGITIMES", url = "https://digitimes.com/news/a20211228PD206.html";
    static constexpr date published = std::chrono::year{2021} / 12 / 28;
};
/// Sinyang's KrF (248 nm) thick-film photoresist verified by a customer, first
/// order (notice of 2021-06-30).
struct smm_2021_07_01_sinyang final : semichain::source {
    static constexpr std::string_view id = "smm_2021_07_01_sinyang",
                                      title = "Downstream fab factory accelerates verification of Shanghai Xinyang's first "
                                              "photoresist order",
                                      publisher = "SMM (Shanghai Metals Market)",
                                      url = "https://news.metal.com/newscontent/101520343/"
                                            "downstream-fab-factory-accelerates-verification-of-shanghai-xinyangs-first-photoresist-order";
    static constexpr date published = std::chrono::year{2021} / 7 / 1;
};

/// A node exposed on ArF immersion scanners needs ArF resist.
struct assumption_arf_resist final : semichain::source {
    static constexpr std::string_view id = "assumption_arf_resist",
                                      title = "Assumption: a node exposed on ArF (193 nm) immersion scanners needs ArF "
                                              "photoresist for those layers, because a resist is specific to the "
                                              "lithography process it is exposed in (ETO, input N31); no source lists a "
                                              "fab's resists",
                                      publisher = "semichain (assumption record)";
};
/// The node's photoresist weight 0.012 split by the ArF resists' share of resist
/// revenue: "about 40 %" (Techcet, 2010 sales) and "over 40 %" (Techcet,
/// 2015): ArF 0.4 × 0.012 = 0.0048, the other resists 0.6 × 0.012 = 0.0072.
/// The years differ from ETO's 2019 market size behind 0.012.
struct assumption_weight_resist final : semichain::source {
    static constexpr std::string_view id = "assumption_weight_resist",
                                      title = "Assumption (value weight): a node's photoresist 0.012 split into ArF "
                                              "resist 0.0048 = 0.4 × 0.012 and other resists 0.0072 = 0.6 × 0.012, by "
                                              "the ArF resists' share of resist revenue (about 40 %, Techcet, 2010 and "
                                              "2015 sales)",
                                      publisher = "semichain (assumption record)";
};

// --- companies -----------------------------------------------------------------------------

/// Jiangsu Nata Opto-electronic Material (ArF resist through Ningbo Nata).
struct nata_opto final : company {
    static constexpr std::string_view id = "nata_opto", name = "Jiangsu Nata Opto-electronic Material";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::materials};
    using source = smm_2020_12_nata_arf;
    static constexpr status certainty = status::public_;
};
/// Shanghai Sinyang Semiconductor Materials.
struct sinyang final : company {
    static constexpr std::string_view id = "sinyang", name = "Shanghai Sinyang Semiconductor Materials";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::materials};
    using source = digitimes_2021_12_28_sinyang;
    static constexpr status certainty = status::public_;
};

// --- the item ------------------------------------------------------------------------------

/// ArF (193 nm) photoresist, dry and immersion: a grade of ETO's N31.
struct arf_photoresist final : material {
    static constexpr std::string_view id = "arf_photoresist", name = "ArF photoresist (193 nm, dry and immersion)";
    using source = sst_2011_06_23_techcet;
    static constexpr std::array attributes{text_attribute("eto_input", "N31"), number_attribute("wavelength_nm", 193)};
    static constexpr status certainty = status::public_;
};

/// The header's entities, for the model's entity list.
using photoresist_source_types =
    type_list<digitimes_2024_03_28_tok, fabtech_2008_06_23_gartner, sst_2008_06_24_gartner, sst_2011_06_23_techcet,
              techcet_2016_07_08, smm_2020_12_nata_arf, digitimes_2021_12_28_sinyang, smm_2021_07_01_sinyang,
              assumption_arf_resist, assumption_weight_resist>;
using photoresist_company_types = type_list<nata_opto, sinyang>;
using photoresist_item_types = type_list<arf_photoresist>;

/// Calls `f` with the ArF resist's offerings and the nodes' requirements of it; returns its result.
template <class F>
constexpr auto with_photoresist_supply(F&& f) {
    using enum semichain::status;
    using namespace std::chrono_literals;
    return f(
        // --- makers. TOK's share is of all ArF resists (2022); no other
        //     maker's ArF share is published in a source at hand, so theirs
        //     are unknown. DuPont, Fujifilm and Dongjin Semichem make
        //     photoresists (tools.hpp), but no source at hand names their ArF
        //     resists: no offering here.
        provides<tokyo_ohka_kogyo, arf_photoresist, digitimes_2024_03_28_tok>{.share = share{0.162}, .certainty = public_},
        provides<jsr, arf_photoresist, fabtech_2008_06_23_gartner>{.certainty = public_},
        provides<shin_etsu, arf_photoresist, sst_2008_06_24_gartner>{.certainty = public_},
        provides<sumitomo_chemical, arf_photoresist, sumitomo_chemical_2021_08_31>{.certainty = public_},
        //     China. Nata's ArF resist passed a customer's certification on a
        //     50 nm flash product (2020-12-17): qualified, but not at the 28 nm
        //     and smaller nodes that need it here, so uncertain. Sinyang's ArF
        //     resists were pending validation (2021-12-28): uncertain. Beijing
        //     Kempur's ArF and ArF immersion resists were in research (GRD
        //     Survey, 2021): no offering.
        provides<nata_opto, arf_photoresist, smm_2020_12_nata_arf>{.since = 2020y / 12 / 17, .certainty = uncertain},
        provides<sinyang, arf_photoresist, digitimes_2021_12_28_sinyang>{.since = 2021y / 12 / 28, .certainty = uncertain},
        //     Sinyang's KrF resist: verified by a customer, first order (notice
        //     of 2021-06-30); the generic item stands for such resists.
        provides<sinyang, photoresist, smm_2021_07_01_sinyang>{.since = 2021y / 6 / 30, .certainty = public_},

        // --- every node of the world is exposed on ArF immersion scanners
        //     (node_recipes.hpp): each needs ArF resist.
        requires_<tsmc_n7, arf_photoresist, assumption_arf_resist>{.weight = weight{0.0048}, .certainty = assumption},
        requires_<tsmc_n7_plus, arf_photoresist, assumption_arf_resist>{.weight = weight{0.0048}, .certainty = assumption},
        requires_<tsmc_n5, arf_photoresist, assumption_arf_resist>{.weight = weight{0.0048}, .certainty = assumption},
        requires_<tsmc_n3e, arf_photoresist, assumption_arf_resist>{.weight = weight{0.0048}, .certainty = assumption},
        requires_<smic_n_plus_1, arf_photoresist, assumption_arf_resist>{.weight = weight{0.0048}, .certainty = assumption},
        requires_<smic_n_plus_2, arf_photoresist, assumption_arf_resist>{.weight = weight{0.0048}, .certainty = assumption},
        requires_<tsmc_12nm, arf_photoresist, assumption_arf_resist>{.weight = weight{0.0048}, .certainty = assumption},
        requires_<sien_14nm, arf_photoresist, assumption_arf_resist>{.weight = weight{0.0048}, .certainty = assumption},
        requires_<tsmc_28hpc_plus, arf_photoresist, assumption_arf_resist>{.weight = weight{0.0048}, .certainty = assumption},
        requires_<smic_28nm, arf_photoresist, assumption_arf_resist>{.weight = weight{0.0048}, .certainty = assumption},
        requires_<smic_40nm_non_a, arf_photoresist, assumption_arf_resist>{.weight = weight{0.0048}, .certainty = assumption});
}

}  // namespace semichain::world
