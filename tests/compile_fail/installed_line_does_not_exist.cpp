// An installed input on a line the provider does not have.
#include "common.hpp"

namespace cf_installed_line_does_not_exist {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::m, cf::chip, cf::scanner>,
    semichain::provides<cf::m, cf::chip>{},
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::installed<cf::m, cf::chip, cf::scanner, cf::a, semichain::no_source, semichain::line<"non_a">>{}
#else
    semichain::installed<cf::m, cf::chip, cf::scanner, cf::a>{}
#endif
);
}  // namespace cf_installed_line_does_not_exist
