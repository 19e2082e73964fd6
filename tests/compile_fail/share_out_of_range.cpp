// A constant share above 1.
#include "common.hpp"

namespace cf_share_out_of_range {
#ifdef SEMICHAIN_COMPILE_FAIL
inline constexpr auto offer = semichain::provides<cf::a, cf::wafer>{.share = semichain::share{1.2}};
#else
inline constexpr auto offer = semichain::provides<cf::a, cf::wafer>{.share = semichain::share{0.2}};
#endif
}  // namespace cf_share_out_of_range
