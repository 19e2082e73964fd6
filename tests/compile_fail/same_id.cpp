// Two company types with one id.
#include "common.hpp"

namespace cf_same_id {
struct a_again final : semichain::company {
#ifdef SEMICHAIN_COMPILE_FAIL
    static constexpr std::string_view id = "a", name = "A again";
#else
    static constexpr std::string_view id = "a_again", name = "A again";
#endif
    static constexpr semichain::country headquarters = semichain::countries::USA;
};
inline constexpr auto model = semichain::make_model(semichain::entities<cf::a, a_again, cf::wafer>,
                                                    semichain::provides<cf::a, cf::wafer>{},
                                                    semichain::provides<a_again, cf::wafer>{});
}  // namespace cf_same_id
