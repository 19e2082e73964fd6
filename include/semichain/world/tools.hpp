// The built-in world's fab tools and their parts, materials, design software
// and IP.
//
// Tools are grouped by class and, where export controls draw a line, by
// grade: the `grade` text attribute is "advanced" for tools of the kind the
// 2022 US rules and Japan's 2023 list control (used for logic at 16/14 nm and
// below, DRAM at 18 nm half-pitch and below, NAND with 128 layers or more)
// and "mature" otherwise. Advanced tools also carry the numeric lines the
// rules test: node_nm 16, dram_half_pitch_nm 18, nand_layers 128. This is a
// simplification: the 2022 rules control tools *to fabs* making such chips;
// here a tool grade stands for "the tools such a fab needs".
//
// Every tool, material, software and IP item that corresponds to an input of
// the ETO Chip Explorer data names it in its `eto_input` text attribute ("N22";
// "N21+N105" for an item spanning two inputs). The ETO shares of the tool items
// are in eto_tool_supply.hpp (CC BY-NC 4.0). ETO gives only country shares for
// wafers (N26), EDA (N84) and core IP (N85), for 2019, and no shares at all for
// photoresists (N31): those items carry company shares from other sources
// (wafers) or none, and their ETO figures are not used. The IP items are single
// vendors' products inside N85's whole core-IP market.
//
// Scanners carry `scanner_class`: "euv", "nxt_2000i_plus" (ASML's critical
// immersion: NXT:2000i and later), "nxt_1970i_1980i", "nxt_older", "duv_dry".
#pragma once

#include <semichain/core/category.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/world/sources.hpp>

#include <array>
#include <string_view>

namespace semichain::world {

namespace detail {
template <std::size_t N>
consteval std::array<attribute_record, 5> advanced_tool_attributes(const char (&eto_input)[N]) {
    return {text_attribute("grade", "advanced"), number_attribute("node_nm", 16),
            number_attribute("dram_half_pitch_nm", 18), number_attribute("nand_layers", 128),
            text_attribute("eto_input", eto_input)};
}
template <std::size_t N>
consteval std::array<attribute_record, 3> mature_tool_attributes(const char (&eto_input)[N]) {
    return {text_attribute("grade", "mature"), number_attribute("node_nm", 28), text_attribute("eto_input", eto_input)};
}
}  // namespace detail

// --- lithography ------------------------------------------------------------------------------

struct euv_scanner final : tool {
    static constexpr std::string_view id = "euv_scanner", name = "EUV scanner";
    static constexpr tool_class klass = tool_class::euv_scanner;
    static constexpr std::array attributes{text_attribute("scanner_class", "euv"), text_attribute("grade", "advanced"), text_attribute("eto_input", "N20")};
    using source = bits_chips_2020_01_20;
    static constexpr status certainty = status::public_;
};
/// ASML's "critical immersion" scanners: NXT:2000i and later.
struct duv_immersion_critical final : tool {
    static constexpr std::string_view id = "duv_immersion_critical",
                                      name = "DUV immersion scanner, critical (NXT:2000i and later)";
    static constexpr tool_class klass = tool_class::duv_immersion_scanner;
    static constexpr std::array attributes{text_attribute("scanner_class", "nxt_2000i_plus"),
                                           text_attribute("grade", "advanced"), text_attribute("eto_input", "N22")};
    using source = asml_statement_2023_03;
    static constexpr status certainty = status::public_;
};
/// NXT:1970i/1980i class; the NXT:1980Di's overlay is at most 1.6 nm.
struct duv_immersion_1980i final : tool {
    static constexpr std::string_view id = "duv_immersion_1980i", name = "DUV immersion scanner (NXT:1970i/1980i class)";
    static constexpr tool_class klass = tool_class::duv_immersion_scanner;
    static constexpr std::array attributes{text_attribute("scanner_class", "nxt_1970i_1980i"),
                                           number_attribute("overlay_nm", 1.6), text_attribute("grade", "advanced"), text_attribute("eto_input", "N22")};
    using source = bits_chips_2023_10_23;
    static constexpr status certainty = status::public_;
};
/// Older ASML immersion scanners (before the NXT:1970i), which no modelled
/// rule controls. An assumption: what keeps 28/40 nm lines supplied.
struct duv_immersion_mature final : tool {
    static constexpr std::string_view id = "duv_immersion_mature", name = "DUV immersion scanner (older models)";
    static constexpr tool_class klass = tool_class::duv_immersion_scanner;
    static constexpr std::array attributes{text_attribute("scanner_class", "nxt_older"), text_attribute("grade", "mature"), text_attribute("eto_input", "N22")};
    static constexpr status certainty = status::assumption;
};
struct duv_dry_scanner final : tool {
    static constexpr std::string_view id = "duv_dry_scanner", name = "DUV dry scanner";
    static constexpr tool_class klass = tool_class::duv_dry_scanner;
    static constexpr std::array attributes{text_attribute("scanner_class", "duv_dry"), text_attribute("grade", "mature"), text_attribute("eto_input", "N21+N105")};
    using source = reuters_factbox_equipment;
    static constexpr status certainty = status::public_;
};
/// ArF/KrF excimer lasers for DUV scanners.
struct duv_light_source final : tool {
    static constexpr std::string_view id = "duv_light_source", name = "DUV light source (excimer laser)";
    static constexpr tool_class klass = tool_class::other;
    using source = lithoguru_2012_cymer;
    static constexpr status certainty = status::public_;
};
struct euv_light_source final : tool {
    static constexpr std::string_view id = "euv_light_source", name = "EUV light source";
    static constexpr tool_class klass = tool_class::other;
    using source = laser_focus_world_2012_10_17;
    static constexpr status certainty = status::public_;
};
/// Projection and illumination optics of ASML's scanners.
struct lithography_optics final : tool {
    static constexpr std::string_view id = "lithography_optics", name = "Lithography optics";
    static constexpr tool_class klass = tool_class::other;
    using source = asml_zeiss_2016_11_03;
    static constexpr status certainty = status::public_;
};

// --- other fab tools ------------------------------------------------------------------------------

struct etch_advanced final : tool {
    static constexpr std::string_view id = "etch_advanced", name = "Etch tools (advanced)";
    static constexpr tool_class klass = tool_class::etch;
    static constexpr auto attributes = detail::advanced_tool_attributes("N103");
    using source = japan_times_2023_07_23;
    static constexpr status certainty = status::public_;
};
struct etch_mature final : tool {
    static constexpr std::string_view id = "etch_mature", name = "Etch tools (mature)";
    static constexpr tool_class klass = tool_class::etch;
    static constexpr auto attributes = detail::mature_tool_attributes("N103");
    using source = reuters_factbox_equipment;
    static constexpr status certainty = status::public_;
};
struct deposition_advanced final : tool {
    static constexpr std::string_view id = "deposition_advanced", name = "Deposition tools (advanced)";
    static constexpr tool_class klass = tool_class::deposition;
    static constexpr auto attributes = detail::advanced_tool_attributes("N36");
    using source = japan_times_2023_07_23;
    static constexpr status certainty = status::public_;
};
struct deposition_mature final : tool {
    static constexpr std::string_view id = "deposition_mature", name = "Deposition tools (mature)";
    static constexpr tool_class klass = tool_class::deposition;
    static constexpr auto attributes = detail::mature_tool_attributes("N36");
    using source = reuters_factbox_equipment;
    static constexpr status certainty = status::public_;
};
struct metrology_advanced final : tool {
    static constexpr std::string_view id = "metrology_advanced", name = "Metrology and inspection tools (advanced)";
    static constexpr tool_class klass = tool_class::metrology_inspection;
    static constexpr auto attributes = detail::advanced_tool_attributes("N60");
    using source = japan_times_2023_07_23;
    static constexpr status certainty = status::public_;
};
struct metrology_mature final : tool {
    static constexpr std::string_view id = "metrology_mature", name = "Metrology and inspection tools (mature)";
    static constexpr tool_class klass = tool_class::metrology_inspection;
    static constexpr auto attributes = detail::mature_tool_attributes("N60");
    static constexpr status certainty = status::assumption;
};
struct cleaning_advanced final : tool {
    static constexpr std::string_view id = "cleaning_advanced", name = "Cleaning tools (advanced)";
    static constexpr tool_class klass = tool_class::cleaning;
    static constexpr auto attributes = detail::advanced_tool_attributes("N49+N102");
    using source = japan_times_2023_07_23;
    static constexpr status certainty = status::public_;
};
struct cleaning_mature final : tool {
    static constexpr std::string_view id = "cleaning_mature", name = "Cleaning tools (mature)";
    static constexpr tool_class klass = tool_class::cleaning;
    static constexpr auto attributes = detail::mature_tool_attributes("N49+N102");
    using source = evertiq_2020_07_10_acm;
    static constexpr status certainty = status::public_;
};
/// Chemical-mechanical planarisation (not on Japan's 2023 list; one grade).
struct cmp_tool final : tool {
    static constexpr std::string_view id = "cmp_tool", name = "CMP tools";
    static constexpr tool_class klass = tool_class::cmp;
    static constexpr std::array attributes{text_attribute("eto_input", "N86")};
    static constexpr status certainty = status::assumption;
};

// --- materials ------------------------------------------------------------------------------------

struct photoresist final : material {
    static constexpr std::string_view id = "photoresist", name = "Photoresist";
    using source = japan_times_2019_10_09;
    static constexpr std::array attributes{text_attribute("eto_input", "N31")};
    static constexpr status certainty = status::public_;
};
struct silicon_wafer final : material {
    static constexpr std::string_view id = "silicon_wafer", name = "Silicon wafers (300 mm)";
    static constexpr std::array attributes{text_attribute("eto_input", "N26")};
    static constexpr status certainty = status::assumption;
};

// --- design software, IP, services -------------------------------------------------------------

/// Full-flow digital implementation software.
struct eda_software final : software {
    static constexpr std::string_view id = "eda_software", name = "EDA software (digital full flow)";
    static constexpr std::array attributes{text_attribute("eto_input", "N84")};
    static constexpr status certainty = status::assumption;
};
/// Arm Cortex CPU cores (Cortex-A53 in the Surge S1, A77/A55 in the Kirin 9000).
struct arm_cortex_ip final : ip_block {
    static constexpr std::string_view id = "arm_cortex_ip", name = "Arm Cortex CPU IP";
    using source = iphoneglance_2020_10_27;
    static constexpr std::array attributes{text_attribute("eto_input", "N85")};
    static constexpr status certainty = status::public_;
};
/// XuanTie 910: T-Head's 16-core RISC-V processor (2019-07-25), licensed as IP.
struct xuantie_910 final : ip_block {
    static constexpr std::string_view id = "xuantie_910", name = "XuanTie 910 (RISC-V processor)";
    static constexpr std::array attributes{text_attribute("isa", "risc-v"), number_attribute("cores", 16), text_attribute("eto_input", "N85")};
    using source = taipei_times_xuantie;
    static constexpr status certainty = status::public_;
};
struct nuclei_riscv_ip final : ip_block {
    static constexpr std::string_view id = "nuclei_riscv_ip", name = "Nuclei RISC-V processor core IP";
    static constexpr std::array attributes{text_attribute("isa", "risc-v"), text_attribute("eto_input", "N85")};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// VeriSilicon's design services and IP.
struct chip_design_services final : service {
    static constexpr std::string_view id = "chip_design_services", name = "Chip design services and IP";
    using source = s000;
    static constexpr status certainty = status::seed;
};

/// Tools, materials, software, IP and services, for the model's entity list.
using tool_types =
    type_list<euv_scanner, duv_immersion_critical, duv_immersion_1980i, duv_immersion_mature, duv_dry_scanner,
              duv_light_source, euv_light_source, lithography_optics, etch_advanced, etch_mature, deposition_advanced,
              deposition_mature, metrology_advanced, metrology_mature, cleaning_advanced, cleaning_mature, cmp_tool,
              photoresist, silicon_wafer, eda_software, arm_cortex_ip, xuantie_910, nuclei_riscv_ip,
              chip_design_services>;

}  // namespace semichain::world
