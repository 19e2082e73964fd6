// A licence under a company instead of a rule.
#include "common.hpp"

namespace cf_licence_rule_not_a_rule {
struct cf_rule final : semichain::entity_listing {
    static constexpr std::string_view id = "cf_rule", name = "Rule";
    static constexpr semichain::country authority = semichain::countries::USA;
    static constexpr semichain::date effective = std::chrono::year{2020} / 1 / 1;
    using targets = semichain::type_list<cf::a>;
};
inline constexpr auto model = semichain::make_model(
    semichain::entities<cf::a, cf::chip, cf_rule>,
#ifdef SEMICHAIN_COMPILE_FAIL
    semichain::licence<cf::a>{}
#else
    semichain::licence<cf_rule>{}
#endif
);
}  // namespace cf_licence_rule_not_a_rule
