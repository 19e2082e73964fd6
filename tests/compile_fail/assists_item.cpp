// An assist given to an item.
#include "common.hpp"

namespace cf_assists_item {
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::b, cf::chip>,
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::assists<cf::a, cf::chip>{}
#else
    semichain::assists<cf::a, cf::b>{}
#endif
);
}  // namespace cf_assists_item
