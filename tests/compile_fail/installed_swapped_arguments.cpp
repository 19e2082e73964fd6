// An installed input whose provider and item are swapped.
#include "common.hpp"

namespace cf_installed_swapped_arguments {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::m, cf::chip, cf::scanner>,
    semichain::provides<cf::m, cf::chip>{},
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::installed<cf::chip, cf::m, cf::scanner, cf::a>{}
#else
    semichain::installed<cf::m, cf::chip, cf::scanner, cf::a>{}
#endif
);
}  // namespace cf_installed_swapped_arguments
