// A relation uses a company that is not in the model's entity list.
#include "common.hpp"

namespace cf_entity_not_in_model {
inline constexpr auto model = semichain::make_model(
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::entities<cf::wafer>,
#else
    semichain::entities<cf::a, cf::wafer>,
#endif
    semichain::provides<cf::a, cf::wafer>{});
}  // namespace cf_entity_not_in_model
