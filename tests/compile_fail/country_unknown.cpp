// A constant country code that ISO 3166-1 does not assign.
#include "common.hpp"

namespace cf_country_unknown {
#ifdef SEMICHAIN_COMPILE_FAIL
inline constexpr semichain::country where{"XYZ"};
#else
inline constexpr semichain::country where{"CHN"};
#endif
}  // namespace cf_country_unknown
