// An offering-level requirement on an offering the model does not have.
#include "common.hpp"

namespace cf_offering_does_not_exist {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::b, cf::m, cf::wafer, cf::chip>, semichain::provides<cf::a, cf::wafer>{},
    semichain::provides<cf::m, cf::chip>{},
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::offering_requires<cf::b, cf::chip, cf::wafer>{}
#else
    semichain::offering_requires<cf::m, cf::chip, cf::wafer>{}
#endif
);
}  // namespace cf_offering_does_not_exist
