// The built-in world's packaging technologies: TSMC's 3DFabric family and SJ
// Semiconductor's CoWoS alternative, plus a general "2.5D interposer
// packaging" item of which both are variants, so that a design may need
// "2.5D packaging from TSMC or from SJ" (offerings are alternatives).
#pragma once

#include <semichain/core/category.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/world/companies.hpp>
#include <semichain/world/sources.hpp>

#include <array>
#include <string_view>

namespace semichain::world {

/// CoWoS with a silicon interposer.
struct cowos_s final : packaging_technology {
    static constexpr std::string_view id = "cowos_s", name = "TSMC CoWoS-S";
    static constexpr packaging_family family = packaging_family::interposer_2_5d;
    using provider = tsmc;
    using source = tsmc_3dfabric;
    static constexpr status certainty = status::public_;
};
/// CoWoS with an RDL interposer.
struct cowos_r final : packaging_technology {
    static constexpr std::string_view id = "cowos_r", name = "TSMC CoWoS-R";
    static constexpr packaging_family family = packaging_family::interposer_2_5d;
    using provider = tsmc;
    using source = tsmc_3dfabric;
    static constexpr status certainty = status::public_;
};
/// CoWoS with an RDL interposer and local silicon interconnect.
struct cowos_l final : packaging_technology {
    static constexpr std::string_view id = "cowos_l", name = "TSMC CoWoS-L";
    static constexpr packaging_family family = packaging_family::interposer_2_5d;
    using provider = tsmc;
    using source = tsmc_3dfabric;
    static constexpr status certainty = status::public_;
};
/// Integrated fan-out; first high-volume use InFO-PoP in Apple's A10 (2016).
struct info final : packaging_technology {
    static constexpr std::string_view id = "info", name = "TSMC InFO";
    static constexpr packaging_family family = packaging_family::fan_out;
    using provider = tsmc;
    static constexpr std::array attributes{number_attribute("first_volume_year", 2016)};
    using source = yole_2016_info;
    static constexpr status certainty = status::public_;
};
/// Hybrid-bonded 3D stacking.
struct soic final : packaging_technology {
    static constexpr std::string_view id = "soic", name = "TSMC SoIC";
    static constexpr packaging_family family = packaging_family::stacking_3d;
    using provider = tsmc;
    using source = anandtech_soic;
    static constexpr status certainty = status::public_;
};
/// SJ Semiconductor's CoWoS alternative, improved with a HiSilicon task force
/// from 2022; peak capacity about a tenth of TSMC's (S004).
struct sj_2_5d final : packaging_technology {
    static constexpr std::string_view id = "sj_2_5d", name = "SJ Semiconductor 2.5D packaging";
    static constexpr packaging_family family = packaging_family::interposer_2_5d;
    using provider = sj_semiconductor;
    using source = s004;
    static constexpr status certainty = status::seed;
};
/// Any 2.5D interposer packaging (what an AI accelerator with HBM needs).
struct interposer_packaging final : packaging_technology {
    static constexpr std::string_view id = "interposer_packaging", name = "2.5D interposer packaging";
    static constexpr packaging_family family = packaging_family::interposer_2_5d;
    using source = s004;
    static constexpr status certainty = status::seed;
};

/// The packaging technologies, for the model's entity list.
using packaging_types = type_list<cowos_s, cowos_r, cowos_l, info, soic, sj_2_5d, interposer_packaging>;

}  // namespace semichain::world
