// Countries: ISO 3166-1 alpha-3 codes as a checked, constexpr strong type.
#pragma once

#include <semichain/core/detail/iso3166_table.hpp>
#include <semichain/core/error.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace semichain {

/// A country, identified by its ISO 3166-1 alpha-3 code ("CHN", "USA").
/// Only assigned codes are accepted: a constant `country{"XYZ"}` does not
/// compile, and a run-time one throws `semichain::value_error`.
/// Use `country::parse` to check a code without throwing.
class country {
public:
    /// The number of assigned ISO 3166-1 codes; `index()` is below it.
    static constexpr std::size_t count = detail::iso3166_table.size();

    /// From a three-letter literal such as `country{"CHN"}`.
    constexpr explicit country(const char (&code)[4]) : index_{lookup_or_fail({code, 3})} {}

    /// From a run-time string; throws `semichain::value_error` if it is not an
    /// assigned alpha-3 code.
    constexpr explicit country(std::string_view code) : index_{lookup_or_fail(code)} {}

    /// The code, or nothing if `code` is not an assigned alpha-3 code.
    static constexpr std::optional<country> parse(std::string_view code) noexcept {
        const auto i = find(code);
        if (i == npos) return std::nullopt;
        return country{from_index_tag{}, static_cast<std::uint16_t>(i)};
    }

    /// The country with this position in the ISO table (0 ≤ i < count).
    static constexpr country from_index(std::size_t i) {
        if (i >= count) detail::fail_value("semichain: country index out of range");
        return country{from_index_tag{}, static_cast<std::uint16_t>(i)};
    }

    /// "CHN"
    [[nodiscard]] constexpr std::string_view code() const noexcept { return detail::iso3166_table[index_].code; }
    /// "China"
    [[nodiscard]] constexpr std::string_view name() const noexcept { return detail::iso3166_table[index_].name; }
    /// Position in the ISO table, sorted by code: a dense id for bit sets.
    [[nodiscard]] constexpr std::size_t index() const noexcept { return index_; }

    friend constexpr bool operator==(country, country) noexcept = default;
    friend constexpr auto operator<=>(country a, country b) noexcept { return a.index_ <=> b.index_; }

private:
    struct from_index_tag {};
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    constexpr country(from_index_tag, std::uint16_t i) noexcept : index_{i} {}

    static constexpr std::size_t find(std::string_view code) noexcept {
        if (code.size() != 3) return npos;
        std::size_t lo = 0, hi = count;
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            const auto c = detail::iso3166_table[mid].code;
            if (c == code) return mid;
            if (c < code) lo = mid + 1; else hi = mid;
        }
        return npos;
    }

    static constexpr std::uint16_t lookup_or_fail(std::string_view code) {
        const auto i = find(code);
        if (i == npos) detail::country_code_is_not_an_assigned_iso_3166_alpha_3_code(code);
        return static_cast<std::uint16_t>(i);
    }

    std::uint16_t index_;
};

/// The countries that matter most in this industry, by their ISO codes.
namespace countries {
inline constexpr country CHN{"CHN"};  ///< China
inline constexpr country USA{"USA"};  ///< United States
inline constexpr country TWN{"TWN"};  ///< Taiwan
inline constexpr country KOR{"KOR"};  ///< South Korea
inline constexpr country JPN{"JPN"};  ///< Japan
inline constexpr country NLD{"NLD"};  ///< Netherlands
inline constexpr country DEU{"DEU"};  ///< Germany
inline constexpr country GBR{"GBR"};  ///< United Kingdom
inline constexpr country FRA{"FRA"};  ///< France
inline constexpr country SGP{"SGP"};  ///< Singapore
inline constexpr country MYS{"MYS"};  ///< Malaysia
inline constexpr country ISR{"ISR"};  ///< Israel
inline constexpr country AUT{"AUT"};  ///< Austria
inline constexpr country SWE{"SWE"};  ///< Sweden
inline constexpr country CHE{"CHE"};  ///< Switzerland
inline constexpr country IND{"IND"};  ///< India
inline constexpr country VNM{"VNM"};  ///< Vietnam
inline constexpr country HKG{"HKG"};  ///< Hong Kong
inline constexpr country BEL{"BEL"};  ///< Belgium
inline constexpr country ITA{"ITA"};  ///< Italy
inline constexpr country IRL{"IRL"};  ///< Ireland
inline constexpr country PHL{"PHL"};  ///< Philippines
inline constexpr country THA{"THA"};  ///< Thailand
inline constexpr country CAN{"CAN"};  ///< Canada
inline constexpr country FIN{"FIN"};  ///< Finland
}  // namespace countries

}  // namespace semichain
