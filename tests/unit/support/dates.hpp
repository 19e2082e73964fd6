// A date on which nothing in the test models starts, ends or applies: the
// "any day" of the tests that are not about time.
#pragma once

#include <semichain/core/date.hpp>

namespace test_support {

inline constexpr semichain::date some_day = std::chrono::year{2024} / 1 / 1;

}  // namespace test_support
