// The graph layer (records are in core/): the non-owning view, the run-time graph and its
// builder.
#pragma once

#include <semichain/graph/graph.hpp>
#include <semichain/graph/input.hpp>
#include <semichain/graph/view.hpp>
