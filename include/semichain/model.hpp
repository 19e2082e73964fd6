// The compile-time model: entities as types, relations as typed values, a
// model made of both, and its lowering to a static constexpr graph.
// The bridge to the run-time builder, <semichain/model/runtime.hpp>, is not
// included: it pulls in the run-time graph, which compile-time use never needs.
#pragma once

#include <semichain/core/control.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/graph/array_graph.hpp>
#include <semichain/model/errors.hpp>
#include <semichain/model/input.hpp>
#include <semichain/model/lower.hpp>
#include <semichain/model/model.hpp>
#include <semichain/model/relations.hpp>
