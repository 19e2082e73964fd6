// The only translation unit that includes the built-in world.
#include "builtin_world.hpp"

#include <semichain/world.hpp>

namespace semichain::cli {

graph_view builtin_world() noexcept { return world::view(); }

}  // namespace semichain::cli
