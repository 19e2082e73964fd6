// The requirement chip ← wafer given twice: caught when the model is lowered.
#include "common.hpp"

namespace cf_relation_given_twice {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::m, cf::wafer, cf::chip, cf::scanner>, semichain::provides<cf::a, cf::wafer>{},
    semichain::provides<cf::a, cf::scanner>{}, semichain::provides<cf::m, cf::chip>{},
    semichain::requires_<cf::chip, cf::wafer>{.weight = semichain::weight{0.3}},
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::requires_<cf::chip, cf::wafer>{.weight = semichain::weight{0.1}}
#else
    semichain::requires_<cf::chip, cf::scanner>{.weight = semichain::weight{0.1}}
#endif
);
inline constexpr auto graph = semichain::lower(model);
}  // namespace cf_relation_given_twice
