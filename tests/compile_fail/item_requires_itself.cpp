// requires_<chip, chip>: an item cannot require itself.
#include "common.hpp"

namespace cf_item_requires_itself {
#ifdef SEMICHAIN_COMPILE_FAIL
inline constexpr auto need = semichain::requires_<cf::chip, cf::chip>{};
#else
inline constexpr auto need = semichain::requires_<cf::chip, cf::wafer>{};
#endif
}  // namespace cf_item_requires_itself
