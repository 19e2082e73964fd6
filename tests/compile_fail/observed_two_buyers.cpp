// An observation narrowed to two buyers.
#include "common.hpp"

namespace cf_observed_two_buyers {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::b, cf::m, cf::chip>,
    semichain::provides<cf::m, cf::chip>{},
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::observed<cf::m, cf::chip, semichain::no_source, semichain::for_buyer<cf::a>, semichain::for_buyer<cf::b>>{}
#else
    semichain::observed<cf::m, cf::chip, semichain::no_source, semichain::for_buyer<cf::a>>{}
#endif
);
}  // namespace cf_observed_two_buyers
