// An entity listing whose targets include an item.
#include "common.hpp"

namespace cf_listing_targets_an_item {
struct listing final : semichain::entity_listing {
    static constexpr std::string_view id = "listing", name = "A listing";
    static constexpr semichain::country authority = semichain::countries::USA;
    static constexpr semichain::date effective = std::chrono::year{2019} / 5 / 16;
#ifdef SEMICHAIN_COMPILE_FAIL
    using targets = semichain::type_list<cf::a, cf::wafer>;
#else
    using targets = semichain::type_list<cf::a>;
#endif
};
inline constexpr auto model = semichain::make_model(semichain::entities<listing, cf::a, cf::wafer>,
                                                    semichain::provides<cf::a, cf::wafer>{});
}  // namespace cf_listing_targets_an_item
