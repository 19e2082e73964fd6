// Quantities with units: lengths in nanometres, market shares, value weights,
// transistor counts. No bare double stands for any of them in the API.
#pragma once

#include <semichain/core/error.hpp>

#include <compare>
#include <cstdint>
#include <limits>

namespace semichain {

/// A length in nanometres, such as a process node's nominal feature size.
/// Positive and finite. Lengths add, subtract and compare; nothing else.
class nanometers {
public:
    constexpr explicit nanometers(double value) : value_{value} {
        if (!(value > 0.0 && value < std::numeric_limits<double>::infinity()))
            detail::length_must_be_positive_and_finite(value);
    }
    [[nodiscard]] constexpr double count() const noexcept { return value_; }
    friend constexpr bool operator==(nanometers, nanometers) noexcept = default;
    friend constexpr auto operator<=>(nanometers, nanometers) noexcept = default;

private:
    double value_;
};

namespace literals {
/// `7_nm`
constexpr nanometers operator""_nm(unsigned long long v) { return nanometers{static_cast<double>(v)}; }
/// `2.5_nm`
constexpr nanometers operator""_nm(long double v) { return nanometers{static_cast<double>(v)}; }
}  // namespace literals

namespace detail {
template <class Tag>
class fraction {
public:
    constexpr explicit fraction(double value) : value_{value} {
        if (!(value >= 0.0 && value <= 1.0)) Tag::out_of_range(value);
    }
    [[nodiscard]] constexpr double value() const noexcept { return value_; }
    /// The same fraction in percent, 0–100.
    [[nodiscard]] constexpr double percent() const noexcept { return value_ * 100.0; }
    friend constexpr bool operator==(fraction, fraction) noexcept = default;
    friend constexpr auto operator<=>(fraction, fraction) noexcept = default;

private:
    double value_;
};
struct share_tag {
    [[noreturn]] static void out_of_range(double v) { share_must_be_a_fraction_between_0_and_1(v); }
};
struct weight_tag {
    [[noreturn]] static void out_of_range(double v) { weight_must_be_a_fraction_between_0_and_1(v); }
};
}  // namespace detail

/// A provider's fraction of an item's global market, in [0, 1].
/// `share{1.2}` does not compile as a constant and throws at run time.
using share = detail::fraction<detail::share_tag>;

/// An input's fraction of an item's value, in [0, 1]; `1 − Σ weights` is the
/// value the provider adds itself.
using weight = detail::fraction<detail::weight_tag>;

/// A number of transistors on a chip (the Kirin 9000 has 15.3 billion).
class transistor_count {
public:
    constexpr explicit transistor_count(std::uint64_t n) noexcept : n_{n} {}
    [[nodiscard]] constexpr std::uint64_t count() const noexcept { return n_; }
    /// In billions, as press reports give them.
    [[nodiscard]] constexpr double billions() const noexcept { return static_cast<double>(n_) / 1e9; }
    friend constexpr bool operator==(transistor_count, transistor_count) noexcept = default;
    friend constexpr auto operator<=>(transistor_count, transistor_count) noexcept = default;

private:
    std::uint64_t n_;
};

namespace literals {
/// `19_bn_transistors`
constexpr transistor_count operator""_bn_transistors(unsigned long long v) { return transistor_count{v * 1'000'000'000ULL}; }
/// `15.3_bn_transistors`
constexpr transistor_count operator""_bn_transistors(long double v) {
    return transistor_count{static_cast<std::uint64_t>(v * 1e9L + 0.5L)};
}
}  // namespace literals

}  // namespace semichain
