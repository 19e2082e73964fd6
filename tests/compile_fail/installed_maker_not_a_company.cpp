// An installed input whose maker is an item.
#include "common.hpp"

namespace cf_installed_maker_not_a_company {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::m, cf::chip, cf::scanner>,
    semichain::provides<cf::m, cf::chip>{},
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::installed<cf::m, cf::chip, cf::a, cf::scanner>{}
#else
    semichain::installed<cf::m, cf::chip, cf::scanner, cf::a>{}
#endif
);
}  // namespace cf_installed_maker_not_a_company
