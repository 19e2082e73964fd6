// The built-in world (semichain/world.hpp), reached through one function so
// that only builtin_world.cpp pays for lowering it at compile time.
#pragma once

#include <semichain/graph/view.hpp>

namespace semichain::cli {

/// The view on the built-in world's static constexpr graph.
graph_view builtin_world() noexcept;

}  // namespace semichain::cli
