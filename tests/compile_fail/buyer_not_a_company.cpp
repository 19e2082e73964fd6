// A buyer that is an item.
#include "common.hpp"

namespace cf_buyer_not_a_company {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::m, cf::chip, cf::wafer>,
    semichain::provides<cf::m, cf::chip>{},
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::observed<cf::m, cf::chip, semichain::no_source, semichain::for_buyer<cf::wafer>>{}
#else
    semichain::observed<cf::m, cf::chip, semichain::no_source, semichain::for_buyer<cf::a>>{}
#endif
);
}  // namespace cf_buyer_not_a_company
