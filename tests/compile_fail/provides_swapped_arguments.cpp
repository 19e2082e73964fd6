// provides<Item, Company>: the arguments are swapped.
#include "common.hpp"

namespace cf_provides_swapped_arguments {
#ifdef SEMICHAIN_COMPILE_FAIL
inline constexpr auto offer = semichain::provides<cf::wafer, cf::a>{};
#else
inline constexpr auto offer = semichain::provides<cf::a, cf::wafer>{};
#endif
}  // namespace cf_provides_swapped_arguments
