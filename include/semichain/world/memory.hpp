// The built-in world's memory: HBM (a general item and its generations as
// variants), mobile DRAM and NAND flash. Memory items are chips with a
// `memory_type` attribute ("hbm", "dram", "nand"): the 2024-12-02 US rule
// matches memory_type "hbm".
#pragma once

#include <semichain/core/category.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_data.hpp>

#include <array>
#include <string_view>

namespace semichain::world {

/// High-bandwidth memory, any generation (JEDEC standard since 2013).
struct hbm final : chip {
    static constexpr std::string_view id = "hbm", name = "HBM (high-bandwidth memory)";
    static constexpr std::array attributes{text_attribute("memory_type", "hbm")};
    using source = trendforce_hbm;
    static constexpr status certainty = status::public_;
};
struct hbm2e final : chip {
    static constexpr std::string_view id = "hbm2e", name = "HBM2E";
    static constexpr std::array attributes{text_attribute("memory_type", "hbm"), text_attribute("hbm_generation", "hbm2e")};
    using source = notebookcheck_ascend_910c;
    static constexpr status certainty = status::public_;
};
struct hbm3 final : chip {
    static constexpr std::string_view id = "hbm3", name = "HBM3";
    static constexpr std::array attributes{text_attribute("memory_type", "hbm"), text_attribute("hbm_generation", "hbm3")};
    using source = trendforce_hbm;
    static constexpr status certainty = status::public_;
};
/// Sampled in 2023.
struct hbm3e final : chip {
    static constexpr std::string_view id = "hbm3e", name = "HBM3E";
    static constexpr std::array attributes{text_attribute("memory_type", "hbm"), text_attribute("hbm_generation", "hbm3e"),
                                           number_attribute("sampled_year", 2023)};
    using source = trendforce_hbm;
    static constexpr status certainty = status::public_;
};
/// Mobile DRAM (LPDDR). Who makes it is common knowledge, not in facts.md.
struct lpddr_dram final : chip {
    static constexpr std::string_view id = "lpddr_dram", name = "Mobile DRAM (LPDDR)";
    static constexpr std::array attributes{text_attribute("memory_type", "dram")};
    static constexpr status certainty = status::assumption;
};
struct nand_flash final : chip {
    static constexpr std::string_view id = "nand_flash", name = "NAND flash";
    static constexpr std::array attributes{text_attribute("memory_type", "nand")};
    static constexpr status certainty = status::assumption;
};

/// The memory items, for the model's entity list.
using memory_types = type_list<hbm, hbm2e, hbm3, hbm3e, lpddr_dram, nand_flash>;

}  // namespace semichain::world
