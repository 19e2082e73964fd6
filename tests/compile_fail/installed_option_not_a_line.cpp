// An installed input given a buyer instead of a line.
#include "common.hpp"

namespace cf_installed_option_not_a_line {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::b, cf::m, cf::chip, cf::scanner>,
    semichain::provides<cf::m, cf::chip>{},
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::installed<cf::m, cf::chip, cf::scanner, cf::a, semichain::no_source, semichain::for_buyer<cf::b>>{}
#else
    semichain::installed<cf::m, cf::chip, cf::scanner, cf::a, semichain::no_source>{}
#endif
);
}  // namespace cf_installed_option_not_a_line
