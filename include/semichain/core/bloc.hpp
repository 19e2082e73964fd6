// Blocs: constexpr sets of countries with union, intersection and difference.
#pragma once

#include <semichain/core/country.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>

namespace semichain {

/// A set of countries ("China", "the SME allies": USA, NLD, JPN).
/// A value type: cheap to copy, usable in constant expressions and as a
/// static member of a control rule.
class bloc {
    static constexpr std::size_t words = (country::count + 63) / 64;

public:
    constexpr bloc() noexcept = default;
    constexpr bloc(std::initializer_list<country> members) noexcept {
        for (const auto c : members) insert(c);
    }

    /// Every assigned country.
    static constexpr bloc world() noexcept {
        bloc b;
        for (std::size_t i = 0; i < country::count; ++i) b.insert(country::from_index(i));
        return b;
    }

    constexpr void insert(country c) noexcept { bits_[c.index() / 64] |= std::uint64_t{1} << (c.index() % 64); }
    constexpr void erase(country c) noexcept { bits_[c.index() / 64] &= ~(std::uint64_t{1} << (c.index() % 64)); }
    [[nodiscard]] constexpr bool contains(country c) const noexcept {
        return (bits_[c.index() / 64] >> (c.index() % 64)) & 1U;
    }
    [[nodiscard]] constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (const auto w : bits_) n += static_cast<std::size_t>(std::popcount(w));
        return n;
    }
    [[nodiscard]] constexpr bool empty() const noexcept { return size() == 0; }

    /// Members in code order.
    template <class F>
    constexpr void for_each(F&& f) const {
        for (std::size_t i = 0; i < country::count; ++i)
            if ((bits_[i / 64] >> (i % 64)) & 1U) f(country::from_index(i));
    }

    /// "CHN,USA" — codes in order, joined by commas.
    [[nodiscard]] std::string codes() const {
        std::string out;
        for_each([&](country c) {
            if (!out.empty()) out += ',';
            out += c.code();
        });
        return out;
    }

    friend constexpr bloc operator|(bloc a, bloc b) noexcept {
        for (std::size_t i = 0; i < words; ++i) a.bits_[i] |= b.bits_[i];
        return a;
    }
    friend constexpr bloc operator&(bloc a, bloc b) noexcept {
        for (std::size_t i = 0; i < words; ++i) a.bits_[i] &= b.bits_[i];
        return a;
    }
    friend constexpr bloc operator-(bloc a, bloc b) noexcept {
        for (std::size_t i = 0; i < words; ++i) a.bits_[i] &= ~b.bits_[i];
        return a;
    }
    friend constexpr bool operator==(const bloc&, const bloc&) noexcept = default;

private:
    std::array<std::uint64_t, words> bits_{};
};

/// Named blocs used in the built-in cases.
namespace blocs {
using namespace countries;
inline constexpr bloc china{CHN};
/// The three countries whose toolmakers dominate lithography, etch and
/// deposition: the United States, the Netherlands and Japan.
inline constexpr bloc sme_allies{USA, NLD, JPN};
}  // namespace blocs

}  // namespace semichain
