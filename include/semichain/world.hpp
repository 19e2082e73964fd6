// The built-in world: the Huawei, Xiaomi and Alibaba cases as a compile-time
// model and its lowered graph, semichain::world::graph / world::view().
#pragma once

#include <semichain/world/world.hpp>
