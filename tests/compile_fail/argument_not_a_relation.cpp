// make_model with something that is not a relation.
#include "common.hpp"

namespace cf_argument_not_a_relation {
inline constexpr auto model = semichain::make_model(semichain::entities<cf::a, cf::wafer>,
#ifdef SEMICHAIN_COMPILE_FAIL
                                                    cf::wafer{}
#else
                                                    semichain::provides<cf::a, cf::wafer>{}
#endif
);
}  // namespace cf_argument_not_a_relation
