// Where a fact comes from: its status and its source.
#pragma once

#include <semichain/core/date.hpp>
#include <semichain/core/detail/enum_names.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace semichain {

/// How settled a fact is.
enum class status : std::uint8_t {
    unspecified,  ///< the data did not say
    seed,         ///< stated in one of the case articles
    public_,      ///< found in public material; the source is named ("public")
    uncertain,    ///< sources disagree or nothing confirms it; reports flag it
    assumption,   ///< a modelling choice nobody published (a value weight, say)
};

namespace detail {
inline constexpr enum_names<status, 5> status_names{{"", "seed", "public", "uncertain", "assumption"}};
}
constexpr std::string_view to_string(status s) noexcept { return detail::status_names.name(s); }
/// "seed", "public", "uncertain" or "assumption"; nothing otherwise.
constexpr std::optional<status> parse_status(std::string_view s) noexcept {
    if (s.empty()) return std::nullopt;
    return detail::status_names.parse(s);
}

/// A source document, identified by `id` within a model.
struct source_info {
    std::string_view id;
    std::string_view title;
    std::string_view publisher;
    std::optional<date> published;
    std::string_view url;
};

}  // namespace semichain
