// Entity types shared by the compile-fail cases: FORMAT.md's minimal model
// (a, b, m, wafer, chip) and a tool.
#pragma once

#include <semichain/model.hpp>

#include <chrono>
#include <string_view>

namespace cf {

struct a final : semichain::company {
    static constexpr std::string_view id = "a", name = "A";
    static constexpr semichain::country headquarters = semichain::countries::USA;
};
struct b final : semichain::company {
    static constexpr std::string_view id = "b", name = "B";
    static constexpr semichain::country headquarters = semichain::countries::JPN;
};
struct m final : semichain::company {
    static constexpr std::string_view id = "m", name = "M";
    static constexpr semichain::country headquarters = semichain::countries::TWN;
};
struct wafer final : semichain::material {
    static constexpr std::string_view id = "wafer", name = "Wafer";
};
struct chip final : semichain::chip {
    static constexpr std::string_view id = "chip", name = "Chip";
};
struct scanner final : semichain::tool {
    static constexpr std::string_view id = "scanner", name = "Scanner";
    static constexpr semichain::tool_class klass = semichain::tool_class::duv_immersion_scanner;
};

}  // namespace cf
