// A company assisting itself.
#include "common.hpp"

namespace cf_assists_itself {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::b>,
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::assists<cf::a, cf::a>{}
#else
    semichain::assists<cf::a, cf::b>{}
#endif
);
}  // namespace cf_assists_itself
