// Company roles (the role list of the semichain/1 format) and sets of them.
#pragma once

#include <semichain/core/detail/enum_names.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace semichain {

/// What a company does in the chain.
enum class role : std::uint8_t {
    designer,      ///< designs chips (fabless or in-house)
    foundry,       ///< fabricates other firms' designs
    idm,           ///< designs and fabricates its own chips
    osat,          ///< assembly, test and packaging
    equipment,     ///< makes fab tools
    materials,     ///< wafers, gases, chemicals, photoresist
    eda,           ///< design software
    ip,            ///< licensed design blocks and architectures
    memory,        ///< DRAM, NAND, HBM makers
    device_maker,  ///< phones, servers, end products
    investor,      ///< funds and holding companies
    aggregate,     ///< a country-level provider standing for the companies of its country
    virtual_,      ///< a modelling placeholder; never a chokepoint candidate ("virtual")
};

namespace detail {
inline constexpr enum_names<role, 13> role_names{{"designer", "foundry", "idm", "osat", "equipment", "materials", "eda",
                                                   "ip", "memory", "device_maker", "investor", "aggregate", "virtual"}};
}

/// "device_maker"
constexpr std::string_view to_string(role r) noexcept { return detail::role_names.name(r); }
/// The role named `s` as in the semichain/1 format, or nothing.
constexpr std::optional<role> parse_role(std::string_view s) noexcept { return detail::role_names.parse(s); }

/// A set of roles.
class role_set {
public:
    constexpr role_set() noexcept = default;
    constexpr role_set(std::initializer_list<role> rs) noexcept {
        for (auto r : rs) insert(r);
    }
    constexpr void insert(role r) noexcept { bits_ = static_cast<std::uint16_t>(bits_ | bit(r)); }
    [[nodiscard]] constexpr bool contains(role r) const noexcept { return (bits_ & bit(r)) != 0; }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    [[nodiscard]] constexpr std::uint16_t bits() const noexcept { return bits_; }
    friend constexpr role_set operator|(role_set a, role_set b) noexcept {
        a.bits_ = static_cast<std::uint16_t>(a.bits_ | b.bits_);
        return a;
    }
    friend constexpr bool operator==(role_set, role_set) noexcept = default;

private:
    static constexpr std::uint16_t bit(role r) noexcept { return static_cast<std::uint16_t>(1U << static_cast<unsigned>(r)); }
    std::uint16_t bits_ = 0;
};

}  // namespace semichain
