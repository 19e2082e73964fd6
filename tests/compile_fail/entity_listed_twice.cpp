// The same entity type twice in the entity list.
#include "common.hpp"

namespace cf_entity_listed_twice {
inline constexpr auto model = semichain::make_model(
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::entities<cf::a, cf::wafer, cf::a>,
#else
    semichain::entities<cf::a, cf::wafer>,
#endif
    semichain::provides<cf::a, cf::wafer>{});
}  // namespace cf_entity_listed_twice
