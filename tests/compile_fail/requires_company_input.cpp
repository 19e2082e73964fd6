// requires_<Item, Company>: a company is not an input.
#include "common.hpp"

namespace cf_requires_company_input {
#ifdef SEMICHAIN_COMPILE_FAIL
inline constexpr auto need = semichain::requires_<cf::chip, cf::m>{};
#else
inline constexpr auto need = semichain::requires_<cf::chip, cf::wafer>{};
#endif
}  // namespace cf_requires_company_input
