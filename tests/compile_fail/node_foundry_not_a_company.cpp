// A process node whose foundry is an item.
#include "common.hpp"

namespace cf_node_foundry_not_a_company {
using namespace semichain::literals;
struct n7 final : semichain::process_node {
    static constexpr std::string_view id = "node", name = "Node";
#ifdef SEMICHAIN_COMPILE_FAIL
    using foundry = cf::wafer;
#else
    using foundry = cf::m;
#endif
    static constexpr semichain::nanometers node = 7_nm;
    static constexpr semichain::lithography litho = semichain::lithography::duv_immersion;
};
inline constexpr auto model =
    semichain::make_model(semichain::entities<cf::m, cf::wafer, n7>, semichain::provides<cf::m, n7>{});
}  // namespace cf_node_foundry_not_a_company
