// A licence narrowed by a line.
#include "common.hpp"

namespace cf_licence_narrowing_not_a_narrowing {
struct cf_rule final : semichain::entity_listing {
    static constexpr std::string_view id = "cf_rule", name = "Rule";
    static constexpr semichain::country authority = semichain::countries::USA;
    static constexpr semichain::date effective = std::chrono::year{2020} / 1 / 1;
    using targets = semichain::type_list<cf::a>;
};
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::chip, cf_rule>,
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::licence<cf_rule, semichain::no_source, semichain::line<"l">>{}
#else
    semichain::licence<cf_rule, semichain::no_source, semichain::for_buyer<cf::a>>{}
#endif
);
}  // namespace cf_licence_narrowing_not_a_narrowing
