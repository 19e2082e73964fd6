// An observation whose provider and item are swapped.
#include "common.hpp"

namespace cf_observed_swapped_arguments {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::m, cf::chip>,
    semichain::provides<cf::m, cf::chip>{},
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::observed<cf::chip, cf::m>{}
#else
    semichain::observed<cf::m, cf::chip>{}
#endif
);
}  // namespace cf_observed_swapped_arguments
