// Names for enumerations: one table per enum gives both directions.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace semichain::detail {

template <class E, std::size_t N>
struct enum_names {
    std::array<std::string_view, N> names;

    [[nodiscard]] constexpr std::string_view name(E e) const noexcept {
        const auto i = static_cast<std::size_t>(e);
        return i < N ? names[i] : std::string_view{};
    }
    [[nodiscard]] constexpr std::optional<E> parse(std::string_view s) const noexcept {
        for (std::size_t i = 0; i < N; ++i)
            if (names[i] == s) return static_cast<E>(i);
        return std::nullopt;
    }
};

}  // namespace semichain::detail
