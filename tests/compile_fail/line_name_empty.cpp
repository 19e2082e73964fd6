// A line named by an empty string.
#include "common.hpp"

namespace cf_line_name_empty {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::chip>,
    semichain::provides<cf::a, cf::chip>{.since = std::chrono::year{2019} / 1 / 1, .until = std::chrono::year{2020} / 1 / 1},
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::provides<cf::a, cf::chip, semichain::no_source, semichain::line<"">>{.since = std::chrono::year{2020} / 1 / 1}
#else
    semichain::provides<cf::a, cf::chip, semichain::no_source, semichain::line<"second">>{.since = std::chrono::year{2020} / 1 / 1}
#endif
);
}  // namespace cf_line_name_empty
