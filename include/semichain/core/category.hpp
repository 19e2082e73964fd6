// Item categories and the enumerated attributes of items: lithography,
// packaging family, tool class.
#pragma once

#include <semichain/core/detail/enum_names.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace semichain {

/// What kind of thing an item is.
enum class category : std::uint8_t { chip, device, process_node, packaging, tool, material, software, ip, service, other };

/// How a process node patterns its finest layers.
enum class lithography : std::uint8_t { euv, duv_immersion, duv_dry };

/// Families of packaging technology.
enum class packaging_family : std::uint8_t { wire_bond, flip_chip, fan_out, interposer_2_5d, stacking_3d };

/// Classes of fab tools, as export-control rules name them.
enum class tool_class : std::uint8_t {
    euv_scanner,
    duv_immersion_scanner,
    duv_dry_scanner,
    etch,
    deposition,
    metrology_inspection,
    cleaning,
    ion_implant,
    cmp,
    thermal,
    test,
    assembly,
    other,
};

namespace detail {
inline constexpr enum_names<category, 10> category_names{
    {"chip", "device", "process_node", "packaging", "tool", "material", "software", "ip", "service", "other"}};
inline constexpr enum_names<lithography, 3> lithography_names{{"euv", "duv_immersion", "duv_dry"}};
inline constexpr enum_names<packaging_family, 5> packaging_family_names{
    {"wire_bond", "flip_chip", "fan_out", "interposer_2_5d", "stacking_3d"}};
inline constexpr enum_names<tool_class, 13> tool_class_names{
    {"euv_scanner", "duv_immersion_scanner", "duv_dry_scanner", "etch", "deposition", "metrology_inspection", "cleaning",
     "ion_implant", "cmp", "thermal", "test", "assembly", "other"}};
}  // namespace detail

constexpr std::string_view to_string(category c) noexcept { return detail::category_names.name(c); }
constexpr std::string_view to_string(lithography l) noexcept { return detail::lithography_names.name(l); }
constexpr std::string_view to_string(packaging_family f) noexcept { return detail::packaging_family_names.name(f); }
constexpr std::string_view to_string(tool_class t) noexcept { return detail::tool_class_names.name(t); }

constexpr std::optional<category> parse_category(std::string_view s) noexcept { return detail::category_names.parse(s); }
constexpr std::optional<lithography> parse_lithography(std::string_view s) noexcept {
    return detail::lithography_names.parse(s);
}
constexpr std::optional<packaging_family> parse_packaging_family(std::string_view s) noexcept {
    return detail::packaging_family_names.parse(s);
}
constexpr std::optional<tool_class> parse_tool_class(std::string_view s) noexcept {
    return detail::tool_class_names.parse(s);
}

}  // namespace semichain
