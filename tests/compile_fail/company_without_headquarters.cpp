// A company type without `headquarters`.
#include "common.hpp"

namespace cf_company_without_headquarters {
struct nowhere final : semichain::company {
    static constexpr std::string_view id = "nowhere", name = "Nowhere Inc.";
#ifndef SEMICHAIN_COMPILE_FAIL
    static constexpr semichain::country headquarters = semichain::countries::USA;
#endif
};
inline constexpr auto model = semichain::make_model(semichain::entities<nowhere, cf::wafer>,
                                                    semichain::provides<nowhere, cf::wafer>{});
}  // namespace cf_company_without_headquarters
