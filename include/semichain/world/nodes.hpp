// The built-in world's process nodes. Lowering gives each the attributes
// node_nm, lithography, foundry and, where known, first_volume_year.
//
// Lithography is what the node needs for its finest layers. Where no source
// states it, the node carries status assumption (the usual practice at that
// size: EUV for TSMC's 5 and 3 nm, DUV immersion for 7 nm without EUV and for
// 12–40 nm).
#pragma once

#include <semichain/core/category.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/world/companies.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_data.hpp>

#include <array>
#include <chrono>
#include <string_view>

namespace semichain::world {

// --- TSMC ------------------------------------------------------------------------------------

/// TSMC 7 nm (DUV immersion): the node teardowns found in Ascend 910B dies.
struct tsmc_n7 final : process_node {
    static constexpr std::string_view id = "tsmc_n7", name = "TSMC N7";
    using foundry = tsmc;
    static constexpr nanometers node{7};
    static constexpr lithography litho = lithography::duv_immersion;
    using source = tweakers_ascend_910b;
    static constexpr status certainty = status::assumption;  // lithography not in the source
};
/// TSMC N7+ (7 nm with EUV layers): the Ascend 910's node.
struct tsmc_n7_plus final : process_node {
    static constexpr std::string_view id = "tsmc_n7_plus", name = "TSMC N7+";
    using foundry = tsmc;
    static constexpr nanometers node{7};
    static constexpr lithography litho = lithography::euv;
    using source = linley_ascend_910;
    static constexpr status certainty = status::assumption;  // lithography not in the source
};
/// TSMC 5 nm (EUV): the Kirin 9000's node.
struct tsmc_n5 final : process_node {
    static constexpr std::string_view id = "tsmc_n5", name = "TSMC N5";
    using foundry = tsmc;
    static constexpr nanometers node{5};
    static constexpr lithography litho = lithography::euv;
    using source = io_tech_kirin_9000;
    static constexpr status certainty = status::public_;
};
/// TSMC's second-generation 3 nm: the XRING O1's node.
struct tsmc_n3e final : process_node {
    static constexpr std::string_view id = "tsmc_n3e", name = "TSMC N3E";
    using foundry = tsmc;
    static constexpr nanometers node{3};
    static constexpr lithography litho = lithography::euv;
    using source = press_2025_05_23;
    static constexpr status certainty = status::assumption;  // lithography not in the source
};
/// TSMC 28 nm HPC+: the Surge S1's node.
struct tsmc_28hpc_plus final : process_node {
    static constexpr std::string_view id = "tsmc_28hpc_plus", name = "TSMC 28 nm HPC+";
    using foundry = tsmc;
    static constexpr nanometers node{28};
    static constexpr lithography litho = lithography::duv_immersion;
    using source = hothardware_surge_s1;
    static constexpr status certainty = status::assumption;  // lithography not in the source
};
/// TSMC 12 nm: the Hanguang 800's node.
struct tsmc_12nm final : process_node {
    static constexpr std::string_view id = "tsmc_12nm", name = "TSMC 12 nm";
    using foundry = tsmc;
    static constexpr nanometers node{12};
    static constexpr lithography litho = lithography::duv_immersion;
    using source = linley_hanguang_800;
    static constexpr status certainty = status::assumption;  // lithography not in the source
};

// --- SMIC --------------------------------------------------------------------------------------

/// SMIC's first-generation 7 nm-class process. Not in facts.md: kept as an
/// assumption, with no chip that uses it and no offering date.
struct smic_n_plus_1 final : process_node {
    static constexpr std::string_view id = "smic_n_plus_1", name = "SMIC N+1";
    using foundry = smic;
    static constexpr nanometers node{7};
    static constexpr lithography litho = lithography::duv_immersion;
    static constexpr status certainty = status::assumption;
};
/// SMIC's 7 nm N+2 (DUV immersion, no EUV): the Kirin 9000S's node, first
/// seen in a product on sale on 2023-08-29 (Mate 60 Pro).
struct smic_n_plus_2 final : process_node {
    static constexpr std::string_view id = "smic_n_plus_2", name = "SMIC N+2";
    using foundry = smic;
    static constexpr nanometers node{7};
    static constexpr lithography litho = lithography::duv_immersion;
    // SMIC 7 nm in volume since July 2021 (MinerVa's miner SoC; N+1 or N+2
    // not stated): the year is uncertain between 2021 and 2023 (Kirin 9000S).
    static constexpr std::chrono::year first_volume{2021};
    using source = techinsights_kirin_9000s;
    static constexpr status certainty = status::public_;
};
/// SMIC's ordinary 28 nm line. Not in facts.md (S001 only names a 28 nm
/// Non-A target): an assumption.
struct smic_28nm final : process_node {
    static constexpr std::string_view id = "smic_28nm", name = "SMIC 28 nm";
    using foundry = smic;
    static constexpr nanometers node{28};
    static constexpr lithography litho = lithography::duv_immersion;
    static constexpr status certainty = status::assumption;
};
/// SMIC's best process on a "Non-A" line (no US tools): 40 nm (S001, 2022).
/// Its lithography is not stated; DUV immersion is an assumption.
struct smic_40nm_non_a final : process_node {
    static constexpr std::string_view id = "smic_40nm_non_a", name = "SMIC 40 nm (Non-A line)";
    using foundry = smic;
    static constexpr nanometers node{40};
    static constexpr lithography litho = lithography::duv_immersion;
    static constexpr std::array attributes{text_attribute("line", "non_a")};
    using source = s001;
    static constexpr status certainty = status::seed;
};

// --- SiEn ----------------------------------------------------------------------------------------

/// SiEn's 14 nm, in test production (S004 only). Without EUV in China, DUV
/// immersion.
struct sien_14nm final : process_node {
    static constexpr std::string_view id = "sien_14nm", name = "SiEn 14 nm";
    using foundry = sien;
    static constexpr nanometers node{14};
    static constexpr lithography litho = lithography::duv_immersion;
    static constexpr std::array attributes{text_attribute("stage", "test_production")};
    using source = s004;
    static constexpr status certainty = status::seed;
};

/// The process nodes, for the model's entity list.
using node_types = type_list<tsmc_n7, tsmc_n7_plus, tsmc_n5, tsmc_n3e, tsmc_28hpc_plus, tsmc_12nm, smic_n_plus_1,
                             smic_n_plus_2, smic_28nm, smic_40nm_non_a, sien_14nm>;

}  // namespace semichain::world
