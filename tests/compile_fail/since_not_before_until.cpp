// An offering that ends before it begins.
#include "common.hpp"

namespace cf_since_not_before_until {
using namespace std::chrono_literals;
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::wafer>,
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::provides<cf::a, cf::wafer>{.since = 2020y / 1 / 1, .until = 2019y / 1 / 1}
#else
    semichain::provides<cf::a, cf::wafer>{.since = 2019y / 1 / 1, .until = 2020y / 1 / 1}
#endif
);
}  // namespace cf_since_not_before_until
