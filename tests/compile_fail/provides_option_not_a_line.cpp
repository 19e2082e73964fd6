// A provides relation given something other than a line after its source.
#include "common.hpp"

namespace cf_provides_option_not_a_line {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::b, cf::chip>,
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::provides<cf::a, cf::chip, semichain::no_source, semichain::for_buyer<cf::b>>{}
#else
    semichain::provides<cf::a, cf::chip, semichain::no_source, semichain::line<"l">>{}
#endif
);
}  // namespace cf_provides_option_not_a_line
