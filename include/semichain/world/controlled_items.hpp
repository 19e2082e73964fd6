// Items the export-control rules name that the world's supply chains did not
// need before: AI accelerators with the attributes the US advanced-computing
// rules test (ECCN 3A090), and gallium and germanium, which China licenses.
//
// Attributes (notes/controls_facts.md §6): `tpp` is the total processing
// performance, dense (non-sparse) TOPS or TFLOPS × bit length;
// `performance_density` is tpp ÷ die area in mm²; `interconnect_gbps` is the
// bidirectional chip-to-chip transfer rate in gigabytes per second (the 2022
// test's 600 GB/s). The tpp and density values are computed from the sources'
// datasheet figures, as the fact sheet computes them; an attribute no source
// gives is left out.
#pragma once

#include <semichain/core/category.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/world/sources_controls.hpp>

#include <array>
#include <string_view>

namespace semichain::world {

// --- Nvidia's data-centre accelerators ----------------------------------------------------------

/// A100 (SXM4): 312 dense FP16 TFLOPS × 16 = TPP 4992; 826 mm² → density 6.04;
/// NVLink 600 GB/s; TSMC 7 nm. Meets the 2022 test (both lines) and 2023's.
struct nvidia_a100 final : chip {
    static constexpr std::string_view id = "nvidia_a100", name = "Nvidia A100";
    static constexpr std::array attributes{number_attribute("tpp", 4992), number_attribute("performance_density", 6.04),
                                           number_attribute("interconnect_gbps", 600), number_attribute("node_nm", 7)};
    using source = klockwood_a100;
    static constexpr status certainty = status::public_;
};
/// H100 (SXM5): 989.4 dense FP16 TFLOPS × 16 = TPP 15 830; 814 mm² → density
/// 19.45; NVLink 900 GB/s; TSMC 4N (a node this world does not have).
struct nvidia_h100 final : chip {
    static constexpr std::string_view id = "nvidia_h100", name = "Nvidia H100";
    static constexpr std::array attributes{number_attribute("tpp", 15830), number_attribute("performance_density", 19.45),
                                           number_attribute("interconnect_gbps", 900)};
    using source = klockwood_h100;
    static constexpr status certainty = status::public_;
};
/// A800: the A100's die and compute (TPP 4992, density 6.04) with NVLink cut
/// to 400 GB/s, under the 2022 interconnect line; caught by 2023's TPP line.
struct nvidia_a800 final : chip {
    static constexpr std::string_view id = "nvidia_a800", name = "Nvidia A800";
    static constexpr std::array attributes{number_attribute("tpp", 4992), number_attribute("performance_density", 6.04),
                                           number_attribute("interconnect_gbps", 400), number_attribute("node_nm", 7)};
    using source = tadviser_a800;
    static constexpr status certainty = status::public_;
};
/// H800: the H100's silicon; its compute is reported the same as the H100's
/// (secondary sources), its interconnect about half (~300 GB/s per Reuters;
/// other sources say 400). Either way under 600 GB/s: uncertain.
struct nvidia_h800 final : chip {
    static constexpr std::string_view id = "nvidia_h800", name = "Nvidia H800";
    static constexpr std::array attributes{number_attribute("tpp", 15830), number_attribute("performance_density", 19.45),
                                           number_attribute("interconnect_gbps", 300)};
    using source = toms_hardware_h800;
    static constexpr status certainty = status::uncertain;
};
/// H20: 148 dense FP16 TFLOPS × 16 = TPP 2368; density 2.91 (TweakTown: 2.9);
/// NVLink 900 GB/s. Under both 2023 lines (4800; 1600 with 5.92). Whether it
/// also stays under 3A090.b cannot be checked: .b's numbers were not found.
struct nvidia_h20 final : chip {
    static constexpr std::string_view id = "nvidia_h20", name = "Nvidia H20";
    static constexpr std::array attributes{number_attribute("tpp", 2368), number_attribute("performance_density", 2.91),
                                           number_attribute("interconnect_gbps", 900)};
    using source = tweaktown_h20;
    static constexpr status certainty = status::public_;
};

// --- materials China licenses ---------------------------------------------------------------------

/// Gallium and germanium: licensed for export by MOFCOM from 2023-08-01; their
/// Chinese producers are not in the fact sheet, so the world has no offering
/// of either (the rules on them reach no offering here).
struct gallium final : material {
    static constexpr std::string_view id = "gallium", name = "Gallium (and related items)";
    static constexpr std::array attributes{text_attribute("cn_dual_use", "gallium_germanium")};
    using source = covington_2023_07_06;
    static constexpr status certainty = status::public_;
};
struct germanium final : material {
    static constexpr std::string_view id = "germanium", name = "Germanium (and related items)";
    static constexpr std::array attributes{text_attribute("cn_dual_use", "gallium_germanium")};
    using source = covington_2023_07_06;
    static constexpr status certainty = status::public_;
};

/// The items of this header, for the model's entity list.
using controlled_item_types = type_list<nvidia_a100, nvidia_h100, nvidia_a800, nvidia_h800, nvidia_h20, gallium, germanium>;

}  // namespace semichain::world
