// Helpers over parameter packs without fold expressions: clang 14 nests a
// fold of N terms N deep and stops at 256, and a model has hundreds of
// relations. A braced list is flat and evaluated left to right.
#pragma once

#include <cstddef>
#include <initializer_list>

namespace semichain::detail {

constexpr bool all_of(std::initializer_list<bool> bs) noexcept {
    for (const bool b : bs)
        if (!b) return false;
    return true;
}
constexpr bool any_of(std::initializer_list<bool> bs) noexcept {
    for (const bool b : bs)
        if (b) return true;
    return false;
}
constexpr std::size_t count_true(std::initializer_list<bool> bs) noexcept {
    std::size_t n = 0;
    for (const bool b : bs) n += b ? 1 : 0;
    return n;
}

}  // namespace semichain::detail
